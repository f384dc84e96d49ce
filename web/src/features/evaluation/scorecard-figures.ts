// Relative imports: the web tests run this file without the web app's path aliases.

import {
  type DrillMeasure,
  GRADES,
  type Grade,
  SCORE_MEASURES,
  type ScoreMeasure,
} from '../../../../src/domain/evaluation';
import { compareDecimal, isZero, subtractDecimal, sumDecimal } from '../../lib/money';

/**
 * What the scorecard pages show, worked out from the API's figures: the periods to pick, which
 * list each figure drills into, the weights' shares, and what each row of a drill-down says —
 * as facts the pages put in words (pure, no text, so English and German say the same).
 */

// ── Periods ─────────────────────────────────────────────────────────────────────────────────────

/** A period the API understands: `12m`, a quarter (`2026-Q4`) or a month (`2026-11`). */
export type PeriodChoice =
  | { key: '12m'; kind: 'rolling' }
  | { key: string; kind: 'quarter'; year: number; quarter: number; current: boolean }
  | { key: string; kind: 'month'; year: number; month: number; current: boolean };

const PERIOD_RE = /^(12m|\d{4}-(0[1-9]|1[0-2])|\d{4}-Q[1-4])$/;

/** Whether `key` names a period (as the API's contract checks it). */
export function isPeriodKey(key: string): boolean {
  return PERIOD_RE.test(key);
}

/** The months back from `today`'s (0: its own), as year and month (1–12). */
function monthBack(today: string, back: number): { year: number; month: number } {
  const index = Number(today.slice(0, 4)) * 12 + Number(today.slice(5, 7)) - 1 - back;
  return { year: Math.floor(index / 12), month: (index % 12) + 1 };
}

/**
 * What the period pickers offer on `today` (YYYY-MM-DD): the last 12 months, this quarter and the
 * three before it, this month and the five before it — newest first in each group.
 */
export function periodChoices(today: string): PeriodChoice[] {
  const choices: PeriodChoice[] = [{ key: '12m', kind: 'rolling' }];
  const { year, month } = monthBack(today, 0);
  const thisQuarter = year * 4 + Math.floor((month - 1) / 3);
  for (let back = 0; back < 4; back++) {
    const q = thisQuarter - back;
    const y = Math.floor(q / 4);
    const quarter = (q % 4) + 1;
    choices.push({ key: `${y}-Q${quarter}`, kind: 'quarter', year: y, quarter, current: back === 0 });
  }
  for (let back = 0; back < 6; back++) {
    const m = monthBack(today, back);
    choices.push({
      key: `${m.year}-${String(m.month).padStart(2, '0')}`,
      kind: 'month',
      year: m.year,
      month: m.month,
      current: back === 0,
    });
  }
  return choices;
}

/** The choice `key` names (one the pickers do not list, such as an older month, too); null for no period. */
export function periodChoiceOf(key: string, today: string): PeriodChoice | null {
  return periodChoices(today).find((c) => c.key === key) ?? pastPeriodChoice(key);
}

/** The choice `key` names, never "this" month or quarter: a period looked back on. Null for no period. */
export function pastPeriodChoice(key: string): PeriodChoice | null {
  if (!isPeriodKey(key)) return null;
  if (key === '12m') return { key, kind: 'rolling' };
  const year = Number(key.slice(0, 4));
  if (key.includes('Q')) return { key, kind: 'quarter', year, quarter: Number(key.slice(6)), current: false };
  return { key, kind: 'month', year, month: Number(key.slice(5, 7)), current: false };
}

// ── The scorecard kept with a hold ──────────────────────────────────────────────────────────────

/**
 * The scorecard a supplier was put on hold for, as its history keeps it (the audit entry's
 * `scorecard`, written by the server's holdSupplierForScorecard): the period (its key, first and
 * last month), orders, score and grade (null without enough data) and each measure's share.
 */
export type ScorecardSnapshot = {
  period: string;
  from: string;
  to: string;
  orders: number;
  score: string | null;
  grade: Grade | null;
  enoughData: boolean;
  /** The weighed measures kept, in the order the scorecard shows them; null: no data. */
  measures: { key: ScoreMeasure; value: string | null }[];
  otif: string | null;
};

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const shareOrNull = (v: unknown): string | null => (typeof v === 'string' ? v : null);

