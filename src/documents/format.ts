import { D, roundTo } from '../core/shared/money';

/**
 * Presentation of decimal strings on printed documents. Everything stays a string: digits are
 * grouped by text manipulation, never through a JS number, so no amount can lose a cent.
 */

/** Thousands and decimal separators: "1,234.50" in English, "1.234,50" in German. */
const SEPARATORS: Record<string, [string, string]> = { en: [',', '.'], de: ['.', ','] };

function group(fixed: string, language = 'en'): string {
  const [thousands, decimal] = SEPARATORS[language.split('-')[0] ?? 'en'] ?? [',', '.'];
  const negative = fixed.startsWith('-');
  const unsigned = negative ? fixed.slice(1) : fixed;
  const [int = '0', frac] = unsigned.split('.');
  const grouped = int.replace(/\B(?=(\d{3})+(?!\d))/g, thousands);
  const text = frac === undefined ? grouped : `${grouped}${decimal}${frac}`;
  return negative ? `-${text}` : text;
}

/**
 * An amount rounded to the currency's minor units: "1234567.5" → "1,234,567.50" (in German,
 * `language` "de": "1.234.567,50").
 */
export function formatMoney(amount: string, minorUnits: number, language = 'en'): string {
  return group(roundTo(amount, minorUnits), language);
}

/**
 * A unit price: at least the currency's minor units, more when the price carries them
 * ("0.0125" stays "0.0125", "12.5" becomes "12.50").
 */
export function formatUnitPrice(price: string, minorUnits: number): string {
  const canonical = new D(price).toFixed();
  const dot = canonical.indexOf('.');
  const scale = dot < 0 ? 0 : canonical.length - dot - 1;
  return group(new D(price).toFixed(Math.max(scale, minorUnits)));
}

/** A quantity without trailing zeros: "1200.000" → "1,200", "2.50" → "2.5". */
export function formatQuantity(quantity: string): string {
  return group(new D(quantity).toFixed());
}

/** A percentage: "20.00" → "20%", "5.5" → "5.5%". */
export function formatPercent(percent: string): string {
  return `${new D(percent).toFixed()}%`;
}

export function isZero(value: string): boolean {
  return new D(value).isZero();
}

/** "2026-03-14T09:30:00Z" → "2026-03-14 09:30 UTC"; the instant is shown in UTC so it reads the same everywhere. */
export function formatInstant(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return `${date.toISOString().slice(0, 16).replace('T', ' ')} UTC`;
}

/** Calendar dates are printed as ISO dates ("2026-03-14"): unambiguous for suppliers in any country. */
export function formatDate(isoDate: string): string {
  return isoDate.slice(0, 10);
}

const countryNames = new Intl.DisplayNames(['en'], { type: 'region', fallback: 'code' });

/** "DE" → "Germany"; a code without a name ("AA", "ZZ", "1A") is printed as given. */
export function countryName(iso2: string): string {
  try {
    const name = countryNames.of(iso2.toUpperCase());
    return name && name !== 'Unknown Region' ? name : iso2;
  } catch {
    return iso2;
  }
}

export type PostalAddressLike = {
  line1: string;
  line2: string | null;
  city: string;
  region: string | null;
  postalCode: string | null;
  country: string;
};

/** Countries whose postal convention is "City, Region Postcode" on one line. */
const CITY_REGION_POSTCODE = new Set(['US', 'CA', 'AU']);

/** An address as printed lines, in the destination country's usual order (approximately). */
export function formatAddressLines(address: PostalAddressLike): string[] {
  const lines = [address.line1];
  if (address.line2) lines.push(address.line2);
  const country = address.country.toUpperCase();
  if (CITY_REGION_POSTCODE.has(country)) {
    const regionAndCode = [address.region, address.postalCode].filter(Boolean).join(' ');
    lines.push(regionAndCode ? `${address.city}, ${regionAndCode}` : address.city);
    lines.push(countryName(country));
  } else if (country === 'GB') {
    lines.push(address.city);
    if (address.postalCode) lines.push(address.postalCode);
    lines.push(address.region ? `${address.region}, ${countryName(country)}` : countryName(country));
  } else {
    lines.push(address.postalCode ? `${address.postalCode} ${address.city}` : address.city);
    lines.push(address.region ? `${address.region}, ${countryName(country)}` : countryName(country));
  }
  return lines;
}
