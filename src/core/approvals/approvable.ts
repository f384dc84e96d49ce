import type { ApprovalDocumentType } from '../../domain/approvals';
import type { Actor } from '../shared/actor';
import type { Ctx } from '../shared/context';

/**
 * How the approvals capability sees a document it routes, without reading its tables: each
 * approvable document type registers one adapter (purchase orders, requisitions, invoice
 * variances). The inbox, the notifications and bulk approval ask it.
 */
export type ApprovableSummary = {
  number: string;
  /** The document's version: what an approval sends as If-Match. */
  version: number;
  /** Who it comes from, as people read it: the supplier (orders) … */
  supplierName: string | null;
  /** … or the requester (requisitions). */
  requesterName: string | null;
  /** The author approvers may never be (buyer, requester), and whoever entered it. */
  authorId: string | null;
  authorName: string | null;
  creatorId: string | null;
  /** Total in the document's own currency, when it has one (orders); else null. */
  total: string | null;
  currency: string | null;
  /** Decimals of `currency`. */
  minorUnits: number | null;
  /** Total (or estimate) in the base currency. */
  totalBase: string | null;
  submittedAt: Date | null;
  /** Where it books, and the day its budgets are weighed on. */
  costCentreId: string | null;
  budgetDate: string | null;
  /** What the approver decides on, in words, when the total does not say it (an invoice's exceptions). */
  details?: string[];
};

export type Approvable = {
  documentType: ApprovalDocumentType;
  /** "purchase order" */
  label: string;
  /** Path of the document's page in the web app. */
  link(id: string): string;
  /** The summaries of these documents (one query for any number); missing ids are left out. */
  summaries(ctx: Ctx, ids: string[]): Promise<Map<string, ApprovableSummary>>;
  /** Approves it through the document's own use case (and so through the shared transition core). */
  approve(
    ctx: Ctx,
    opts: { actor: Actor; id: string; version: number; comment?: string },
  ): Promise<{ status: string; version: number }>;
};

const registry = new Map<ApprovalDocumentType, Approvable>();

/** Called once by each approvable document type's capability when it loads. */
export function registerApprovable(adapter: Approvable): void {
  registry.set(adapter.documentType, adapter);
}

export function approvableOf(documentType: ApprovalDocumentType): Approvable {
  const adapter = registry.get(documentType);
  if (!adapter) throw new Error(`No approvable document type "${documentType}" is registered.`);
  return adapter;
}

/** Summaries of documents of several types, each type asked once. */
export async function summariesOf(
  ctx: Ctx,
  refs: { documentType: ApprovalDocumentType; documentId: string }[],
): Promise<Map<string, ApprovableSummary>> {
  const byType = new Map<ApprovalDocumentType, string[]>();
  for (const r of refs) byType.set(r.documentType, [...(byType.get(r.documentType) ?? []), r.documentId]);
  const out = new Map<string, ApprovableSummary>();
  for (const [type, ids] of byType) {
    for (const [id, summary] of await approvableOf(type).summaries(ctx, [...new Set(ids)])) {
      out.set(`${type}:${id}`, summary);
    }
  }
  return out;
}
