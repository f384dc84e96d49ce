/**
 * The vocabulary of supplier invoices and their three-way match, declared once: the schema, the
 * contracts (and so the web app) and the core import it. Pure.
 */

/** A supplier's invoice, or its credit note (money back: it gives invoiced quantity back). */
export const INVOICE_KINDS = ['invoice', 'credit_note'] as const;
export type InvoiceKind = (typeof INVOICE_KINDS)[number];

/**
 * Where an invoice stands (docs/accounts-payable.md):
 * - `draft`: being entered by accounts payable; nothing is matched yet.
 * - `matching`: submitted and matched as far as it can be: within every tolerance, but some of what
 *   it bills has not been received (and accepted) yet. It waits for the goods; receipts re-run the
 *   match, and it becomes `matched` by itself.
 * - `matched`: every line within its tolerances against the order and what was accepted; its
 *   quantities are consumed in the match ledger. Awaits approval for payment.
 * - `exception`: a variance beyond tolerance, a line or charge not on the order, a tax rate other
 *   than the order's, or a possible duplicate: a person decides (accept, ask for a credit note,
 *   reject, hold).
 * - `approved_for_payment` → `scheduled` (in a confirmed payment run) → `paid`.
 * - `on_hold` (back to where it was on release), `rejected` and `cancelled` (final).
 */
export const INVOICE_STATUSES = [
  'draft',
  'matching',
  'matched',
  'exception',
  'approved_for_payment',
  'scheduled',
  'paid',
  'on_hold',
  'rejected',
  'cancelled',
] as const;
export type InvoiceStatus = (typeof INVOICE_STATUSES)[number];

/** Statuses whose invoice consumes what it bills in the match ledger (and counts as billed). */
export const CONSUMING_INVOICE_STATUSES = [
  'matched',
  'approved_for_payment',
  'scheduled',
  'paid',
] as const satisfies readonly InvoiceStatus[];

/**
 * Statuses whose invoice is actual spend (a budget's *actual*; docs/approvals.md#budgets): approved
 * for payment and after. An invoice on hold from one of them still counts.
 */
export const ACTUAL_SPEND_INVOICE_STATUSES = [
  'approved_for_payment',
  'scheduled',
  'paid',
] as const satisfies readonly InvoiceStatus[];

/** Whether an invoice in this status (held from `heldFromStatus`) counts as actual spend. */
export function invoiceCountsAsActual(status: InvoiceStatus, heldFromStatus: InvoiceStatus | null): boolean {
  const statuses: readonly InvoiceStatus[] = ACTUAL_SPEND_INVOICE_STATUSES;
  return (
    statuses.includes(status) ||
    (status === 'on_hold' && heldFromStatus !== null && statuses.includes(heldFromStatus))
  );
}

/**
 * Statuses of an invoice still to be paid (AP aging, docs/reports.md): submitted and not paid,
 * rejected nor cancelled. A draft is still being entered; an invoice on hold counts unless it was
 * held as a draft.
 */
export const OPEN_PAYABLE_INVOICE_STATUSES = [
  'matching',
  'matched',
  'exception',
  'approved_for_payment',
  'scheduled',
  'on_hold',
] as const satisfies readonly InvoiceStatus[];

/** AP aging's buckets of days past due: not yet due (current), 1–30, 31–60, 61–90, over 90. */
export const AGING_BUCKETS = ['current', 'days1To30', 'days31To60', 'days61To90', 'over90'] as const;
export type AgingBucket = (typeof AGING_BUCKETS)[number];

/** The bucket of an invoice `daysPastDue` days past its due date (0 or less: not yet due). */
export function agingBucketOf(daysPastDue: number): AgingBucket {
  if (daysPastDue <= 0) return 'current';
  if (daysPastDue <= 30) return 'days1To30';
  if (daysPastDue <= 60) return 'days31To60';
  if (daysPastDue <= 90) return 'days61To90';
  return 'over90';
}

/** Statuses the match runs again in (a receipt, a reversal, a credit note may change the answer). */
export const REMATCHED_INVOICE_STATUSES = [
  'matching',
  'exception',
] as const satisfies readonly InvoiceStatus[];

/** Statuses that no longer count: the supplier's number may be used again by another invoice. */
export const VOID_INVOICE_STATUSES = ['rejected', 'cancelled'] as const satisfies readonly InvoiceStatus[];

/** How an invoice came in. */
export const INVOICE_SOURCES = ['form', 'portal', 'csv', 'ubl'] as const;
export type InvoiceSource = (typeof INVOICE_SOURCES)[number];

/**
 * How an order line's invoices are matched: against what was received and accepted (three-way:
 * goods) or against what was ordered (two-way: lines that are not received, such as a
 * subscription or a fee).
 */
