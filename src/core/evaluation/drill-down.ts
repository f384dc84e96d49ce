import type { DrillMeasure } from '../../domain/evaluation';
import * as organisation from '../organisation';
import type { Actor } from '../shared/actor';
import type { Ctx } from '../shared/context';
import { AppError } from '../shared/errors';
import { type Dec, dec } from '../shared/money';
import { decodeListCursor, encodeCursor } from '../shared/pagination';
import { getSupplier } from '../suppliers';
import { requirePeriod } from './read-scorecards';
import { orderScoreInputs, ruleSettingsOf } from './refresh-scores';
import * as repo from './repository';
import {
  answeredInTime,
  type LineOutcome,
  lineOutcomes,
  mainCategoryOf,
  NO_CATEGORY,
  type Period,
} from './rules';

export type DrillDownRow = {
  purchaseOrderId: string;
  orderNumber: string;
  lineNo: number | null;
  description: string | null;
  invoiceId: string | null;
  invoiceNumber: string | null;
  passed: boolean;
  explanation: string;
  dueDate: string | null;
  dueFrom: LineOutcome['dueFrom'];
  deliveredOn: string | null;
  daysLate: number | null;
  quantity: string | null;
  kept: string | null;
  shortBy: string | null;
  shortClosed: string | null;
  replaced: string | null;
  inspected: string | null;
  accepted: string | null;
  rejected: string | null;
  returned: string | null;
  unitPrice: string | null;
  orderUnitPrice: string | null;
  referenceUnitPrice: string | null;
  priceCurrency: string | null;
  sentAt: Date | null;
  answeredAt: Date | null;
  rating: { delivery: number; quality: number; service: number } | null;
};

export type DrillDown = {
  measure: DrillMeasure;
  period: Period;
  passed: number;
  counted: number;
  items: DrillDownRow[];
  nextCursor: string | null;
};

const EMPTY: Omit<DrillDownRow, 'purchaseOrderId' | 'orderNumber' | 'passed' | 'explanation'> = {
  lineNo: null,
  description: null,
  invoiceId: null,
  invoiceNumber: null,
  dueDate: null,
  dueFrom: null,
  deliveredOn: null,
  daysLate: null,
  quantity: null,
  kept: null,
  shortBy: null,
  shortClosed: null,
  replaced: null,
  inspected: null,
  accepted: null,
  rejected: null,
  returned: null,
  unitPrice: null,
  orderUnitPrice: null,
  referenceUnitPrice: null,
  priceCurrency: null,
  sentAt: null,
  answeredAt: null,
  rating: null,
};

const DUE_WORDS = { promised: 'promised', needed_by: 'needed by', expected: 'expected' } as const;

function timing(o: LineOutcome, graceDays: number): string {
  if (!o.dueDate || !o.lastDeliveredOn || o.daysLate === null) return 'no due date';
  const when =
    o.daysLate > 0 ? `${o.daysLate} days late` : o.daysLate < 0 ? `${-o.daysLate} days early` : 'on the day';
  const grace = o.daysLate > 0 && o.daysLate <= graceDays ? ` (within the ${graceDays} days' grace)` : '';
  return `due ${o.dueDate} (${DUE_WORDS[o.dueFrom ?? 'expected']}), complete ${o.lastDeliveredOn}: ${when}${grace}`;
}

function fullness(o: LineOutcome): string {
  const parts: string[] = [];
  if (dec(o.shortBy).gt(0)) parts.push(`short by ${o.shortBy} of ${o.quantity}`);
  if (dec(o.shortClosed).gt(0)) parts.push(`${o.shortClosed} short-closed`);
  if (dec(o.replaced).gt(0)) parts.push(`${o.replaced} returned for replacement`);
  return parts.length > 0 ? parts.join(', ') : `all ${o.quantity} delivered`;
}

/** "10.5 a unit, 5.0 % above the price list's 10" */
function priceComparison(ordered: Dec, reference: Dec, what: string): string {
  if (ordered.lte(reference) || reference.lte(0))
    return `ordered at ${ordered.toFixed()} a unit net, ${what} ${reference.toFixed()}`;
  const above = ordered.minus(reference).div(reference).times(100).toDecimalPlaces(1).toFixed(1);
  return `ordered at ${ordered.toFixed()} a unit net, ${above} % above ${what} ${reference.toFixed()}`;
}

