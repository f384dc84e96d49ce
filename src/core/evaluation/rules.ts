import {
  type Grade,
  type GradeBands,
  type RatingAspect,
  SCORE_MEASURES,
  type ScoreMeasure,
} from '../../domain/evaluation';
import type { RejectionReason } from '../../domain/receiving';
import type { AnswerFacts } from '../dispatch';
import type { JudgedInvoice } from '../invoicing';
import type { EvaluatedOrder } from '../purchase-orders';
import type { ReceivingFacts } from '../receiving';
import { D, type Dec, dec } from '../shared/money';

/**
 * Supplier evaluation's rules, pure (docs/evaluation.md): what an order's facts contribute to its
 * supplier's scorecard, and what a scorecard's counters come to.
 */

/** The nil uuid: the category of free-text lines in the summaries. */
export const NO_CATEGORY = '00000000-0000-0000-0000-000000000000';

/** The counters a scorecard sums, integer ones and decimal ones (as strings). */
export const INT_COUNTERS = [
  'orders',
  'linesSettled',
  'linesInFull',
  'linesTimed',
  'linesOnTime',
  'linesOtif',
  'daysLateSum',
  'invoiceLines',
  'invoiceLinesAtPrice',
  'listLines',
  'lastLines',
  'invoices',
  'invoicesFirstPass',
  'ordersSent',
  'ordersAnswered',
  'ordersAnsweredInTime',
  'changesProposed',
  'ratings',
  'ratingDeliverySum',
  'ratingQualitySum',
  'ratingServiceSum',
] as const;
export const DEC_COUNTERS = [
  'qtyTimed',
  'qtyOnTime',
  'qtyReceived',
  'qtyInspected',
  'qtyAccepted',
  'qtyRejected',
  'qtyReturned',
  'invoicedBase',
  'invoicedAtOrderBase',
  'listOrderBase',
  'listPriceBase',
  'lastOrderBase',
  'lastPriceBase',
  'responseHoursSum',
] as const;
export type IntCounter = (typeof INT_COUNTERS)[number];
export type DecCounter = (typeof DEC_COUNTERS)[number];
export type Counters = Record<IntCounter, number> & Record<DecCounter, string>;

export function zeroCounters(): Counters {
  const c = {} as Counters;
  for (const k of INT_COUNTERS) c[k] = 0;
  for (const k of DEC_COUNTERS) c[k] = '0';
  return c;
}

/** a + sign × b, counter by counter. */
export function addCounters(a: Counters, b: Counters, sign: 1 | -1 = 1): Counters {
  const c = {} as Counters;
  for (const k of INT_COUNTERS) c[k] = a[k] + sign * b[k];
  for (const k of DEC_COUNTERS) c[k] = dec(a[k]).plus(dec(b[k]).times(sign)).toFixed();
  return c;
}

export function countersEqual(a: Counters, b: Counters): boolean {
  return INT_COUNTERS.every((k) => a[k] === b[k]) && DEC_COUNTERS.every((k) => dec(a[k]).equals(dec(b[k])));
}

export function countersAreZero(c: Counters): boolean {
  return countersEqual(c, zeroCounters());
}

/** What one order contributes for one category of its lines, in the month it was first sent. */
export type ScoreFact = Counters & {
  purchaseOrderId: string;
  categoryId: string;
  supplierId: string;
  month: string;
  rejections: Partial<Record<RejectionReason, string>>;
};

/** Everything recorded of one sent order that its supplier's scorecard weighs. */
export type OrderScoreInput = {
  order: EvaluatedOrder;
  receiving: ReceivingFacts;
  answer: AnswerFacts | null;
  invoices: JudgedInvoice[];
  ratings: Record<RatingAspect, number>[];
  /** The supplier's price-list price per unit (order currency), by line number, where it has one. */
  listPrices: Map<number, string>;
  /** When the facts are read: an order not answered counts against responsiveness once its answer is overdue. */
  now: Date;
};

export type ScoreRuleSettings = { graceDays: number; responseDays: number };

