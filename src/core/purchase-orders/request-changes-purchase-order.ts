import type { Ctx } from '../shared/context';
import { AppError } from '../shared/errors';
import type { PurchaseOrder } from './purchase-order';
import { resolveApproval } from './resolve-approval';
import {
  type TransitionInput,
  type TransitionStep,
  transitionPurchaseOrder,
} from './transition-purchase-order';

/**
 * Returns an order awaiting approval to its buyer as a draft, saying what to change (`comment`,
 * required: 422 on `comment`). Same authority as reject: an approver (or delegate) of the open
 * step, never an author. The step becomes `changes_requested`, the others `skipped`; the buyer
 * edits and submits again, which starts a new route.
 */
export async function requestPurchaseOrderChanges(ctx: Ctx, opts: TransitionInput): Promise<PurchaseOrder> {
  return transitionPurchaseOrder(ctx, {
    ...opts,
    transition: 'request_changes',
    step: async (tx, order): Promise<TransitionStep> => {
      const comment = opts.comment?.trim() || opts.reason?.trim() || '';
      if (!comment) throw AppError.field('comment', 'is required to request changes: say what to change');
      const decision = await resolveApproval(tx, {
        order,
        actor: opts.actor,
        action: 'request_changes',
        comment,
      });
      return {
        patch: {
          returnKind: 'changes_requested',
          returnReason: comment,
          returnedBy: opts.actor.userId,
          returnedAt: tx.clock.now(),
        },
        changes: {
          ...(decision.summary ? { approvalStep: { before: null, after: decision.summary } } : {}),
          returned: { before: null, after: `Changes requested by ${decision.by}: ${comment}` },
        },
      };
    },
  });
}
