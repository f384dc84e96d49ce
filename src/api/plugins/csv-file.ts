import type { FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { detectDelimiter } from '../../core/shared/csv';
import {
  type ImportSheet,
  type SheetFormat,
  sheetToCsv,
  sheetToXlsx,
  XLSX_MEDIA_TYPE,
} from '../../core/shared/spreadsheet';

/** An import's answer with how its file was read: a CSV's encoding and delimiter, a workbook's sheet. */
export function withFileReport<T extends object>(request: FastifyRequest, result: T) {
  return {
    ...result,
    file: request.importedSheet
      ? { format: 'xlsx' as const, sheet: request.importedSheet }
      : {
          format: 'csv' as const,
          encoding: request.csvEncoding ?? 'UTF-8',
          delimiter: detectDelimiter(typeof request.body === 'string' ? request.body : ''),
        },
  };
}

/** The media types an import takes, for the API description. */
export const IMPORT_MEDIA_TYPES = ['text/csv', XLSX_MEDIA_TYPE];

/** What a UBL document upload may be labelled. */
export const XML_MEDIA_TYPES = ['application/xml', 'text/xml'];

/** An import-shaped export's answer: CSV or a workbook, as `?format=` asks. */
export const importableResponse = {
  description: 'The rows in the columns the import accepts: CSV with a header row, or an Excel workbook',
  content: {
    'text/csv': { schema: z.string() },
    [XLSX_MEDIA_TYPE]: { schema: z.string().meta({ format: 'binary' }) },
  },
};

/** Sends an import-shaped export as `<stem>.csv` or `<stem>.xlsx`. */
export async function sendSheet(reply: FastifyReply, stem: string, sheet: ImportSheet, format: SheetFormat) {
  const [body, type] =
    format === 'xlsx'
      ? [await sheetToXlsx(sheet, stem), XLSX_MEDIA_TYPE]
      : [sheetToCsv(sheet), 'text/csv; charset=utf-8'];
  return reply
    .type(type)
    .header('content-disposition', `attachment; filename="${stem}.${format}"`)
    .send(body);
}
