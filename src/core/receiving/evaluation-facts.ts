import type { Ctx } from '../shared/context';
import type { InspectionVerdict, ReceivedDelivery, ReceivingFacts, ReturnedGoods } from './repository';
import * as repo from './repository';

export type { InspectionVerdict, ReceivedDelivery, ReceivingFacts, ReturnedGoods };

/** The receipts, inspections and returns of the orders `ids`, by order: one statement. */
export async function receivingFactsOfOrders(ctx: Ctx, ids: string[]): Promise<Map<string, ReceivingFacts>> {
  return repo.receivingFactsOfOrders(ctx.db, ids);
}
