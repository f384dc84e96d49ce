import Decimal from 'decimal.js';

/**
 * The one module that owns decimal arithmetic and rounding. Money and quantities never touch a JS
 * `number`: they travel as decimal strings and are computed with decimal.js.
 * Rounding is half away from zero (ROUND_HALF_UP in decimal.js terms) to the currency's minor units.
 */
export const D = Decimal.clone({ precision: 40, rounding: Decimal.ROUND_HALF_UP });
export type Dec = Decimal;

/** Amounts are stored as numeric(20,4): every one is below this. */
export const MAX_AMOUNT = new D('1e16');
export const MAX_AMOUNT_TEXT = '9,999,999,999,999,999.9999';

export const DECIMAL_RE = /^-?\d{1,18}(\.\d+)?$/;

/** Number of digits after the decimal point as written ("1.50" → 2). */
export function scaleOf(value: string): number {
  const dot = value.indexOf('.');
  return dot < 0 ? 0 : value.length - dot - 1;
}

export function dec(value: string | number | Decimal): Decimal {
  return new D(value);
}

/** Rounds half away from zero to `places` and returns a fixed-point string ("12.30"). */
export function roundTo(value: Decimal | string, places: number): string {
  return new D(value).toDecimalPlaces(places, Decimal.ROUND_HALF_UP).toFixed(places);
}

/** Canonical text of a decimal without trailing zeros ("1.500" → "1.5", "2.0" → "2"). */
export function normalize(value: string): string {
  return new D(value).toFixed();
}

export function compare(a: string, b: string): number {
  return new D(a).comparedTo(new D(b));
}
