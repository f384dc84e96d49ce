import type { PurchaseOrderStatus } from '../../domain/purchase-orders';
import { type Actor, can } from '../shared/actor';
import type { Ctx } from '../shared/context';
import { type CappedCount, HOME_COUNT_CAP } from '../shared/sql';
import { visibilityOf } from './access';
import { orderFilterOn, type PurchaseOrderFilter } from './read-purchase-orders';
import * as repo from './repository';

/** What waits for a buyer: each count stops at HOME_COUNT_CAP. */
export type PurchasingWork = {
  /** The caller's drafts an approver sent back. */
  returnedToMe: CappedCount;
  /** Approved orders not yet sent to their supplier. */
  approvedToSend: CappedCount;
  /** Goods still awaited after their expected delivery date. */
  lateDeliveries: CappedCount;
  /** Goods expected from today to DUE_SOON_DAYS ahead. */
  dueThisWeek: CappedCount;
};

/**
 * The buyer's queues on the home page: each the count of the order list with the filter its tile
 * links to (the same conditions, so the count and the list agree), of the orders the caller sees.
 */
export async function readPurchasingWork(ctx: Ctx, opts: { actor: Actor }): Promise<PurchasingWork> {
  const visibility = visibilityOf(opts.actor);
  const now = ctx.clock.now();
  const count = (filter: PurchaseOrderFilter) =>
    repo.countOrders(ctx.db, orderFilterOn(filter, now), visibility, HOME_COUNT_CAP);
  const me = opts.actor.userId;
  const [returnedToMe, approvedToSend, lateDeliveries, dueThisWeek] = await Promise.all([
    me && can(opts.actor, 'purchase_orders:write')
      ? count({ buyerId: me, returned: true })
      : { count: 0, more: false },
    count({ status: 'approved' }),
    count({ overdue: true }),
    count({ dueSoon: true }),
  ]);
  return { returnedToMe, approvedToSend, lateDeliveries, dueThisWeek };
}

/** How many orders the caller sees are in each status (kept by a trigger, summed: no scan of the orders). */
export async function readOrdersByState(
  ctx: Ctx,
  opts: { actor: Actor },
): Promise<{ status: PurchaseOrderStatus; count: number }[]> {
  return repo.stateCounts(ctx.db, visibilityOf(opts.actor));
}

/** Folds the order-state count rows the trigger appended (a job, every minute). */
export async function foldPurchaseOrderStateCounts(ctx: Ctx): Promise<{ folded: number }> {
  return { folded: await repo.foldStateCounts(ctx.db) };
}