/** Where one order line's delivery stands, in words a drill-down shows. */
export type LineOutcome = {
  lineNo: number;
  description: string;
  categoryId: string;
  quantity: string;
  /** Received less what reversals took back, and less what went back to the supplier. */
  received: string;
  kept: string;
  /** Nothing more is expected: what is kept covers what is still wanted (after short-closes and credits). */
  settled: boolean;
  /** The date it was due: promised, else needed by, else the order's expected delivery; and which. */
  dueDate: string | null;
  dueFrom: 'promised' | 'needed_by' | 'expected' | null;
  /** The last delivery's date (when settled: the day it was complete). */
  lastDeliveredOn: string | null;
  /** Last delivery − due date, in days (negative: early); null without both. */
  daysLate: number | null;
  onTime: boolean | null;
  inFull: boolean | null;
  /** Why it is not in full: short by this much, short-closed, a replacement. */
  shortBy: string;
  shortClosed: string;
  replaced: string;
  qtyOnTime: string;
  qtyTimed: string;
  inspected: string;
  accepted: string;
  rejected: string;
  returned: string;
  rejections: Partial<Record<RejectionReason, string>>;
};

function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

function addDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

function sumOf(values: Dec[]): Dec {
  return values.reduce((a, b) => a.plus(b), new D(0));
}

/** Each line's delivery outcome (docs/evaluation.md#on-time-and-in-full). */
export function lineOutcomes(input: OrderScoreInput, settings: ScoreRuleSettings): LineOutcome[] {
  const { order, receiving } = input;
  return order.lines.map((line) => {
    const deliveries = receiving.deliveries.filter((d) => d.lineNo === line.lineNo);
    const returns = receiving.returns.filter((r) => r.lineNo === line.lineNo);
    const inspections = receiving.inspections.filter((i) => i.lineNo === line.lineNo);
    const received = sumOf(deliveries.map((d) => dec(d.quantity)));
    const returned = sumOf(returns.map((r) => dec(r.quantity)));
    const replaced = sumOf(returns.filter((r) => r.remedy === 'replacement').map((r) => dec(r.quantity)));
    const kept = received.minus(returned);
    const shortClosed = dec(line.quantityShortClosed);
    const wanted = dec(line.quantity).minus(shortClosed);
    const settled = received.gt(0) && kept.gte(wanted);
    const dueFrom = line.promisedDate
      ? 'promised'
      : line.neededBy
        ? 'needed_by'
        : order.expectedDeliveryDate
          ? 'expected'
          : null;
    const dueDate = line.promisedDate ?? line.neededBy ?? order.expectedDeliveryDate;
    const lastDeliveredOn = deliveries.reduce<string | null>(
      (last, d) => (last === null || d.receivedOn > last ? d.receivedOn : last),
      null,
    );
    const daysLate = dueDate && lastDeliveredOn ? daysBetween(dueDate, lastDeliveredOn) : null;
    const onTime = settled && daysLate !== null ? daysLate <= settings.graceDays : null;
    const inFull = settled ? shortClosed.isZero() && replaced.isZero() && kept.gte(line.quantity) : null;
    const deadline = dueDate ? addDays(dueDate, settings.graceDays) : null;
    const qtyOnTime = deadline
      ? sumOf(deliveries.filter((d) => d.receivedOn <= deadline).map((d) => dec(d.quantity)))
      : new D(0);
    const rejections: Partial<Record<RejectionReason, string>> = {};
    for (const i of inspections) {
      if (!i.rejectionReason || dec(i.rejected).isZero()) continue;
      rejections[i.rejectionReason] = dec(rejections[i.rejectionReason] ?? '0')
        .plus(i.rejected)
        .toFixed();
    }
    const shortBy = D.max(dec(line.quantity).minus(kept), 0);
    return {
      lineNo: line.lineNo,
      description: line.description,
      categoryId: line.categoryId ?? NO_CATEGORY,
      quantity: dec(line.quantity).toFixed(),
      received: received.toFixed(),
      kept: kept.toFixed(),
      settled,
      dueDate,
      dueFrom,
      lastDeliveredOn,
      daysLate,
      onTime,
      inFull,
      shortBy: shortBy.toFixed(),
      shortClosed: shortClosed.toFixed(),
      replaced: replaced.toFixed(),
      qtyOnTime: qtyOnTime.toFixed(),
      qtyTimed: dueDate ? received.toFixed() : '0',
      inspected: sumOf(inspections.map((i) => dec(i.accepted).plus(i.rejected))).toFixed(),
      accepted: sumOf(inspections.map((i) => dec(i.accepted))).toFixed(),
      rejected: sumOf(inspections.map((i) => dec(i.rejected))).toFixed(),
      returned: returned.toFixed(),
      rejections,
    };
  });
}

