import type { Actor } from '../shared/actor';
import { diff, recordAudit } from '../shared/audit';
import type { Ctx } from '../shared/context';
import { AppError, isUniqueViolation } from '../shared/errors';
import { newId } from '../shared/ids';
import { CATEGORY_AUDITED_FIELDS, type ItemCategory, toItemCategory } from './item-category';
import * as repo from './repository';
import { assertCategoryParent } from './validate-references';

export type CreateItemCategoryInput = {
  code: string;
  name: string;
  parentId?: string | null;
  inspectionRequired?: boolean;
  active?: boolean;
};

export function categoryCodeTaken(code: string): AppError {
  return new AppError('conflict', `Item category code ${code} is already in use.`, {
    errors: [{ path: 'code', message: 'is already used by another item category' }],
  });
}

export async function createItemCategory(
  ctx: Ctx,
  opts: { actor: Actor; input: CreateItemCategoryInput },
): Promise<ItemCategory> {
  const { input } = opts;
  await assertCategoryParent(ctx.db, { parentId: input.parentId });
  const now = ctx.clock.now();
  try {
    return await ctx.db.transaction(async (tx) => {
      const row = await repo.insertCategory(tx, {
        id: newId(now.getTime()),
        code: input.code.trim(),
        name: input.name.trim(),
        parentId: input.parentId ?? null,
        inspectionRequired: input.inspectionRequired ?? false,
        active: input.active ?? true,
        createdAt: now,
        updatedAt: now,
      });
      const category = toItemCategory(row);
      await recordAudit(tx, ctx.clock, {
        actor: opts.actor,
        entityType: 'item_category',
        entityId: category.id,
        action: 'create',
        changes: diff(null, category, CATEGORY_AUDITED_FIELDS),
      });
      return category;
    });
  } catch (err) {
    if (isUniqueViolation(err)) throw categoryCodeTaken(input.code.trim());
    throw err;
  }
}
