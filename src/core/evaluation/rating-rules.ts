import type { RaterRole } from '../../domain/evaluation';
import type { PurchaseOrderStatus } from '../../domain/purchase-orders';

/**
 * Who rates an order and when (docs/evaluation.md#ratings). Pure: the use cases load the facts.
 */

/** The people of an order who may rate it: who asked for it, who received it, who bought it. */
export type OrderRaters = {
  /** The requesters of the requisitions its lines order. */
  requesterIds: ReadonlySet<string>;
  /** Who recorded its receipts (reversed ones left out). */
  receiverIds: ReadonlySet<string>;
  buyerId: string;
};

/**
 * As whom a person rates the order: its requester first, then one who received it, then its buyer
 * (a buyer who also received goods rates as the receiver they were). Null: nobody of the order.
 */
export function raterRoleOf(raters: OrderRaters, userId: string): RaterRole | null {
  if (raters.requesterIds.has(userId)) return 'requester';
  if (raters.receiverIds.has(userId)) return 'receiver';
  if (raters.buyerId === userId) return 'buyer';
  return null;
}

/** Where the requesters and receivers may rate: once something was received against the order. */
const AFTER_RECEIPT: readonly PurchaseOrderStatus[] = ['partially_received', 'received', 'closed'];
/** Where the buyer gives the close-out evaluation: everything received, or the order closed. */
const CLOSE_OUT: readonly PurchaseOrderStatus[] = ['received', 'closed'];

export type RateableOrder = { number: string; status: PurchaseOrderStatus; anyReceived: boolean };

/**
 * Why `role` may not rate the order now (a sentence naming its status), or null when it may: a
 * requester or receiver once goods or services were received (partly is enough), the buyer when
 * the order is received or closed.
 */
export function ratingRefusal(role: RaterRole, order: RateableOrder): string | null {
  const where = `Purchase order ${order.number} is in status "${order.status}"`;
  if (role === 'buyer') {
    return CLOSE_OUT.includes(order.status)
      ? null
      : `${where}; its buyer rates it when it is received or closed.`;
  }
  if (!AFTER_RECEIPT.includes(order.status) || !order.anyReceived) {
    return `${where}${order.anyReceived ? '' : ' and nothing was received against it'}; it can be rated once goods or services were received.`;
  }
  return null;
}

/** Which people are asked to rate a fully received order, and as whom: requesters, then receivers. */
export function peopleToAsk(raters: OrderRaters): Map<string, Exclude<RaterRole, 'buyer'>> {
  const asked = new Map<string, Exclude<RaterRole, 'buyer'>>();
  for (const id of raters.requesterIds) asked.set(id, 'requester');
  for (const id of raters.receiverIds) if (!asked.has(id)) asked.set(id, 'receiver');
  return asked;
}
