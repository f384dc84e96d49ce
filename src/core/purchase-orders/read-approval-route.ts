import * as approvals from '../approvals';
import type { Actor } from '../shared/actor';
import type { Ctx } from '../shared/context';
import { AppError } from '../shared/errors';
import { assertCanSee } from './access';
import * as repo from './repository';
import { approvalBasics } from './resolve-approval';

/**
 * An order's approval route and why: for a draft, what submitting it now would do; once submitted,
 * the route stored with it and the decisions taken on it.
 */
export async function readPurchaseOrderApprovalRoute(
  ctx: Ctx,
  opts: { actor: Actor; id: string },
): Promise<approvals.ApprovalRouteView> {
  const order = await repo.findById(ctx.db, opts.id);
  if (!order) throw AppError.notFound('Purchase order', opts.id);
  assertCanSee(opts.actor, order);
  if (order.status === 'draft') {
    return approvals.previewApprovalRoute(ctx, {
      documentType: 'purchase_order',
      basics: await approvalBasics(ctx, order),
    });
  }
  return approvals.storedApprovalRoute(ctx, { documentType: 'purchase_order', documentId: order.id });
}
