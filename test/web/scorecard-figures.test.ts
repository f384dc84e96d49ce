import { describe, expect, it } from 'vitest';
import { gradeOf, periodOf } from '../../src/core/evaluation/rules';
import { dec } from '../../src/core/shared/money';
import { DEFAULT_GRADE_BANDS, DEFAULT_SCORE_WEIGHTS, DRILL_MEASURES } from '../../src/domain/evaluation';
import {
  DETAIL_DRILL,
  type DrillRowFields,
  drillFacts,
  gradeFor,
  isPeriodKey,
  pastPeriodChoice,
  periodChoiceOf,
  periodChoices,
  scorecardSnapshotOf,
  weightShares,
} from '../../web/src/features/evaluation/scorecard-figures';

/**
 * What the scorecard pages work out from the API's figures: the periods they offer (each one the
 * server understands), the list each figure opens, and what a drill-down row says — from its
 * structured fields, so that the German page says the same as the English one.
 */

const row = (fields: Partial<DrillRowFields>): DrillRowFields => ({
  passed: false,
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
  ...fields,
});
const settings = { graceDays: 2, responseDays: 2 };

describe('the periods a scorecard offers', () => {
  it('are the last 12 months, this quarter and three before it, this month and five before it', () => {
    expect(periodChoices('2026-02-14').map((c) => c.key)).toEqual([
      '12m',
      '2026-Q1',
      '2025-Q4',
      '2025-Q3',
      '2025-Q2',
      '2026-02',
      '2026-01',
      '2025-12',
      '2025-11',
      '2025-10',
      '2025-09',
    ]);
    const current = periodChoices('2026-02-14').filter((c) => c.kind !== 'rolling' && c.current);
    expect(current.map((c) => c.key)).toEqual(['2026-Q1', '2026-02']);
  });

  it('are each a period the server understands, covering the months it says', () => {
    for (const today of ['2026-01-01', '2026-06-30', '2026-12-31']) {
      for (const choice of periodChoices(today)) {
        expect(isPeriodKey(choice.key)).toBe(true);
        const period = periodOf(choice.key, today);
        expect(period?.kind).toBe(choice.kind);
        if (choice.kind === 'quarter')
          expect(period?.from).toBe(`${choice.year}-${String(choice.quarter * 3 - 2).padStart(2, '0')}-01`);
        if (choice.kind === 'month')
          expect(period?.from).toBe(`${choice.year}-${String(choice.month).padStart(2, '0')}-01`);
      }
    }
  });

  it('name an older period from a link too, and nothing that is not one', () => {
    expect(periodChoiceOf('2024-Q3', '2026-02-14')).toEqual({
      key: '2024-Q3',
      kind: 'quarter',
      year: 2024,
      quarter: 3,
      current: false,
    });
    expect(periodChoiceOf('2025-07', '2026-02-14')).toMatchObject({ kind: 'month', year: 2025, month: 7 });
    for (const bad of ['', '13m', '2026-13', '2026-Q5', '2026-1', 'last year'])
      expect(periodChoiceOf(bad, '2026-02-14')).toBeNull();
  });
});

describe('the figures of a scorecard', () => {
  it('open the list they were counted from, each one the drill-down knows', () => {
    for (const target of Object.values(DETAIL_DRILL))
      if (target !== null) expect(DRILL_MEASURES).toContain(target);
    expect(DETAIL_DRILL.otif).toBe('otif');
    expect(DETAIL_DRILL.returnRate).toBe('returns');
    expect(DETAIL_DRILL.averageResponseHours).toBe('responsiveness');
    // Every figure opens a list: nothing a buyer reads on a scorecard is unexplained.
    expect(Object.values(DETAIL_DRILL).filter((t) => t === null)).toEqual([]);
  });

  it('show each weight as its share of all weights', () => {
    const shares = weightShares(DEFAULT_SCORE_WEIGHTS);
    expect(shares).toEqual(DEFAULT_SCORE_WEIGHTS); // the defaults add up to 100
    expect(weightShares({ ...DEFAULT_SCORE_WEIGHTS, onTime: 50, inFull: 0 })).toMatchObject({
      onTime: 45,
      inFull: 0,
    });
  });

  it('grade a score as the server does, at the bands’ edges too', () => {
    for (const score of ['0.0', '59.9', '60.0', '74.9', '75.0', '89.9', '90.0', '100.0'])
      expect(gradeFor(score, DEFAULT_GRADE_BANDS)).toBe(gradeOf(dec(score), DEFAULT_GRADE_BANDS));
  });
});

