import type { Db } from '../../db/client';
import type { Actor } from '../shared/actor';
import { diff, recordAudit } from '../shared/audit';
import type { Ctx } from '../shared/context';
import { AppError, isUniqueViolation } from '../shared/errors';
import { normalize } from '../shared/money';
import { assertVersion } from '../shared/versioning';
import { type CreateItemInput, skuTaken } from './create-item';
import { assertItemTaxFits, ITEM_AUDITED_FIELDS, type Item, toItem } from './item';
import * as repo from './repository';
import { assertItemReferences } from './validate-references';

export type UpdateItemInput = Partial<CreateItemInput>;

/** The fields of an update that are set, in stored form. */
export function itemPatch(input: UpdateItemInput): Partial<repo.ItemInsert> {
  const patch: Partial<repo.ItemInsert> = {};
  if (input.sku !== undefined) patch.sku = input.sku.trim();
  if (input.name !== undefined) patch.name = input.name.trim();
  if (input.description !== undefined) patch.description = input.description.trim();
  if (input.categoryId !== undefined) patch.categoryId = input.categoryId;
  if (input.unitCode !== undefined) patch.unitCode = input.unitCode;
  if (input.defaultTaxRate !== undefined) patch.defaultTaxRate = normalize(input.defaultTaxRate);
  if (input.defaultTaxCategory !== undefined) patch.defaultTaxCategory = input.defaultTaxCategory;
  if (input.inspectionRequired !== undefined) patch.inspectionRequired = input.inspectionRequired;
  if (input.service !== undefined) patch.service = input.service;
  if (input.active !== undefined) patch.active = input.active;
  return patch;
}

/** Prices are quoted per unit: an item that has prices keeps its unit. */
export async function assertUnitMayChange(db: Db, before: Item, unitCode: string | undefined): Promise<void> {
  if (unitCode === undefined || unitCode === before.unitCode) return;
  if ((await repo.itemsWithPriceListEntries(db, [before.id])).has(before.id)) {
    throw new AppError(
      'conflict',
      `Item ${before.sku} has price list entries in ${before.unitCode}; its unit cannot change.`,
      {
        errors: [
          {
            path: 'unitCode',
            message: `cannot change while price list entries quote this item per ${before.unitCode}`,
          },
        ],
      },
    );
  }
}

/** Edits an item; `active: false` deactivates it (items are never deleted). */
export async function updateItem(
  ctx: Ctx,
  opts: { actor: Actor; id: string; version: number; input: UpdateItemInput },
): Promise<Item> {
  const patch = itemPatch(opts.input);
  try {
    return await ctx.db.transaction(async (tx) => {
      const row = await repo.findItemById(tx, opts.id, { forUpdate: true });
      if (!row) throw AppError.notFound('Item', opts.id);
      assertVersion(row.version, opts.version);
      const before = toItem(row);
      if (Object.keys(diff(before, { ...before, ...patch } as Item, ITEM_AUDITED_FIELDS)).length === 0)
        return before;
      assertItemTaxFits(
        patch.defaultTaxRate ?? before.defaultTaxRate,
        patch.defaultTaxCategory === undefined ? before.defaultTaxCategory : patch.defaultTaxCategory,
      );
      await assertItemReferences(tx, opts.input, before);
      await assertUnitMayChange(tx, before, opts.input.unitCode);
      const updated = await repo.updateItem(tx, opts.id, opts.version, {
        ...patch,
        updatedAt: ctx.clock.now(),
      });
      if (!updated) throw AppError.conflict('The item changed while saving; reload and try again.');
      const item = toItem(updated);
      await recordAudit(tx, ctx.clock, {
        actor: opts.actor,
        entityType: 'item',
        entityId: item.id,
        action: 'update',
        changes: diff(before, item, ITEM_AUDITED_FIELDS),
      });
      return item;
    });
  } catch (err) {
    if (isUniqueViolation(err)) throw skuTaken(opts.input.sku?.trim() ?? '');
    throw err;
  }
}
