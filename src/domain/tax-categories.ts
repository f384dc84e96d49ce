/**
 * Tax categories of an order line (UNCL 5305, the subset PEPPOL BIS uses): what the tax rate means,
 * so a 0 % line says *why* it is 0 % — zero-rated goods, an exempt service, a reverse-charge
 * purchase the buyer accounts for, an intra-community supply, an export, or a sale outside the tax.
 * The tax itself is the organisation's (VAT, GST or a US sales tax, Settings → Identifiers); the
 * category never calls a US sales tax VAT.
 */
export const TAX_CATEGORIES = ['S', 'Z', 'E', 'AE', 'K', 'G', 'O'] as const;
export type TaxCategory = (typeof TAX_CATEGORIES)[number];

/** English names for messages and documents' fallback; the web app and PDFs translate their own. */
export const TAX_CATEGORY_NAMES: Record<TaxCategory, string> = {
  S: 'standard rate',
  Z: 'zero rate',
  E: 'exempt',
  AE: 'reverse charge',
  K: 'intra-community supply',
  G: 'export outside the customs territory',
  O: 'not subject to tax',
};

export function isTaxCategory(value: unknown): value is TaxCategory {
  return typeof value === 'string' && (TAX_CATEGORIES as readonly string[]).includes(value);
}

/** The category a rate implies when none is chosen: a rate above 0 is standard, 0 is zero-rated. */
export function defaultTaxCategory(rate: string): TaxCategory {
  return isZeroRate(rate) ? 'Z' : 'S';
}

/** A decimal string that is zero ("0", "0.00", "-0"). */
function isZeroRate(rate: string): boolean {
  return /^[+-]?0*(\.0*)?$/.test(rate.trim());
}

/**
 * Why a rate does not fit a category, or null when it does: a standard-rated line has a rate above
 * 0; every other category is untaxed, so its rate is 0.
 */
export function taxRateProblem(category: TaxCategory, rate: string): string | null {
  const zero = isZeroRate(rate);
  if (category === 'S')
    return zero ? 'must be more than 0 for tax category S (standard rate); use Z for zero-rated' : null;
  return zero ? null : `must be 0 for tax category ${category} (${TAX_CATEGORY_NAMES[category]})`;
}
