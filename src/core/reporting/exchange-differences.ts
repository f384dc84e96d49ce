import { foreignInvoicesIssuedBetween } from '../invoicing';
import { getCurrency, getSettings } from '../organisation';
import { foreignPaymentsBetween } from '../payments';
import { orderExchangeRates } from '../purchase-orders';
import type { Ctx } from '../shared/context';
import { convertAmount } from '../shared/document-totals';
import { AppError } from '../shared/errors';
import { D, type Dec, normalize, roundTo } from '../shared/money';
import { findSuppliersByIds } from '../suppliers';

/** The most invoices, and the most payments, one report lists (more: a 422 asking to narrow it). */
export const MAX_EXCHANGE_ROWS = 50_000;

/** An invoice valued at its order's rate and at its own: what the rate moved between them. */
export type InvoiceExchangeRow = {
  invoiceId: string;
  invoiceNumber: string;
  kind: 'invoice' | 'credit_note';
  supplierId: string;
  supplierCode: string;
  supplierName: string;
  supplierInvoiceNumber: string;
  purchaseOrderId: string;
  purchaseOrderNumber: string;
  issueDate: string;
  currency: string;
  /** The payable amount in the invoice's currency (a credit note's negative). */
  amount: string;
  orderRate: string;
  orderRateDate: string;
  invoiceRate: string;
  invoiceRateDate: string;
  baseAtOrderRate: string;
  /** As booked: the invoice's base amount, which budgets count as actual. */
  baseAtInvoiceRate: string;
  /** baseAtInvoiceRate − baseAtOrderRate: positive, the invoice cost more in base than ordered. */
  difference: string;
};

/** A payment valued at the payment date's rate against what its invoices were booked at. */
export type PaymentExchangeRow = {
  paymentId: string;
  paymentNumber: string;
  paymentRunId: string;
  paymentRunNumber: string;
  paymentDate: string;
  status: 'scheduled' | 'paid';
  supplierId: string;
  supplierCode: string;
  supplierName: string;
  currency: string;
  amount: string;
  rate: string;
  amountBase: string;
  bookedBase: string;
  /** amountBase − bookedBase: positive, paying cost more in base than the invoices were booked at. */
  difference: string;
};

export type ExchangeDifferencesReport = {
  from: string;
  to: string;
  baseCurrency: string;
  invoices: InvoiceExchangeRow[];
  payments: PaymentExchangeRow[];
  totals: { currency: string; invoiceDifference: string; paymentDifference: string }[];
  invoiceDifference: string;
  paymentDifference: string;
};

/**
 * Exchange differences of a period, in base currency (docs/reports.md#exchange-differences): each
 * invoice in another currency issued in it, valued at its order's rate and at its own (the order
 * committed the first, the invoice books the second), and each payment on a payment date in it,
 * at the payment date's rate against what its invoices were booked at.
 */
