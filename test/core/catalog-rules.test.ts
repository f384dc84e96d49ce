import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  bestPrice,
  comparePriceCandidates,
  convertQuantity,
  isValidOn,
  type PriceCandidate,
  priceApplies,
  quantityFitsUnit,
  type UnitLike,
} from '../../src/core/catalog/rules';
import { AppError } from '../../src/core/shared/errors';
import { dec } from '../../src/core/shared/money';

const entry = (over: Partial<PriceCandidate> & { id: string }): PriceCandidate => ({
  currency: 'USD',
  minQuantity: '0',
  unitPrice: '10',
  validFrom: '2026-01-01',
  validTo: null,
  ...over,
});

describe('bestPrice', () => {
  const breaks = [
    entry({ id: 'a', minQuantity: '0', unitPrice: '10.00' }),
    entry({ id: 'b', minQuantity: '100', unitPrice: '9.00' }),
    entry({ id: 'c', minQuantity: '500', unitPrice: '8.50' }),
  ];

  it('takes the lowest price whose quantity break is reached', () => {
    expect(bestPrice(breaks, { quantity: '1', date: '2026-03-01' })?.id).toBe('a');
    expect(bestPrice(breaks, { quantity: '99.999', date: '2026-03-01' })?.id).toBe('a');
    expect(bestPrice(breaks, { quantity: '100', date: '2026-03-01' })?.id).toBe('b');
    expect(bestPrice(breaks, { quantity: '499', date: '2026-03-01' })?.id).toBe('b');
    expect(bestPrice(breaks, { quantity: '500', date: '2026-03-01' })?.id).toBe('c');
    expect(bestPrice(breaks, { quantity: '100000', date: '2026-03-01' })?.id).toBe('c');
  });

  it('compares prices as decimals, not as text or floats', () => {
    const entries = [
      entry({ id: 'nine', unitPrice: '9' }),
      entry({ id: 'ten', unitPrice: '10' }),
      entry({ id: 'tiny', unitPrice: '0.100000000000000001' }),
      entry({ id: 'tinier', unitPrice: '0.1' }),
    ];
    expect(bestPrice(entries, { quantity: '1', date: '2026-03-01' })?.id).toBe('tinier');
    expect(bestPrice(entries.slice(0, 2), { quantity: '1', date: '2026-03-01' })?.id).toBe('nine');
  });

  it('counts validFrom and validTo as inclusive and an open validTo as for ever', () => {
    const e = [
      entry({ id: 'x', validFrom: '2026-02-01', validTo: '2026-02-28' }),
      entry({ id: 'open', validFrom: '2026-06-01' }),
    ];
    expect(bestPrice(e, { quantity: '1', date: '2026-01-31' })).toBeUndefined();
    expect(bestPrice(e, { quantity: '1', date: '2026-02-01' })?.id).toBe('x');
    expect(bestPrice(e, { quantity: '1', date: '2026-02-28' })?.id).toBe('x');
    expect(bestPrice(e, { quantity: '1', date: '2026-03-01' })).toBeUndefined();
    expect(bestPrice(e, { quantity: '1', date: '2099-12-31' })?.id).toBe('open');
  });

  it('keeps to the currency asked for', () => {
    const e = [
      entry({ id: 'usd', currency: 'USD', unitPrice: '10' }),
      entry({ id: 'eur', currency: 'EUR', unitPrice: '9' }),
    ];
    expect(bestPrice(e, { quantity: '1', date: '2026-03-01', currency: 'USD' })?.id).toBe('usd');
    expect(bestPrice(e, { quantity: '1', date: '2026-03-01', currency: 'EUR' })?.id).toBe('eur');
    expect(bestPrice(e, { quantity: '1', date: '2026-03-01', currency: 'GBP' })).toBeUndefined();
  });

  it('never compares prices across currencies when none is named', () => {
    const e = [
      entry({ id: 'usd', currency: 'USD', unitPrice: '10' }),
      entry({ id: 'eur', currency: 'EUR', unitPrice: '9' }),
    ];
    expect(bestPrice(e, { quantity: '1', date: '2026-03-01' })).toBeUndefined();
    // Only one currency applies on that date: that one is the answer.
    const expiredEur = [
      e[0]!,
      entry({
        id: 'old-eur',
        currency: 'EUR',
        unitPrice: '1',
        validFrom: '2025-01-01',
        validTo: '2025-12-31',
      }),
    ];
    expect(bestPrice(expiredEur, { quantity: '1', date: '2026-03-01' })?.id).toBe('usd');
  });

  it('breaks a price tie by the higher quantity break, then the later validFrom, then the later entry', () => {
    const tie = [
      entry({ id: 'low-break', minQuantity: '10', unitPrice: '5' }),
      entry({ id: 'high-break', minQuantity: '50', unitPrice: '5' }),
    ];
    expect(bestPrice(tie, { quantity: '60', date: '2026-03-01' })?.id).toBe('high-break');
    const dated = [
      entry({ id: 'older', validFrom: '2026-01-01', unitPrice: '5' }),
      entry({ id: 'newer', validFrom: '2026-02-01', unitPrice: '5' }),
    ];
    expect(bestPrice(dated, { quantity: '1', date: '2026-03-01' })?.id).toBe('newer');
    const same = [entry({ id: '0001', unitPrice: '5' }), entry({ id: '0002', unitPrice: '5.000' })];
    expect(bestPrice(same, { quantity: '1', date: '2026-03-01' })?.id).toBe('0002');
    expect(bestPrice([...same].reverse(), { quantity: '1', date: '2026-03-01' })?.id).toBe('0002');
  });

  it('returns undefined for no entries or none applicable', () => {
    expect(bestPrice([], { quantity: '1', date: '2026-03-01' })).toBeUndefined();
    expect(
      bestPrice([entry({ id: 'a', minQuantity: '10' })], { quantity: '9', date: '2026-03-01' }),
    ).toBeUndefined();
  });
});

