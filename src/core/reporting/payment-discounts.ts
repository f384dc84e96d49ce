import { invoicesWithDiscountBetween } from '../invoicing';
import { getCurrency, getSettings, minorUnitsOf } from '../organisation';
import { isoDate } from '../shared/clock';
import type { Ctx } from '../shared/context';
import { AppError } from '../shared/errors';
import { D, type Dec, normalize, roundTo } from '../shared/money';
import { findSuppliersByIds } from '../suppliers';

/** The most invoices one report lists (a wider period is a 422 asking to narrow it). */
export const MAX_DISCOUNT_ROWS = 50_000;

/** Whether an invoice's early-payment discount was taken, missed, or can still be. */
export type DiscountOutcome = 'taken' | 'missed' | 'open';

export type DiscountRow = {
  invoiceId: string;
  invoiceNumber: string;
  supplierId: string;
  supplierCode: string;
  supplierName: string;
  supplierInvoiceNumber: string;
  currency: string;
  payableAmount: string;
  discountPercent: string;
  discountDate: string;
  /** What paying by the discount date earns: the percentage of the payable amount. */
  available: string;
  taken: string;
  missed: string;
  /** Taken and missed in base currency, at the invoice's rate. */
  takenBase: string;
  missedBase: string;
  outcome: DiscountOutcome;
};

export type DiscountReport = {
  from: string;
  to: string;
  baseCurrency: string;
  rows: DiscountRow[];
  totals: { currency: string; available: string; taken: string; missed: string }[];
  takenBase: string;
  missedBase: string;
  counts: Record<DiscountOutcome, number>;
};

/**
 * Early-payment discounts whose date falls in a period: taken (a payment run took it), missed
 * (the date passed, or the invoice was paid, without it) or still open, per invoice with what it
 * was worth, and totals per currency and in base currency. docs/reports.md.
 */
export async function paymentDiscountsReport(
  ctx: Ctx,
  opts: { from: string; to: string },
): Promise<DiscountReport> {
  if (opts.to < opts.from) throw AppError.field('to', `must be on or after from (${opts.from})`);
  const today = isoDate(ctx.clock.now());
  const settings = await getSettings(ctx);
  const base = await getCurrency(ctx, { code: settings.baseCurrency });
  const invoices = await invoicesWithDiscountBetween(ctx, { ...opts, limit: MAX_DISCOUNT_ROWS + 1 });
  if (invoices.length > MAX_DISCOUNT_ROWS) {
    throw AppError.field(
      'from',
      `more than ${MAX_DISCOUNT_ROWS.toLocaleString('en')} invoices: choose a shorter period`,
    );
  }
  const unitsOf = await minorUnitsOf(ctx, { codes: invoices.map((i) => i.currency) });
  const suppliers = new Map(
    (await findSuppliersByIds(ctx, { ids: [...new Set(invoices.map((i) => i.supplierId))] })).map((s) => [
      s.id,
      s,
    ]),
  );
  const totals = new Map<string, { available: Dec; taken: Dec; missed: Dec }>();
  let takenBase = D(0);
  let missedBase = D(0);
  const counts: Record<DiscountOutcome, number> = { taken: 0, missed: 0, open: 0 };
  const rows = invoices.map((i): DiscountRow => {
    const minor = unitsOf(i.currency);
    const available = D(
      roundTo(D(i.payableAmount).times(i.earlyPaymentDiscountPercent).dividedBy(100), minor),
    );
    const taken = D(i.discountTaken);
    // In a confirmed run not yet paid, what it takes is known once the bank pays: still open.
    const outcome: DiscountOutcome = taken.greaterThan(0)
      ? 'taken'
      : i.status === 'scheduled'
        ? 'open'
        : i.status === 'paid' || i.discountDate < today
          ? 'missed'
          : 'open';
    const missed = outcome === 'missed' ? available : D(0);
    const rate = D(i.payableAmount).isZero() ? D(0) : D(i.payableAmountBase).dividedBy(i.payableAmount);
    const tBase = D(roundTo(taken.times(rate), base.minorUnits));
    const mBase = D(roundTo(missed.times(rate), base.minorUnits));
    takenBase = takenBase.plus(tBase);
    missedBase = missedBase.plus(mBase);
    counts[outcome]++;
    const t = totals.get(i.currency) ?? { available: D(0), taken: D(0), missed: D(0) };
    totals.set(i.currency, {
      available: t.available.plus(available),
      taken: t.taken.plus(taken),
      missed: t.missed.plus(missed),
    });
    const s = suppliers.get(i.supplierId);
    return {
      invoiceId: i.id,
      invoiceNumber: i.number,
      supplierId: i.supplierId,
      supplierCode: s?.code ?? '',
      supplierName: s?.legalName ?? '',
      supplierInvoiceNumber: i.supplierInvoiceNumber,
      currency: i.currency,
      payableAmount: normalize(i.payableAmount),
      discountPercent: normalize(i.earlyPaymentDiscountPercent),
      discountDate: i.discountDate,
      available: normalize(available.toFixed()),
      taken: normalize(taken.toFixed()),
      missed: normalize(missed.toFixed()),
      takenBase: normalize(tBase.toFixed()),
      missedBase: normalize(mBase.toFixed()),
      outcome,
    };
  });
  return {
    from: opts.from,
    to: opts.to,
    baseCurrency: base.code,
    rows,
    totals: [...totals]
      .map(([currency, t]) => ({
        currency,
        available: normalize(t.available.toFixed()),
        taken: normalize(t.taken.toFixed()),
        missed: normalize(t.missed.toFixed()),
      }))
      .sort((a, b) => a.currency.localeCompare(b.currency)),
    takenBase: normalize(takenBase.toFixed()),
    missedBase: normalize(missedBase.toFixed()),
    counts,
  };
}
