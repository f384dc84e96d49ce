import * as approvals from '../approvals';
import type { Actor } from '../shared/actor';
import { isoDate } from '../shared/clock';
import type { Ctx } from '../shared/context';
import { AppError } from '../shared/errors';
import { assertOwnRequisition, findVisibleRequisition } from './access';
import type { CreateRequisitionInput } from './create-requisition';
import * as repo from './repository';
import { checkNewRequisition } from './validate-requisition';

/**
 * What submitting a requisition as it is being typed would do: the route and why, for the form
 * to show before anything is saved. The input is checked exactly as saving it would check it
 * (422 naming the field otherwise); nothing is written. With `requisitionId`, the draft being
 * edited: its requester, whoever entered it and everyone who changed it are its authors, and none
 * of them may approve it.
 */
export async function previewRequisitionApprovalRoute(
  ctx: Ctx,
  opts: { actor: Actor; input: CreateRequisitionInput; requisitionId?: string },
): Promise<approvals.ApprovalRouteView> {
  const { actor, input } = opts;
  if (!actor.userId) throw AppError.forbidden('A requisition must be raised by a user.');
  const draft = opts.requisitionId
    ? await findVisibleRequisition(ctx, { actor, id: opts.requisitionId })
    : null;
  if (draft) {
    assertOwnRequisition(actor, draft);
    if (draft.status !== 'draft') {
      throw AppError.conflict(
        `${draft.number} is ${draft.status.replace(/_/g, ' ')}: its route is fixed, read it with GET /requisitions/${draft.id}/approval-route.`,
      );
    }
  }
  const { departmentId, lines, estimatedTotalBase, money } = await checkNewRequisition(
    ctx,
    input,
    draft?.departmentId ?? actor.departmentId,
  );

  const editors = draft ? (await repo.approvalLookups(ctx.db, draft.id)).editorIds : [];
  return approvals.previewApprovalRoute(ctx, {
    documentType: 'requisition',
    basics: {
      amountBase: estimatedTotalBase,
      baseCurrency: money.baseCurrency,
      departmentId,
      costCentreId: input.costCentreId,
      categoryIds: [...new Set(lines.flatMap((l) => (l.categoryId ? [l.categoryId] : [])))],
      supplierStatus: null,
      requesterId: draft?.requesterId ?? actor.userId,
      creatorId: draft?.createdBy ?? actor.userId,
      lastEditorId: null,
      // Saving it makes the one typing an author too.
      otherAuthorIds: [...new Set([...editors, actor.userId])],
      budgetCheck: { date: isoDate(ctx.clock.now()) },
    },
  });
}
