import { stringify } from 'csv-stringify/sync';
import writeXlsxFile, { type Cell, type Row } from 'write-excel-file/node';

/**
 * Lists as files a spreadsheet opens with the right types: CSV (UTF-8 with a byte-order mark, so
 * Excel reads accents and symbols; comma-separated, CRLF) and Excel (.xlsx, with real dates and
 * numbers, a bold header row that stays in view). Every export of a list goes through here.
 */
export const EXPORT_FORMATS = ['csv', 'xlsx'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export type ExportColumn<T> = {
  header: string;
  /** text; date (YYYY-MM-DD); datetime (a Date); amount (a decimal string); count (a whole number). */
  kind: 'text' | 'date' | 'datetime' | 'amount' | 'quantity' | 'count';
  value: (row: T) => string | number | Date | null | undefined;
  /** Width in characters in the workbook. */
  width?: number;
};

export type ExportFile = { body: Buffer; contentType: string; extension: ExportFormat };

/**
 * A cell a spreadsheet would run as a formula (`=`, `+`, `-`, `@`, or a tab or carriage return
 * first) is written with a leading apostrophe: a supplier named "=HYPERLINK(…)" stays text.
 */
function defused(text: string): string {
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}

function csvValue<T>(column: ExportColumn<T>, row: T): string {
  const v = column.value(row);
  if (v === null || v === undefined) return '';
  if (v instanceof Date) return v.toISOString();
  if (column.kind === 'text') return defused(String(v));
  return String(v);
}

/** A decimal string as the number a spreadsheet stores (a double, as every spreadsheet holds numbers). */
function spreadsheetNumber(value: string | number): number {
  return typeof value === 'number' ? value : Number(value);
}

function xlsxCell<T>(column: ExportColumn<T>, row: T): Cell {
  const v = column.value(row);
  if (v === null || v === undefined || v === '') return null;
  switch (column.kind) {
    case 'date':
      return { type: Date, value: new Date(`${String(v)}T00:00:00Z`), format: 'yyyy-mm-dd' };
    case 'datetime':
      return { type: Date, value: v instanceof Date ? v : new Date(String(v)), format: 'yyyy-mm-dd hh:mm' };
    case 'amount':
      return { type: Number, value: spreadsheetNumber(v as string), format: '#,##0.00' };
    case 'count':
      return { type: Number, value: spreadsheetNumber(v as string), format: '0' };
    case 'quantity':
      // As many decimals as the quantity has (a unit's own precision), none for a whole number.
      return { type: Number, value: spreadsheetNumber(v as string) };
    default:
      return { type: String, value: String(v) };
  }
}

/**
 * A worksheet's name as Excel takes it: at most 31 characters, none of `[ ] : * ? / \`
 * (a longer one would make the file unwritable).
 */
export function worksheetName(name: string): string {
  return (
    name
      .replace(/[[\]:*?/\\]/g, ' ')
      .slice(0, 31)
      .trim() || 'Sheet1'
  );
}

export async function exportTable<T>(opts: {
  rows: T[];
  columns: ExportColumn<T>[];
  format: ExportFormat;
  sheet: string;
}): Promise<ExportFile> {
  if (opts.format === 'csv') {
    const text = stringify(
      [opts.columns.map((c) => c.header), ...opts.rows.map((r) => opts.columns.map((c) => csvValue(c, r)))],
      { record_delimiter: 'windows' },
    );
    return {
      body: Buffer.from(`\uFEFF${text}`, 'utf8'),
      contentType: 'text/csv; charset=utf-8',
      extension: 'csv',
    };
  }
  const header: Row = opts.columns.map((c) => ({ value: c.header, fontWeight: 'bold' }));
  const data: Row[] = [header, ...opts.rows.map((r) => opts.columns.map((c) => xlsxCell(c, r)))];
  const body = await writeXlsxFile(data, {
    sheet: worksheetName(opts.sheet),
    stickyRowsCount: 1,
    columns: opts.columns.map((c) => ({ width: c.width ?? Math.max(10, c.header.length + 2) })),
  }).toBuffer();
  return {
    body,
    contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    extension: 'xlsx',
  };
}