/** The order's main category: its largest line's (by net amount; the first such line on a tie). */
export function mainCategoryOf(order: EvaluatedOrder): string {
  let best: { amount: Dec; category: string } | null = null;
  for (const l of order.lines) {
    const amount = dec(l.netAmount);
    if (!best || amount.gt(best.amount)) best = { amount, category: l.categoryId ?? NO_CATEGORY };
  }
  return best?.category ?? NO_CATEGORY;
}

/** The first day of the month of an instant (UTC). */
export function monthOf(at: Date): string {
  return `${at.toISOString().slice(0, 7)}-01`;
}

/** Whether the response days since the first send have passed. */
export function responseOverdue(sentAt: Date, now: Date, responseDays: number): boolean {
  return now.getTime() - sentAt.getTime() > responseDays * 86_400_000;
}

/** Whether the supplier answered within the response days of the first send. */
export function answeredInTime(sentAt: Date, answeredAt: Date, responseDays: number): boolean {
  return answeredAt.getTime() - sentAt.getTime() <= responseDays * 86_400_000;
}

/**
 * What one sent order contributes to its supplier's scorecard: one fact per item category of its
 * lines, in the month it was first sent. Order-level counts (the order, its answer, invoices,
 * ratings) go to its main category's fact, so each counts once.
 */
