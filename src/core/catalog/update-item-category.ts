import type { Actor } from '../shared/actor';
import { diff, recordAudit } from '../shared/audit';
import type { Ctx } from '../shared/context';
import { AppError, isUniqueViolation } from '../shared/errors';
import { assertVersion } from '../shared/versioning';
import { type CreateItemCategoryInput, categoryCodeTaken } from './create-item-category';
import { CATEGORY_AUDITED_FIELDS, type ItemCategory, toItemCategory } from './item-category';
import * as repo from './repository';
import { assertCategoryParent } from './validate-references';

export type UpdateItemCategoryInput = Partial<CreateItemCategoryInput>;

/** Renames, moves or (de)activates a category. Categories are never deleted. */
export async function updateItemCategory(
  ctx: Ctx,
  opts: { actor: Actor; id: string; version: number; input: UpdateItemCategoryInput },
): Promise<ItemCategory> {
  const { input } = opts;
  const patch: Partial<repo.CategoryInsert> = {};
  if (input.code !== undefined) patch.code = input.code.trim();
  if (input.name !== undefined) patch.name = input.name.trim();
  if (input.parentId !== undefined) patch.parentId = input.parentId;
  if (input.inspectionRequired !== undefined) patch.inspectionRequired = input.inspectionRequired;
  if (input.active !== undefined) patch.active = input.active;
  try {
    return await ctx.db.transaction(async (tx) => {
      if (input.parentId) await repo.lockTree(tx, 'item_categories');
      const row = await repo.findCategoryById(tx, opts.id, { forUpdate: true });
      if (!row) throw AppError.notFound('Item category', opts.id);
      assertVersion(row.version, opts.version);
      const before = toItemCategory(row);
      if (Object.keys(diff(before, { ...before, ...patch }, CATEGORY_AUDITED_FIELDS)).length === 0)
        return before;
      await assertCategoryParent(tx, { id: opts.id, parentId: input.parentId, before: before.parentId });
      const updated = await repo.updateCategory(tx, opts.id, opts.version, {
        ...patch,
        updatedAt: ctx.clock.now(),
      });
      if (!updated) throw AppError.conflict('The item category changed while saving; reload and try again.');
      const category = toItemCategory(updated);
      await recordAudit(tx, ctx.clock, {
        actor: opts.actor,
        entityType: 'item_category',
        entityId: category.id,
        action: 'update',
        changes: diff(before, category, CATEGORY_AUDITED_FIELDS),
      });
      return category;
    });
  } catch (err) {
    if (isUniqueViolation(err)) throw categoryCodeTaken(input.code?.trim() ?? '');
    throw err;
  }
}
