import type { Ctx } from '../shared/context';
import { AppError } from '../shared/errors';
import { decodeListCursor, type Page, pageOf } from '../shared/pagination';
import { type PriceListEntry, toPriceListEntry } from './price-list-entry';
import * as repo from './repository';

export async function getPriceListEntry(ctx: Ctx, opts: { id: string }): Promise<PriceListEntry> {
  const row = await repo.findPriceListEntryById(ctx.db, opts.id);
  if (!row) throw AppError.notFound('Price list entry', opts.id);
  return toPriceListEntry(row);
}

/** Entries in creation order; validOn keeps those valid on that date. */
export async function listPriceListEntries(
  ctx: Ctx,
  opts: { filter: repo.PriceListEntryFilter; limit: number; cursor?: string },
): Promise<Page<PriceListEntry>> {
  const c = decodeListCursor(opts.cursor, { k: 'none' });
  const rows = await repo.listPriceListEntries(ctx.db, opts.filter, c?.id, opts.limit + 1);
  return pageOf(rows.map(toPriceListEntry), opts.limit, (e) => ({ k: null, id: e.id }));
}
