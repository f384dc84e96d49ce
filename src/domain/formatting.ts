/**
 * How OpenPO writes amounts and addresses for people, in one place for the web pages, the PDF
 * order and the e-mails, so a page and the document it prints never disagree. Amounts arrive as
 * decimal strings and are handed to Intl as strings: Intl formats them exactly (no JS number,
 * no lost cent), rounding half away from zero as the ledger does.
 */

export type MoneyDisplay =
  /** "$31,200.00", "31.200,00 €" */
  | 'symbol'
  /** "USD 31,200.00", "31.200,00 USD" */
  | 'code'
  /** "31,200.00": the currency is said elsewhere (a column heading). */
  | 'none';

const numberFormats = new Map<string, Intl.NumberFormat>();

function numberFormat(locale: string, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  let format = numberFormats.get(key);
  if (!format) {
    try {
      format = new Intl.NumberFormat(locale, options);
    } catch {
      // A locale or currency this runtime does not know: English digits, the code as given.
      format = new Intl.NumberFormat('en', { ...options, style: 'decimal' });
    }
    numberFormats.set(key, format);
  }
  return format;
}

/** Whether Intl knows the currency (an unknown code is written after the number instead). */
function knownCurrency(currency: string): boolean {
  try {
    new Intl.NumberFormat('en', { style: 'currency', currency });
    return /^[A-Z]{3}$/.test(currency);
  } catch {
    return false;
  }
}

/**
 * An amount of money: "1234567.5" in USD → "$1,234,567.50" (en), "1.234.567,50 $" (de). Rounded
 * to `minorUnits` when given, else to the currency's own (2 for EUR, 0 for JPY).
 */
export function formatMoneyText(
  amount: string,
  currency: string,
  opts: { locale: string; display?: MoneyDisplay; minorUnits?: number },
): string {
  const display = opts.display ?? 'symbol';
  const digits =
    opts.minorUnits === undefined
      ? {}
      : { minimumFractionDigits: opts.minorUnits, maximumFractionDigits: opts.minorUnits };
  if (display === 'none' || !knownCurrency(currency)) {
    const fraction =
      opts.minorUnits === undefined ? { minimumFractionDigits: 2, maximumFractionDigits: 2 } : digits;
    const text = numberFormat(opts.locale, { ...fraction }).format(amount as Intl.StringNumericLiteral);
    return display === 'none' ? text : `${text} ${currency}`;
  }
  return numberFormat(opts.locale, {
    style: 'currency',
    currency,
    currencyDisplay: display,
    ...digits,
  }).format(amount as Intl.StringNumericLiteral);
}

/**
 * A decimal with grouping, keeping every significant digit it has after the point (at least
 * `minFractionDigits`): "1200.000" → "1,200", "0.0125" → "0.0125", "12.5" with 2 → "12.50".
 */
export function formatDecimalText(
  value: string,
  opts: { locale: string; minFractionDigits?: number },
): string {
  const dot = value.indexOf('.');
  const scale = dot < 0 ? 0 : value.length - dot - 1;
  const min = Math.min(opts.minFractionDigits ?? 0, 20);
  return numberFormat(opts.locale, {
    minimumFractionDigits: min,
    maximumFractionDigits: Math.min(Math.max(scale, min), 20),
  }).format(value as Intl.StringNumericLiteral);
}

/** A postal address as OpenPO stores it (orders, suppliers, the organisation). */
export type PostalAddressParts = {
  line1?: string | null;
  line2?: string | null;
  city?: string | null;
  region?: string | null;
  postalCode?: string | null;
  country?: string | null;
};

/** Countries whose postal convention is "City, Region Postcode" on one line. */
const CITY_REGION_POSTCODE = new Set(['US', 'CA', 'AU']);

const joined = (parts: (string | null | undefined)[], separator: string) =>
  parts.filter((p): p is string => !!p && p.trim() !== '').join(separator);

/**
 * An address as printed lines, in the destination country's usual order (approximately):
 * "400 Harbor Boulevard / Oakland, CA 94607 / United States", "Hauptstraße 5 / 10115 Berlin /
 * Germany". `countryName` names the country in the reader's language.
 */
export function addressLines(address: PostalAddressParts, countryName: (code: string) => string): string[] {
  const lines = [address.line1, address.line2].filter((l): l is string => !!l && l.trim() !== '');
  const code = (address.country ?? '').toUpperCase();
  const country = code ? countryName(code) : '';
  if (CITY_REGION_POSTCODE.has(code)) {
    const regionAndCode = joined([address.region, address.postalCode], ' ');
    lines.push(joined([address.city, regionAndCode], ', '));
    lines.push(country);
  } else if (code === 'GB') {
    lines.push(address.city ?? '', address.postalCode ?? '');
    lines.push(joined([address.region, country], ', '));
  } else {
    lines.push(joined([address.postalCode, address.city], ' '));
    lines.push(joined([address.region, country], ', '));
  }
  return lines.filter((l) => l.trim() !== '');
}

/** The same address on one line, for lists and histories. */
export function addressOneLine(address: PostalAddressParts, countryName: (code: string) => string): string {
  return addressLines(address, countryName).join(', ');
}
