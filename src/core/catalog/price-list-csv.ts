import { z } from 'zod';
import { PRICE_LIST_IMPORT_COLUMNS } from '../../domain/import-columns';
import type { SheetColumnKind } from '../shared/spreadsheet';
import {
  codeCell,
  currencyCell,
  decimalCell,
  isoDateCell,
  nullableCell,
  optionalCell,
  requiredCell,
  wholeNumberCell,
} from './csv-fields';

/**
 * The CSV shape of a price list entry, shared by import and export. The supplier is named by its
 * code and the item by its SKU. A row whose supplier, SKU, currency, minQuantity and validFrom match
 * an existing entry updates it; otherwise it creates one. A blank validTo means open-ended.
 */
export const PRICE_LIST_CSV_COLUMNS = PRICE_LIST_IMPORT_COLUMNS;

/** What the columns hold in a workbook (the rest are text). */
export const PRICE_LIST_COLUMN_KINDS: Partial<Record<string, SheetColumnKind>> = {
  unitPrice: 'decimal',
  validFrom: 'date',
  minQuantity: 'decimal',
  validTo: 'date',
  leadTimeDays: 'integer',
};

export const PriceListCsvRow = z
  .object({
    supplierCode: codeCell(30),
    sku: requiredCell(64),
    currency: currencyCell,
    unitPrice: decimalCell({ scale: 6, digits: 14, min: 'non-negative' }),
    validFrom: isoDateCell,
    minQuantity: optionalCell(decimalCell({ scale: 6, digits: 12, min: 'non-negative' })),
    validTo: nullableCell(isoDateCell),
    leadTimeDays: optionalCell(wholeNumberCell(0, 3650)),
    supplierPartNumber: nullableCell(z.string().trim().max(100, 'must be at most 100 characters')),
  })
  .superRefine((row, ctx) => {
    if (row.validTo && row.validTo < row.validFrom) {
      ctx.addIssue({ code: 'custom', path: ['validTo'], message: 'must not be before validFrom' });
    }
  });
export type PriceListCsvRow = z.output<typeof PriceListCsvRow>;
