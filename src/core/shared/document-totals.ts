import { defaultTaxCategory, TAX_CATEGORIES, type TaxCategory } from '../../domain/tax-categories';
import { D, roundTo } from './money';

/**
 * The one rule for order amounts, shared by the server and the web app's live totals:
 *
 * - line net   = quantity × unit price × (1 − discount % / 100), rounded half away from zero to the
 *   currency's minor units;
 * - line tax   = line net (rounded) × tax rate % / 100, rounded the same way;
 * - document subtotal, tax and total are the sums of the rounded lines; total = subtotal + tax;
 * - the tax breakdown has one band per tax category and rate (an exempt 0 % line and a zero-rated
 *   0 % line are different bands), by rate then category.
 *
 * Inputs and outputs are decimal strings; nothing here touches a JS number.
 */
export type TotalsLine = {
  quantity: string;
  unitPrice: string;
  discountPercent?: string | null;
  taxRate: string;
  /** What the rate means (S, Z, E, AE, K, G, O); when absent, the rate's own (above 0: S, 0: Z). */
  taxCategory?: TaxCategory | null;
};

export type LineAmounts = { net: string; tax: string; total: string };

export type TaxBreakdown = { taxCategory: TaxCategory; taxRate: string; net: string; tax: string };

export type DocumentTotals = {
  subtotal: string;
  tax: string;
  total: string;
  lines: LineAmounts[];
  byTaxRate: TaxBreakdown[];
};

export function lineAmounts(line: TotalsLine, minorUnits: number): LineAmounts {
  const discount = new D(line.discountPercent || '0');
  const gross = new D(line.quantity).times(line.unitPrice);
  const net = roundTo(gross.times(new D(100).minus(discount)).dividedBy(100), minorUnits);
  const tax = roundTo(new D(net).times(line.taxRate).dividedBy(100), minorUnits);
  return { net, tax, total: roundTo(new D(net).plus(tax), minorUnits) };
}

export function documentTotals(lines: TotalsLine[], minorUnits: number): DocumentTotals {
  const amounts = lines.map((l) => lineAmounts(l, minorUnits));
  let subtotal = new D(0);
  let tax = new D(0);
  type Band = {
    taxCategory: TaxCategory;
    taxRate: string;
    net: InstanceType<typeof D>;
    tax: InstanceType<typeof D>;
  };
  const bands = new Map<string, Band>();
  amounts.forEach((a, i) => {
    subtotal = subtotal.plus(a.net);
    tax = tax.plus(a.tax);
    const line = lines[i]!;
    const taxRate = new D(line.taxRate).toFixed();
    const taxCategory = line.taxCategory ?? defaultTaxCategory(taxRate);
    const key = `${taxCategory}|${taxRate}`;
    const band = bands.get(key) ?? { taxCategory, taxRate, net: new D(0), tax: new D(0) };
    band.net = band.net.plus(a.net);
    band.tax = band.tax.plus(a.tax);
    bands.set(key, band);
  });
  return {
    subtotal: roundTo(subtotal, minorUnits),
    tax: roundTo(tax, minorUnits),
    total: roundTo(subtotal.plus(tax), minorUnits),
    lines: amounts,
    byTaxRate: [...bands.values()]
      .sort(
        (a, b) =>
          new D(a.taxRate).comparedTo(new D(b.taxRate)) ||
          TAX_CATEGORIES.indexOf(a.taxCategory) - TAX_CATEGORIES.indexOf(b.taxCategory),
      )
      .map((b) => ({
        taxCategory: b.taxCategory,
        taxRate: b.taxRate,
        net: roundTo(b.net, minorUnits),
        tax: roundTo(b.tax, minorUnits),
      })),
  };
}

/** An amount in another currency at a rate (units of base per unit of foreign), rounded to the base's minor units. */
export function convertAmount(amount: string, rate: string, minorUnits: number): string {
  return roundTo(new D(amount).times(rate), minorUnits);
}
