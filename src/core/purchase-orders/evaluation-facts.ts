import type { Ctx } from '../shared/context';
import type { EvaluatedOrder, EvaluatedOrderLine } from './repository';
import * as repo from './repository';

export type { EvaluatedOrder, EvaluatedOrderLine };

/**
 * The sent orders among `ids` (never-sent ones are not evaluated), with their lines and, for lines
 * of an item, the last price paid for it before (on the order of the item and unit sent last before
 * this one was first sent): one statement.
 */
export async function ordersForEvaluation(ctx: Ctx, ids: string[]): Promise<EvaluatedOrder[]> {
  return repo.ordersForEvaluation(ctx.db, ids);
}

/** Every sent order's id, in pages (rebuilding and verifying supplier scores walk them all). */
export async function sentOrderIdsAfter(ctx: Ctx, after: string | null, limit: number): Promise<string[]> {
  return repo.sentOrderIdsAfter(ctx.db, after, limit);
}

/** The orders first sent after `after` (an instant, and an id on that instant) up to `until`, oldest first. */
export async function sentOrdersBetween(
  ctx: Ctx,
  after: { at: Date; id: string },
  until: Date,
  limit: number,
): Promise<{ id: string; firstSentAt: Date }[]> {
  return repo.sentOrdersBetween(ctx.db, after, until, limit);
}

/** The buyers of a supplier's orders first sent since `since`. */
export async function buyersOfSupplier(ctx: Ctx, supplierId: string, since: Date): Promise<string[]> {
  return repo.buyersOfSupplier(ctx.db, supplierId, since);
}

/**
 * The requisition lines each line of the order `id` orders (its sources), by order line number:
 * who asked for the order is found from them (supplier evaluation asks its requesters to rate it).
 */
export async function requisitionLinesOfOrder(
  ctx: Ctx,
  id: string,
): Promise<{ lineNo: number; requisitionLineId: string }[]> {
  return repo.requisitionLinesOfOrder(ctx.db, id);
}
