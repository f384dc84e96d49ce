import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { convertAmount, documentTotals, lineAmounts } from '../../src/core/shared/document-totals';
import { dec } from '../../src/core/shared/money';

describe('line amounts', () => {
  it('rounds the net half away from zero, then taxes the rounded net', () => {
    // 3 × 0.335 = 1.005 → 1.01; tax 10 % of 1.01 = 0.101 → 0.10
    expect(lineAmounts({ quantity: '3', unitPrice: '0.335', taxRate: '10' }, 2)).toEqual({
      net: '1.01',
      tax: '0.10',
      total: '1.11',
    });
  });

  it('applies the discount before rounding', () => {
    // 7 × 12.99 = 90.93; less 12.5 % = 79.56375 → 79.56; tax 19 % = 15.1164 → 15.12
    expect(
      lineAmounts({ quantity: '7', unitPrice: '12.99', discountPercent: '12.5', taxRate: '19' }, 2),
    ).toEqual({
      net: '79.56',
      tax: '15.12',
      total: '94.68',
    });
  });

  it('uses the currency minor units (JPY 0, BHD 3)', () => {
    expect(lineAmounts({ quantity: '3', unitPrice: '333.5', taxRate: '10' }, 0)).toEqual({
      net: '1001',
      tax: '100',
      total: '1101',
    });
    expect(lineAmounts({ quantity: '1', unitPrice: '1.2345', taxRate: '5' }, 3).net).toBe('1.235');
  });

  it('a 100 % discount makes the line free', () => {
    expect(
      lineAmounts({ quantity: '5', unitPrice: '9.99', discountPercent: '100', taxRate: '20' }, 2),
    ).toEqual({
      net: '0.00',
      tax: '0.00',
      total: '0.00',
    });
  });
});

describe('document totals', () => {
  it('sums rounded lines, not unrounded products, and breaks tax down by rate', () => {
    const lines = [
      { quantity: '1', unitPrice: '0.005', taxRate: '20' },
      { quantity: '1', unitPrice: '0.005', taxRate: '20' },
      { quantity: '2', unitPrice: '10', taxRate: '0' },
    ];
    const totals = documentTotals(lines, 2);
    // each 0.005 line rounds to 0.01 (not 0.01 for the pair together)
    expect(totals.subtotal).toBe('20.02');
    expect(totals.tax).toBe('0.00');
    expect(totals.total).toBe('20.02');
    expect(totals.byTaxRate).toEqual([
      { taxCategory: 'Z', taxRate: '0', net: '20.00', tax: '0.00' },
      { taxCategory: 'S', taxRate: '20', net: '0.02', tax: '0.00' },
    ]);
  });

  it('gives zeros for no lines', () => {
    expect(documentTotals([], 2)).toMatchObject({
      subtotal: '0.00',
      tax: '0.00',
      total: '0.00',
      byTaxRate: [],
    });
  });

  const decimalString = (maxUnits: number, scale: number) =>
    fc.integer({ min: 0, max: maxUnits }).map((n) =>
      dec(n)
        .dividedBy(10 ** scale)
        .toFixed(scale),
    );
  const line = fc.record({
    quantity: decimalString(1_000_000, 3),
    unitPrice: decimalString(10_000_000, 4),
    discountPercent: fc.option(decimalString(10_000, 2), { nil: undefined }),
    taxRate: fc.constantFrom('0', '5', '7.5', '8.25', '19', '20', '21'),
  });

  it('total = Σ line totals = subtotal + tax, exactly, for any lines (property)', () => {
    fc.assert(
      fc.property(fc.array(line, { maxLength: 30 }), fc.constantFrom(0, 2, 3), (lines, minor) => {
        const t = documentTotals(lines, minor);
        const sumNet = t.lines.reduce((s, l) => s.plus(l.net), dec(0));
        const sumTax = t.lines.reduce((s, l) => s.plus(l.tax), dec(0));
        const sumTotal = t.lines.reduce((s, l) => s.plus(l.total), dec(0));
        expect(dec(t.subtotal).eq(sumNet)).toBe(true);
        expect(dec(t.tax).eq(sumTax)).toBe(true);
        expect(dec(t.total).eq(sumTotal)).toBe(true);
        expect(dec(t.total).eq(dec(t.subtotal).plus(t.tax))).toBe(true);
        const byRateNet = t.byTaxRate.reduce((s, b) => s.plus(b.net), dec(0));
        expect(byRateNet.eq(sumNet)).toBe(true);
        for (const v of [t.subtotal, t.tax, t.total])
          expect(v).toMatch(minor === 0 ? /^\d+$/ : new RegExp(`^\\d+\\.\\d{${minor}}$`));
      }),
    );
  });

  it('each line net is within half a minor unit of the exact value (property)', () => {
    fc.assert(
      fc.property(line, (l) => {
        const exact = dec(l.quantity)
          .times(l.unitPrice)
          .times(dec(100).minus(l.discountPercent ?? '0'))
          .dividedBy(100);
        expect(dec(lineAmounts(l, 2).net).minus(exact).abs().lte('0.005')).toBe(true);
      }),
    );
  });
});

describe('currency conversion', () => {
  it('converts at the rate and rounds to the base currency', () => {
    expect(convertAmount('31200.00', '1.0812', 2)).toBe('33733.44');
    expect(convertAmount('1000', '0.0066666', 2)).toBe('6.67');
  });
});