export function orderScoreFacts(input: OrderScoreInput, settings: ScoreRuleSettings): ScoreFact[] {
  const { order } = input;
  const month = monthOf(order.firstSentAt);
  const facts = new Map<string, ScoreFact>();
  const factOf = (categoryId: string): ScoreFact => {
    let f = facts.get(categoryId);
    if (!f) {
      f = {
        ...zeroCounters(),
        purchaseOrderId: order.id,
        categoryId,
        supplierId: order.supplierId,
        month,
        rejections: {},
      };
      facts.set(categoryId, f);
    }
    return f;
  };
  const main = factOf(mainCategoryOf(order));
  const rate = dec(order.exchangeRate);
  const categoryOfLine = new Map(order.lines.map((l) => [l.lineNo, l.categoryId ?? NO_CATEGORY]));

  for (const o of lineOutcomes(input, settings)) {
    const f = factOf(o.categoryId);
    if (o.settled) {
      f.linesSettled += 1;
      if (o.inFull) f.linesInFull += 1;
      if (o.daysLate !== null) {
        f.linesTimed += 1;
        f.daysLateSum += o.daysLate;
        if (o.onTime) f.linesOnTime += 1;
        if (o.onTime && o.inFull) f.linesOtif += 1;
      }
    }
    f.qtyTimed = dec(f.qtyTimed).plus(o.qtyTimed).toFixed();
    f.qtyOnTime = dec(f.qtyOnTime).plus(o.qtyOnTime).toFixed();
    f.qtyReceived = dec(f.qtyReceived).plus(o.received).toFixed();
    f.qtyInspected = dec(f.qtyInspected).plus(o.inspected).toFixed();
    f.qtyAccepted = dec(f.qtyAccepted).plus(o.accepted).toFixed();
    f.qtyRejected = dec(f.qtyRejected).plus(o.rejected).toFixed();
    f.qtyReturned = dec(f.qtyReturned).plus(o.returned).toFixed();
    for (const [reason, qty] of Object.entries(o.rejections) as [RejectionReason, string][])
      f.rejections[reason] = dec(f.rejections[reason] ?? '0')
        .plus(qty)
        .toFixed();
  }

  for (const line of order.lines) {
    const f = factOf(line.categoryId ?? NO_CATEGORY);
    const amountBase = dec(line.netAmount).times(rate);
    const listPrice = input.listPrices.get(line.lineNo);
    if (listPrice !== undefined) {
      f.listLines += 1;
      f.listOrderBase = dec(f.listOrderBase).plus(amountBase).toDecimalPlaces(4).toFixed();
      f.listPriceBase = dec(f.listPriceBase)
        .plus(dec(line.quantity).times(listPrice).times(rate))
        .toDecimalPlaces(4)
        .toFixed();
    }
    if (line.lastNetUnitPriceBase !== null) {
      f.lastLines += 1;
      f.lastOrderBase = dec(f.lastOrderBase).plus(amountBase).toDecimalPlaces(4).toFixed();
      f.lastPriceBase = dec(f.lastPriceBase)
        .plus(dec(line.quantity).times(line.lastNetUnitPriceBase))
        .toDecimalPlaces(4)
        .toFixed();
    }
  }

  for (const invoice of input.invoices) {
    main.invoices += 1;
    if (invoice.firstPass) main.invoicesFirstPass += 1;
    for (const l of invoice.lines) {
      const f = factOf(categoryOfLine.get(l.orderLineNo) ?? main.categoryId);
      const invoiceRate = dec(l.exchangeRate);
      f.invoiceLines += 1;
      if (dec(l.priceVariance).lte(0)) f.invoiceLinesAtPrice += 1;
      f.invoicedBase = dec(f.invoicedBase)
        .plus(dec(l.quantity).times(l.unitPrice).times(invoiceRate))
        .toDecimalPlaces(4)
        .toFixed();
      f.invoicedAtOrderBase = dec(f.invoicedAtOrderBase)
        .plus(dec(l.quantity).times(dec(l.unitPrice).minus(l.priceVariance)).times(invoiceRate))
        .toDecimalPlaces(4)
        .toFixed();
    }
  }

  main.orders = 1;
  // Responsiveness counts an order once it is answered, or once its answer is overdue: an order sent
  // an hour ago is not yet held against its supplier.
  if (input.answer || responseOverdue(order.firstSentAt, input.now, settings.responseDays))
    main.ordersSent = 1;
  if (input.answer) {
    main.ordersAnswered = 1;
    if (answeredInTime(order.firstSentAt, input.answer.firstAnsweredAt, settings.responseDays))
      main.ordersAnsweredInTime = 1;
    const hours =
      Math.max(0, input.answer.firstAnsweredAt.getTime() - order.firstSentAt.getTime()) / 3_600_000;
    main.responseHoursSum = new D(hours).toDecimalPlaces(4).toFixed();
    main.changesProposed = input.answer.proposals;
  }
  for (const r of input.ratings) {
    main.ratings += 1;
    main.ratingDeliverySum += r.delivery;
    main.ratingQualitySum += r.quality;
    main.ratingServiceSum += r.service;
  }
  return [...facts.values()];
}

// ── scores ──────────────────────────────────────────────────────────────────

/** A share as a percentage with one decimal, or null when there is nothing to divide by. */
function share(n: number | string, d: number | string): Dec | null {
  const den = dec(d);
  if (den.lte(0)) return null;
  return dec(n).div(den).times(100);
}

function pct(v: Dec | null): string | null {
  return v === null ? null : v.toDecimalPlaces(1).toFixed(1);
}

/** What each weighed measure comes to, 0–100 (null: no data in the period), with its n of d. */
export type MeasureValue = { value: Dec | null; numerator: string; denominator: string };

export function measureValues(c: Counters): Record<ScoreMeasure, MeasureValue> {
  const m = (n: number | string, d: number | string): MeasureValue => ({
    value: share(n, d),
    numerator: String(n),
    denominator: String(d),
  });
  const ratingPoints = c.ratingDeliverySum + c.ratingQualitySum + c.ratingServiceSum;
  return {
    onTime: m(c.linesOnTime, c.linesTimed),
    inFull: m(c.linesInFull, c.linesSettled),
    quality: m(dec(c.qtyAccepted).toFixed(), dec(c.qtyInspected).toFixed()),
    price: m(c.invoiceLinesAtPrice, c.invoiceLines),
    invoiceAccuracy: m(c.invoicesFirstPass, c.invoices),
    responsiveness: m(c.ordersAnsweredInTime, c.ordersSent),
    // 1–5 onto 0–100: (average − 1) ÷ 4; its n of d are rating points above the minimum over their range.
    satisfaction: m(ratingPoints - 3 * c.ratings, 12 * c.ratings),
  };
}

