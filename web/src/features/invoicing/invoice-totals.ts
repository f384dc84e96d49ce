import {
  compareDecimal,
  divideDecimal,
  isDecimal,
  multiplyDecimal,
  roundDecimal,
  subtractDecimal,
  sumDecimal,
} from '@/lib/money';

/** A line as the invoice form holds it: the amounts as typed. */
export type InvoiceFormLine = {
  quantity: string;
  unitPrice: string;
  /** The price is per this many units (1 unless the supplier's document says otherwise). */
  baseQuantity: string;
  /** Line allowances (−) and charges (+) the document stated, kept as they were. */
  allowanceChargeNet: string;
  taxCategory: string;
  taxRate: string;
};

export type InvoiceFormTotals = {
  /** Each line's net, or null while its quantity or price is not a number yet. */
  lineNets: (string | null)[];
  lineExtension: string;
  bands: { taxCategory: string; taxRate: string; taxable: string; tax: string }[];
  tax: string;
  payable: string;
};

/**
 * What an invoice comes to by the rule the server checks it with (EN 16931): each line's net is
 * quantity × price ÷ base quantity plus its charges less its allowances, rounded to the currency;
 * tax once per category and rate on the sum of its lines; payable = lines + tax. Decimal strings
 * throughout.
 */
export function invoiceTotals(lines: InvoiceFormLine[], minorUnits: number): InvoiceFormTotals {
  const lineNets = lines.map((l) =>
    isDecimal(l.quantity) && isDecimal(l.unitPrice) && isDecimal(l.baseQuantity || '1')
      ? roundDecimal(
          sumDecimal(
            divideDecimal(multiplyDecimal(l.quantity, l.unitPrice), l.baseQuantity || '1'),
            l.allowanceChargeNet || '0',
          ),
          minorUnits,
        )
      : null,
  );
  const bands = new Map<string, { taxCategory: string; taxRate: string; taxable: string }>();
  lines.forEach((l, i) => {
    const net = lineNets[i];
    if (net === null || net === undefined || !isDecimal(l.taxRate)) return;
    const rate = subtractDecimal(l.taxRate, '0');
    const key = `${l.taxCategory}|${rate}`;
    const band = bands.get(key) ?? { taxCategory: l.taxCategory, taxRate: rate, taxable: '0' };
    band.taxable = sumDecimal(band.taxable, net);
    bands.set(key, band);
  });
  const withTax = [...bands.values()]
    .sort((a, b) => compareDecimal(a.taxRate, b.taxRate) || a.taxCategory.localeCompare(b.taxCategory))
    .map((b) => ({
      ...b,
      taxable: roundDecimal(b.taxable, minorUnits),
      tax: roundDecimal(divideDecimal(multiplyDecimal(b.taxable, b.taxRate), '100'), minorUnits),
    }));
  const lineExtension = roundDecimal(
    sumDecimal(...lineNets.filter((n): n is string => n !== null)),
    minorUnits,
  );
  const tax = roundDecimal(sumDecimal(...withTax.map((b) => b.tax)), minorUnits);
  return {
    lineNets,
    lineExtension,
    bands: withTax,
    tax,
    payable: roundDecimal(sumDecimal(lineExtension, tax), minorUnits),
  };
}
