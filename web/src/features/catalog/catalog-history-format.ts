import type { ReactNode } from 'react';
import { formatDecimal, formatPercent } from '@/lib/format';

/** Labels of an item's fields in its history, in the order they are listed. */
export const ITEM_FIELD_LABELS: Record<string, string> = {
  sku: 'SKU',
  name: 'Name',
  description: 'Description',
  categoryId: 'Category',
  unitCode: 'Unit',
  defaultTaxRate: 'Default tax rate',
  inspectionRequired: 'Inspection required',
  active: 'Active',
};

/** How an item field's value reads in the history; undefined leaves the timeline's default. */
export function formatItemHistoryValue(
  field: string,
  value: unknown,
  categoryName: (id: string) => string,
): ReactNode {
  if (value === null || value === undefined) return undefined;
  if (field === 'categoryId' && typeof value === 'string') return categoryName(value);
  if (field === 'defaultTaxRate' && typeof value === 'string') return formatPercent(value);
  return undefined;
}

/** Labels of a unit's fields in its history. */
export const UNIT_FIELD_LABELS: Record<string, string> = {
  code: 'Code',
  name: 'Name',
  decimals: 'Decimals',
  baseUnitCode: 'Base unit',
  factor: 'Factor',
};

export function formatUnitHistoryValue(field: string, value: unknown): ReactNode {
  if (field === 'factor' && typeof value === 'string') return formatDecimal(value);
  return undefined;
}
