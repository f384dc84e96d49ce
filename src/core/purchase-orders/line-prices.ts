import type { Actor } from '../shared/actor';
import type { Ctx } from '../shared/context';
import { AppError } from '../shared/errors';
import { assertCanSee } from './access';
import * as repo from './repository';

/** An order's supplier, currency, rate, and each line's quantity and net amount (what goods are worth). */
export type OrderLinePrices = repo.OrderLinePrices;

/** Orders by id with their lines' prices, for reports that value quantities at the order's price. */
export async function orderLinePrices(ctx: Ctx, opts: { ids: string[] }): Promise<OrderLinePrices[]> {
  return repo.linePricesOf(ctx.db, opts.ids);
}

/** The order, if the actor may see it (404 otherwise), with its lines' prices. */
export async function visibleOrderLinePrices(
  ctx: Ctx,
  opts: { actor: Actor; id: string },
): Promise<OrderLinePrices> {
  const order = await repo.findById(ctx.db, opts.id);
  if (!order) throw AppError.notFound('Purchase order', opts.id);
  assertCanSee(opts.actor, order);
  const [prices] = await repo.linePricesOf(ctx.db, [opts.id]);
  if (!prices) throw AppError.notFound('Purchase order', opts.id);
  return prices;
}
