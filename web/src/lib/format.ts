import dayjs from 'dayjs';
import relativeTime from 'dayjs/plugin/relativeTime';
import {
  addressLines,
  addressOneLine,
  formatDecimalText,
  formatMoneyText,
  type PostalAddressParts,
} from '../../../src/domain/formatting';

dayjs.extend(relativeTime);

/**
 * Display formatting in one place. Money and quantities arrive as decimal strings and are handed
 * to Intl as strings, so no amount is ever rounded through a JS number.
 */
let locale = typeof navigator === 'undefined' ? 'en' : navigator.language || 'en';

/** The locale (BCP 47) in which dates, numbers and money are shown: the user's, set by the i18n layer. */
export function setFormatLocale(tag: string): void {
  if (tag === locale) return;
  locale = tag;
  dateFormats.clear();
  currencyNames = displayNames('currency');
  regionNames = displayNames('region');
  countries = null;
}

/** The locale dates, numbers and money are shown in. */
export function formatLocale(): string {
  return locale;
}

type Instant = Date | string | null | undefined;

const dateFormats = new Map<string, Intl.DateTimeFormat>();

/**
 * In English "4 Dec 2026" (never 12/4, which half the English-speaking world reads as April);
 * in other languages the locale's own medium date.
 */
function formatInstant(value: Date | string, withTime: boolean): string {
  if (locale.toLowerCase().startsWith('en')) {
    return dayjs(value)
      .locale('en')
      .format(withTime ? 'D MMM YYYY, HH:mm' : 'D MMM YYYY');
  }
  const key = `${locale}:${withTime}`;
  let format = dateFormats.get(key);
  if (!format) {
    // "4. Dez. 2026": the month in words, as in English, never a bare 04.12.
    format = new Intl.DateTimeFormat(locale, {
      day: 'numeric',
      month: 'short',
      year: 'numeric',
      ...(withTime ? { hour: '2-digit' as const, minute: '2-digit' as const } : {}),
    });
    dateFormats.set(key, format);
  }
  return format.format(dayjs(value).toDate());
}

export function formatDate(value: Instant): string {
  return value ? formatInstant(value, false) : '—';
}

export function formatDateTime(value: Instant): string {
  return value ? formatInstant(value, true) : '—';
}

/** "3 days ago", "in 2 months". */
export function formatRelative(value: Instant): string {
  return value ? dayjs(value).fromNow() : '—';
}

/**
 * "€1,234.50" from ("1234.5", "EUR"); an unknown currency code is shown after the number. The
 * same formatter as the PDF order and the e-mails.
 */
export function formatMoney(amount: string | null | undefined, currency: string): string {
  if (amount === null || amount === undefined || amount === '') return '—';
  return formatMoneyText(amount, currency, { locale });
}

/** A decimal string with grouping, keeping every digit it has after the point. */
export function formatDecimal(
  value: string | null | undefined,
  opts: { minFractionDigits?: number } = {},
): string {
  if (value === null || value === undefined || value === '') return '—';
  return formatDecimalText(value, {
    locale,
    minFractionDigits: opts.minFractionDigits,
  });
}

/** An address as lines, in its country's usual order, the country in the user's language: as the PDF prints it. */
export function formatAddress(address: PostalAddressParts): string[] {
  return addressLines(address, countryName);
}

/** The same address on one line. */
export function formatAddressOneLine(address: PostalAddressParts): string {
  return addressOneLine(address, countryName);
}

/** "2.50" → "2.5", "10.00" → "10": for percentages and rates where trailing zeros say nothing. */
export function trimDecimal(value: string): string {
  return value.includes('.') ? value.replace(/0+$/, '').replace(/\.$/, '') : value;
}

export function formatPercent(value: string | null | undefined): string {
  if (value === null || value === undefined || value === '') return '—';
  return `${formatDecimal(trimDecimal(value))}%`;
}

export function formatCount(n: number): string {
  return new Intl.NumberFormat(locale).format(n);
}

function displayNames(type: 'currency' | 'region'): Intl.DisplayNames | null {
  try {
    return new Intl.DisplayNames([locale], type === 'region' ? { type, fallback: 'none' } : { type });
  } catch {
    return null;
  }
}

let currencyNames = displayNames('currency');

export function currencyName(code: string): string {
  return currencyNames?.of(code) ?? code;
}

let regionNames = displayNames('region');

export function countryName(code: string): string {
  try {
    return regionNames?.of(code) ?? code;
  } catch {
    return code;
  }
}

/**
 * Codes Intl names that are not assigned ISO 3166-1 countries: groupings, reserved and
 * withdrawn codes (DD, SU, YU …). Kosovo (XK) stays: it is in common use.
 */
const NOT_COUNTRIES = new Set(
  'AC AN BU CP CQ CS DD DG DY EA EU EZ FX HV IC NH QO RH SU TA TP UK UN VD XA XB YD YU ZR ZZ'.split(' '),
);

let countries: { value: string; label: string }[] | null = null;

/** ISO 3166-1 alpha-2 codes with their names in the user's language, sorted by name. */
export function countryOptions(): { value: string; label: string }[] {
  if (countries) return countries;
  const list: { value: string; label: string }[] = [];
  const A = 'A'.charCodeAt(0);
  for (let i = 0; i < 26; i++) {
    for (let j = 0; j < 26; j++) {
      const code = String.fromCharCode(A + i, A + j);
      if (NOT_COUNTRIES.has(code)) continue;
      let name: string | undefined;
      try {
        name = regionNames?.of(code);
      } catch {
        name = undefined;
      }
      if (name && name !== code) list.push({ value: code, label: `${name} (${code})` });
    }
  }
  countries = list.sort((a, b) => a.label.localeCompare(b.label));
  return countries;
}
