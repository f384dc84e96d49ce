import { z } from 'zod';
import { RETURN_KINDS } from '../domain/approvals';

/** Shared building blocks of the API contracts (server and web app both import these). */

export const Problem = z
  .object({
    type: z.string(),
    title: z.string(),
    status: z.number().int(),
    detail: z.string().optional(),
    instance: z.string().optional(),
    errors: z.array(z.object({ path: z.string(), message: z.string() })).optional(),
  })
  .meta({ id: 'Problem', description: 'RFC 9457 problem details' });
export type Problem = z.infer<typeof Problem>;

export const Id = z.uuid({ message: 'must be an id (UUID)' });
export const IdParams = z.object({ id: Id });

/**
 * A decimal carried as a string ("19.99"); never a JSON number, so no float ever touches money.
 * `scale` is the most digits allowed after the point.
 */
export function decimalString(opts: { scale: number; min?: 'positive' | 'non-negative'; max?: number }) {
  return z
    .string({ message: 'must be a decimal number written as a string, e.g. "19.99"' })
    .trim()
    .regex(/^-?\d{1,18}(\.\d+)?$/, 'must be a decimal number written as a string, e.g. "19.99"')
    .superRefine((v, ctx) => {
      if (!/^-?\d{1,18}(\.\d+)?$/.test(v)) return; // the format error above says it all
      const dot = v.indexOf('.');
      const scale = dot < 0 ? 0 : v.length - dot - 1;
      if (scale > opts.scale)
        ctx.addIssue({ code: 'custom', message: `must have at most ${opts.scale} decimal places` });
      const n = Number(v);
      if (opts.min === 'positive' && !(n > 0))
        ctx.addIssue({ code: 'custom', message: 'must be greater than 0' });
      if (opts.min === 'non-negative' && n < 0)
        ctx.addIssue({ code: 'custom', message: 'must not be negative' });
      if (opts.max !== undefined && n > opts.max)
        ctx.addIssue({ code: 'custom', message: `must be at most ${opts.max}` });
    });
}

export const Percent = decimalString({ scale: 4, min: 'non-negative', max: 100 });
export const IsoDate = z.iso.date({ message: 'must be a date as YYYY-MM-DD' });
export const CurrencyCode = z
  .string()
  .trim()
  .regex(/^[A-Z]{3}$/, 'must be an ISO 4217 code of three capital letters, e.g. "USD"');
export const CountryCode = z
  .string()
  .trim()
  .regex(/^[A-Z]{2}$/, 'must be an ISO 3166-1 alpha-2 country code, e.g. "US"');

export const text = (max: number) => z.string().trim().max(max, `must be at most ${max} characters`);
export const requiredText = (max: number) => text(max).min(1, 'is required');

/** Dates travel as ISO 8601 strings. */
export const Timestamp = z.iso.datetime({ offset: true });
/** An instant: an ISO 8601 string on the wire, a Date in code (server and web decode it alike). */
export const dateOut = z.codec(z.iso.datetime({ offset: true }), z.date(), {
  decode: (s) => new Date(s),
  encode: (d) => d.toISOString(),
});

/** Why a draft came back from approval (purchase orders, requisitions); null once it is submitted again. */
export const Returned = z
  .object({
    kind: z.enum(RETURN_KINDS),
    reason: z.string().nullable(),
    byUserId: Id.nullable(),
    byName: z.string().nullable(),
    at: dateOut,
  })
  .meta({ id: 'Returned' });
export type Returned = z.output<typeof Returned>;

export const PageQuery = z.object({
  limit: z.coerce.number().int().min(1, 'must be at least 1').max(200, 'must be at most 200').default(50),
  cursor: z.string().max(500).optional(),
});

export function pageOf<T extends z.ZodType>(item: T) {
  return z.object({ items: z.array(item), nextCursor: z.string().nullable() });
}

/**
 * A query parameter naming one value of a closed list or several, comma-separated
 * (`?status=matched,exception`): the values as an array, each checked against the list.
 */
export function commaSeparated<const T extends readonly [string, ...string[]]>(values: T, max = 10) {
  return z
    .string()
    .trim()
    .transform((s) =>
      s
        .split(',')
        .map((x) => x.trim())
        .filter(Boolean),
    )
    .pipe(z.array(z.enum(values, { message: `must be among ${values.join(', ')}` })).max(max));
}

export const booleanQuery = z.enum(['true', 'false']).transform((v) => v === 'true');

/** What a CSV import reports when every row was valid and written. */
export const ImportResult = z.object({
  created: z.number().int(),
  updated: z
    .number()
    .int()
    .meta({ description: 'Rows that changed a record; an unchanged row changes nothing' }),
  file: z
    .discriminatedUnion('format', [
      z.object({
        format: z.literal('csv'),
        encoding: z.enum(['UTF-8', 'UTF-16', 'Windows-1252']),
        delimiter: z.enum(['comma', 'semicolon', 'tab']),
      }),
      z.object({ format: z.literal('xlsx'), sheet: z.string() }),
    ])
    .meta({
      description: 'How the file was read: a CSV file by its encoding and delimiter, a workbook by its sheet',
    }),
});

/** Adds "at most `digits` digits before the point" to a decimal string, so it fits its numeric column. */
export function bounded<T extends z.ZodType<string, string>>(schema: T, digits: number) {
  return schema.refine(
    (v) => (v.replace(/^-/, '').split('.')[0] ?? '').replace(/^0+(?=\d)/, '').length <= digits,
    `must have at most ${digits} digits before the decimal point`,
  );
}
