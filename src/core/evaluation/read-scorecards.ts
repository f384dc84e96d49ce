import { type Grade, SCORE_MEASURES, type ScoreMeasure, TREND_MONTHS } from '../../domain/evaluation';
import type { RejectionReason } from '../../domain/receiving';
import type { Actor } from '../shared/actor';
import { isoDate } from '../shared/clock';
import type { Ctx } from '../shared/context';
import { AppError } from '../shared/errors';
import { dec } from '../shared/money';
import { decodeListCursor, encodeCursor, type Page } from '../shared/pagination';
import { findSuppliersByIds, getSupplier } from '../suppliers';
import * as repo from './repository';
import {
  type Counters,
  detailsOf,
  type MeasureValue,
  measureValues,
  monthsEndingAt,
  type Period,
  periodOf,
  type ScoreDetails,
  type ScoreSettings,
  scoreOf,
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

function sortValue(row: ScorecardRow, sort: ScorecardSort): string | null {
  switch (sort) {
    case 'name':
      return row.supplier.name;
    case 'score':
      return row.score;
    case 'otif':
      return row.otif;
    case 'orders':
      return String(row.orders);
    default:
      return row.measures[sort];
  }
}

/** Highest first (no data last) for figures, A–Z for names; the supplier's id breaks ties. */
function compareRows(sort: ScorecardSort) {
  return (a: ScorecardRow, b: ScorecardRow): number => {
    const va = sortValue(a, sort);
    const vb = sortValue(b, sort);
    if (sort === 'name') {
      const byName = (va ?? '').localeCompare(vb ?? '');
      return byName !== 0 ? byName : a.supplier.id.localeCompare(b.supplier.id);
    }
    if (va === null && vb !== null) return 1;
    if (vb === null && va !== null) return -1;
    if (va !== null && vb !== null) {
      const byValue = dec(vb).comparedTo(dec(va));
      if (byValue !== 0) return byValue;
    }
    return a.supplier.id.localeCompare(b.supplier.id);
  };
}

/**
 * Every supplier with orders in the period (in one category, or all), scored and sorted: the
 * comparison of suppliers. One statement over the monthly summary, one for the suppliers' names.
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
  const suppliers = await findSuppliersByIds(ctx, { ids: [...bySupplier.keys()] });
  const rows: ScorecardRow[] = suppliers.map((s) => {
    const c = bySupplier.get(s.id) as Counters;
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
      otif: detailsOf(c).otif,
    };
  });
  rows.sort(compareRows(sort));
  // The cursor names the last row's supplier; the page starts after it in this order.
  let start = 0;
  if (after) {
    const at = rows.findIndex((r) => r.supplier.id === after.id);
    start = at < 0 ? rows.length : at + 1;
  }
  const items = rows.slice(start, start + opts.limit);
  const last = items[items.length - 1];
  const more = start + opts.limit < rows.length;
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
