import { invoicedQuantitiesAsOf } from '../invoicing';
import { getCurrency, getSettings, minorUnitsOf } from '../organisation';
import { type OrderLinePrices, orderLinePrices, visibleOrderLinePrices } from '../purchase-orders';
import { acceptedQuantitiesAsOf } from '../receiving';
import type { Actor } from '../shared/actor';
import { isoDate } from '../shared/clock';
import type { Ctx } from '../shared/context';
import { D, type Dec, roundTo } from '../shared/money';

/**
 * Goods received not invoiced (GRNI): per order line, what was accepted by the end of a day less
 * what invoices had billed of it by then (never below zero), valued at the line's net price
 * (net amount ÷ quantity, the order's currency) and at the order's rate in base currency. Receipts,
 * reversals, inspections and the match ledger all keep their dates, so a past day gives the figure
 * of that day. docs/reports.md.
 */
export type GrniLine = {
  lineNo: number;
  quantityAccepted: string;
  quantityInvoiced: string;
  quantityNotInvoiced: string;
  /** Net price per unit of the order line (its currency). */
  unitPrice: string;
  /** quantityNotInvoiced × unitPrice, the order's currency. */
  amount: string;
};

export type GrniOrder = {
  purchaseOrderId: string;
  purchaseOrderNumber: string;
  supplierId: string;
  supplierCode: string;
  supplierName: string;
  currency: string;
  amount: string;
  amountBase: string;
  lines: GrniLine[];
};

export type CurrencyAmount = { currency: string; amount: string };

export type GrniSupplier = {
  supplierId: string;
  supplierCode: string;
  supplierName: string;
  amountBase: string;
  /** Per order currency. */
  amounts: CurrencyAmount[];
  orderCount: number;
};

export type GrniReport = {
  asOf: string;
  baseCurrency: string;
  /** Orders with goods not invoiced, largest base amount first. */
  orders: Omit<GrniOrder, 'lines'>[];
  /** The same per supplier, largest first. */
  suppliers: GrniSupplier[];
  totalBase: string;
  /** Per order currency. */
  totals: CurrencyAmount[];
};

type Quantities = { accepted: Dec; invoiced: Dec };

function keyOf(orderId: string, lineNo: number): string {
  return `${orderId}|${lineNo}`;
}

/** Accepted and invoiced by the end of `asOf`, per order line, from receiving and invoicing. */
async function quantitiesAsOf(
  ctx: Ctx,
  q: { asOf: string; purchaseOrderId?: string; supplierId?: string },
): Promise<Map<string, Quantities>> {
  const byLine = new Map<string, Quantities>();
  const at = (orderId: string, lineNo: number) => {
    const key = keyOf(orderId, lineNo);
    let found = byLine.get(key);
    if (!found) {
      found = { accepted: new D(0), invoiced: new D(0) };
      byLine.set(key, found);
    }
    return found;
  };
  for (const r of await acceptedQuantitiesAsOf(ctx, q))
    at(r.purchaseOrderId, r.lineNo).accepted = new D(r.accepted);
  for (const r of await invoicedQuantitiesAsOf(ctx, q))
    at(r.purchaseOrderId, r.lineNo).invoiced = new D(r.invoiced);
  return byLine;
}

/** One order's GRNI from its lines' quantities and prices. */
function grniOf(
  order: OrderLinePrices,
  byLine: Map<string, Quantities>,
  minorUnits: (currency: string) => number,
  baseMinorUnits: number,
): GrniOrder {
  const lines: GrniLine[] = [];
  let total = new D(0);
  for (const line of order.lines) {
    const q = byLine.get(keyOf(order.id, line.lineNo));
    if (!q) continue;
    const open = D.max(q.accepted.minus(q.invoiced), 0);
    const unitPrice = new D(line.quantity).isZero() ? new D(0) : new D(line.netAmount).div(line.quantity);
    const amount = roundTo(open.times(unitPrice), 4);
    total = total.plus(amount);
    lines.push({
      lineNo: line.lineNo,
      quantityAccepted: q.accepted.toFixed(),
      quantityInvoiced: q.invoiced.toFixed(),
      quantityNotInvoiced: open.toFixed(),
      unitPrice: roundTo(unitPrice, 6),
      amount,
    });
  }
  const amount = roundTo(total, minorUnits(order.currency));
  return {
    purchaseOrderId: order.id,
    purchaseOrderNumber: order.number,
    supplierId: order.supplierId,
    supplierCode: order.supplierCode,
    supplierName: order.supplierName,
    currency: order.currency,
    amount,
    amountBase: roundTo(new D(amount).times(order.exchangeRate), baseMinorUnits),
    lines,
  };
}

