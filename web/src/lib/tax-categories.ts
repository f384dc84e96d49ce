import type { I18n, MessageDescriptor } from '@lingui/core';
import { msg } from '@lingui/core/macro';
import { TAX_CATEGORIES, type TaxCategory } from '../../../src/domain/tax-categories';

export { defaultTaxCategory, TAX_CATEGORIES, type TaxCategory } from '../../../src/domain/tax-categories';

/** What each tax category means, for pickers and totals (the code itself is what documents carry). */
const NAMES: Record<TaxCategory, MessageDescriptor> = {
  S: msg`Standard rate`,
  Z: msg`Zero rate`,
  E: msg`Exempt`,
  AE: msg`Reverse charge`,
  K: msg`Intra-community supply`,
  G: msg({ message: `Export`, context: `tax category` }),
  O: msg`Not subject to tax`,
};

export function taxCategoryName(i18n: I18n, category: TaxCategory): string {
  return i18n._(NAMES[category]);
}

/** "AE — Reverse charge". */
export function taxCategoryLabel(i18n: I18n, category: TaxCategory): string {
  return `${category} — ${taxCategoryName(i18n, category)}`;
}

/** The categories as select options, "S — Standard rate" …, in the order of the code list. */
export function taxCategoryOptions(i18n: I18n): { value: TaxCategory; label: string }[] {
  return TAX_CATEGORIES.map((value) => ({ value, label: taxCategoryLabel(i18n, value) }));
}
