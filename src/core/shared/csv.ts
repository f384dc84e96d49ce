import { parse } from 'csv-parse/sync';
import { stringify } from 'csv-stringify/sync';
import type { z } from 'zod';
import { AppError } from './errors';

/**
 * CSV import and export shared by every list that offers them. An import validates every row
 * first; if any row is bad nothing is imported and every bad row comes back with its line number
 * (the header is line 1) and reason.
 */
export type CsvRowError = { line: number; column?: string; message: string };

export const MAX_IMPORT_ROWS = 50_000;

export class CsvImportError extends AppError {
  constructor(public readonly rows: CsvRowError[]) {
    super(
      'validation',
      `${rows.length} row${rows.length === 1 ? '' : 's'} of the file ${rows.length === 1 ? 'is' : 'are'} invalid; nothing was imported.`,
      {
        errors: rows.map((r) => ({
          path: `line ${r.line}${r.column ? `.${r.column}` : ''}`,
          message: r.message,
        })),
      },
    );
  }
}

export type CsvRecord = Record<string, string>;

/** Parses CSV text with a header row. Throws a validation error naming missing or unknown columns. */
export function parseCsv(
  text: string,
  columns: { required: string[]; optional: string[] },
): { line: number; record: CsvRecord }[] {
  let records: string[][];
  try {
    records = parse(text.replace(/^\uFEFF/, ''), {
      skip_empty_lines: true,
      relax_column_count: true,
      trim: true,
    });
  } catch (err) {
    throw AppError.field('file', `is not valid CSV: ${(err as Error).message}`);
  }
  if (records.length === 0)
    throw AppError.field('file', 'is empty: expected a header row and at least one data row');
  const header = records[0]!.map((h) => h.trim());
  const known = new Set([...columns.required, ...columns.optional]);
  const missing = columns.required.filter((c) => !header.includes(c));
  const unknown = header.filter((h) => !known.has(h));
  if (missing.length > 0 || unknown.length > 0) {
    const parts = [];
    if (missing.length) parts.push(`missing column${missing.length > 1 ? 's' : ''} ${missing.join(', ')}`);
    if (unknown.length) parts.push(`unknown column${unknown.length > 1 ? 's' : ''} ${unknown.join(', ')}`);
    throw AppError.field(
      'file',
      `header row: ${parts.join('; ')} (expected: ${[...columns.required, ...columns.optional].join(', ')})`,
    );
  }
  if (records.length - 1 > MAX_IMPORT_ROWS)
    throw AppError.field('file', `has more than ${MAX_IMPORT_ROWS} rows; split it`);
  if (records.length === 1) throw AppError.field('file', 'has a header row but no data rows');
  return records.slice(1).map((cells, i) => {
    const record: CsvRecord = {};
    header.forEach((h, j) => {
      record[h] = unescapeCell(cells[j] ?? '');
    });
    return { line: i + 2, record };
  });
}

/** Validates one parsed row with a Zod schema, adding each issue to `errors` with the line number. */
export function validateRow<T extends z.ZodType>(
  schema: T,
  line: number,
  record: unknown,
  errors: CsvRowError[],
): z.output<T> | undefined {
  const result = schema.safeParse(record);
  if (result.success) return result.data;
  for (const issue of result.error.issues) {
    errors.push({
      line,
      column: issue.path.length ? issue.path.join('.') : undefined,
      message: issue.message,
    });
  }
  return undefined;
}

/**
 * A cell a spreadsheet would evaluate (OWASP, CSV injection): one starting with =, +, @, a tab, a
 * carriage return or a line feed, or with - unless the whole cell is a plain negative number
 * ("-2+3+cmd|…" and "-.5+…" are formulas; "-5.50" is a number). It is written with a leading
 * apostrophe; `unescapeCell` takes it off again on import, so exports round-trip.
 */
const FORMULA_START = /^[=+@\t\r\n]/;
const PLAIN_NEGATIVE = /^-(?:\d+(?:\.\d+)?|\.\d+)(?:[eE][+-]?\d+)?$/;

function evaluated(value: string): boolean {
  return FORMULA_START.test(value) || (value.startsWith('-') && !PLAIN_NEGATIVE.test(value));
}

export function escapeCell(value: string): string {
  return evaluated(value) ? `'${value}` : value;
}

export function unescapeCell(value: string): string {
  return value.startsWith("'") && evaluated(value.slice(1)) ? value.slice(1) : value;
}

export function toCsv(
  columns: string[],
  rows: Record<string, string | number | boolean | null | undefined>[],
): string {
  return stringify(
    rows.map((r) =>
      columns.map((c) => (r[c] === null || r[c] === undefined ? '' : escapeCell(String(r[c])))),
    ),
    { header: true, columns },
  );
}
