import { D, roundTo } from './money';

/**
 * The one rule for order amounts, shared by the server and the web app's live totals:
 *
 * - line net   = quantity × unit price × (1 − discount % / 100), rounded half away from zero to the
 *   currency's minor units;
 * - line tax   = line net (rounded) × tax rate % / 100, rounded the same way;
 * - document subtotal, tax and total are the sums of the rounded lines; total = subtotal + tax.
 *
 * Inputs and outputs are decimal strings; nothing here touches a JS number.
 */
export type TotalsLine = {
  quantity: string;
  unitPrice: string;
  discountPercent?: string | null;
  taxRate: string;
};

export type LineAmounts = { net: string; tax: string; total: string };

export type TaxBreakdown = { taxRate: string; net: string; tax: string };

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
  const byRate = new Map<string, { net: InstanceType<typeof D>; tax: InstanceType<typeof D> }>();
  amounts.forEach((a, i) => {
    subtotal = subtotal.plus(a.net);
    tax = tax.plus(a.tax);
    const rate = new D(lines[i]!.taxRate).toFixed();
    const bucket = byRate.get(rate) ?? { net: new D(0), tax: new D(0) };
    bucket.net = bucket.net.plus(a.net);
    bucket.tax = bucket.tax.plus(a.tax);
    byRate.set(rate, bucket);
  });
  return {
    subtotal: roundTo(subtotal, minorUnits),
    tax: roundTo(tax, minorUnits),
    total: roundTo(subtotal.plus(tax), minorUnits),
    lines: amounts,
    byTaxRate: [...byRate.entries()]
      .sort(([a], [b]) => new D(a).comparedTo(new D(b)))
      .map(([taxRate, v]) => ({ taxRate, net: roundTo(v.net, minorUnits), tax: roundTo(v.tax, minorUnits) })),
  };
}

/** An amount in another currency at a rate (units of base per unit of foreign), rounded to the base's minor units. */
export function convertAmount(amount: string, rate: string, minorUnits: number): string {
  return roundTo(new D(amount).times(rate), minorUnits);
}
