import type { Actor } from '../shared/actor';
import type { Ctx } from '../shared/context';
import { AppError } from '../shared/errors';
import { decideRequisitionApproval } from './approval-authority';
import type { Requisition } from './requisition';
import { type TransitionStep, transitionRequisition } from './transition-requisition';

/**
 * Returns a submitted requisition to its requester as a draft, saying what to change (`comment`,
 * required: 422 on `comment`). Same authority as reject; the step becomes `changes_requested`.
 */
export async function requestRequisitionChanges(
  ctx: Ctx,
  opts: { actor: Actor; id: string; version: number; comment: string },
): Promise<Requisition> {
  const comment = opts.comment.trim();
  if (!comment) throw AppError.field('comment', 'is required to request changes: say what to change');
  return transitionRequisition(ctx, {
    actor: opts.actor,
    id: opts.id,
    version: opts.version,
    transition: 'request_changes',
    reason: comment,
    step: async (tx, requisition): Promise<TransitionStep> => {
      const decision = await decideRequisitionApproval(tx, {
        actor: opts.actor,
        requisition,
        action: 'request_changes',
        comment,
      });
      return {
        changes: {
          ...(decision.summary ? { approvalStep: { before: null, after: decision.summary } } : {}),
          returned: { before: null, after: `Changes requested by ${decision.by}: ${comment}` },
        },
        patch: {
          decidedAt: ctx.clock.now(),
          decidedBy: opts.actor.userId,
          decisionReason: comment,
          returnKind: 'changes_requested',
        },
      };
    },
  });
}
