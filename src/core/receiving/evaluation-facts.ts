import type { Ctx } from '../shared/context';
import type { InspectionVerdict, ReceivedDelivery, ReceivingFacts, ReturnedGoods } from './repository';
import * as repo from './repository';

export type { InspectionVerdict, ReceivedDelivery, ReceivingFacts, ReturnedGoods };

/** The receipts, inspections and returns of the orders `ids`, by order: one statement. */
export async function receivingFactsOfOrders(ctx: Ctx, ids: string[]): Promise<Map<string, ReceivingFacts>> {
  return repo.receivingFactsOfOrders(ctx.db, ids);
}

/**
 * Who received goods or services of the order `id`: the users who recorded its receipts (reversed
 * ones left out). Supplier evaluation asks them to rate the order.
 */
export async function receiversOfOrder(ctx: Ctx, id: string): Promise<string[]> {
  return repo.receiversOfOrder(ctx.db, id);
}
