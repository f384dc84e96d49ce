import { isSepaIban } from '../../domain/bank-accounts';
import type { PaymentMethod } from '../../domain/payments';
import { D, normalize, roundTo, scaleOf } from '../shared/money';

/**
 * The arithmetic of payment runs, pure: which invoices a run proposes and what it pays of each,
 * the discounts it takes, credit notes set off, one payment per supplier and currency, the
 * remittance text. docs/accounts-payable.md#payment-runs.
 */

/** What a proposal needs of an invoice or credit note approved for payment. */
export type Payable = {
  id: string;
  kind: 'invoice' | 'credit_note';
  supplierId: string;
  supplierInvoiceNumber: string;
  currency: string;
  issueDate: string;
  dueDate: string;
  discountDate: string | null;
  earlyPaymentDiscountPercent: string | null;
  /** What is still open: payable − paid − discount taken. */
  open: string;
};

export type ProposedLine = {
  invoiceId: string;
  supplierId: string;
  currency: string;
  reason: 'due' | 'discount';
  openAmount: string;
  discountAmount: string;
  /** Signed: a credit note's is negative. */
  amount: string;
};

/**
 * The discount paying `open` in full on `paymentDate` earns: the terms' percentage of it, rounded
 * to the currency, when the payment date is on or before the discount date; else 0.
 */
export function discountOn(
  invoice: Pick<Payable, 'kind' | 'discountDate' | 'earlyPaymentDiscountPercent' | 'open'>,
  paymentDate: string,
  minorUnits: number,
): string {
  if (invoice.kind !== 'invoice' || !invoice.discountDate || !invoice.earlyPaymentDiscountPercent) return '0';
  if (paymentDate > invoice.discountDate) return '0';
  const discount = D(invoice.open).times(invoice.earlyPaymentDiscountPercent).dividedBy(100);
  return normalize(roundTo(discount, minorUnits));
}

/**
 * What a run on `paymentDate` proposes: every invoice due by `dueBy` or whose discount date falls
 * before `nextRunDate` (paying it later would lose the discount), in full less the discount it
 * earns; then, per supplier and currency, its credit notes (oldest first) as long as what is paid
 * stays above zero — a credit larger than what is owed waits for the next invoices.
 */
export function proposeLines(
  payables: Payable[],
  opts: {
    paymentDate: string;
    dueBy: string;
    nextRunDate: string;
    minorUnitsOf: (currency: string) => number;
  },
): ProposedLine[] {
  const lines: ProposedLine[] = [];
  const owed = new Map<string, InstanceType<typeof D>>();
  for (const p of payables) {
    if (p.kind !== 'invoice' || !D(p.open).greaterThan(0)) continue;
    const due = p.dueDate <= opts.dueBy;
    const losesDiscount =
      p.discountDate !== null && p.discountDate < opts.nextRunDate && p.discountDate >= opts.paymentDate;
    if (!due && !losesDiscount) continue;
    const discount = discountOn(p, opts.paymentDate, opts.minorUnitsOf(p.currency));
    const amount = D(p.open).minus(discount);
    lines.push({
      invoiceId: p.id,
      supplierId: p.supplierId,
      currency: p.currency,
      reason: due ? 'due' : 'discount',
      openAmount: p.open,
      discountAmount: discount,
      amount: normalize(amount.toFixed()),
    });
    const key = groupKey(p);
    owed.set(key, (owed.get(key) ?? D(0)).plus(amount));
  }
  const credits = payables
    .filter((p) => p.kind === 'credit_note' && D(p.open).greaterThan(0))
    .sort((a, b) => a.issueDate.localeCompare(b.issueDate));
  for (const c of credits) {
    const key = groupKey(c);
    const left = owed.get(key);
    if (!left?.minus(c.open).greaterThan(0)) continue;
    owed.set(key, left.minus(c.open));
    lines.push({
      invoiceId: c.id,
      supplierId: c.supplierId,
      currency: c.currency,
      reason: 'due',
      openAmount: c.open,
      discountAmount: '0',
      amount: normalize(D(c.open).negated().toFixed()),
    });
  }
  return lines;
}

const groupKey = (p: { supplierId: string; currency: string }) => `${p.supplierId} ${p.currency}`;

