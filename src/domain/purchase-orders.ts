/**
 * The vocabulary of purchase orders, declared once: the database schema, the contracts (and so the
 * web app) and the core all import it. Pure: no imports but other domain modules, no I/O.
 */

export const PURCHASE_ORDER_STATUSES = [
  'draft',
  'pending_approval',
  'approved',
  'sent',
  'acknowledged',
  'partially_received',
  'received',
  'closed',
  'cancelled',
  'on_hold',
] as const;
export type PurchaseOrderStatus = (typeof PURCHASE_ORDER_STATUSES)[number];

/** Each state in words, as every page, export and message says it. */
export const PURCHASE_ORDER_STATUS_LABELS: Record<PurchaseOrderStatus, string> = {
  draft: 'Draft',
  pending_approval: 'Awaiting approval',
  approved: 'Approved',
  sent: 'Sent',
  acknowledged: 'Acknowledged',
  partially_received: 'Partially received',
  received: 'Received',
  closed: 'Closed',
  cancelled: 'Cancelled',
  on_hold: 'On hold',
};

/** The Incoterms® 2020 rules. */
export const INCOTERMS = [
  'EXW',
  'FCA',
  'CPT',
  'CIP',
  'DAP',
  'DPU',
  'DDP',
  'FAS',
  'FOB',
  'CFR',
  'CIF',
] as const;
export type Incoterm = (typeof INCOTERMS)[number];

/** The most lines one purchase order may have. */
export const MAX_PURCHASE_ORDER_LINES = 10_000;

/** An order's status, and where it was put on hold from while it is on hold. */
export type PurchaseOrderState = {
  status: PurchaseOrderStatus;
  heldFromStatus: PurchaseOrderStatus | null;
};

/**
 * Approved and not yet fully received: goods are still expected from the supplier. Such an order
 * can be overdue, and what is still expected can be short-closed.
 */
export const AWAITING_DELIVERY_STATUSES = [
  'approved',
  'sent',
  'acknowledged',
  'partially_received',
] as const satisfies readonly PurchaseOrderStatus[];

export function isAwaitingDelivery(status: PurchaseOrderStatus): boolean {
  return (AWAITING_DELIVERY_STATUSES as readonly PurchaseOrderStatus[]).includes(status);
}

/**
 * Statuses whose order commits spend: approved and every status after it, closed included (what a
 * closed order bought stays spent). Drafts, orders awaiting approval and cancelled orders commit
 * nothing. Short-closed quantities are released from an order's commitment (its amount, not its
 * status: see `purchaseOrderCommitsSpend`).
 */
export const COMMITTED_SPEND_STATUSES = [
  ...AWAITING_DELIVERY_STATUSES,
  'received',
  'closed',
] as const satisfies readonly PurchaseOrderStatus[];

/**
 * Whether an order commits spend: budgets, the spend summary and the spend report all count
 * exactly these orders. An order on hold commits what it committed before it was held. (The
 * spend_monthly trigger's `spend_monthly_counts` states the same rule in SQL; a test holds the
 * two equal for every status.)
 */
export function purchaseOrderCommitsSpend(order: PurchaseOrderState): boolean {
  const status = order.status === 'on_hold' ? order.heldFromStatus : order.status;
  return status !== null && (COMMITTED_SPEND_STATUSES as readonly PurchaseOrderStatus[]).includes(status);
}
