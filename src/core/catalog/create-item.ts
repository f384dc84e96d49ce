import type { TaxCategory } from '../../domain/tax-categories';
import type { Actor } from '../shared/actor';
import { diff, recordAudit } from '../shared/audit';
import type { Ctx } from '../shared/context';
import { AppError, isUniqueViolation } from '../shared/errors';
import { newId } from '../shared/ids';
import { normalize } from '../shared/money';
import { assertItemTaxFits, ITEM_AUDITED_FIELDS, type Item, toItem } from './item';
import * as repo from './repository';
import { assertItemReferences } from './validate-references';

export type CreateItemInput = {
  sku: string;
  name: string;
  description?: string;
  categoryId: string;
  unitCode: string;
  defaultTaxRate?: string;
  defaultTaxCategory?: TaxCategory | null;
  inspectionRequired?: boolean;
  service?: boolean;
  active?: boolean;
};

export function skuTaken(sku: string): AppError {
  return new AppError('conflict', `SKU ${sku} is already in use.`, {
    errors: [{ path: 'sku', message: 'is already used by another item' }],
  });
}

export function itemRow(input: CreateItemInput, now: Date): repo.ItemInsert {
  return {
    id: newId(now.getTime()),
    sku: input.sku.trim(),
    name: input.name.trim(),
    description: input.description?.trim() ?? '',
    categoryId: input.categoryId,
    unitCode: input.unitCode,
    defaultTaxRate: normalize(input.defaultTaxRate ?? '0'),
    defaultTaxCategory: input.defaultTaxCategory ?? null,
    inspectionRequired: input.inspectionRequired ?? false,
    service: input.service ?? false,
    active: input.active ?? true,
    createdAt: now,
    updatedAt: now,
  };
}

export async function createItem(ctx: Ctx, opts: { actor: Actor; input: CreateItemInput }): Promise<Item> {
  assertItemTaxFits(opts.input.defaultTaxRate ?? '0', opts.input.defaultTaxCategory);
  await assertItemReferences(ctx.db, opts.input);
  try {
    return await ctx.db.transaction(async (tx) => {
      const item = toItem(await repo.insertItem(tx, itemRow(opts.input, ctx.clock.now())));
      await recordAudit(tx, ctx.clock, {
        actor: opts.actor,
        entityType: 'item',
        entityId: item.id,
        action: 'create',
        changes: diff(null, item, ITEM_AUDITED_FIELDS),
      });
      return item;
    });
  } catch (err) {
    if (isUniqueViolation(err)) throw skuTaken(opts.input.sku.trim());
    throw err;
  }
}
