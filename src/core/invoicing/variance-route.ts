import * as approvals from '../approvals';
import * as purchaseOrders from '../purchase-orders';
import type { Ctx } from '../shared/context';
import { AppError } from '../shared/errors';
import type * as repo from './repository';
import { varianceAmountOf } from './rules';

/**
 * Accepting an invoice's variances as the approval engine sees it (document type
 * `invoice_variance`, the invoice's id): the variances' amount in base currency is what the
 * policy's amount conditions test, the order says where it books, and its authors — with whoever
 * asked — never decide (separation of duties). docs/accounts-payable.md#variance-approval.
 */

export const VARIANCE_DOCUMENT_TYPE = 'invoice_variance' as const;

/**
 * The variance acceptance as the policy sees it: its amount, where the order books, and who may
 * never decide — whoever asked, and everyone who wrote or asked for the order.
 */
export async function varianceAuthors(
  ctx: Ctx,
  opts: { invoice: repo.InvoiceRow; requestedBy: string | null },
): Promise<{ basics: approvals.DocumentBasics; orderAuthorIds: string[] }> {
  const order = await purchaseOrders.orderApprovalFacts(ctx, { id: opts.invoice.purchaseOrderId });
  const { amountBase } = varianceAmountOf(opts.invoice);
  return {
    orderAuthorIds: order.authorIds,
    basics: {
      amountBase,
      amountNoun: 'variance',
      baseCurrency: order.baseCurrency,
      departmentId: order.departmentId,
      costCentreId: order.costCentreId,
      categoryIds: order.categoryIds,
      supplierStatus: order.supplierStatus,
      requesterId: opts.requestedBy,
      creatorId: null,
      lastEditorId: null,
      otherAuthorIds: order.authorIds,
    },
  };
}

/**
 * Stores the route of a variance acceptance when the enabled `invoice_variance` policy gives it
 * steps (inside the accept's transaction): `routed` then, else `accept` — no policy is enabled, or
 * no step's condition holds (the amount is below every threshold). A route nobody could complete
 * is refused (409) with the reason.
 */
export async function routeVarianceAcceptance(
  ctx: Ctx,
  opts: { invoice: repo.InvoiceRow; requestedBy: string | null },
): Promise<
  | { kind: 'accept'; explanation: string | null; amountBase: string }
  | { kind: 'routed'; explanation: string; amountBase: string }
> {
  const { basics } = await varianceAuthors(ctx, opts);
  const started = await approvals.startApprovalRoute(ctx, {
    documentType: VARIANCE_DOCUMENT_TYPE,
    documentId: opts.invoice.id,
    basics,
  });
  if (started.kind === 'routed') {
    return { kind: 'routed', explanation: started.explanation, amountBase: basics.amountBase };
  }
  return {
    kind: 'accept',
    explanation: started.kind === 'approved' ? started.explanation : null,
    amountBase: basics.amountBase,
  };
}

/** 409 while the invoice's variances wait for approval: the route decides, not another accept. */
export function throwIfVarianceAwaitingApproval(row: repo.InvoiceRow): void {
  if (row.varianceApprovalStatus !== 'pending') return;
  throw AppError.conflict(
    `The variances of ${row.number} wait for approval: the approvers of its route decide (or reject or cancel the invoice).`,
    { currentStatus: row.status },
  );
}

/** 409 unless the invoice's variances wait for approval (nothing to decide on). */
export function throwIfNoVarianceApproval(row: repo.InvoiceRow): void {
  if (row.varianceApprovalStatus === 'pending') return;
  throw AppError.conflict(
    `No acceptance of the variances of ${row.number} waits for approval: accept them first, above the policy's threshold that routes them.`,
    { currentStatus: row.status },
  );
}
