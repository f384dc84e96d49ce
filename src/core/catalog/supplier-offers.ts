import type { Ctx } from '../shared/context';
import { AppError } from '../shared/errors';
import { toPriceListEntry } from './price-list-entry';
import * as repo from './repository';
import { bestPrice } from './rules';

/** A supplier's best price-list price for an item, in one currency. */
export type SupplierOffer = {
  supplierId: string;
  currency: string;
  unitPrice: string;
  leadTimeDays: number;
  supplierPartNumber: string | null;
};

/**
 * Every supplier's best valid price for `quantity` of the item on `date`, one per supplier and
 * currency (bestPrice within each): the candidates when a supplier is chosen for the item. One
 * statement; an unknown item is a 404.
 */
export async function offersForItem(
  ctx: Ctx,
  opts: { itemId: string; quantity: string; date: string },
): Promise<SupplierOffer[]> {
  const item = await repo.findItemById(ctx.db, opts.itemId);
  if (!item) throw AppError.notFound('Item', opts.itemId);
  const rows = (await repo.priceCandidates(ctx.db, opts)).map(toPriceListEntry);
  const groups = new Map<string, typeof rows>();
  for (const r of rows) {
    const key = `${r.supplierId}|${r.currency}`;
    groups.set(key, [...(groups.get(key) ?? []), r]);
  }
  const offers: SupplierOffer[] = [];
  for (const entries of groups.values()) {
    const best = bestPrice(entries, {
      quantity: opts.quantity,
      date: opts.date,
      currency: entries[0]!.currency,
    });
    if (best)
      offers.push({
        supplierId: best.supplierId,
        currency: best.currency,
        unitPrice: best.unitPrice,
        leadTimeDays: best.leadTimeDays,
        supplierPartNumber: best.supplierPartNumber,
      });
  }
  return offers;
}
