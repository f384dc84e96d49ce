import type { ItemCategory, Unit } from '@contracts/catalog';
import { i18n as globalI18n, type I18n } from '@lingui/core';
import { msg, plural } from '@lingui/core/macro';
import { formatDecimal } from '@/lib/format';

/** "Laboratory supplies › Glassware": a category with its ancestors, nearest last. */
export function categoryPath(categories: readonly ItemCategory[], id: string): string {
  const byId = new Map(categories.map((c) => [c.id, c]));
  const names: string[] = [];
  let current = byId.get(id);
  const seen = new Set<string>();
  while (current && !seen.has(current.id)) {
    seen.add(current.id);
    names.unshift(current.name);
    current = current.parentId ? byId.get(current.parentId) : undefined;
  }
  return names.length > 0 ? names.join(' › ') : id.slice(0, 8);
}

/** A category picker's label: the path, marked when the category is inactive. */
export function categoryOptionLabel(
  i18n: I18n,
  categories: readonly ItemCategory[],
  c: ItemCategory,
): string {
  const path = categoryPath(categories, c.id);
  return c.active ? path : i18n._(msg`${path} (inactive)`);
}

/**
 * Options of a category picker: active categories (and `keep`, even if inactive), by path.
 * `i18n` defaults to the app's instance (callers in other parts of the app pass none).
 */
export function categoryOptions(
  categories: readonly ItemCategory[],
  keep?: string | null,
  i18n: I18n = globalI18n,
) {
  return categories
    .filter((c) => c.active || c.id === keep)
    .map((c) => ({ value: c.id, label: categoryOptionLabel(i18n, categories, c) }))
    .sort((a, b) => a.label.localeCompare(b.label));
}

/** "1 BOX = 12 EA", or null for a unit that is its own base. */
export function describeUnitConversion(unit: {
  code: string;
  baseUnitCode: string | null;
  factor: string;
}): string | null {
  if (!unit.baseUnitCode) return null;
  return `1 ${unit.code} = ${formatDecimal(unit.factor)} ${unit.baseUnitCode}`;
}

export function unitLabel(unit: Unit): string {
  return `${unit.code} · ${unit.name}`;
}

/** "Whole numbers only", "Up to 3 decimal places (e.g. 1.250)". */
export function describeDecimals(i18n: I18n, decimals: number): string {
  if (decimals === 0) return i18n._(msg`Whole numbers only`);
  const example = formatDecimal(`1.${'2500000'.slice(0, decimals)}`, { minFractionDigits: decimals });
  return i18n._(
    msg({
      message: plural(decimals, {
        one: `Up to # decimal place (e.g. ${example})`,
        other: `Up to # decimal places (e.g. ${example})`,
      }),
    }),
  );
}
