import * as approvals from '../approvals';
import type { Actor } from '../shared/actor';
import type { Ctx } from '../shared/context';
import { assertOwnRequisition } from './access';
import { approvalBasics } from './approval-authority';
import type { Requisition } from './requisition';
import { type TransitionStep, transitionRequisition } from './transition-requisition';

/**
 * Sends a draft for approval; only its requester may. Under an approval policy its route is
 * resolved and stored with the requisition now; when no step applies, it is approved on
 * submission and the audit entry names the policy that decided it.
 */
export async function submitRequisition(
  ctx: Ctx,
  opts: { actor: Actor; id: string; version: number; comment?: string },
): Promise<Requisition> {
  return transitionRequisition(ctx, {
    actor: opts.actor,
    id: opts.id,
    version: opts.version,
    transition: 'submit',
    reason: opts.comment,
    step: async (tx, row): Promise<TransitionStep> => {
      assertOwnRequisition(opts.actor, row);
      const now = ctx.clock.now();
      const route = await approvals.startApprovalRoute(tx, {
        documentType: 'requisition',
        documentId: row.id,
        basics: await approvalBasics(tx, row),
      });
      if (route.kind === 'approved') {
        return {
          state: { status: 'approved' },
          patch: {
            submittedAt: now,
            decidedAt: now,
            decidedBy: null,
            decisionReason: route.explanation,
            returnKind: null,
          },
          changes: { approvalRoute: { before: null, after: route.explanation } },
        };
      }
      return {
        // A resubmission after a reject or a request for changes: that decision no longer applies.
        patch: { submittedAt: now, decidedAt: null, decidedBy: null, decisionReason: null, returnKind: null },
        changes: route.kind === 'routed' ? { approvalRoute: { before: null, after: route.explanation } } : {},
      };
    },
  });
}
