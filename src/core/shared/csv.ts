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

/** How a file was read: what the import reports back, so a wrong guess is seen at once. */
export type CsvEncoding = 'UTF-8' | 'UTF-16' | 'Windows-1252';
export type CsvDelimiter = 'comma' | 'semicolon' | 'tab';
const DELIMITERS: Record<CsvDelimiter, string> = { comma: ',', semicolon: ';', tab: '\t' };

/** Windows-1252's 0x80–0x9F (the rest of its bytes are Latin-1's); null where it has no character. */
const CP1252_HIGH: (number | null)[] = [
  0x20ac,
  null,
  0x201a,
  0x0192,
  0x201e,
  0x2026,
  0x2020,
  0x2021,
  0x02c6,
  0x2030,
  0x0160,
  0x2039,
  0x0152,
  null,
  0x017d,
  null,
  null,
  0x2018,
  0x2019,
  0x201c,
  0x201d,
  0x2022,
  0x2013,
  0x2014,
  0x02dc,
  0x2122,
  0x0161,
  0x203a,
  0x0153,
  null,
  0x017e,
  0x0178,
];

function position(bytes: Uint8Array, index: number): string {
  let line = 1;
  let start = 0;
  for (let i = 0; i < index; i++) {
    if (bytes[i] === 0x0a) {
      line++;
      start = i + 1;
    }
  }
  return `line ${line}, column ${index - start + 1}`;
}

/**
 * The text of an uploaded CSV file: UTF-8 (with or without a byte-order mark), UTF-16 with its
 * byte-order mark (Excel's "Unicode text"), or else Windows-1252 (what Excel writes as "CSV" on a
 * Western European Windows). A byte no encoding can read is a 422 naming its line and column:
 * nothing is ever read as something else in silence.
 */
export function decodeCsvFile(bytes: Uint8Array): { text: string; encoding: CsvEncoding } {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) {
    return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'UTF-16' };
  }
  if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'UTF-16' };
  }
  const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  try {
    return {
      text: new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(bom ? 3 : 0)),
      encoding: 'UTF-8',
    };
  } catch {
    if (bom) {
      // Announced as UTF-8 but is not: name the first byte that breaks it.
      const at = firstInvalidUtf8(bytes, 3);
      throw AppError.field(
        position(bytes, at),
        'is not UTF-8, though the file starts with a UTF-8 byte-order mark',
      );
    }
  }
  let text = '';
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i]!;
    if (b < 0x80 || b > 0x9f) {
      text += String.fromCharCode(b);
      continue;
    }
    const code = CP1252_HIGH[b - 0x80];
    if (code === null || code === undefined) {
      throw AppError.field(
        position(bytes, i),
        `holds byte 0x${b.toString(16).toUpperCase()}, which is neither UTF-8 nor Windows-1252: save the file as "CSV UTF-8"`,
      );
    }
    text += String.fromCharCode(code);
  }
  return { text, encoding: 'Windows-1252' };
}

function firstInvalidUtf8(bytes: Uint8Array, from: number): number {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  let low = from;
  let high = bytes.length;
  // The longest prefix that decodes (allowing a character cut at its end) ends at the bad byte.
  while (low < high) {
    const mid = Math.ceil((low + high) / 2);
    try {
      decoder.decode(bytes.subarray(from, mid), { stream: true });
      low = mid;
    } catch {
      high = mid - 1;
    }
  }
  return low;
}

/**
 * The delimiter of a CSV text: of comma, semicolon (Excel in German, French … where the comma is
 * the decimal sign) and tab, the one its header row holds most of, outside quotes; a comma on a tie.
 */
export function detectDelimiter(text: string): CsvDelimiter {
  const counts: Record<CsvDelimiter, number> = { comma: 0, semicolon: 0, tab: 0 };
  let quoted = false;
  for (const ch of text.replace(/^\uFEFF/, '')) {
    if (ch === '"') quoted = !quoted;
    else if (!quoted && (ch === '\n' || ch === '\r')) break;
    else if (!quoted && ch === ',') counts.comma++;
    else if (!quoted && ch === ';') counts.semicolon++;
    else if (!quoted && ch === '\t') counts.tab++;
  }
  return (['comma', 'semicolon', 'tab'] as const).reduce(
    (best, d) => (counts[d] > counts[best] ? d : best),
    'comma',
  );
}

/** Parses CSV text with a header row. Throws a validation error naming missing or unknown columns. */
export function parseCsv(
  text: string,
  columns: { required: string[]; optional: string[] },
): { line: number; record: CsvRecord }[] {
  let records: string[][];
  try {
    records = parse(text.replace(/^\uFEFF/, ''), {
      delimiter: DELIMITERS[detectDelimiter(text)],
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
