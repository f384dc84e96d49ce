import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { available, periodEnd, periodStartProblem } from '../../src/core/organisation/budget-rules';
import { dec } from '../../src/core/shared/money';

describe('budget periods', () => {
  it('end the day after their last day', () => {
    expect(periodEnd('month', '2026-01-01')).toBe('2026-02-01');
    expect(periodEnd('month', '2026-12-01')).toBe('2027-01-01');
    expect(periodEnd('year', '2026-04-01')).toBe('2027-04-01');
  });

  it('start on the first of a month; a year on the fiscal year’s first month', () => {
    expect(periodStartProblem('month', '2026-03-01', 1)).toBeNull();
    expect(periodStartProblem('month', '2026-03-02', 1)).toContain('first day of a month');
    expect(periodStartProblem('year', '2026-01-01', 4)).toContain('fiscal year');
    expect(periodStartProblem('year', '2026-04-01', 4)).toBeNull();
  });

  it('a month is always followed by the next month', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1900, max: 2999 }), fc.integer({ min: 1, max: 12 }), (y, m) => {
        const start = `${y}-${String(m).padStart(2, '0')}-01`;
        const end = periodEnd('month', start);
        expect(periodStartProblem('month', end, 1)).toBeNull();
        expect(end > start).toBe(true);
        expect(periodEnd('year', start)).toBe(`${y + 1}-${String(m).padStart(2, '0')}-01`);
      }),
    );
  });
});

describe('available', () => {
  it('is budget − committed − actual, negative when exceeded', () => {
    expect(available('1000', '250.50', '0')).toBe('749.5');
    expect(available('1000', '900', '200')).toBe('-100');
  });

  it('adds back to the budget', () => {
    const amount = fc.integer({ min: 0, max: 10 ** 9 }).map((c) => (c / 100).toFixed(2));
    fc.assert(
      fc.property(amount, amount, amount, (a, c, x) => {
        expect(
          dec(available(a, c, x))
            .plus(c)
            .plus(x)
            .eq(dec(a)),
        ).toBe(true);
      }),
    );
  });
});