function addTo(map: Map<string, Dec>, key: string, amount: string): void {
  map.set(key, (map.get(key) ?? new D(0)).plus(amount));
}

/** GRNI as of the end of a day: per order and per supplier, in each order's currency and in base currency. */
export async function grniReport(ctx: Ctx, opts: { asOf: string; supplierId?: string }): Promise<GrniReport> {
  const settings = await getSettings(ctx);
  const base = await getCurrency(ctx, { code: settings.baseCurrency });
  const byLine = await quantitiesAsOf(ctx, opts);
  // Only orders with a line accepted beyond what was invoiced: the prices read grow with what is
  // open, not with every order ever received.
  const open = [...byLine].filter(([, q]) => q.accepted.greaterThan(q.invoiced)).map(([k]) => k);
  const orderIds = [...new Set(open.map((k) => k.slice(0, k.indexOf('|'))))];
  const prices = await orderLinePrices(ctx, { ids: orderIds });
  const unitsOf = await minorUnitsOf(ctx, { codes: prices.map((p) => p.currency) });
  const orders = prices
    .map((p) => grniOf(p, byLine, unitsOf, base.minorUnits))
    .filter((o) => !new D(o.amount).isZero())
    .sort(
      (a, b) =>
        new D(b.amountBase).comparedTo(a.amountBase) ||
        a.purchaseOrderNumber.localeCompare(b.purchaseOrderNumber),
    );
  const suppliers = new Map<string, GrniSupplier & { byCurrency: Map<string, Dec> }>();
  const totals = new Map<string, Dec>();
  let totalBase = new D(0);
  for (const o of orders) {
    let s = suppliers.get(o.supplierId);
    if (!s) {
      s = {
        supplierId: o.supplierId,
        supplierCode: o.supplierCode,
        supplierName: o.supplierName,
        amountBase: '0',
        amounts: [],
        orderCount: 0,
        byCurrency: new Map(),
      };
      suppliers.set(o.supplierId, s);
    }
    s.amountBase = new D(s.amountBase).plus(o.amountBase).toFixed();
    s.orderCount += 1;
    addTo(s.byCurrency, o.currency, o.amount);
    addTo(totals, o.currency, o.amount);
    totalBase = totalBase.plus(o.amountBase);
  }
  const amountsOf = (m: Map<string, Dec>) =>
    [...m]
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([currency, amount]) => ({ currency, amount: roundTo(amount, unitsOf(currency)) }));
  return {
    asOf: opts.asOf,
    baseCurrency: base.code,
    orders: orders.map(({ lines: _lines, ...o }) => o),
    suppliers: [...suppliers.values()]
      .map(({ byCurrency, ...s }) => ({
        ...s,
        amountBase: roundTo(s.amountBase, base.minorUnits),
        amounts: amountsOf(byCurrency),
      }))
      .sort(
        (a, b) =>
          new D(b.amountBase).comparedTo(a.amountBase) || a.supplierCode.localeCompare(b.supplierCode),
      ),
    totalBase: roundTo(totalBase, base.minorUnits),
    totals: amountsOf(totals),
  };
}

/**
 * One order's goods received not invoiced, per line, as of the end of a day (today by default):
 * 404 unless the actor may see the order.
 */
export async function orderGrni(
  ctx: Ctx,
  opts: { actor: Actor; id: string; asOf?: string },
): Promise<GrniOrder & { asOf: string; baseCurrency: string }> {
  const prices = await visibleOrderLinePrices(ctx, { actor: opts.actor, id: opts.id });
  const asOf = opts.asOf ?? isoDate(ctx.clock.now());
  const settings = await getSettings(ctx);
  const base = await getCurrency(ctx, { code: settings.baseCurrency });
  const byLine = await quantitiesAsOf(ctx, { asOf, purchaseOrderId: opts.id });
  const unitsOf = await minorUnitsOf(ctx, { codes: [prices.currency] });
  return { asOf, baseCurrency: base.code, ...grniOf(prices, byLine, unitsOf, base.minorUnits) };
}
