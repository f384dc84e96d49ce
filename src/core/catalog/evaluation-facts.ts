import type { Ctx } from '../shared/context';
import type { ListPriceQuery } from './repository';
import * as repo from './repository';

export type { ListPriceQuery };

/**
 * The supplier's price-list price for each query (the lowest valid on the date, in the currency,
 * for the quantity), by key; a query without one is absent: one statement.
 */
export async function listPricesFor(ctx: Ctx, queries: ListPriceQuery[]): Promise<Map<string, string>> {
  return repo.listPricesFor(ctx.db, queries);
}
