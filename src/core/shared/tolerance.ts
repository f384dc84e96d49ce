import { dec, normalize } from './money';

/** A limit of one tolerance measure: a percentage of the base and/or an absolute value (null: not set). */
export type ToleranceLimit = { percent: string | null; absolute: string | null };

/**
 * How much a limit allows above `base` (the quantity or price it is a share of): the percentage of
 * the base and/or the absolute value, the smaller when both are set; nothing when neither is.
 * Pure: receiving, ship notices and invoice matching all measure with it (docs/receiving.md).
 */
export function allowanceOf(limit: ToleranceLimit, base: string): string {
  const fromPercent = limit.percent !== null ? dec(base).times(limit.percent).div(100) : null;
  const fromAbsolute = limit.absolute !== null ? dec(limit.absolute) : null;
  const allowed =
    fromPercent && fromAbsolute
      ? fromPercent.lessThan(fromAbsolute)
        ? fromPercent
        : fromAbsolute
      : (fromPercent ?? fromAbsolute);
  return allowed ? normalize(allowed.toFixed()) : '0';
}
