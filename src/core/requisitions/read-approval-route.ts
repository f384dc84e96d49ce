import * as approvals from '../approvals';
import type { Actor } from '../shared/actor';
import type { Ctx } from '../shared/context';
import { findVisibleRequisition } from './access';
import { approvalBasics } from './approval-authority';

/**
 * A requisition's approval route and why: for a draft, what submitting it now would do; once
 * submitted, the route stored with it and the decisions taken on it.
 */
export async function readRequisitionApprovalRoute(
  ctx: Ctx,
  opts: { actor: Actor; id: string },
): Promise<approvals.ApprovalRouteView> {
  const row = await findVisibleRequisition(ctx, opts);
  if (row.status === 'draft') {
    return approvals.previewApprovalRoute(ctx, {
      documentType: 'requisition',
      basics: await approvalBasics(ctx, row),
    });
  }
  return approvals.storedApprovalRoute(ctx, {
    documentType: 'requisition',
    documentId: row.id,
    viewer: { userId: opts.actor.userId, authors: await approvalBasics(ctx, row) },
  });
}
