import {
  type CreateItemCategoryInput,
  type CreateItemInput,
  type CreatePriceListEntryInput,
  type CreateUnitInput,
  createItem,
  createItemCategory,
  createPriceListEntry,
  createUnit,
  type Item,
  type ItemCategory,
  type PriceListEntry,
  type Unit,
} from '../core/catalog';
import { SYSTEM_ACTOR } from '../core/identity';
import { isoDate } from '../core/shared/clock';
import type { Ctx } from '../core/shared/context';
import { seedSupplier } from './factories';

/**
 * Catalog seed helpers: valid records through the real use cases (rules and audit apply), with
 * unique codes and sensible defaults. Missing references (category, unit, supplier, item) are
 * seeded on the way, so `seedPriceListEntry(ctx)` alone gives a complete, priced item.
 */
let seq = 0;
const next = () => ++seq;
const tag = () => `${String(next()).padStart(4, '0')}${Math.random().toString(36).slice(2, 6)}`;

export async function seedCategory(
  ctx: Ctx,
  input: Partial<CreateItemCategoryInput> = {},
): Promise<ItemCategory> {
  const t = tag();
  return createItemCategory(ctx, {
    actor: SYSTEM_ACTOR,
    input: {
      code: input.code ?? `CAT${t}`,
      name: input.name ?? `Category ${t}`,
      parentId: input.parentId ?? null,
      inspectionRequired: input.inspectionRequired ?? false,
      active: input.active ?? true,
    },
  });
}

export async function seedUnit(ctx: Ctx, input: Partial<CreateUnitInput> = {}): Promise<Unit> {
  const t = tag();
  return createUnit(ctx, {
    actor: SYSTEM_ACTOR,
    input: {
      code: input.code ?? `u${t}`,
      name: input.name ?? `Unit ${t}`,
      decimals: input.decimals ?? 0,
      baseUnitCode: input.baseUnitCode ?? null,
      factor: input.factor ?? '1',
      uneceCode: input.uneceCode === undefined ? 'C62' : input.uneceCode,
    },
  });
}

export async function seedItem(ctx: Ctx, input: Partial<CreateItemInput> = {}): Promise<Item> {
  const t = tag();
  const categoryId = input.categoryId ?? (await seedCategory(ctx)).id;
  const unitCode = input.unitCode ?? (await seedUnit(ctx)).code;
  return createItem(ctx, {
    actor: SYSTEM_ACTOR,
    input: {
      sku: input.sku ?? `SKU-${t}`,
      name: input.name ?? `Item ${t}`,
      description: input.description ?? '',
      categoryId,
      unitCode,
      defaultTaxRate: input.defaultTaxRate ?? '0',
      defaultTaxCategory: input.defaultTaxCategory ?? null,
      inspectionRequired: input.inspectionRequired ?? false,
      service: input.service ?? false,
      active: input.active ?? true,
    },
  });
}

export async function seedPriceListEntry(
  ctx: Ctx,
  input: Partial<CreatePriceListEntryInput> = {},
): Promise<PriceListEntry> {
  const supplierId = input.supplierId ?? (await seedSupplier(ctx)).id;
  const itemId = input.itemId ?? (await seedItem(ctx)).id;
  return createPriceListEntry(ctx, {
    actor: SYSTEM_ACTOR,
    input: {
      supplierId,
      itemId,
      supplierPartNumber: input.supplierPartNumber ?? null,
      currency: input.currency ?? 'USD',
      minQuantity: input.minQuantity ?? '0',
      unitPrice: input.unitPrice ?? '10.00',
      validFrom: input.validFrom ?? isoDate(ctx.clock.now()),
      validTo: input.validTo ?? null,
      leadTimeDays: input.leadTimeDays ?? 7,
    },
  });
}
