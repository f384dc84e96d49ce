import type { Actor } from '../shared/actor';
import type { Ctx } from '../shared/context';
import { AppError } from '../shared/errors';
import * as repo from './repository';

/**
 * What an approval by `actor` means for an order awaiting approval: `complete` when the order is
 * now approved; otherwise the approval is one step of several and the order keeps waiting.
 */
export type ApprovalDecision = { complete: true } | { complete: false; waitingFor: string };

/** Nobody approves a document they created: not its creator, not its buyer, not the author of the change order. */
export async function assertNotOwnDocument(ctx: Ctx, order: repo.OrderRow, actor: Actor): Promise<void> {
  const own = new Set([order.createdBy, order.buyerId]);
  if (order.revision > 0) own.add(await repo.latestRevisionAuthor(ctx.db, order.id));
  if (actor.userId && own.has(actor.userId)) {
    throw AppError.forbidden(
      `You created or changed purchase order ${order.number}; nobody approves a document they created. Another approver must decide.`,
    );
  }
}

/**
 * The approval policy. For now any holder of purchase_orders:approve (checked on the route)
 * approves outright, separation of duties aside. The approvals capability replaces this body with
 * its rules (amount thresholds, department heads, finance and compliance levels) and may answer
 * `complete: false` to record one approval of several.
 */
export async function resolveApproval(
  ctx: Ctx,
  opts: { order: repo.OrderRow; actor: Actor },
): Promise<ApprovalDecision> {
  await assertNotOwnDocument(ctx, opts.order, opts.actor);
  return { complete: true };
}
