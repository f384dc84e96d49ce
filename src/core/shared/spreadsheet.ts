import { stringify } from 'csv-stringify/sync';
import { Decimal } from 'decimal.js';
import readExcelFile from 'read-excel-file/node';
import writeXlsxFile, { type Cell, type Row } from 'write-excel-file/node';
import { escapeCell } from './csv';
import { AppError } from './errors';

/**
 * The files an import reads and its export writes, in both formats a spreadsheet user meets: CSV
 * (UTF-8 with a byte-order mark, CRLF) and Excel (.xlsx). The columns are the import's own, each
 * with its kind, so the workbook has codes and postcodes as text (a leading zero stays), dates as
 * dates, amounts and rates as numbers and yes/no as booleans; and a workbook read back gives the
 * import the same text a CSV of the same data would, so an export imports back unchanged either way.
 */
export type SheetColumnKind = 'text' | 'decimal' | 'integer' | 'date' | 'boolean';

export type SheetValue = string | number | boolean | null | undefined;

export type ImportSheet = {
  columns: { name: string; kind: SheetColumnKind; width?: number }[];
  rows: Record<string, SheetValue>[];
};

export const XLSX_MEDIA_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export type SheetFormat = 'csv' | 'xlsx';

/** A ZIP file (an .xlsx workbook is one): it starts with the local file header "PK\x03\x04". */
export function isZipFile(bytes: Buffer): boolean {
  return bytes.length >= 4 && bytes.readUInt32BE(0) === 0x504b0304;
}

/** An import's columns with their kinds; a column not named is text. */
export function importSheet(
  columns: { required: string[]; optional: string[] },
  kinds: Partial<Record<string, SheetColumnKind>>,
  rows: Record<string, SheetValue>[],
): ImportSheet {
  return {
    columns: [...columns.required, ...columns.optional].map((name) => ({
      name,
      kind: kinds[name] ?? 'text',
    })),
    rows,
  };
}

/** CSV as the import reads it; a cell a spreadsheet would run as a formula gets an apostrophe. */
export function sheetToCsv(sheet: ImportSheet): Buffer {
  const text = stringify(
    [
      sheet.columns.map((c) => c.name),
      ...sheet.rows.map((row) =>
        sheet.columns.map((c) => {
          const v = row[c.name];
          return v === null || v === undefined ? '' : escapeCell(String(v));
        }),
      ),
    ],
    { record_delimiter: 'windows' },
  );
  return Buffer.from(`\uFEFF${text}`, 'utf8');
}

/** Decimals of a decimal string ("0.085" → 3). */
const decimalsOf = (value: string) => value.split('.')[1]?.length ?? 0;

function xlsxCell(kind: SheetColumnKind, value: SheetValue): Cell {
  if (value === null || value === undefined || value === '') return null;
  switch (kind) {
    case 'decimal': {
      // Shown with the decimals it has (0.085 stays 0.085), at least two for an amount-like value.
      const text = String(value);
      const decimals = decimalsOf(text);
      return {
        type: Number,
        value: Number(text),
        format: decimals === 0 ? '0' : `0.${'0'.repeat(decimals)}`,
      };
    }
    case 'integer':
      return { type: Number, value: Number(value), format: '0' };
    case 'date':
      return { type: Date, value: new Date(`${String(value)}T00:00:00Z`), format: 'yyyy-mm-dd' };
    case 'boolean':
      return { type: Boolean, value: value === true || value === 'true' };
    default:
      return { type: String, value: String(value) };
  }
}

export async function sheetToXlsx(sheet: ImportSheet, name: string): Promise<Buffer> {
  const header: Row = sheet.columns.map((c) => ({ value: c.name, fontWeight: 'bold' }));
  const data: Row[] = [
    header,
    ...sheet.rows.map((row) => sheet.columns.map((c) => xlsxCell(c.kind, row[c.name]))),
  ];
  return writeXlsxFile(data, {
    sheet: name,
    stickyRowsCount: 1,
    columns: sheet.columns.map((c) => ({ width: c.width ?? Math.max(12, c.name.length + 2) })),
  }).toBuffer();
}

/** A number as the text an import reads: what the cell holds, to Excel's 15 significant digits. */
function numberText(written: string): string {
  const value = new Decimal(written);
  return (value.precision() > 15 ? value.toSignificantDigits(15) : value).toFixed();
}

function cellText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  if (value instanceof Decimal) return numberText(value.toString());
  return escapeCell(String(value));
}

/**
 * The first sheet of a workbook as the CSV an import reads: numbers exactly as the cell holds
 * them, dates as YYYY-MM-DD, yes/no as true/false, a formula as the value it shows. Row numbers stay
 * those of the sheet (the header is line 1), so a bad row is found where the user looks for it.
 */
export async function xlsxToCsv(bytes: Buffer): Promise<{ csv: string; sheet: string }> {
  let rows: unknown[][];
  let sheet: string;
  try {
    const [first] = await readExcelFile(bytes, {
      trim: false,
      parseNumber: (written: string) => new Decimal(written),
    });
    if (!first) throw new Error('it has no sheet');
    rows = first.data;
    sheet = first.sheet;
  } catch (err) {
    throw AppError.field(
      'file',
      `is not an Excel workbook (.xlsx) that can be read: ${(err as Error).message}`,
    );
  }
  const csv = stringify(rows.map((row) => row.map(cellText)));
  return { csv, sheet };
}
