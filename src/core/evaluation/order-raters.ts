import * as purchaseOrders from '../purchase-orders';
import * as receiving from '../receiving';
import * as requisitions from '../requisitions';
import type { Ctx } from '../shared/context';
import type { OrderRaters } from './rating-rules';

/**
 * The people of an order who may rate it: the requesters of the requisitions its lines order
 * (asked through purchase orders and requisitions), who recorded its receipts (receiving), and its
 * buyer. Three statements.
 */
export async function orderRaters(ctx: Ctx, order: { id: string; buyerId: string }): Promise<OrderRaters> {
  const sources = await purchaseOrders.requisitionLinesOfOrder(ctx, order.id);
  const requesters = await requisitions.requestersOfRequisitionLines(
    ctx,
    sources.map((s) => s.requisitionLineId),
  );
  const receivers = await receiving.receiversOfOrder(ctx, order.id);
  return {
    requesterIds: new Set(requesters.values()),
    receiverIds: new Set(receivers),
    buyerId: order.buyerId,
  };
}