export type ScoreSettings = {
  weights: Record<ScoreMeasure, number>;
  gradeBands: GradeBands;
  minimumOrders: number;
};

export function gradeOf(score: Dec | number, bands: GradeBands): Grade {
  const s = dec(score);
  if (s.gte(bands.A)) return 'A';
  if (s.gte(bands.B)) return 'B';
  if (s.gte(bands.C)) return 'C';
  return 'D';
}

export type ScoreOutcome = {
  /** Enough orders in the period and at least one weighed measure with data. */
  enoughData: boolean;
  /** 0–100 with one decimal: the weights' average over the measures with data; null without enough data. */
  score: string | null;
  grade: Grade | null;
  measures: Record<
    ScoreMeasure,
    { value: string | null; numerator: string; denominator: string; weight: number }
  >;
};

/**
 * The weighted score alone, as `scoreOf` gives it (one decimal; null without enough data), without
 * the measures' figures: what a comparison of many suppliers sorts by before it shows a page.
 */
export function scoreValueOf(c: Counters, settings: ScoreSettings): string | null {
  if (c.orders < settings.minimumOrders) return null;
  const values = measureValues(c);
  let weighted = new D(0);
  let weights = 0;
  for (const key of SCORE_MEASURES) {
    const v = values[key].value;
    const weight = settings.weights[key];
    if (v !== null && weight > 0) {
      weighted = weighted.plus(v.times(weight));
      weights += weight;
    }
  }
  return weights > 0 ? weighted.div(weights).toDecimalPlaces(1).toFixed(1) : null;
}

/** One measure's value as the scorecard shows it (one decimal; null: no data). */
export function measureValueOf(c: Counters, measure: ScoreMeasure): string | null {
  return pct(measureValues(c)[measure].value);
}

/** OTIF as the scorecard shows it (one decimal; null: no lines timed). */
export function otifOf(c: Counters): string | null {
  return pct(share(c.linesOtif, c.linesTimed));
}

/** The weighted score and grade of a scorecard's counters (docs/evaluation.md#score-and-grade). */
export function scoreOf(c: Counters, settings: ScoreSettings): ScoreOutcome {
  const values = measureValues(c);
  let weighted = new D(0);
  let weights = 0;
  const measures = {} as ScoreOutcome['measures'];
  for (const key of SCORE_MEASURES) {
    const v = values[key];
    const weight = settings.weights[key];
    measures[key] = { value: pct(v.value), numerator: v.numerator, denominator: v.denominator, weight };
    if (v.value !== null && weight > 0) {
      weighted = weighted.plus(v.value.times(weight));
      weights += weight;
    }
  }
  const enoughData = c.orders >= settings.minimumOrders && weights > 0;
  const score = enoughData ? weighted.div(weights) : null;
  return {
    enoughData,
    score: score === null ? null : score.toDecimalPlaces(1).toFixed(1),
    grade: score === null ? null : gradeOf(score.toDecimalPlaces(1), settings.gradeBands),
    measures,
  };
}

/** The figures shown beside the weighed measures (null: nothing to show in the period). */
export type ScoreDetails = {
  otif: string | null;
  onTimeQuantity: string | null;
  averageDaysLate: string | null;
  returnRate: string | null;
  rejectedShare: string | null;
  /** Invoiced above (+) or below (−) the order's prices, % of the order's prices. */
  invoicePriceVariance: string | null;
  /** Ordered above (+) or below (−) the price list, %. */
  orderVsList: string | null;
  /** Ordered above (+) or below (−) the last price paid for the same items, %. */
  orderVsLastPrice: string | null;
  averageResponseHours: string | null;
  changesProposed: number;
  ratings: number;
  averageRatings: Record<RatingAspect, string | null>;
};