/** The kept scorecard in a history value, or null when the value is not one (an older or foreign shape). */
export function scorecardSnapshotOf(value: unknown): ScorecardSnapshot | null {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return null;
  const v = value as Record<string, unknown>;
  if (typeof v.period !== 'string' || !isPeriodKey(v.period)) return null;
  if (typeof v.from !== 'string' || !ISO_DATE.test(v.from)) return null;
  if (typeof v.to !== 'string' || !ISO_DATE.test(v.to)) return null;
  if (typeof v.orders !== 'number' || typeof v.enoughData !== 'boolean') return null;
  const measures = typeof v.measures === 'object' && v.measures !== null ? v.measures : {};
  return {
    period: v.period,
    from: v.from,
    to: v.to,
    orders: v.orders,
    score: shareOrNull(v.score),
    grade: (GRADES as readonly unknown[]).includes(v.grade) ? (v.grade as Grade) : null,
    enoughData: v.enoughData,
    measures: SCORE_MEASURES.filter((key) => key in measures).map((key) => ({
      key,
      value: shareOrNull((measures as Record<string, unknown>)[key]),
    })),
    otif: shareOrNull(v.otif),
  };
}

// ── Figures and their drill-downs ───────────────────────────────────────────────────────────────

/** The figures shown beside the weighed measures, in the order the scorecard lists them. */
export const DETAIL_FIGURES = [
  'otif',
  'onTimeQuantity',
  'averageDaysLate',
  'returnRate',
  'rejectedShare',
  'invoicePriceVariance',
  'orderVsList',
  'orderVsLastPrice',
  'averageResponseHours',
  'changesProposed',
  'ratings',
] as const;
export type DetailFigure = (typeof DETAIL_FIGURES)[number];

/** The list behind each figure: the lines, invoices or orders it was counted from. */
export const DETAIL_DRILL: Record<DetailFigure, DrillMeasure | null> = {
  otif: 'otif',
  onTimeQuantity: 'onTime',
  averageDaysLate: 'onTime',
  returnRate: 'returns',
  rejectedShare: 'quality',
  invoicePriceVariance: 'price',
  orderVsList: 'orderVsList',
  orderVsLastPrice: 'orderVsLastPrice',
  averageResponseHours: 'responsiveness',
  changesProposed: 'responsiveness',
  ratings: 'satisfaction',
};

/** Each measure's weight as a whole share of all weights (they need not add up to 100). */
export function weightShares(weights: Record<ScoreMeasure, number>): Record<ScoreMeasure, number> {
  const total = Object.values(weights).reduce((a, b) => a + b, 0);
  return Object.fromEntries(
    Object.entries(weights).map(([m, w]) => [m, total > 0 ? Math.round((w * 100) / total) : 0]),
  ) as Record<ScoreMeasure, number>;
}

/** The grade a score earns with these bands (the server grades alike). */
export function gradeFor(score: string, bands: { A: number; B: number; C: number }): 'A' | 'B' | 'C' | 'D' {
  if (compareDecimal(score, String(bands.A)) >= 0) return 'A';
  if (compareDecimal(score, String(bands.B)) >= 0) return 'B';
  if (compareDecimal(score, String(bands.C)) >= 0) return 'C';
  return 'D';
}

// ── What a drill-down row says ──────────────────────────────────────────────────────────────────

