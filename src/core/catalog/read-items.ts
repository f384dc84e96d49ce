import type { Ctx } from '../shared/context';
import { AppError } from '../shared/errors';
import { decodeListCursor, type Page, pageOf } from '../shared/pagination';
import { type Item, toItem } from './item';
import * as repo from './repository';

export async function getItem(ctx: Ctx, opts: { id: string }): Promise<Item> {
  const row = await repo.findItemById(ctx.db, opts.id);
  if (!row) throw AppError.notFound('Item', opts.id);
  return toItem(row);
}

/** Several items at once (e.g. the lines of an order); missing ids are simply absent from the map. */
export async function getItemsByIds(ctx: Ctx, opts: { ids: string[] }): Promise<Map<string, Item>> {
  const rows = await repo.findItemsByIds(ctx.db, [...new Set(opts.ids)]);
  return new Map(rows.map((r) => [r.id, toItem(r)]));
}

export async function findItemBySku(ctx: Ctx, opts: { sku: string }): Promise<Item | undefined> {
  const [row] = await repo.findItemsBySkus(ctx.db, [opts.sku]);
  return row ? toItem(row) : undefined;
}

/** Items in name order; q searches SKU, name and description regardless of case. */
export async function listItems(
  ctx: Ctx,
  opts: { filter: repo.ItemFilter; limit: number; cursor?: string },
): Promise<Page<Item>> {
  const c = decodeListCursor(opts.cursor, { k: 'text' });
  const rows = await repo.listItems(
    ctx.db,
    opts.filter,
    c ? { name: String(c.k), id: c.id } : undefined,
    opts.limit + 1,
  );
  return pageOf(rows.map(toItem), opts.limit, (i) => ({ k: i.name, id: i.id }));
}