export async function exchangeDifferencesReport(
  ctx: Ctx,
  opts: { from: string; to: string },
): Promise<ExchangeDifferencesReport> {
  if (opts.to < opts.from) throw AppError.field('to', `must be on or after from (${opts.from})`);
  const settings = await getSettings(ctx);
  const base = await getCurrency(ctx, { code: settings.baseCurrency });
  const query = { ...opts, baseCurrency: base.code, limit: MAX_EXCHANGE_ROWS + 1 };
  const invoices = await foreignInvoicesIssuedBetween(ctx, query);
  const payments = await foreignPaymentsBetween(ctx, query);
  if (invoices.length > MAX_EXCHANGE_ROWS || payments.length > MAX_EXCHANGE_ROWS) {
    throw AppError.field(
      'from',
      `more than ${MAX_EXCHANGE_ROWS.toLocaleString('en')} invoices or payments: choose a shorter period`,
    );
  }
  const orders = await orderExchangeRates(ctx, { ids: invoices.map((i) => i.purchaseOrderId) });
  const suppliers = new Map(
    (
      await findSuppliersByIds(ctx, {
        ids: [...new Set([...invoices, ...payments].map((r) => r.supplierId))],
      })
    ).map((s) => [s.id, s]),
  );
  const supplierOf = (id: string) => {
    const s = suppliers.get(id);
    return { supplierId: id, supplierCode: s?.code ?? '', supplierName: s?.legalName ?? '' };
  };
  const totals = new Map<string, { invoiceDifference: Dec; paymentDifference: Dec }>();
  const totalOf = (currency: string) => {
    const t = totals.get(currency) ?? { invoiceDifference: D(0), paymentDifference: D(0) };
    totals.set(currency, t);
    return t;
  };

  const invoiceRows = invoices.map((i): InvoiceExchangeRow => {
    const order = orders.get(i.purchaseOrderId);
    const sign = i.kind === 'credit_note' ? -1 : 1;
    const orderRate = order?.exchangeRate ?? i.exchangeRate;
    const atOrder = D(convertAmount(i.payableAmount, orderRate, base.minorUnits)).times(sign);
    const atInvoice = D(i.payableAmountBase).times(sign);
    const difference = atInvoice.minus(atOrder);
    const t = totalOf(i.currency);
    t.invoiceDifference = t.invoiceDifference.plus(difference);
    return {
      invoiceId: i.id,
      invoiceNumber: i.number,
      kind: i.kind,
      ...supplierOf(i.supplierId),
      supplierInvoiceNumber: i.supplierInvoiceNumber,
      purchaseOrderId: i.purchaseOrderId,
      purchaseOrderNumber: order?.number ?? '',
      issueDate: i.issueDate,
      currency: i.currency,
      amount: normalize(D(i.payableAmount).times(sign).toFixed()),
      orderRate: normalize(orderRate),
      orderRateDate: order?.exchangeRateDate ?? i.exchangeRateDate,
      invoiceRate: normalize(i.exchangeRate),
      invoiceRateDate: i.exchangeRateDate,
      baseAtOrderRate: normalize(atOrder.toFixed()),
      baseAtInvoiceRate: normalize(roundTo(atInvoice, base.minorUnits)),
      difference: normalize(roundTo(difference, base.minorUnits)),
    };
  });

  const paymentRows = payments.map((p): PaymentExchangeRow => {
    const difference = D(p.amountBase).minus(p.invoicedAmountBase);
    const t = totalOf(p.currency);
    t.paymentDifference = t.paymentDifference.plus(difference);
    return {
      paymentId: p.id,
      paymentNumber: p.number,
      paymentRunId: p.paymentRunId,
      paymentRunNumber: p.runNumber,
      paymentDate: p.paymentDate,
      status: p.status === 'paid' ? 'paid' : 'scheduled',
      ...supplierOf(p.supplierId),
      currency: p.currency,
      amount: normalize(p.amount),
      rate: normalize(p.exchangeRate),
      amountBase: normalize(p.amountBase),
      bookedBase: normalize(p.invoicedAmountBase),
      difference: normalize(roundTo(difference, base.minorUnits)),
    };
  });

  const money = (d: Dec) => normalize(roundTo(d, base.minorUnits));
  const sum = (pick: (t: { invoiceDifference: Dec; paymentDifference: Dec }) => Dec) =>
    [...totals.values()].reduce((a, t) => a.plus(pick(t)), D(0));
  return {
    from: opts.from,
    to: opts.to,
    baseCurrency: base.code,
    invoices: invoiceRows,
    payments: paymentRows,
    totals: [...totals]
      .map(([currency, t]) => ({
        currency,
        invoiceDifference: money(t.invoiceDifference),
        paymentDifference: money(t.paymentDifference),
      }))
      .sort((a, b) => a.currency.localeCompare(b.currency)),
    invoiceDifference: money(sum((t) => t.invoiceDifference)),
    paymentDifference: money(sum((t) => t.paymentDifference)),
  };
}
