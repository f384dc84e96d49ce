import type { I18n, MessageDescriptor } from '@lingui/core';
import { msg } from '@lingui/core/macro';
import type { ReactNode } from 'react';
import { formatDecimal, formatPercent } from '@/lib/format';

/** Labels of an item's fields in its history, in the order they are listed. */
export const ITEM_FIELD_LABELS: Record<string, MessageDescriptor> = {
  sku: msg`SKU`,
  name: msg`Name`,
  description: msg`Description`,
  categoryId: msg`Category`,
  unitCode: msg`Unit`,
  defaultTaxRate: msg`Default tax rate`,
  inspectionRequired: msg`Inspection required`,
  service: msg`Service`,
  active: msg`Active`,
};

/** A field label map in the current language, for the history timeline (which takes text). */
export function fieldLabelsIn(i18n: I18n, labels: Record<string, MessageDescriptor>): Record<string, string> {
  return Object.fromEntries(Object.entries(labels).map(([field, label]) => [field, i18n._(label)]));
}

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
export const UNIT_FIELD_LABELS: Record<string, MessageDescriptor> = {
  code: msg`Code`,
  name: msg`Name`,
  decimals: msg`Decimals`,
  baseUnitCode: msg`Base unit`,
  factor: msg`Factor`,
};

export function formatUnitHistoryValue(field: string, value: unknown): ReactNode {
  if (field === 'factor' && typeof value === 'string') return formatDecimal(value);
  return undefined;
}