/**
 * A new amount for a line of a draft: an invoice may be paid in part (more than 0, at most what is
 * open); the discount stays only when what is paid plus it settles the invoice. A credit note is
 * set off in full or removed. The line's amount and discount, or the problem in words.
 */
export function reviseLine(
  line: {
    kind: 'invoice' | 'credit_note';
    openAmount: string;
    fullDiscount: string;
    /** The currency and its decimals: a bank pays no fraction of its smallest unit. */
    currency?: { code: string; minorUnits: number };
  },
  amount: string,
): { amount: string; discountAmount: string } | { problem: string } {
  const a = D(amount);
  if (line.kind === 'credit_note') {
    return { problem: 'a credit note is set off in full or removed from the run' };
  }
  if (line.currency && scaleOf(normalize(a.toFixed())) > line.currency.minorUnits) {
    const { code, minorUnits } = line.currency;
    return {
      problem: `must have at most ${minorUnits} decimal${minorUnits === 1 ? '' : 's'}, as ${code} has`,
    };
  }
  if (!a.greaterThan(0)) return { problem: 'must be more than 0 (remove the line to pay nothing)' };
  if (a.greaterThan(line.openAmount))
    return { problem: `must be at most what is open, ${normalize(line.openAmount)}` };
  const settlesWithDiscount = a.plus(line.fullDiscount).equals(line.openAmount);
  return {
    amount: normalize(a.toFixed()),
    discountAmount: settlesWithDiscount ? normalize(line.fullDiscount) : '0',
  };
}

export type GroupedPayment<L> = {
  supplierId: string;
  currency: string;
  amount: string;
  discountAmount: string;
  lines: L[];
};

/** One payment per supplier and currency: the lines' amounts netted, their discounts added. */
export function groupPayments<
  L extends { supplierId: string; currency: string; amount: string; discountAmount: string },
>(lines: L[]): GroupedPayment<L>[] {
  const groups = new Map<string, GroupedPayment<L>>();
  for (const line of lines) {
    const key = groupKey(line);
    let g = groups.get(key);
    if (!g) {
      g = {
        supplierId: line.supplierId,
        currency: line.currency,
        amount: '0',
        discountAmount: '0',
        lines: [],
      };
      groups.set(key, g);
    }
    g.amount = normalize(D(g.amount).plus(line.amount).toFixed());
    g.discountAmount = normalize(D(g.discountAmount).plus(line.discountAmount).toFixed());
    g.lines.push(line);
  }
  return [...groups.values()];
}

/** The most one SEPA credit transfer may carry (the EPC's rules); a larger payment goes in the bank file. */
export const SEPA_MAX_AMOUNT = '999999999.99';

/**
 * How a payment leaves: euros to an IBAN of a SEPA country, up to the SEPA limit, by SEPA credit
 * transfer; anything else in the bank file (CSV).
 */
export function paymentMethodFor(currency: string, iban: string | null, amount = '0'): PaymentMethod {
  return currency === 'EUR' && iban && isSepaIban(iban) && !D(amount).greaterThan(SEPA_MAX_AMOUNT)
    ? 'sepa_credit_transfer'
    : 'bank_transfer';
}

/**
 * The remittance text a supplier reads on its statement: the invoice numbers it pays and the
 * credit notes set off, as the supplier numbered them, within `max` characters ("+3 more" when
 * they do not all fit).
 */
export function remittanceText(
  lines: { kind: 'invoice' | 'credit_note'; supplierInvoiceNumber: string }[],
  max: number,
): string {
  const invoices = lines.filter((l) => l.kind === 'invoice').map((l) => l.supplierInvoiceNumber);
  const credits = lines.filter((l) => l.kind === 'credit_note').map((l) => l.supplierInvoiceNumber);
  const parts = [...invoices.map((n) => `INV ${n}`), ...credits.map((n) => `CN ${n}`)];
  let text = '';
  for (let i = 0; i < parts.length; i++) {
    const next = text ? `${text}, ${parts[i]}` : parts[i]!;
    const rest = parts.length - i - 1;
    const suffix = rest > 0 ? ` +${rest} more` : '';
    if (`${next}${suffix}`.length > max) {
      const more = ` +${parts.length - i} more`;
      return `${text}${more}`.trim().slice(0, max);
    }
    text = next;
  }
  return text;
}
