import type { Ctx } from '../shared/context';
import { AppError } from '../shared/errors';
import { type PriceListEntry, toPriceListEntry } from './price-list-entry';
import * as repo from './repository';
import { bestPrice } from './rules';

export type BestPrice = { entry: PriceListEntry; unitPrice: string; currency: string; leadTimeDays: number };

/**
 * The supplier's price for `quantity` of the item (in the item's unit) on `date`, per bestPrice;
 * null when no entry applies. An unknown supplier or item is not found, not "no price".
 */
export async function findBestPrice(
  ctx: Ctx,
  opts: { supplierId: string; itemId: string; quantity: string; date: string; currency?: string },
): Promise<BestPrice | null> {
  const [supplier] = await repo.findSuppliersByIds(ctx.db, [opts.supplierId]);
  if (!supplier) throw AppError.notFound('Supplier', opts.supplierId);
  if (!(await repo.findItemById(ctx.db, opts.itemId))) throw AppError.notFound('Item', opts.itemId);
  const candidates = (await repo.priceCandidates(ctx.db, opts)).map(toPriceListEntry);
  const entry = bestPrice(candidates, { quantity: opts.quantity, date: opts.date, currency: opts.currency });
  if (!entry) return null;
  return { entry, unitPrice: entry.unitPrice, currency: entry.currency, leadTimeDays: entry.leadTimeDays };
}