// ── properties ──────────────────────────────────────────────────────────────

const day = (n: number) => new Date(Date.UTC(2026, 0, 1 + n)).toISOString().slice(0, 10);
const decimalText = (maxInt: number, places: number) =>
  fc
    .tuple(fc.integer({ min: 0, max: maxInt }), fc.integer({ min: 0, max: 10 ** places - 1 }))
    .map(([i, f]) => (places === 0 ? String(i) : `${i}.${String(f).padStart(places, '0')}`));

/** Few distinct values so that ties are common. */
const price = fc.oneof(fc.constantFrom('5', '5.00', '7.5', '10', '0'), decimalText(50, 6));
const minQuantity = fc.oneof(fc.constantFrom('0', '10', '100', '100.000'), decimalText(200, 3));
const candidateFields = fc.record({
  currency: fc.constantFrom('USD', 'EUR'),
  minQuantity,
  unitPrice: price,
  fromDay: fc.integer({ min: 0, max: 60 }),
  days: fc.option(fc.integer({ min: 0, max: 60 }), { nil: null }),
});
const candidates = fc.array(candidateFields, { maxLength: 25 }).map((list) =>
  list.map(
    ({ fromDay, days, ...f }, i): PriceCandidate => ({
      ...f,
      id: `id-${String(i).padStart(3, '0')}`,
      validFrom: day(fromDay),
      validTo: days === null ? null : day(fromDay + days),
    }),
  ),
);
const query = fc.record({
  quantity: decimalText(300, 2),
  date: fc.integer({ min: 0, max: 130 }).map(day),
  currency: fc.constantFrom('USD', 'EUR'),
});

