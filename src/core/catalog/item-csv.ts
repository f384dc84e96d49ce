import { z } from 'zod';
import { booleanCell, codeCell, decimalCell, optionalCell, requiredCell } from './csv-fields';

/**
 * The CSV shape of an item, shared by import and export so an export imports back unchanged. The
 * category is named by its code, the unit by its code. A known SKU updates the item; a column left
 * out of the file leaves that field as it is.
 */
export const ITEM_CSV_COLUMNS = {
  required: ['sku', 'name', 'categoryCode', 'unitCode'],
  optional: ['description', 'defaultTaxRate', 'inspectionRequired', 'active'],
};

export const ItemCsvRow = z.object({
  sku: requiredCell(64).regex(/^[^\s\p{Cc}]+$/u, 'must not contain spaces or control characters'),
  name: requiredCell(200),
  categoryCode: codeCell(30),
  unitCode: requiredCell(20),
  description: z.string().trim().max(2000, 'must be at most 2000 characters').optional(),
  defaultTaxRate: optionalCell(decimalCell({ scale: 4, digits: 3, min: 'non-negative', max: 100 })),
  inspectionRequired: optionalCell(booleanCell),
  active: optionalCell(booleanCell),
});
export type ItemCsvRow = z.output<typeof ItemCsvRow>;
