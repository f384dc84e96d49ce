import { z } from 'zod';
import { DECIMAL_RE, dec, scaleOf } from '../shared/money';

/** Cell validators shared by the catalog's CSV files. An empty cell means "not given". */

const blankToUndefined = (v: unknown) => (typeof v === 'string' && v.trim() === '' ? undefined : v);

/** Optional cell: blank or absent is undefined. */
export const optionalCell = <T extends z.ZodType>(schema: T) =>
  z.preprocess(blankToUndefined, schema.optional());

/** Nullable cell: an absent column is undefined (keep), a blank cell is null (clear). */
export const nullableCell = <T extends z.ZodType>(schema: T) =>
  z.preprocess((v) => (typeof v === 'string' && v.trim() === '' ? null : v), schema.nullable().optional());

export const requiredCell = (max: number) =>
  z.string().trim().min(1, 'is required').max(max, `must be at most ${max} characters`);

export const codeCell = (max: number) =>
  requiredCell(max).regex(/^[A-Za-z0-9._-]+$/, 'may contain only letters, digits, ".", "_" and "-"');

export const booleanCell = z
  .string()
  .trim()
  .toLowerCase()
  .pipe(z.enum(['true', 'false', 'yes', 'no', '1', '0'], { message: 'must be true or false' }))
  .transform((v) => v === 'true' || v === 'yes' || v === '1');

export const isoDateCell = z.iso.date({ message: 'must be a date as YYYY-MM-DD' });

export const currencyCell = z
  .string()
  .trim()
  .regex(/^[A-Z]{3}$/, 'must be an ISO 4217 code of three capital letters, e.g. "USD"');

/** A decimal that fits numeric(precision, scale): at most `scale` places and `digits` before the point. */
export function decimalCell(opts: {
  scale: number;
  digits: number;
  min: 'positive' | 'non-negative';
  max?: number;
}) {
  return z
    .string()
    .trim()
    .regex(DECIMAL_RE, 'must be a decimal number such as 19.99')
    .superRefine((v, ctx) => {
      if (!DECIMAL_RE.test(v)) return; // the format error above says it all
      if (scaleOf(v) > opts.scale)
        ctx.addIssue({ code: 'custom', message: `must have at most ${opts.scale} decimal places` });
      const d = dec(v);
      if (d.abs().trunc().toFixed().length > opts.digits) {
        ctx.addIssue({
          code: 'custom',
          message: `must have at most ${opts.digits} digits before the decimal point`,
        });
      }
      if (opts.min === 'positive' && !d.gt(0))
        ctx.addIssue({ code: 'custom', message: 'must be greater than 0' });
      if (opts.min === 'non-negative' && d.lt(0))
        ctx.addIssue({ code: 'custom', message: 'must not be negative' });
      if (opts.max !== undefined && d.gt(opts.max))
        ctx.addIssue({ code: 'custom', message: `must be at most ${opts.max}` });
    });
}

export const wholeNumberCell = (min: number, max: number) =>
  z
    .string()
    .trim()
    .regex(/^\d+$/, 'must be a whole number')
    .transform(Number)
    .pipe(z.number().min(min, `must be at least ${min}`).max(max, `must be at most ${max}`));
