import * as approvals from '../approvals';
import { type Actor, can } from '../shared/actor';
import { isoDate } from '../shared/clock';
import type { Ctx } from '../shared/context';
import { AppError } from '../shared/errors';
import type { RequisitionRow } from './repository';
import * as repo from './repository';

/**
 * The approval policy of requisitions, in one place: "may this actor approve (or reject) this
 * requisition now, and is this the last step?". The approve and reject use cases only act on its
 * answer.
 *
 * A requisition submitted under an approval policy carries its stored route: the actor must be an
 * approver (or their delegate) of the open step, and the requisition is approved when the last
 * step completes. Without a stored route there is one step: any holder of `requisitions:approve`
 * may decide. Either way, never the requisition's requester or whoever entered it (separation of
 * duties, enforced for admins too).
 */

/** The requisition as the approval engine sees it. */
export async function approvalBasics(
  ctx: Ctx,
  requisition: RequisitionRow,
): Promise<approvals.DocumentBasics> {
  const lookups = await repo.approvalLookups(ctx.db, requisition.id);
  return {
    amountBase: requisition.estimatedTotalBase,
    baseCurrency: lookups.baseCurrency,
    departmentId: requisition.departmentId,
    costCentreId: requisition.costCentreId,
    categoryIds: lookups.categoryIds,
    supplierStatus: null,
    requesterId: requisition.requesterId,
    creatorId: requisition.createdBy,
    lastEditorId: null,
    // Everyone who created or changed any version of it: none of them approves it.
    otherAuthorIds: lookups.editorIds,
    // Budget control: the estimate against the cost centre's budgets on the day it is submitted.
    budgetCheck: {
      date: isoDate(
        requisition.status === 'draft' ? ctx.clock.now() : (requisition.submittedAt ?? ctx.clock.now()),
      ),
    },
  };
}

export async function decideRequisitionApproval(
  ctx: Ctx,
  opts: {
    actor: Actor;
    requisition: RequisitionRow;
    action: approvals.RouteAction;
    comment?: string | null;
  },
): Promise<approvals.ApprovalDecision> {
  const { actor, requisition } = opts;
  const verb = opts.action === 'request_changes' ? 'request changes on' : opts.action;
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
  const authors = await approvalBasics(ctx, requisition);
  if (actor.userId !== null && authors.otherAuthorIds?.includes(actor.userId)) {
    throw AppError.forbidden(
      `You cannot ${verb} ${requisition.number}: you changed it, and nobody approves a requisition they wrote.`,
    );
  }
  const decision = await approvals.decideApprovalStep(ctx, {
    documentType: 'requisition',
    documentId: requisition.id,
    actor,
    action: opts.action,
    comment: opts.comment ?? null,
    authors,
    documentLabel: requisition.number,
  });
  if (decision === null)
    return { complete: true, stepName: null, summary: null, waitingFor: null, by: actor.name };
  return decision;
}
