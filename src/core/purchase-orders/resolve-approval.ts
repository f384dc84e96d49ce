import * as approvals from '../approvals';
import type { Actor } from '../shared/actor';
import type { Ctx } from '../shared/context';
import { AppError } from '../shared/errors';
import * as repo from './repository';

/**
 * Nobody approves a document they created or asked for: not its creator, not its buyer, not the
 * author of the change order, not the requester of a requisition it orders.
 */
export function assertNotOwnDocument(
  order: repo.OrderRow,
  actor: Actor,
  authors: Awaited<ReturnType<typeof orderAuthors>>,
): void {
  const own = new Set([
    authors.requesterId,
    authors.creatorId,
    authors.lastEditorId,
    ...authors.otherAuthorIds,
  ]);
  if (actor.userId && own.has(actor.userId)) {
    throw AppError.forbidden(
      `You created, changed or requested purchase order ${order.number}; nobody approves a document they created or requested. Another approver must decide.`,
    );
  }
}

/**
 * Who wrote the order: its buyer, its creator, and everyone who created or changed any version of
 * it, its lines or its sources, and the requesters of the requisitions its lines come from.
 */
export async function orderAuthors(
  ctx: Ctx,
  order: repo.OrderRow,
): Promise<{
  requesterId: string | null;
  creatorId: string | null;
  lastEditorId: string | null;
  otherAuthorIds: string[];
}> {
  return {
    requesterId: order.buyerId,
    creatorId: order.createdBy,
    lastEditorId: null,
    otherAuthorIds: await repo.otherAuthorIds(ctx.db, order.id),
  };
}

/** The order as the approval engine sees it: amount in base currency, where it books, who wrote it. */
export async function approvalBasics(ctx: Ctx, order: repo.OrderRow): Promise<approvals.DocumentBasics> {
  const lookups = await repo.approvalLookups(ctx.db, order);
  return {
    amountBase: order.totalBase,
    baseCurrency: lookups.baseCurrency,
    departmentId: order.departmentId,
    costCentreId: order.costCentreId,
    categoryIds: lookups.categoryIds,
    supplierStatus: lookups.supplierStatus,
    supplierId: order.supplierId,
    ...(await orderAuthors(ctx, order)),
    // Budget control: the approval engine checks the total against the budgets of the order date.
    budgetCheck: { date: order.orderDate, purchaseOrderId: order.id },
  };
}

/**
 * The approval policy, asked by approve, reject and request changes with the order locked. An
 * order submitted under an approval policy carries its stored route: the actor must be an approver
 * (or their delegate) of the open step, and the order is approved when the last step completes.
 * An order without a stored route (no policy was enabled when it was submitted or changed) keeps
 * the single-step rule: any holder of purchase_orders:approve (checked on the route) except its
 * authors.
 */
export async function resolveApproval(
  ctx: Ctx,
  opts: {
    order: repo.OrderRow;
    actor: Actor;
    action?: approvals.RouteAction;
    comment?: string | null;
  },
): Promise<approvals.ApprovalDecision> {
  const { order, actor } = opts;
  const authors = await orderAuthors(ctx, order);
  const decision = await approvals.decideApprovalStep(ctx, {
    documentType: 'purchase_order',
    documentId: order.id,
    actor,
    action: opts.action ?? 'approve',
    comment: opts.comment ?? null,
    authors,
    documentLabel: `purchase order ${order.number}`,
  });
  if (decision === null) {
    assertNotOwnDocument(order, actor, authors);
    return { complete: true, stepName: null, summary: null, waitingFor: null, by: actor.name };
  }
  return decision;
}
