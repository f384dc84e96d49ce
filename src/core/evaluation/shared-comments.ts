import type { RaterRole } from '../../domain/evaluation';
import { SHARED_COMMENTS_SHOWN } from '../../domain/evaluation';
import * as purchaseOrders from '../purchase-orders';
import type { Ctx } from '../shared/context';
import * as repo from './repository';
import type { Period } from './rules';

/** A rating comment the organisation shared with the supplier: who said it by role, never by name. */
export type SharedComment = {
  id: string;
  purchaseOrderId: string;
  orderNumber: string | null;
  lineNo: number | null;
  raterRole: RaterRole;
  comment: string;
  ratedAt: Date;
};

/**
 * The comments of ratings marked as shared on the supplier's orders in the period (as its
 * scorecard counts them), newest first, at most SHARED_COMMENTS_SHOWN: two statements.
 */
export async function sharedCommentsOf(
  ctx: Ctx,
  opts: { supplierId: string; period: Period },
): Promise<SharedComment[]> {
  const rows = await repo.sharedComments(ctx.db, {
    supplierId: opts.supplierId,
    from: opts.period.from,
    to: opts.period.to,
    limit: SHARED_COMMENTS_SHOWN,
  });
  if (rows.length === 0) return [];
  const numbers = await purchaseOrders.recordNamers.purchase_order!(
    ctx,
    rows.map((r) => r.purchaseOrderId),
  );
  return rows.map((r) => ({
    id: r.id,
    purchaseOrderId: r.purchaseOrderId,
    orderNumber: numbers.get(r.purchaseOrderId)?.label ?? null,
    lineNo: r.lineNo,
    raterRole: r.raterRole,
    comment: r.comment,
    ratedAt: r.createdAt,
  }));
}