describe('bestPrice properties', () => {
  it('returns an applicable entry that no other applicable entry beats, or undefined only when none applies', () => {
    fc.assert(
      fc.property(candidates, query, (entries, q) => {
        const best = bestPrice(entries, q);
        const applicable = entries.filter((e) => priceApplies(e, q));
        if (applicable.length === 0) return best === undefined;
        if (best === undefined) return false;
        expect(priceApplies(best, q)).toBe(true);
        for (const other of applicable) {
          expect(dec(other.unitPrice).gte(dec(best.unitPrice))).toBe(true);
          expect(comparePriceCandidates(best, other)).toBeLessThanOrEqual(0);
        }
        return true;
      }),
      { numRuns: 400 },
    );
  });

  it('does not depend on the order of the entries', () => {
    fc.assert(
      fc.property(
        candidates.chain((entries) =>
          fc.tuple(fc.constant(entries), fc.shuffledSubarray(entries, { minLength: entries.length })),
        ),
        query,
        ([entries, shuffled], q) => {
          expect(bestPrice(shuffled, q)?.id).toBe(bestPrice(entries, q)?.id);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('never charges more per unit for a larger quantity', () => {
    fc.assert(
      fc.property(candidates, query, decimalText(300, 2), (entries, q, extra) => {
        const small = bestPrice(entries, q);
        const large = bestPrice(entries, { ...q, quantity: dec(q.quantity).plus(extra).toFixed() });
        if (small) {
          expect(large).toBeDefined();
          expect(dec(large!.unitPrice).lte(dec(small.unitPrice))).toBe(true);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('ignores entries that do not apply', () => {
    fc.assert(
      fc.property(candidates, query, (entries, q) => {
        const applicable = entries.filter((e) => priceApplies(e, q));
        expect(bestPrice(applicable, q)?.id).toBe(bestPrice(entries, q)?.id);
      }),
      { numRuns: 300 },
    );
  });

  it('without a currency agrees with the currency query when only one currency applies, and refuses otherwise', () => {
    fc.assert(
      fc.property(candidates, query, (entries, q) => {
        const { currency: _, ...noCurrency } = q;
        const applicable = entries.filter((e) => priceApplies(e, noCurrency));
        const currencies = new Set(applicable.map((e) => e.currency));
        const best = bestPrice(entries, noCurrency);
        if (currencies.size === 1) {
          const [only] = currencies;
          expect(best?.id).toBe(bestPrice(entries, { ...noCurrency, currency: only })?.id);
        } else {
          expect(best).toBeUndefined();
        }
      }),
      { numRuns: 300 },
    );
  });

  it('isValidOn agrees with a day-by-day reading of the period', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 60 }),
        fc.option(fc.integer({ min: 0, max: 30 })),
        fc.integer({ min: 0, max: 100 }),
        (from, len, on) => {
          const e = { validFrom: day(from), validTo: len === null ? null : day(from + len) };
          expect(isValidOn(e, day(on))).toBe(on >= from && (len === null || on <= from + len));
        },
      ),
    );
  });
});

// ── units ───────────────────────────────────────────────────────────────────

const UNITS: UnitLike[] = [
  { code: 'ea', baseUnitCode: null, factor: '1' },
  { code: 'dz', baseUnitCode: 'ea', factor: '12' },
  { code: 'box', baseUnitCode: 'dz', factor: '10' },
  { code: 'g', baseUnitCode: null, factor: '1' },
  { code: 'kg', baseUnitCode: 'g', factor: '1000' },
  { code: 't', baseUnitCode: 'kg', factor: '1000' },
  { code: 'lb', baseUnitCode: 'g', factor: '453.59237' },
];

describe('convertQuantity', () => {
  it('converts along and across a base-unit chain', () => {
    expect(convertQuantity('2', 'dz', 'ea', UNITS)).toBe('24');
    expect(convertQuantity('1', 'box', 'ea', UNITS)).toBe('120');
    expect(convertQuantity('36', 'ea', 'dz', UNITS)).toBe('3');
    expect(convertQuantity('6', 'ea', 'dz', UNITS)).toBe('0.5');
    expect(convertQuantity('250', 'g', 'kg', UNITS)).toBe('0.25');
    expect(convertQuantity('1.5', 't', 'g', UNITS)).toBe('1500000');
    expect(convertQuantity('1', 'lb', 'kg', UNITS)).toBe('0.45359237');
    expect(convertQuantity('2', 'kg', 'lb', UNITS).startsWith('4.40924524')).toBe(true);
    expect(convertQuantity('0.1', 'kg', 'kg', UNITS)).toBe('0.1');
  });

  it('keeps decimal precision a float would lose', () => {
    expect(convertQuantity('0.1', 'kg', 'g', UNITS)).toBe('100');
    expect(convertQuantity('0.3', 't', 'kg', UNITS)).toBe('300');
    expect(convertQuantity('123456789012.123456', 'kg', 'g', UNITS)).toBe('123456789012123.456');
  });

  it('refuses units with no common base, unknown units and cycles', () => {
    expect(() => convertQuantity('1', 'kg', 'ea', UNITS)).toThrow(AppError);
    expect(() => convertQuantity('1', 'kg', 'ea', UNITS)).toThrow(/cannot be converted/);
    expect(() => convertQuantity('1', 'kg', 'nope', UNITS)).toThrow(/not a known unit/);
    expect(() => convertQuantity('1', 'nope', 'kg', UNITS)).toThrow(/not a known unit/);
    const cyclic: UnitLike[] = [
      { code: 'a', baseUnitCode: 'b', factor: '2' },
      { code: 'b', baseUnitCode: 'a', factor: '3' },
      { code: 'c', baseUnitCode: null, factor: '1' },
    ];
    expect(() => convertQuantity('1', 'a', 'c', cyclic)).toThrow(/cycle/);
  });

  it('accepts a map of units', () => {
    expect(convertQuantity('3', 'dz', 'ea', new Map(UNITS.map((u) => [u.code, u])))).toBe('36');
  });
});

/** A random forest of units: each unit's base is an earlier unit (or none), so there is no cycle. */
const unitForest = fc
  .array(
    fc.record({
      base: fc.option(fc.nat(), { nil: null }),
      factor: fc.oneof(
        fc.integer({ min: 1, max: 1000 }).map(String),
        decimalText(100, 3).filter((f) => dec(f).gt(0)),
      ),
    }),
    { minLength: 1, maxLength: 8 },
  )
  .map((specs) =>
    specs.map(
      (s, i): UnitLike => ({
        code: `u${i}`,
        baseUnitCode: s.base === null || i === 0 ? null : `u${s.base % i}`,
        factor: s.base === null || i === 0 ? '1' : s.factor,
      }),
    ),
  );

const rootOf = (code: string, units: UnitLike[]): { root: string; perUnit: ReturnType<typeof dec> } => {
  const byCode = new Map(units.map((u) => [u.code, u]));
  let u = byCode.get(code)!;
  let perUnit = dec(1);
  while (u.baseUnitCode) {
    perUnit = perUnit.times(u.factor);
    u = byCode.get(u.baseUnitCode)!;
  }
  return { root: u.code, perUnit };
};

const close = (a: string, b: string) =>
  dec(a).minus(dec(b)).abs().lte(dec(b).abs().times('1e-30').plus('1e-30'));

describe('convertQuantity properties', () => {
  const pick = (units: UnitLike[]) => fc.constantFrom(...units.map((u) => u.code));
  const quantity = decimalText(1_000_000, 6);

  it('to the root unit is the quantity times the product of the factors, exactly', () => {
    fc.assert(
      fc.property(
        unitForest.chain((units) => fc.tuple(fc.constant(units), pick(units))),
        quantity,
        ([units, code], q) => {
          const { root, perUnit } = rootOf(code, units);
          expect(convertQuantity(q, code, root, units)).toBe(dec(q).times(perUnit).toFixed());
        },
      ),
      { numRuns: 300 },
    );
  });

  it('round-trips between any two convertible units', () => {
    fc.assert(
      fc.property(
        unitForest.chain((units) => fc.tuple(fc.constant(units), pick(units), pick(units))),
        quantity,
        ([units, a, b], q) => {
          if (rootOf(a, units).root !== rootOf(b, units).root) {
            expect(() => convertQuantity(q, a, b, units)).toThrow(AppError);
            return;
          }
          const there = convertQuantity(q, a, b, units);
          expect(close(convertQuantity(there, b, a, units), q)).toBe(true);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('is transitive: a → b → c equals a → c', () => {
    fc.assert(
      fc.property(
        unitForest.chain((units) => fc.tuple(fc.constant(units), pick(units), pick(units), pick(units))),
        quantity,
        ([units, a, b, c], q) => {
          const roots = new Set([a, b, c].map((x) => rootOf(x, units).root));
          fc.pre(roots.size === 1);
          const direct = convertQuantity(q, a, c, units);
          const viaB = convertQuantity(convertQuantity(q, a, b, units), b, c, units);
          expect(close(viaB, direct)).toBe(true);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('the identity conversion changes nothing', () => {
    fc.assert(
      fc.property(
        unitForest.chain((units) => fc.tuple(fc.constant(units), pick(units))),
        quantity,
        ([units, a], q) => {
          expect(convertQuantity(q, a, a, units)).toBe(dec(q).toFixed());
        },
      ),
    );
  });
});

describe('quantityFitsUnit', () => {
  it('allows as many decimal places as the unit, ignoring trailing zeros', () => {
    expect(quantityFitsUnit('3', { decimals: 0 })).toBe(true);
    expect(quantityFitsUnit('3.000', { decimals: 0 })).toBe(true);
    expect(quantityFitsUnit('3.5', { decimals: 0 })).toBe(false);
    expect(quantityFitsUnit('1.250', { decimals: 2 })).toBe(true);
    expect(quantityFitsUnit('1.255', { decimals: 2 })).toBe(false);
  });
});
