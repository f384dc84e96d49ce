import { RECEIVABLE_ORDER_STATUSES } from '../../domain/receiving';
import * as dispatch from '../dispatch';
import * as purchaseOrders from '../purchase-orders';
import type { Actor } from '../shared/actor';
import type { Ctx } from '../shared/context';
import { AppError } from '../shared/errors';

/** An order goods may arrive against, with its ship notices: what the dock looks up. */
export type ExpectedDelivery = {
  order: purchaseOrders.PurchaseOrderSummary;
  /** The ship notice the search named (its number, tracking number or delivery note), if it did. */
  matchedShipNoticeId: string | null;
  shipNotices: dispatch.ShipNotice[];
};

/**
 * The dock's lookup: orders awaiting goods (sent, acknowledged, partially received) that the actor
 * sees, found by order number, supplier or item (as the order list searches), or by a ship notice's
 * number, tracking number or the supplier's delivery-note number — what a barcode scanner types.
 * A fixed number of reads, at most `limit` orders.
 */
export async function findExpectedDeliveries(
  ctx: Ctx,
  opts: { actor: Actor; q: string; limit: number },
): Promise<ExpectedDelivery[]> {
  const q = opts.q.trim();
  if (!q) throw AppError.field('q', 'is required: an order number, supplier, ship-notice or tracking number');
  const [listed, byRef] = await Promise.all([
    purchaseOrders.listPurchaseOrders(ctx, {
      actor: opts.actor,
      filter: { q, statuses: RECEIVABLE_ORDER_STATUSES },
      limit: opts.limit,
    }),
    dispatch.shipNoticesForReceiving(ctx, { orderIds: [], ref: q }),
  ]);
  const orders = [...listed.items];
  const missing = [...new Set(byRef.byRef.map((n) => n.purchaseOrderId))].filter(
    (id) => !orders.some((o) => o.id === id),
  );
  if (missing.length > 0) {
    const found = await purchaseOrders.listPurchaseOrders(ctx, {
      actor: opts.actor,
      filter: { ids: missing, statuses: RECEIVABLE_ORDER_STATUSES },
      limit: missing.length,
    });
    // A scanned ship notice names the order the goods came for: it comes first.
    orders.unshift(...found.items);
  }
  const shown = orders.slice(0, opts.limit);
  const { ofOrders } = await dispatch.shipNoticesForReceiving(ctx, { orderIds: shown.map((o) => o.id) });
  return shown.map((order) => ({
    order,
    matchedShipNoticeId: byRef.byRef.find((n) => n.purchaseOrderId === order.id)?.id ?? null,
    shipNotices: ofOrders.filter((n) => n.purchaseOrderId === order.id),
  }));
}
