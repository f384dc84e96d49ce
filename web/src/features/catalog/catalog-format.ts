import type { ItemCategory, Unit } from '@contracts/catalog';
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

/** Options of a category picker: active categories (and `keep`, even if inactive), by path. */
export function categoryOptions(categories: readonly ItemCategory[], keep?: string | null) {
  return categories
    .filter((c) => c.active || c.id === keep)
    .map((c) => ({
      value: c.id,
      label: `${categoryPath(categories, c.id)}${c.active ? '' : ' (inactive)'}`,
    }))
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
export function describeDecimals(decimals: number): string {
  if (decimals === 0) return 'Whole numbers only';
  return `Up to ${decimals} decimal ${decimals === 1 ? 'place' : 'places'} (e.g. 1.${'2500000'.slice(0, decimals)})`;
}
