import type { Ctx } from '../shared/context';
import { AppError } from '../shared/errors';
import { decodeListCursor, type Page, pageOf } from '../shared/pagination';
import { type ItemCategory, toItemCategory } from './item-category';
import * as repo from './repository';

export async function getItemCategory(ctx: Ctx, opts: { id: string }): Promise<ItemCategory> {
  const row = await repo.findCategoryById(ctx.db, opts.id);
  if (!row) throw AppError.notFound('Item category', opts.id);
  return toItemCategory(row);
}

/** The categories with these ids (those that exist), in no particular order: one statement. */
export async function findItemCategoriesByIds(ctx: Ctx, opts: { ids: string[] }): Promise<ItemCategory[]> {
  return (await repo.findCategoriesByIds(ctx.db, [...new Set(opts.ids)])).map(toItemCategory);
}

/** The categories with these codes in any letter case (those that exist): one statement. */
export async function findItemCategoriesByCodes(
  ctx: Ctx,
  opts: { codes: string[] },
): Promise<ItemCategory[]> {
  return (await repo.findCategoriesByCodes(ctx.db, [...new Set(opts.codes)])).map(toItemCategory);
}

/** Categories in code order; q searches code and name. */
export async function listItemCategories(
  ctx: Ctx,
  opts: { filter: repo.CategoryFilter; limit: number; cursor?: string },
): Promise<Page<ItemCategory>> {
  const c = decodeListCursor(opts.cursor, { k: 'text' });
  const rows = await repo.listCategories(
    ctx.db,
    opts.filter,
    c ? { code: String(c.k), id: c.id } : undefined,
    opts.limit + 1,
  );
  return pageOf(rows.map(toItemCategory), opts.limit, (x) => ({ k: x.code, id: x.id }));
}
