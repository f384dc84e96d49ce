import type { Actor } from '../shared/actor';
import type { Ctx } from '../shared/context';
import { decideRequisitionApproval } from './approval-authority';
import type { Requisition } from './requisition';
import { type TransitionStep, transitionRequisition } from './transition-requisition';

/**
 * Rejects a submitted requisition back to draft, with the reason; the same people who may approve
 * it may reject it. The draft carries who rejected it and why until it is submitted again.
 */
export async function rejectRequisition(
  ctx: Ctx,
  opts: { actor: Actor; id: string; version: number; reason: string },
): Promise<Requisition> {
  return transitionRequisition(ctx, {
    actor: opts.actor,
    id: opts.id,
    version: opts.version,
    transition: 'reject',
    reason: opts.reason,
    step: async (tx, requisition): Promise<TransitionStep> => {
      const reason = opts.reason.trim();
      const decision = await decideRequisitionApproval(tx, {
        actor: opts.actor,
        requisition,
        action: 'reject',
        comment: reason,
      });
      return {
        changes: {
          ...(decision.summary ? { approvalStep: { before: null, after: decision.summary } } : {}),
          returned: { before: null, after: `Rejected by ${decision.by}: ${reason}` },
        },
        patch: {
          decidedAt: ctx.clock.now(),
          decidedBy: opts.actor.userId,
          decisionReason: reason,
          returnKind: 'rejected',
        },
      };
    },
  });
}
