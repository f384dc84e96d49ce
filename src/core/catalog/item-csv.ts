import { z } from 'zod';
import { ITEM_IMPORT_COLUMNS } from '../../domain/import-columns';
import { TAX_CATEGORIES } from '../../domain/tax-categories';
import type { SheetColumnKind } from '../shared/spreadsheet';
import { booleanCell, codeCell, decimalCell, nullableCell, optionalCell, requiredCell } from './csv-fields';

/**
 * The CSV shape of an item, shared by import and export so an export imports back unchanged. The
 * category is named by its code, the unit by its code. A known SKU updates the item; a column left
 * out of the file leaves that field as it is.
 */
export const ITEM_CSV_COLUMNS = ITEM_IMPORT_COLUMNS;

/** What the columns hold in a workbook (the rest are text). */
export const ITEM_COLUMN_KINDS: Partial<Record<string, SheetColumnKind>> = {
  defaultTaxRate: 'decimal',
  inspectionRequired: 'boolean',
  service: 'boolean',
  active: 'boolean',
};

export const ItemCsvRow = z.object({
  sku: requiredCell(64).regex(/^[^\s\p{Cc}]+$/u, 'must not contain spaces or control characters'),
  name: requiredCell(200),
  categoryCode: codeCell(30),
  unitCode: requiredCell(20),
  description: z.string().trim().max(2000, 'must be at most 2000 characters').optional(),
  defaultTaxRate: optionalCell(decimalCell({ scale: 4, digits: 3, min: 'non-negative', max: 100 })),
  /** A blank cell clears it (the rate decides: above 0 standard, 0 zero-rated). */
  defaultTaxCategory: nullableCell(
    z.preprocess(
      (v) => (typeof v === 'string' ? v.trim().toUpperCase() : v),
      z.enum(TAX_CATEGORIES, { message: `must be a tax category: ${TAX_CATEGORIES.join(', ')}` }),
    ),
  ),
  inspectionRequired: optionalCell(booleanCell),
  service: optionalCell(booleanCell),
  active: optionalCell(booleanCell),
});
export type ItemCsvRow = z.output<typeof ItemCsvRow>;
