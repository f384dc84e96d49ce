import { type Actor, can } from '../shared/actor';
import type { Ctx } from '../shared/context';
import { AppError } from '../shared/errors';
import type { RequisitionRow } from './repository';

/**
 * The approval policy of requisitions, in one place: "may this actor approve (or reject) this
 * requisition now, and is this the last step?". The approval-policy engine replaces the body of
 * this function (resolving the stored route of the requisition, delegation, parallel steps) without
 * touching the approve and reject use cases, which only act on its answer.
 *
 * For now there is one step: any holder of `requisitions:approve` may decide, except the
 * requisition's requester and whoever entered it (separation of duties, enforced for admins too).
 */
export type ApprovalDecision = {
  /** True when this approval completes the route, so the requisition becomes approved. */
  lastStep: boolean;
  /** A short name of the step acted on, for the audit trail. */
  step: string;
};

export async function decideRequisitionApproval(
  ctx: Ctx,
  opts: { actor: Actor; requisition: RequisitionRow; action: 'approve' | 'reject' },
): Promise<ApprovalDecision> {
  void ctx;
  const { actor, requisition } = opts;
  const verb = opts.action === 'approve' ? 'approve' : 'reject';
  if (!can(actor, 'requisitions:approve')) {
    throw AppError.forbidden(`You cannot ${verb} requisitions: your roles do not include an approver role.`);
  }
  if (actor.userId !== null && actor.userId === requisition.requesterId) {
    throw AppError.forbidden(
      `You cannot ${verb} ${requisition.number}: you requested it, and nobody approves their own requisition.`,
    );
  }
  if (actor.userId !== null && actor.userId === requisition.createdBy) {
    throw AppError.forbidden(
      `You cannot ${verb} ${requisition.number}: you entered it, and nobody approves a requisition they created.`,
    );
  }
  return { lastStep: true, step: 'approver' };
}
