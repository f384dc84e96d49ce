import type { PurchaseOrderStatus } from '../../domain/purchase-orders';
import { type Actor, can } from '../shared/actor';
import { isoDate } from '../shared/clock';
import type { Ctx } from '../shared/context';
import { type CappedCount, HOME_COUNT_CAP } from '../shared/sql';
import { visibilityOf } from './access';
import * as repo from './repository';

/** What waits for a buyer: each count stops at HOME_COUNT_CAP. */
export type PurchasingWork = {
  /** The caller's drafts an approver sent back. */
  returnedToMe: CappedCount;
  /** Approved orders not yet sent to their supplier. */
  approvedToSend: CappedCount;
  /** Goods still awaited after their expected delivery date. */
  lateDeliveries: CappedCount;
  /** Goods expected from today to seven days ahead. */
  dueThisWeek: CappedCount;
};

const DAY_MS = 86_400_000;

/** The buyer's queues on the home page, each an indexed count of what the caller may see. */
export async function readPurchasingWork(ctx: Ctx, opts: { actor: Actor }): Promise<PurchasingWork> {
  const visibility = visibilityOf(opts.actor);
  const now = ctx.clock.now();
  const today = isoDate(now);
  const weekAhead = isoDate(new Date(now.getTime() + 8 * DAY_MS));
  const me = opts.actor.userId;
  const [returnedToMe, approvedToSend, lateDeliveries, dueThisWeek] = await Promise.all([
    me && can(opts.actor, 'purchase_orders:write')
      ? repo.countReturnedToBuyer(ctx.db, me, HOME_COUNT_CAP)
      : { count: 0, more: false },
    repo.countInStatus(ctx.db, 'approved', visibility, HOME_COUNT_CAP),
    repo.countAwaitingDelivery(ctx.db, { to: today }, visibility, HOME_COUNT_CAP),
    repo.countAwaitingDelivery(ctx.db, { from: today, to: weekAhead }, visibility, HOME_COUNT_CAP),
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
