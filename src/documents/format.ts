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
export function formatPercent(percent: string, language = 'en'): string {
  return `${formatDecimalText(new D(percent).toFixed(), { locale: language })}%`;
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

const countryNamesByLanguage = new Map<string, Intl.DisplayNames>();

/** "DE" → "Germany" ("Deutschland" in German); a code without a name ("AA", "ZZ", "1A") is printed as given. */
export function countryName(iso2: string, language = 'en'): string {
  let names = countryNamesByLanguage.get(language);
  if (!names) {
    names = new Intl.DisplayNames([language], { type: 'region', fallback: 'code' });
    countryNamesByLanguage.set(language, names);
  }
  try {
    const name = names.of(iso2.toUpperCase());
    return name && name !== 'Unknown Region' && name !== iso2.toUpperCase() ? name : iso2;
  } catch {
    return iso2;
  }
}

export type PostalAddressLike = PostalAddressParts;

/**
 * An address as printed lines, in the destination country's usual order, the country named in the
 * reader's language: as the web pages print it.
 */
export function formatAddressLines(address: PostalAddressLike, language = 'en'): string[] {
  return addressLines(address, (code) => countryName(code, language));
}
