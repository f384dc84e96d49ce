/**
 * Payment terms and the dates they give, declared once: the schema, the contracts, the core and
 * the web app (which previews the dates while an invoice is entered) use them. Pure: ISO dates
 * (YYYY-MM-DD) in, ISO dates out, in the calendar (no time zones).
 */

/**
 * What the days of the terms count from: the invoice's issue date (`invoice_date`, "net 30"), the
 * end of the month it was issued in (`end_of_month`, "30 days end of month"), or the day the
 * invoiced goods were received (`receipt_date`; the invoice date while nothing was received).
 */
export const PAYMENT_TERMS_BASES = ['invoice_date', 'end_of_month', 'receipt_date'] as const;
export type PaymentTermsBasis = (typeof PAYMENT_TERMS_BASES)[number];

export type PaymentTerms = {
  netDays: number;
  basis: PaymentTermsBasis;
  /** An early-payment discount: this percentage off when paid within `discountDays`; both or neither. */
  discountPercent: string | null;
  discountDays: number | null;
};

/** The most days terms may give (five years: anything longer is a typing mistake). */
export const MAX_PAYMENT_TERMS_DAYS = 1826;

function toDate(iso: string): Date {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d));
}

function toIso(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** `iso` plus `days` calendar days. */
export function addDays(iso: string, days: number): string {
  const d = toDate(iso);
  d.setUTCDate(d.getUTCDate() + days);
  return toIso(d);
}

/** The last day of the month `iso` is in. */
export function endOfMonth(iso: string): string {
  const d = toDate(iso);
  return toIso(new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 0)));
}

/** Days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return Math.round((toDate(to).getTime() - toDate(from).getTime()) / 86_400_000);
}

/** The day the terms' days count from. */
function termsStart(
  terms: Pick<PaymentTerms, 'basis'>,
  dates: { issueDate: string; receivedOn: string | null },
): string {
  switch (terms.basis) {
    case 'invoice_date':
      return dates.issueDate;
    case 'end_of_month':
      return endOfMonth(dates.issueDate);
    case 'receipt_date':
      // Goods received after the invoice was issued: their day; before it (or none yet): the invoice's.
      return dates.receivedOn && dates.receivedOn > dates.issueDate ? dates.receivedOn : dates.issueDate;
  }
}

/**
 * When an invoice is due and until when its early-payment discount may be taken (null: no
 * discount), from its terms: the start day (termsStart) plus the net days, and plus the discount
 * days.
 */
export function dueDates(
  terms: PaymentTerms,
  dates: { issueDate: string; receivedOn: string | null },
): { dueDate: string; discountDate: string | null } {
  const start = termsStart(terms, dates);
  return {
    dueDate: addDays(start, terms.netDays),
    discountDate:
      terms.discountPercent !== null && terms.discountDays !== null
        ? addDays(start, terms.discountDays)
        : null,
  };
}
