import * as approvals from '../approvals';
import type { Ctx } from '../shared/context';
import type { PurchaseOrder } from './purchase-order';
import { resolveApproval } from './resolve-approval';
import { assertSupplierNotBlocked } from './supplier-check';
import {
  type TransitionInput,
  type TransitionStep,
  transitionPurchaseOrder,
} from './transition-purchase-order';

/**
 * Approves an order awaiting approval, as the approval policy (resolveApproval) decides: the
 * order's creator, buyer or change-order author may not (403); under a stored route the approval
 * completes the actor's step, and the order is approved with the last one.
 */
export async function approvePurchaseOrder(ctx: Ctx, opts: TransitionInput): Promise<PurchaseOrder> {
  return transitionPurchaseOrder(ctx, {
    ...opts,
    transition: 'approve',
    step: async (tx, order, _next, facts): Promise<TransitionStep> => {
      const decision = await resolveApproval(tx, {
        order,
        actor: opts.actor,
        action: 'approve',
        comment: opts.comment?.trim() || null,
      });
      assertSupplierNotBlocked(facts);
      const changes = approvals.decisionChanges(decision);
      if (!decision.complete) return { stay: true, changes };
      const now = tx.clock.now();
      return {
        // What a later change order is measured against (resolveRevisionApprovalRoute).
        patch: { approvedAt: now, approvedBy: opts.actor.userId, approvedTotalBase: order.totalBase },
        changes: { ...changes, approvedBy: { before: order.approvedBy, after: opts.actor.userId } },
      };
    },
  });
}
