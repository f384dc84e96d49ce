/**
 * Money and quantities in the web app: the one decimal module the server also uses. Amounts are
 * strings and every sum, product, difference and comparison is exact (decimal.js); a JS number
 * appears only as the size of something drawn (`percentOf`, `chartHeight`), never as an amount. A
 * test forbids `Number(` and `parseFloat(` on amounts anywhere in the web app.
 */
import { dec, roundTo } from '../../../src/core/shared/money';

export { compare as compareDecimal, normalize as normalizeDecimal } from '../../../src/core/shared/money';

/** Whether the text is a plain decimal number ("12", "0.5", "-3.25"). */
export function isDecimal(value: string): boolean {
  return /^-?\d+(\.\d+)?$/.test(value.trim());
}

/** a × b, exactly: "2.5" × "19.99" → "49.975". */
export function multiplyDecimal(a: string, b: string): string {
  return dec(a.trim()).times(b.trim()).toFixed();
}

/** a ÷ b, to 40 significant digits (a price per a base quantity). */
export function divideDecimal(a: string, b: string): string {
  return dec(a.trim()).div(b.trim()).toFixed();
}

/** Rounded half away from zero to `places` decimals, as the server rounds: "12.345", 2 → "12.35". */
export function roundDecimal(value: string, places: number): string {
  return roundTo(value, places);
}

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
  return dec(value).lt(0);
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

/**
 * An amount as a number to draw a chart's bar with: only for the picture, which needs no more
 * than a few digits. Labels and tooltips show the amount's own text; no sum is made of these.
 */
export function chartHeight(amount: string): number {
  return dec(amount).toNumber();
}
