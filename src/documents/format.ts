import { D } from '../core/shared/money';
import {
  addressLines,
  formatDecimalText,
  formatMoneyText,
  type PostalAddressParts,
} from '../domain/formatting';

/**
 * Presentation of decimal strings on printed documents. Everything stays a string: digits are
 * grouped by text manipulation, never through a JS number, so no amount can lose a cent.
 */

/**
 * An amount rounded to the currency's minor units: "1234567.5" → "1,234,567.50" (in German,
 * `language` "de": "1.234.567,50"). The same formatter as the web pages and e-mails.
 */
export function formatMoney(amount: string, minorUnits: number, language = 'en'): string {
  return formatMoneyText(amount, '', { locale: language, display: 'none', minorUnits });
}

/**
 * A unit price: at least the currency's minor units, more when the price carries them
 * ("0.0125" stays "0.0125", "12.5" becomes "12.50").
 */
export function formatUnitPrice(price: string, minorUnits: number, language = 'en'): string {
  return formatDecimalText(new D(price).toFixed(), { locale: language, minFractionDigits: minorUnits });
}

/** A quantity without trailing zeros: "1200.000" → "1,200", "2.50" → "2.5". */
export function formatQuantity(quantity: string, language = 'en'): string {
  return formatDecimalText(new D(quantity).toFixed(), { locale: language });
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

export type PostalAddressLike = PostalAddressParts;

/** An address as printed lines, in the destination country's usual order: as the web pages print it. */
export function formatAddressLines(address: PostalAddressLike): string[] {
  return addressLines(address, countryName);
}
