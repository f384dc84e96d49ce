/**
 * The vocabulary of receiving (goods receipts, quality inspection, returns), declared once: the
 * schema, the contracts (and so the web app) and the core import it. Pure.
 */

/** Orders goods can be received against: sent to the supplier and not yet fully received. */
export const RECEIVABLE_ORDER_STATUSES = ['sent', 'acknowledged', 'partially_received'] as const;

/**
 * A receipt records goods that arrived (`receipt`); a mistake in one is corrected by a `reversal`,
 * a record of its own that takes quantities of one receipt back (a receipt is never edited).
 */
export const RECEIPT_KINDS = ['receipt', 'reversal'] as const;
export type ReceiptKind = (typeof RECEIPT_KINDS)[number];

/**
 * Where a receipt's line stands with quality: `accepted` (no inspection needed, or every unit
 * inspected and none rejected), `pending_inspection` (some received quantity awaits its
 * inspection), `inspected` (every unit inspected, some rejected), `reversed` (all of it taken back).
 */
export const RECEIPT_LINE_STATUSES = ['accepted', 'pending_inspection', 'inspected', 'reversed'] as const;
export type ReceiptLineStatus = (typeof RECEIPT_LINE_STATUSES)[number];

export const RECEIPT_LINE_STATUS_LABELS: Record<ReceiptLineStatus, string> = {
  accepted: 'Accepted',
  pending_inspection: 'Awaiting inspection',
  inspected: 'Inspected',
  reversed: 'Reversed',
};

/** Why inspected goods were rejected. `other` needs words of its own. */
export const REJECTION_REASONS = [
  'damaged',
  'wrong_item',
  'out_of_specification',
  'expired',
  'short_shipped',
  'other',
] as const;
export type RejectionReason = (typeof REJECTION_REASONS)[number];

export const REJECTION_REASON_LABELS: Record<RejectionReason, string> = {
  damaged: 'Damaged',
  wrong_item: 'Wrong item',
  out_of_specification: 'Out of specification',
  expired: 'Expired',
  short_shipped: 'Short-shipped',
  other: 'Other',
};

/** The most lines one receipt may have (as many as an order may have). */
export const MAX_RECEIPT_LINES = 10_000;

/** The most serial numbers one receipt line may list. */
export const MAX_SERIAL_NUMBERS = 1_000;

/**
 * What a return to supplier expects back for the goods it sends: the same goods again
 * (`replacement`: the quantity stays open on the order, due on a new date) or the money
 * (`credit`: the quantity is no longer expected, like a short-close; the supplier's credit note
 * settles it).
 */
export const RETURN_REMEDIES = ['replacement', 'credit'] as const;
export type ReturnRemedy = (typeof RETURN_REMEDIES)[number];

export const RETURN_REMEDY_LABELS: Record<ReturnRemedy, string> = {
  replacement: 'Replacement',
  credit: 'Credit',
};