describe('a drill-down row, in facts', () => {
  it('says when an OTIF line was due and came, and what it was short by', () => {
    const late = row({
      dueDate: '2026-03-10',
      dueFrom: 'needed_by',
      deliveredOn: '2026-03-12',
      daysLate: 2,
      quantity: '10',
      kept: '8',
      shortBy: '2',
      shortClosed: '2',
      replaced: '0',
    });
    expect(drillFacts('otif', late, { ...settings, graceDays: 0 })).toEqual([
      {
        kind: 'timing',
        dueDate: '2026-03-10',
        dueFrom: 'needed_by',
        deliveredOn: '2026-03-12',
        daysLate: 2,
        withinGrace: false,
      },
      { kind: 'short', shortBy: '2', quantity: '10' },
      { kind: 'shortClosed', quantity: '2' },
    ]);
    // Two days late is on time with two grace days: the row says so.
    expect(drillFacts('onTime', late, settings)).toMatchObject([{ kind: 'timing', withinGrace: true }]);
    expect(
      drillFacts(
        'inFull',
        row({ quantity: '5', kept: '5', shortBy: '0', shortClosed: '0', replaced: '0' }),
        settings,
      ),
    ).toEqual([{ kind: 'allDelivered', quantity: '5' }]);
    expect(drillFacts('onTime', row({}), settings)).toEqual([{ kind: 'noDueDate' }]);
  });

  it('says what inspection kept, what went back, what was billed above the order and when the supplier answered', () => {
    expect(drillFacts('quality', row({ inspected: '5', accepted: '4', rejected: '1' }), settings)).toEqual([
      { kind: 'inspected', accepted: '4', inspected: '5', rejected: '1' },
    ]);
    expect(drillFacts('returns', row({ kept: '8', returned: '2' }), settings)).toEqual([
      { kind: 'returned', returned: '2', received: '10' },
    ]);
    expect(drillFacts('price', row({ unitPrice: '21.20', orderUnitPrice: '20.00' }), settings)).toEqual([
      { kind: 'billed', unitPrice: '21.20', orderUnitPrice: '20.00', above: '1.2' },
    ]);
    expect(drillFacts('price', row({ unitPrice: '19.50', orderUnitPrice: '20.00' }), settings)).toMatchObject(
      [{ above: null }],
    );
    expect(
      drillFacts(
        'orderVsList',
        row({ orderUnitPrice: '10.5', referenceUnitPrice: '10', priceCurrency: 'EUR' }),
        settings,
      ),
    ).toEqual([
      {
        kind: 'ordered',
        against: 'list',
        unitPrice: '10.5',
        referencePrice: '10',
        currency: 'EUR',
        above: '0.5',
      },
    ]);
    expect(
      drillFacts(
        'orderVsLastPrice',
        row({ orderUnitPrice: '9.8', referenceUnitPrice: '10', priceCurrency: 'USD' }),
        settings,
      ),
    ).toMatchObject([{ kind: 'ordered', against: 'lastPrice', above: null }]);
    const sentAt = new Date('2026-03-02T09:00:00Z');
    expect(
      drillFacts('responsiveness', row({ sentAt, answeredAt: new Date('2026-03-03T11:30:00Z') }), settings),
    ).toEqual([{ kind: 'answered', hours: '26.5', responseDays: 2 }]);
    expect(drillFacts('responsiveness', row({ sentAt }), settings)).toEqual([
      { kind: 'notAnswered', responseDays: 2 },
    ]);
    expect(drillFacts('invoiceAccuracy', row({ passed: true }), settings)).toEqual([
      { kind: 'firstPass', passed: true },
    ]);
    expect(
      drillFacts('satisfaction', row({ rating: { delivery: 2, quality: 3, service: 1 } }), settings),
    ).toEqual([{ kind: 'rated', delivery: 2, quality: 3, service: 1 }]);
  });
});

describe('the scorecard kept with a hold, in the supplier’s history', () => {
  // As the server's holdSupplierForScorecard writes it to the audit entry's `scorecard`.
  const kept = {
    period: '12m',
    from: '2026-01-01',
    to: '2026-12-01',
    orders: 14,
    score: '58.3',
    grade: 'C',
    enoughData: true,
    measures: {
      satisfaction: null,
      onTime: '71.4',
      inFull: '80.0',
      quality: '95.0',
      price: '100.0',
      invoiceAccuracy: '50.0',
      responsiveness: '64.3',
    },
    otif: '64.3',
  };

  it('reads every figure, the measures in the scorecard’s order, no data as null', () => {
    const snapshot = scorecardSnapshotOf(kept);
    expect(snapshot).toMatchObject({ period: '12m', orders: 14, score: '58.3', grade: 'C', otif: '64.3' });
    expect(snapshot?.measures).toEqual([
      { key: 'onTime', value: '71.4' },
      { key: 'inFull', value: '80.0' },
      { key: 'quality', value: '95.0' },
      { key: 'price', value: '100.0' },
      { key: 'invoiceAccuracy', value: '50.0' },
      { key: 'responsiveness', value: '64.3' },
      { key: 'satisfaction', value: null },
    ]);
    expect(scorecardSnapshotOf({ ...kept, score: null, grade: null, enoughData: false })).toMatchObject({
      score: null,
      grade: null,
      enoughData: false,
    });
  });

  it('is not made of what is not one, so the history shows such a value as it is', () => {
    expect(scorecardSnapshotOf(null)).toBeNull();
    expect(scorecardSnapshotOf('58.3')).toBeNull();
    expect(scorecardSnapshotOf([kept])).toBeNull();
    expect(scorecardSnapshotOf({ ...kept, period: 'last-year' })).toBeNull();
    expect(scorecardSnapshotOf({ ...kept, orders: '14' })).toBeNull();
    expect(scorecardSnapshotOf({ ...kept, grade: 'E' })?.grade).toBeNull();
  });

  it('names its period as a past one, never “this quarter”', () => {
    expect(pastPeriodChoice('2026-Q4')).toEqual({
      key: '2026-Q4',
      kind: 'quarter',
      year: 2026,
      quarter: 4,
      current: false,
    });
    expect(periodChoiceOf('2026-Q4', '2026-11-20')).toMatchObject({ current: true });
    expect(pastPeriodChoice('2026-11')).toMatchObject({ kind: 'month', month: 11, current: false });
    expect(pastPeriodChoice('12m')).toEqual({ key: '12m', kind: 'rolling' });
    expect(pastPeriodChoice('2026-13')).toBeNull();
  });
});
