/**
 * Money and quantities in the web app: the one decimal module the server also uses. Amounts are
 * strings and every sum, difference and comparison is exact (decimal.js); a JS number appears only
 * as the width of a bar (`percentOf`), never as an amount. A test forbids `Number(` and
 * `parseFloat(` on amounts anywhere in the web app.
 */
import { dec } from '../../../src/core/shared/money';

export { compare as compareDecimal, normalize as normalizeDecimal } from '../../../src/core/shared/money';

/** a + b + …, exactly. */
export function sumDecimal(...values: string[]): string {
  return values.reduce((total, v) => total.plus(v), dec('0')).toFixed();
}

/** a − b, exactly. */
export function subtractDecimal(a: string, b: string): string {
  return dec(a).minus(b).toFixed();
}

/** The larger of two amounts. */
export function maxDecimal(a: string, b: string): string {
  return dec(a).gte(b) ? a : b;
}

/** Whether the amount is below zero. */
export function isNegative(value: string): boolean {
  return dec(value).isNegative() && !dec(value).isZero();
}

/** Whether the amount is zero. */
export function isZero(value: string): boolean {
  return dec(value).isZero();
}

/**
 * What share of `whole` `part` is, in percent from 0 to 100, as a number to draw a bar with; 0 when
 * the whole is not positive.
 */
export function percentOf(part: string, whole: string): number {
  const w = dec(whole);
  if (w.lte(0)) return 0;
  const p = dec(part).div(w).times(100);
  return p.lte(0) ? 0 : p.gte(100) ? 100 : p.toDecimalPlaces(2).toNumber();
}

/** `part` as a whole percentage of `whole` (may exceed 100), rounded; null when the whole is not positive. */
export function wholePercent(part: string, whole: string): number | null {
  const w = dec(whole);
  if (w.lte(0)) return null;
  return dec(part).div(w).times(100).toDecimalPlaces(0).toNumber();
}
