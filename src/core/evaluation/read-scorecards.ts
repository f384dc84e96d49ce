import { type Grade, SCORE_MEASURES, type ScoreMeasure, TREND_MONTHS } from '../../domain/evaluation';
import type { RejectionReason } from '../../domain/receiving';
import type { Actor } from '../shared/actor';
import { isoDate } from '../shared/clock';
import type { Ctx } from '../shared/context';
import { AppError } from '../shared/errors';
import { type Dec, dec } from '../shared/money';
import { decodeListCursor, encodeCursor, type Page } from '../shared/pagination';
import { getSupplier, supplierLabels } from '../suppliers';
import * as repo from './repository';
import {
  type Counters,
  detailsOf,
  type MeasureValue,
  measureValueOf,
  measureValues,
  monthsEndingAt,
  otifOf,
  type Period,
  periodOf,
  type ScoreDetails,
  type ScoreSettings,
  scoreOf,
  scoreValueOf,
} from './rules';

export type ScorecardSupplier = { id: string; code: string; name: string; status: string };

export type Scorecard = {
  supplier: ScorecardSupplier;
  period: Period;
  categoryId: string | null;
  orders: number;
  minimumOrders: number;
  enoughData: boolean;
  score: string | null;
  grade: Grade | null;
  measures: {
    key: ScoreMeasure;
    value: string | null;
    numerator: string;
    denominator: string;
    weight: number;
  }[];
  details: ScoreDetails;
  rejections: { reason: RejectionReason; quantity: string }[];
  trend: TrendPoint[];
  graceDays: number;
  responseDays: number;
};

export type TrendPoint = {
  month: string;
  orders: number;
  enoughData: boolean;
  score: string | null;
  grade: Grade | null;
  onTime: string | null;
  inFull: string | null;
  otif: string | null;
  quality: string | null;
};

/** The period a query names, as of the clock's today; a 422 on `period` otherwise. */
export function requirePeriod(ctx: Ctx, key: string | undefined): Period {
  const period = periodOf(key ?? '12m', isoDate(ctx.clock.now()));
  if (!period)
    throw AppError.field(
      'period',
      'must be "12m" (the last 12 months), a month such as "2026-11" or a quarter such as "2026-Q4"',
    );
  return period;
}

export function scoreSettingsOf(row: repo.SettingsRow): ScoreSettings {
  return { weights: row.weights, gradeBands: row.gradeBands, minimumOrders: row.minimumOrders };
}

function supplierOf(s: { id: string; code: string; legalName: string; status: string }): ScorecardSupplier {
  return { id: s.id, code: s.code, name: s.legalName, status: s.status };
}

function pct(v: MeasureValue['value']): string | null {
  return v === null ? null : v.toDecimalPlaces(1).toFixed(1);
}

function trendPoint(month: string, c: Counters | undefined, settings: ScoreSettings): TrendPoint {
  if (!c)
    return {
      month,
      orders: 0,
      enoughData: false,
      score: null,
      grade: null,
      onTime: null,
      inFull: null,
      otif: null,
      quality: null,
    };
  const outcome = scoreOf(c, settings);
  const values = measureValues(c);
  return {
    month,
    orders: c.orders,
    enoughData: outcome.enoughData,
    score: outcome.score,
    grade: outcome.grade,
    onTime: pct(values.onTime.value),
    inFull: pct(values.inFull.value),
    otif: detailsOf(c).otif,
    quality: pct(values.quality.value),
  };
}

/**
 * A supplier's scorecard for a period (docs/evaluation.md): three statements (its counters, its
 * twelve months, the rejections of its orders), whatever the number of its orders. A supplier's
 * user sees only its own supplier's (another's is a 404).
 */
export async function getSupplierScorecard(
  ctx: Ctx,
  opts: { actor: Actor; supplierId: string; period?: string; categoryId?: string },
): Promise<Scorecard> {
  if (opts.actor.supplierId && opts.actor.supplierId !== opts.supplierId)
    throw AppError.notFound('Supplier', opts.supplierId);
  const period = requirePeriod(ctx, opts.period);
  const supplier = await getSupplier(ctx, { id: opts.supplierId });
  const settingsRow = await repo.readSettings(ctx.db);
  const settings = scoreSettingsOf(settingsRow);
  const scope = { supplierId: supplier.id, categoryId: opts.categoryId, from: period.from, to: period.to };
  const counters = await repo.sumMonths(ctx.db, scope);
  const trendMonths = monthsEndingAt(period.to, TREND_MONTHS);
  const byMonth = await repo.sumByMonth(ctx.db, {
    ...scope,
    from: trendMonths[0] ?? period.from,
    to: period.to,
  });
  const rejections = new Map<RejectionReason, ReturnType<typeof dec>>();
  if (dec(counters.qtyRejected).gt(0)) {
    for (const f of await repo.factOrdersOf(ctx.db, scope))
      for (const [reason, qty] of Object.entries(f.rejections) as [RejectionReason, string][])
        rejections.set(reason, (rejections.get(reason) ?? dec(0)).plus(qty));
  }
  const outcome = scoreOf(counters, settings);
  return {
    supplier: supplierOf(supplier),
    period,
    categoryId: opts.categoryId ?? null,
    orders: counters.orders,
    minimumOrders: settings.minimumOrders,
    enoughData: outcome.enoughData,
    score: outcome.score,
    grade: outcome.grade,
    measures: SCORE_MEASURES.map((key) => ({ key, ...outcome.measures[key] })),
    details: detailsOf(counters),
    rejections: [...rejections.entries()]
      .sort(([, a], [, b]) => b.comparedTo(a))
      .map(([reason, qty]) => ({ reason, quantity: qty.toFixed() })),
    trend: trendMonths.map((m) => trendPoint(m, byMonth.get(m), settings)),
    graceDays: settingsRow.graceDays,
    responseDays: settingsRow.responseDays,
  };
}

