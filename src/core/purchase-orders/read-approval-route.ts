import * as approvals from '../approvals';
import type { Actor } from '../shared/actor';
import type { Ctx } from '../shared/context';
import { AppError } from '../shared/errors';
import { assertCanSee } from './access';
import * as repo from './repository';
import { approvalBasics, orderAuthors } from './resolve-approval';

/**
 * An order's approval route and why: for a draft, what submitting it now would do; once submitted,
 * the route stored with it and the decisions taken on it. After a change order (and until the
 * order is submitted again from draft) the explanation is the change order's: whether it went
 * back to approval and why.
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
  const route = await approvals.storedApprovalRoute(ctx, {
    documentType: 'purchase_order',
    documentId: order.id,
    viewer: { userId: opts.actor.userId, authors: await orderAuthors(ctx, order) },
  });
  const revision = await latestRevisionExplanation(ctx, order);
  return revision ? { ...route, explanation: revision } : route;
}

/** "Revision 2: Re-approval needed: …", while that change order is the order's last approval event. */
async function latestRevisionExplanation(ctx: Ctx, order: repo.OrderRow): Promise<string | null> {
  if (order.revision === 0) return null;
  const row = await repo.findRevision(ctx.db, order.id, order.revision);
  const approval = (row?.changes as { approval?: { explanation: string } } | undefined)?.approval;
  if (!row || !approval) return null;
  if (order.submittedAt && order.submittedAt > row.createdAt) return null;
  return `Revision ${row.revision}: ${approval.explanation}`;
}