export const MATCH_TYPES = ['three_way', 'two_way'] as const;
export type MatchType = (typeof MATCH_TYPES)[number];

/** Why an invoice is an exception; each comes with its explanation in words. */
export const INVOICE_EXCEPTION_KINDS = [
  'price',
  'quantity',
  'not_on_order',
  'tax_rate',
  'charge',
  'possible_duplicate',
] as const;
export type InvoiceExceptionKind = (typeof INVOICE_EXCEPTION_KINDS)[number];

/**
 * Where a request to accept an invoice's variances stands when the approval policy routes it
 * (docs/accounts-payable.md#variance-approval): `pending` while approvers decide (the invoice stays
 * an exception and cannot be paid), then `approved` (the variances were accepted), `rejected` (it
 * stays an exception, with the reason) or `withdrawn` (the invoice was rejected or cancelled meanwhile).
 */
export const VARIANCE_APPROVAL_STATUSES = ['pending', 'approved', 'rejected', 'withdrawn'] as const;
export type VarianceApprovalStatus = (typeof VARIANCE_APPROVAL_STATUSES)[number];

/** Where one invoice line stands against its order line. */
export const INVOICE_LINE_MATCH_STATUSES = [
  /** Within every tolerance; its quantity is (or, when consumed, will be) taken from what is available. */
  'matched',
  /** Within price tolerance, but more than is available: the rest has not been received yet. */
  'awaiting_receipt',
  /** Beyond a tolerance, or not on the order. */
  'exception',
] as const;
export type InvoiceLineMatchStatus = (typeof INVOICE_LINE_MATCH_STATUSES)[number];

/** The most lines one invoice may have (as many as an order may have). */
export const MAX_INVOICE_LINES = 10_000;

/** How many days apart two invoices of a supplier with the same total may be issued and still look like one. */
export const DUPLICATE_WINDOW_DAYS = 7;

/**
 * Tax categories an invoice may state (UNCL 5305, as EN 16931 and PEPPOL BIS Billing use them; AA,
 * a lower rate, too): the order's own categories and more. docs/accounts-payable.md.
 */
export const INVOICE_TAX_CATEGORIES = ['S', 'AA', 'Z', 'E', 'AE', 'K', 'G', 'O', 'L', 'M', 'B'] as const;
export type InvoiceTaxCategory = (typeof INVOICE_TAX_CATEGORIES)[number];

/**
 * Where an invoice stands as its supplier is told in the portal (docs/supplier-portal.md#invoices-and-payments):
 * - `received`: with accounts payable, not checked yet (a draft being completed);
 * - `being_checked`: checked against the order and the goods (awaiting goods, matched, or held);
 * - `query_raised`: something differs from the order or what was received (an exception), or a
 *   credit note was asked for;
 * - `approved`: approved for payment (paid in part: the rest is);
 * - `payment_scheduled`: in a confirmed payment run, to be paid on its date;
 * - `paid`, `rejected` (with the reason), `cancelled`.
 * Nothing internal shows through: why it is held, its variances and tolerances stay the organisation's.
 */
export const PORTAL_INVOICE_STATUSES = [
  'received',
  'being_checked',
  'query_raised',
  'approved',
  'payment_scheduled',
  'paid',
  'rejected',
  'cancelled',
] as const;
export type PortalInvoiceStatus = (typeof PORTAL_INVOICE_STATUSES)[number];

/** The portal's word for each status of an invoice. */
export const PORTAL_STATUS_OF_INVOICE = {
  draft: 'received',
  matching: 'being_checked',
  matched: 'being_checked',
  on_hold: 'being_checked',
  exception: 'query_raised',
  approved_for_payment: 'approved',
  scheduled: 'payment_scheduled',
  paid: 'paid',
  rejected: 'rejected',
  cancelled: 'cancelled',
} as const satisfies Record<InvoiceStatus, PortalInvoiceStatus>;

/** The statuses an invoice is in when the portal says `status`: what a filter by it reads. */
export function invoiceStatusesOf(status: PortalInvoiceStatus): InvoiceStatus[] {
  return INVOICE_STATUSES.filter((s) => PORTAL_STATUS_OF_INVOICE[s] === status);
}

/**
 * Why a supplier has nothing of an order to invoice in the portal: the order cannot be invoiced
 * (cancelled), nothing received is left uninvoiced (goods are invoiced once received), or
 * everything is invoiced already.
 */
export const NOTHING_TO_INVOICE = ['not_invoiceable', 'nothing_received', 'all_invoiced'] as const;
export type NothingToInvoice = (typeof NOTHING_TO_INVOICE)[number];