function lineRow(base: { purchaseOrderId: string; orderNumber: string }, o: LineOutcome): DrillDownRow {
  return {
    ...EMPTY,
    ...base,
    passed: true,
    explanation: '',
    lineNo: o.lineNo,
    description: o.description,
    dueDate: o.dueDate,
    dueFrom: o.dueFrom,
    deliveredOn: o.lastDeliveredOn,
    daysLate: o.daysLate,
    quantity: o.quantity,
    kept: o.kept,
    shortBy: o.shortBy,
    shortClosed: o.shortClosed,
    replaced: o.replaced,
    inspected: o.inspected,
    accepted: o.accepted,
    rejected: o.rejected,
    returned: o.returned,
  };
}

/**
 * The orders, lines and invoices behind one figure of a supplier's scorecard, from the same rules
 * that counted them (docs/evaluation.md#drill-down): failures first, then by order and line.
 */
export async function drillDownScore(
  ctx: Ctx,
  opts: {
    actor: Actor;
    supplierId: string;
    period?: string;
    categoryId?: string;
    measure: DrillMeasure;
    outcome?: 'failed' | 'passed' | 'all';
    limit: number;
    cursor?: string;
  },
): Promise<DrillDown> {
  if (opts.actor.supplierId && opts.actor.supplierId !== opts.supplierId)
    throw AppError.notFound('Supplier', opts.supplierId);
  // The last price paid may be another supplier's: never shown to a supplier.
  if (opts.actor.supplierId && opts.measure === 'orderVsLastPrice')
    throw AppError.field(
      'measure',
      'is not shown to suppliers: the last price paid may be another supplier’s',
    );
  const period = requirePeriod(ctx, opts.period);
  const after = decodeListCursor(opts.cursor, { k: 'integer', id: 'code' });
  const supplier = await getSupplier(ctx, { id: opts.supplierId });
  const settings = ruleSettingsOf(await repo.readSettings(ctx.db));
  const facts = await repo.factOrdersOf(ctx.db, {
    supplierId: supplier.id,
    categoryId: opts.categoryId,
    from: period.from,
    to: period.to,
  });
  const ids = [...new Set(facts.map((f) => f.purchaseOrderId))];
  const inputs = await orderScoreInputs(ctx, ids);
  const inCategory = (categoryId: string | null) =>
    !opts.categoryId || (categoryId ?? NO_CATEGORY) === opts.categoryId;
  const rows: DrillDownRow[] = [];
  const baseCurrency =
    opts.measure === 'orderVsLastPrice' ? (await organisation.getSettings(ctx)).baseCurrency : null;

  for (const input of inputs) {
    const { order } = input;
    const base = { purchaseOrderId: order.id, orderNumber: order.number };
    const outcomes = lineOutcomes(input, settings).filter((o) => inCategory(o.categoryId));
    const categoryOfLine = new Map(order.lines.map((l) => [l.lineNo, l.categoryId]));
    switch (opts.measure) {
      case 'onTime':
      case 'otif':
      case 'inFull':
        for (const o of outcomes) {
          if (!o.settled) continue;
          if (opts.measure === 'inFull') {
            rows.push({ ...lineRow(base, o), passed: o.inFull === true, explanation: fullness(o) });
          } else if (o.onTime !== null) {
            const passed = opts.measure === 'onTime' ? o.onTime : o.onTime && o.inFull === true;
            const explanation =
              opts.measure === 'onTime'
                ? timing(o, settings.graceDays)
                : `${timing(o, settings.graceDays)}; ${fullness(o)}`;
            rows.push({ ...lineRow(base, o), passed, explanation });
          }
        }
        break;
      case 'quality':
        for (const o of outcomes) {
          if (dec(o.inspected).isZero()) continue;
          rows.push({
            ...lineRow(base, o),
            passed: dec(o.rejected).isZero(),
            explanation: `${o.accepted} of ${o.inspected} inspected accepted${
              dec(o.rejected).gt(0)
                ? `, ${o.rejected} rejected (${Object.entries(o.rejections)
                    .map(([r, q]) => `${q} ${r.replaceAll('_', ' ')}`)
                    .join(', ')})`
                : ''
            }`,
          });
        }
        break;
      case 'returns':
        for (const o of outcomes) {
          if (dec(o.received).isZero()) continue;
          rows.push({
            ...lineRow(base, o),
            passed: dec(o.returned).isZero(),
            explanation: dec(o.returned).gt(0)
              ? `${o.returned} of ${o.received} received went back`
              : `none of ${o.received} received went back`,
          });
        }
        break;
      case 'price':
        for (const invoice of input.invoices)
          for (const l of invoice.lines) {
            if (!inCategory(categoryOfLine.get(l.orderLineNo) ?? null)) continue;
            const orderPrice = dec(l.unitPrice).minus(l.priceVariance);
            const passed = dec(l.priceVariance).lte(0);
            rows.push({
              ...EMPTY,
              ...base,
              lineNo: l.orderLineNo,
              description: order.lines.find((x) => x.lineNo === l.orderLineNo)?.description ?? null,
              invoiceId: invoice.id,
              invoiceNumber: invoice.number,
              quantity: l.quantity,
              unitPrice: l.unitPrice,
              orderUnitPrice: orderPrice.toFixed(),
              passed,
              explanation: passed
                ? `billed ${l.unitPrice} a unit, the order's price ${orderPrice.toFixed()}`
                : `billed ${l.unitPrice} a unit, ${l.priceVariance} above the order's ${orderPrice.toFixed()}`,
            });
          }
        break;
      case 'orderVsList':
      case 'orderVsLastPrice':
        // Every line of a sent order with a price to compare, as the facts count them (rules.ts).
        for (const line of order.lines) {
          if (!inCategory(line.categoryId) || dec(line.quantity).lte(0)) continue;
          const againstList = opts.measure === 'orderVsList';
          const reference = againstList ? input.listPrices.get(line.lineNo) : line.lastNetUnitPriceBase;
          if (reference === undefined || reference === null) continue;
          const net = dec(line.netAmount).div(line.quantity);
          const ordered = (againstList ? net : net.times(order.exchangeRate)).toDecimalPlaces(6);
          const referencePrice = dec(reference).toDecimalPlaces(6);
          rows.push({
            ...EMPTY,
            ...base,
            lineNo: line.lineNo,
            description: line.description,
            quantity: dec(line.quantity).toFixed(),
            orderUnitPrice: ordered.toFixed(),
            referenceUnitPrice: referencePrice.toFixed(),
            priceCurrency: againstList ? order.currency : baseCurrency,
            passed: ordered.lte(referencePrice),
            explanation: priceComparison(
              ordered,
              referencePrice,
              againstList ? "the price list's" : 'the last price paid,',
            ),
          });
        }
        break;
      case 'invoiceAccuracy':
        if (!inCategory(mainCategoryOf(input.order))) break;
        for (const invoice of input.invoices)
          rows.push({
            ...EMPTY,
            ...base,
            invoiceId: invoice.id,
            invoiceNumber: invoice.number,
            passed: invoice.firstPass,
            explanation: invoice.firstPass
              ? `${invoice.supplierInvoiceNumber} matched at the first pass`
              : `${invoice.supplierInvoiceNumber} was an exception or was rejected`,
          });
        break;
      case 'responsiveness': {
        if (!inCategory(mainCategoryOf(input.order))) break;
        const answeredAt = input.answer?.firstAnsweredAt ?? null;
        const passed =
          answeredAt !== null && answeredInTime(order.firstSentAt, answeredAt, settings.responseDays);
        const hours = answeredAt
          ? Math.round((answeredAt.getTime() - order.firstSentAt.getTime()) / 360_000) / 10
          : null;
        rows.push({
          ...EMPTY,
          ...base,
          sentAt: order.firstSentAt,
          answeredAt,
          passed,
          explanation:
            hours === null
              ? 'not answered'
              : `answered ${hours} hours after it was sent (${settings.responseDays} days allowed)`,
        });
        break;
      }
      case 'satisfaction':
        if (!inCategory(mainCategoryOf(input.order))) break;
        for (const r of input.ratings) {
          const average = (r.delivery + r.quality + r.service) / 3;
          rows.push({
            ...EMPTY,
            ...base,
            rating: r,
            passed: average >= 3,
            explanation: `rated ${r.delivery} for delivery, ${r.quality} for quality, ${r.service} for service`,
          });
        }
        break;
    }
  }

  const counted = rows.length;
  const passed = rows.filter((r) => r.passed).length;
  const wanted = rows
    .filter(
      (r) => opts.outcome === undefined || opts.outcome === 'all' || r.passed === (opts.outcome === 'passed'),
    )
    .sort(
      (a, b) =>
        Number(a.passed) - Number(b.passed) ||
        a.orderNumber.localeCompare(b.orderNumber) ||
        (a.lineNo ?? 0) - (b.lineNo ?? 0) ||
        (a.invoiceNumber ?? '').localeCompare(b.invoiceNumber ?? ''),
    );
  const start = after ? Number(after.k) : 0;
  const items = wanted.slice(start, start + opts.limit);
  const next = start + opts.limit;
  return {
    measure: opts.measure,
    period,
    passed,
    counted,
    items,
    nextCursor: next < wanted.length ? encodeCursor({ k: next, id: opts.measure }) : null,
  };
}
