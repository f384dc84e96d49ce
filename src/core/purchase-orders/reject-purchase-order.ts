import type { Ctx } from '../shared/context';
import type { PurchaseOrder } from './purchase-order';
import { resolveApproval } from './resolve-approval';
import {
  type TransitionInput,
  type TransitionStep,
  transitionPurchaseOrder,
} from './transition-purchase-order';

/**
 * Sends an order awaiting approval back to draft, with the reason. Who may is who may approve it
 * now (resolveApproval): under a stored route, an approver of the open step; its authors never.
 * The draft carries who returned it and why until it is submitted again.
 */
export async function rejectPurchaseOrder(ctx: Ctx, opts: TransitionInput): Promise<PurchaseOrder> {
  return transitionPurchaseOrder(ctx, {
    ...opts,
    transition: 'reject',
    step: async (tx, order): Promise<TransitionStep> => {
      const reason = opts.reason?.trim() || opts.comment?.trim() || null;
      const decision = await resolveApproval(tx, {
        order,
        actor: opts.actor,
        action: 'reject',
        comment: reason,
      });
      return {
        patch: {
          returnKind: 'rejected',
          returnReason: reason,
          returnedBy: opts.actor.userId,
          returnedAt: tx.clock.now(),
        },
        changes: {
          ...(decision.summary ? { approvalStep: { before: null, after: decision.summary } } : {}),
          returned: { before: null, after: `Rejected by ${decision.by}: ${reason}` },
        },
      };
    },
  });
}
