import type { RaterRole } from '../../domain/evaluation';
import * as identity from '../identity';
import * as purchaseOrders from '../purchase-orders';
import type { Actor } from '../shared/actor';
import type { Ctx } from '../shared/context';
import { AppError } from '../shared/errors';
import { decodeListCursor, type Page, pageOf } from '../shared/pagination';
import { orderRaters } from './order-raters';
import { type OrderRating, toOrderRating } from './order-rating';
import { raterRoleOf, ratingRefusal } from './rating-rules';
import * as repo from './repository';

/**
 * What the viewer may do with the order's rating: `can_rate` now, `rated` already (the whole
 * order), `not_yet` (its status does not allow their rating yet), `not_a_rater` (none of its
 * requesters, receivers or its buyer).
 */
export type RatingState = 'can_rate' | 'rated' | 'not_yet' | 'not_a_rater';

export type OrderRatings = Page<OrderRating> & {
  you: {
    raterRole: RaterRole | null;
    state: RatingState;
    /** Why not yet, in words (English), when `state` is `not_yet`. */
    reason: string | null;
    /** The lines the viewer rated one by one. */
    ratedLineNos: number[];
  };
};

/**
 * The ratings of an order, newest first, for whoever may see the order (a supplier's user does
 * not find them), with what the viewer may do: rate it now, or why not.
 */
export async function listOrderRatings(
  ctx: Ctx,
  opts: { actor: Actor; purchaseOrderId: string; limit: number; cursor?: string },
): Promise<OrderRatings> {
  const { actor } = opts;
  if (actor.supplierId) throw AppError.notFound('Purchase order', opts.purchaseOrderId);
  const c = decodeListCursor(opts.cursor, { k: 'timestamp' });
  const order = await purchaseOrders.getPurchaseOrder(ctx, { actor, id: opts.purchaseOrderId });
  const rows = await repo.listRatings(ctx.db, {
    purchaseOrderId: order.id,
    after: c ? { createdAt: new Date(String(c.k)), id: c.id } : undefined,
    limit: opts.limit,
  });
  const names = await identity.userNamesByIds(ctx, { ids: rows.map((r) => r.ratedBy) });
  const page = pageOf(
    rows.map((r) => toOrderRating(r, names)),
    opts.limit,
    (r) => ({ k: r.createdAt.toISOString(), id: r.id }),
  );

  const raterRole = actor.userId ? raterRoleOf(await orderRaters(ctx, order), actor.userId) : null;
  const rated = raterRole && actor.userId ? await repo.ratedLinesOf(ctx.db, order.id, actor.userId) : [];
  const reason = raterRole
    ? ratingRefusal(raterRole, {
        number: order.number,
        status: order.status,
        anyReceived: order.progress.anyReceived,
      })
    : null;
  const state: RatingState = !raterRole
    ? 'not_a_rater'
    : rated.includes(null)
      ? 'rated'
      : reason
        ? 'not_yet'
        : 'can_rate';
  return {
    ...page,
    you: {
      raterRole,
      state,
      reason: state === 'not_yet' ? reason : null,
      ratedLineNos: rated.filter((n): n is number => n !== null),
    },
  };
}