export type ScorecardRow = {
  supplier: ScorecardSupplier;
  orders: number;
  enoughData: boolean;
  score: string | null;
  grade: Grade | null;
  measures: Record<ScoreMeasure, string | null>;
  otif: string | null;
};

export type ScorecardSort = 'score' | 'name' | 'otif' | 'orders' | ScoreMeasure;

/** What a row is sorted by, exactly as its figure shows (one decimal), computed alone. */
function sortValue(c: Counters, name: string, sort: ScorecardSort, settings: ScoreSettings): string | null {
  switch (sort) {
    case 'name':
      return name;
    case 'score':
      return scoreValueOf(c, settings);
    case 'otif':
      return otifOf(c);
    case 'orders':
      return String(c.orders);
    default:
      return measureValueOf(c, sort);
  }
}

type SortRow = { id: string; value: string | null; num: Dec | null };

/** Highest first (no data last) for figures, A–Z for names; the supplier's id breaks ties. */
function compareRows(sort: ScorecardSort) {
  return (a: SortRow, b: SortRow): number => {
    if (sort === 'name') {
      const byName = (a.value ?? '').localeCompare(b.value ?? '');
      return byName !== 0 ? byName : a.id.localeCompare(b.id);
    }
    if (a.num === null && b.num !== null) return 1;
    if (b.num === null && a.num !== null) return -1;
    if (a.num !== null && b.num !== null) {
      const byValue = b.num.comparedTo(a.num);
      if (byValue !== 0) return byValue;
    }
    return a.id.localeCompare(b.id);
  };
}

/**
 * Every supplier with orders in the period (in one category, or all), scored and sorted: the
 * comparison of suppliers. One statement over the monthly summary, one for the suppliers' names.
 * Every supplier is sorted by the one figure asked for; only the page's rows are scored in full
 * (a category may have a thousand suppliers: docs/performance.md).
 */
export async function listScorecards(
  ctx: Ctx,
  opts: { period?: string; categoryId?: string; sort?: ScorecardSort; limit: number; cursor?: string },
): Promise<Page<ScorecardRow> & { period: Period; categoryId: string | null }> {
  const period = requirePeriod(ctx, opts.period);
  const sort = opts.sort ?? 'score';
  const after = decodeListCursor(opts.cursor, { k: sort === 'name' ? 'text' : 'none' });
  const settings = scoreSettingsOf(await repo.readSettings(ctx.db));
  const bySupplier = await repo.sumBySupplier(ctx.db, {
    categoryId: opts.categoryId,
    from: period.from,
    to: period.to,
  });
  const suppliers = new Map(
    (await supplierLabels(ctx, { ids: [...bySupplier.keys()] })).map((s) => [s.id, s]),
  );
  const sorted: SortRow[] = [...suppliers.values()].map((s) => {
    const value = sortValue(bySupplier.get(s.id) as Counters, s.legalName, sort, settings);
    return { id: s.id, value, num: sort === 'name' || value === null ? null : dec(value) };
  });
  sorted.sort(compareRows(sort));
  // The cursor names the last row's supplier; the page starts after it in this order.
  let start = 0;
  if (after) {
    const at = sorted.findIndex((r) => r.id === after.id);
    start = at < 0 ? sorted.length : at + 1;
  }
  const rows: ScorecardRow[] = sorted.slice(start, start + opts.limit).map(({ id }) => {
    const s = suppliers.get(id)!;
    const c = bySupplier.get(id) as Counters;
    const outcome = scoreOf(c, settings);
    return {
      supplier: supplierOf(s),
      orders: c.orders,
      enoughData: outcome.enoughData,
      score: outcome.score,
      grade: outcome.grade,
      measures: Object.fromEntries(SCORE_MEASURES.map((m) => [m, outcome.measures[m].value])) as Record<
        ScoreMeasure,
        string | null
      >,
      otif: otifOf(c),
    };
  });
  const items = rows;
  const last = items[items.length - 1];
  const more = start + opts.limit < sorted.length;
  return {
    period,
    categoryId: opts.categoryId ?? null,
    items,
    nextCursor:
      more && last
        ? encodeCursor({ k: sort === 'name' ? last.supplier.name : null, id: last.supplier.id })
        : null,
  };
}
