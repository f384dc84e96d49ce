import type { Actor } from '../shared/actor';
import type { Changes } from '../shared/audit';
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
    decide: async (requisition, tx) => {
      const decision = await decideRequisitionApproval(tx, {
        actor: opts.actor,
        requisition,
        action: 'approve',
        comment,
      });
      const changes: Changes = decision.summary
        ? { approvalStep: { before: null, after: decision.summary } }
        : {};
      if (!decision.lastStep) {
        if (decision.waitingFor) changes.waitingFor = { before: null, after: decision.waitingFor };
        return { stay: true, action: `approve-step:${decision.step}`, changes };
      }
      return {
        patch: { decidedAt: ctx.clock.now(), decidedBy: opts.actor.userId, decisionReason: comment },
        changes,
      };
    },
  });
}
