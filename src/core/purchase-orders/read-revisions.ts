import type { Actor } from '../shared/actor';
import type { Ctx } from '../shared/context';
import { AppError } from '../shared/errors';
import { decodeListCursor, type Page, pageOf } from '../shared/pagination';
import { assertCanSee } from './access';
import * as repo from './repository';
import type { OrderDiff, OrderSnapshot } from './rules';

/**
 * A change order: revision n holds the document as it stood at revision n−1 (`snapshot`) and the
 * field-by-field, line-by-line diff to revision n (`changes`).
 */
export type PurchaseOrderRevision = {
  revision: number;
  reason: string | null;
  requiresApproval: boolean;
  /** Whether and why the change went back to approval; null on revisions older than the rule. */
  approvalExplanation: string | null;
  changes: OrderDiff;
  createdBy: string | null;
  createdByName: string | null;
  createdAt: Date;
};

export type PurchaseOrderRevisionDetail = PurchaseOrderRevision & {
  snapshot: OrderSnapshot & { number: string; revision: number; status: string };
};

async function visibleOrder(ctx: Ctx, actor: Actor, id: string): Promise<repo.OrderRow> {
  const order = await repo.findById(ctx.db, id);
  if (!order) throw AppError.notFound('Purchase order', id);
  assertCanSee(actor, order);
  return order;
}

/** What a revision stores besides its diff: the re-approval decision (update-purchase-order). */
type StoredChanges = OrderDiff & { approval?: { required: boolean; explanation: string } };

function toRevision(
  row: Omit<repo.RevisionRow, 'snapshot'> & { createdByName: string | null },
): PurchaseOrderRevision {
  const { approval, ...changes } = row.changes as StoredChanges;
  return {
    revision: row.revision,
    reason: row.reason,
    requiresApproval: row.requiresApproval,
    approvalExplanation: approval?.explanation ?? null,
    changes,
    createdBy: row.createdBy,
    createdByName: row.createdByName,
    createdAt: row.createdAt,
  };
}

/** The order's revisions, newest first. */
export async function listRevisions(
  ctx: Ctx,
  opts: { actor: Actor; id: string; limit: number; cursor?: string },
): Promise<Page<PurchaseOrderRevision>> {
  await visibleOrder(ctx, opts.actor, opts.id);
  const c = decodeListCursor(opts.cursor, { k: 'integer', id: 'integer' });
  const before = c ? Number(c.k) : undefined;
  const rows = await repo.listRevisions(ctx.db, opts.id, before, opts.limit + 1);
  return pageOf(rows.map(toRevision), opts.limit, (r) => ({ k: r.revision, id: String(r.revision) }));
}

export async function getRevision(
  ctx: Ctx,
  opts: { actor: Actor; id: string; revision: number },
): Promise<PurchaseOrderRevisionDetail> {
  const order = await visibleOrder(ctx, opts.actor, opts.id);
  const row = await repo.findRevision(ctx.db, opts.id, opts.revision);
  if (!row) throw AppError.notFound(`Revision ${opts.revision} of purchase order`, order.number);
  return { ...toRevision(row), snapshot: row.snapshot as PurchaseOrderRevisionDetail['snapshot'] };
}
