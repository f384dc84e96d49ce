import * as approvals from '../approvals';
import type { Actor } from '../shared/actor';
import type { Ctx } from '../shared/context';
import { decideRequisitionApproval } from './approval-authority';
import type { Requisition } from './requisition';
import { transitionRequisition } from './transition-requisition';

/**
 * Approves a submitted requisition. Who may, and whether this approval is the last one needed,
 * is decided by decideRequisitionApproval (403 with the reason when the actor may not).
 */
export async function approveRequisition(
  ctx: Ctx,
  opts: { actor: Actor; id: string; version: number; comment?: string },
): Promise<Requisition> {
  const comment = opts.comment?.trim() || null;
  return transitionRequisition(ctx, {
    actor: opts.actor,
    id: opts.id,
    version: opts.version,
    transition: 'approve',
    reason: comment,
    step: async (tx, requisition) => {
      const decision = await decideRequisitionApproval(tx, {
        actor: opts.actor,
        requisition,
        action: 'approve',
        comment,
      });
      const changes = approvals.decisionChanges(decision);
      if (!decision.complete) return { stay: true, changes };
      return {
        patch: { decidedAt: ctx.clock.now(), decidedBy: opts.actor.userId, decisionReason: comment },
        changes,
      };
    },
  });
}