/** The fields of a drill-down row the facts are drawn from (the API's DrillDownRow). */
export type DrillRowFields = {
  passed: boolean;
  dueDate: string | null;
  dueFrom: 'promised' | 'needed_by' | 'expected' | null;
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

export type DrillFact =
  /** Due on a day and complete on another: `daysLate` after it (negative: early). */
  | {
      kind: 'timing';
      dueDate: string;
      dueFrom: 'promised' | 'needed_by' | 'expected';
      deliveredOn: string;
      daysLate: number;
      withinGrace: boolean;
    }
  | { kind: 'noDueDate' }
  | { kind: 'allDelivered'; quantity: string }
  | { kind: 'short'; shortBy: string; quantity: string }
  | { kind: 'shortClosed'; quantity: string }
  | { kind: 'replaced'; quantity: string }
  | { kind: 'inspected'; accepted: string; inspected: string; rejected: string }
  | { kind: 'returned'; returned: string; received: string }
  | { kind: 'billed'; unitPrice: string; orderUnitPrice: string; above: string | null }
  /** Ordered at a net unit price against the price list's or the last one paid, in `currency`. */
  | {
      kind: 'ordered';
      against: 'list' | 'lastPrice';
      unitPrice: string;
      referencePrice: string;
      currency: string | null;
      above: string | null;
    }
  | { kind: 'firstPass'; passed: boolean }
  | { kind: 'answered'; hours: string; responseDays: number }
  | { kind: 'notAnswered'; responseDays: number }
  | { kind: 'rated'; delivery: number; quality: number; service: number };

const positive = (v: string | null): v is string => v !== null && compareDecimal(v, '0') > 0;

function timing(row: DrillRowFields, graceDays: number): DrillFact {
  if (!row.dueDate || !row.deliveredOn || row.daysLate === null) return { kind: 'noDueDate' };
  return {
    kind: 'timing',
    dueDate: row.dueDate,
    dueFrom: row.dueFrom ?? 'expected',
    deliveredOn: row.deliveredOn,
    daysLate: row.daysLate,
    withinGrace: row.daysLate > 0 && row.daysLate <= graceDays,
  };
}

function fullness(row: DrillRowFields): DrillFact[] {
  const quantity = row.quantity ?? '0';
  const facts: DrillFact[] = [];
  if (positive(row.shortBy)) facts.push({ kind: 'short', shortBy: row.shortBy, quantity });
  if (positive(row.shortClosed)) facts.push({ kind: 'shortClosed', quantity: row.shortClosed });
  if (positive(row.replaced)) facts.push({ kind: 'replaced', quantity: row.replaced });
  return facts.length > 0 ? facts : [{ kind: 'allDelivered', quantity }];
}

/** Hours between two instants, to one decimal ("26.5"). */
function hoursBetween(from: Date, to: Date): string {
  return (Math.round((to.getTime() - from.getTime()) / 360_000) / 10).toFixed(1);
}

/**
 * What one row of a drill-down says about the figure it counted for, as facts: when it was due
 * and came, what was short, what inspection found, what was billed, when the supplier answered.
 */
export function drillFacts(
  measure: DrillMeasure,
  row: DrillRowFields,
  opts: { graceDays: number; responseDays: number },
): DrillFact[] {
  switch (measure) {
    case 'onTime':
      return [timing(row, opts.graceDays)];
    case 'inFull':
      return fullness(row);
    case 'otif':
      return [timing(row, opts.graceDays), ...fullness(row)];
    case 'quality':
      return [
        {
          kind: 'inspected',
          accepted: row.accepted ?? '0',
          inspected: row.inspected ?? '0',
          rejected: row.rejected ?? '0',
        },
      ];
    case 'returns': {
      const returned = row.returned ?? '0';
      return [{ kind: 'returned', returned, received: sumDecimal(row.kept ?? '0', returned) }];
    }
    case 'price': {
      const unitPrice = row.unitPrice ?? '0';
      const orderUnitPrice = row.orderUnitPrice ?? '0';
      const difference = subtractDecimal(unitPrice, orderUnitPrice);
      return [{ kind: 'billed', unitPrice, orderUnitPrice, above: positive(difference) ? difference : null }];
    }
    case 'invoiceAccuracy':
      return [{ kind: 'firstPass', passed: row.passed }];
    case 'responsiveness':
      return row.sentAt && row.answeredAt
        ? [
            {
              kind: 'answered',
              hours: hoursBetween(row.sentAt, row.answeredAt),
              responseDays: opts.responseDays,
            },
          ]
        : [{ kind: 'notAnswered', responseDays: opts.responseDays }];
    case 'satisfaction':
      return row.rating ? [{ kind: 'rated', ...row.rating }] : [];
    case 'orderVsList':
    case 'orderVsLastPrice': {
      const unitPrice = row.orderUnitPrice ?? '0';
      const referencePrice = row.referenceUnitPrice ?? '0';
      const difference = subtractDecimal(unitPrice, referencePrice);
      return [
        {
          kind: 'ordered',
          against: measure === 'orderVsList' ? 'list' : 'lastPrice',
          unitPrice,
          referencePrice,
          currency: row.priceCurrency,
          above: positive(difference) ? difference : null,
        },
      ];
    }
  }
}

/** Whether a quantity is nothing ("0", "0.000"). */
export function isNothing(quantity: string | null): boolean {
  return quantity === null || isZero(quantity);
}