function difference(actual: string, reference: string): string | null {
  const r = dec(reference);
  if (r.lte(0)) return null;
  return dec(actual).minus(r).div(r).times(100).toDecimalPlaces(1).toFixed(1);
}

export function detailsOf(c: Counters): ScoreDetails {
  const avg = (sum: number, n: number) => (n > 0 ? new D(sum).div(n).toDecimalPlaces(2).toFixed(2) : null);
  return {
    otif: otifOf(c),
    onTimeQuantity: pct(share(c.qtyOnTime, c.qtyTimed)),
    averageDaysLate: avg(c.daysLateSum, c.linesTimed),
    returnRate: pct(share(c.qtyReturned, c.qtyReceived)),
    rejectedShare: pct(share(c.qtyRejected, c.qtyInspected)),
    invoicePriceVariance: difference(c.invoicedBase, c.invoicedAtOrderBase),
    orderVsList: difference(c.listOrderBase, c.listPriceBase),
    orderVsLastPrice: difference(c.lastOrderBase, c.lastPriceBase),
    averageResponseHours:
      c.ordersAnswered > 0
        ? dec(c.responseHoursSum).div(c.ordersAnswered).toDecimalPlaces(1).toFixed(1)
        : null,
    changesProposed: c.changesProposed,
    ratings: c.ratings,
    averageRatings: {
      delivery: avg(c.ratingDeliverySum, c.ratings),
      quality: avg(c.ratingQualitySum, c.ratings),
      service: avg(c.ratingServiceSum, c.ratings),
    },
  };
}

// ── periods ─────────────────────────────────────────────────────────────────

/** A period as the API names it: `2026-11` (a month), `2026-Q4` (a quarter), `12m` (the last 12 months). */
export type Period = { key: string; kind: 'month' | 'quarter' | 'rolling'; from: string; to: string };

const MONTH_RE = /^(\d{4})-(0[1-9]|1[0-2])$/;
const QUARTER_RE = /^(\d{4})-Q([1-4])$/;

function monthStart(year: number, month: number): string {
  const d = new Date(Date.UTC(year, month - 1, 1));
  return d.toISOString().slice(0, 10);
}

/**
 * The months a period covers, `from` (first day of its first month) to `to` (first day of its last
 * month), both inclusive; null when `key` names no period.
 */
export function periodOf(key: string, today: string): Period | null {
  if (key === '12m') {
    const y = Number(today.slice(0, 4));
    const m = Number(today.slice(5, 7));
    return { key, kind: 'rolling', from: monthStart(y, m - 11), to: monthStart(y, m) };
  }
  const month = MONTH_RE.exec(key);
  if (month) {
    const start = monthStart(Number(month[1]), Number(month[2]));
    return { key, kind: 'month', from: start, to: start };
  }
  const quarter = QUARTER_RE.exec(key);
  if (quarter) {
    const y = Number(quarter[1]);
    const q = Number(quarter[2]);
    return { key, kind: 'quarter', from: monthStart(y, q * 3 - 2), to: monthStart(y, q * 3) };
  }
  return null;
}

/** The `count` months ending with the month of `last` (first days, oldest first). */
export function monthsEndingAt(last: string, count: number): string[] {
  const y = Number(last.slice(0, 4));
  const m = Number(last.slice(5, 7));
  return Array.from({ length: count }, (_, i) => monthStart(y, m - count + 1 + i));
}

// ── reviews and corrective actions ─────────────────────────────────────────

/** The last quarter that ended before `today` (`2026-03-02` → `2025-Q4`): a review's default. */
export function lastCompleteQuarter(today: string): string {
  const y = Number(today.slice(0, 4));
  const q = Math.floor((Number(today.slice(5, 7)) - 1) / 3) + 1;
  return q === 1 ? `${y - 1}-Q4` : `${y}-Q${q - 1}`;
}

/** A period that has not begun as of `today` has nothing to show yet. */
export function periodHasBegun(period: Period, today: string): boolean {
  return period.from <= today;
}

/** An open corrective action past its due date (due today is not overdue yet). */
export function isOverdue(action: { status: string; dueDate: string }, today: string): boolean {
  return action.status === 'open' && action.dueDate < today;
}
