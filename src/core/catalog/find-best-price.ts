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
type PriceQuery = { supplierId: string; itemId: string; quantity: string; date: string; currency?: string };

async function lookUp(ctx: Ctx, opts: PriceQuery) {
  const [supplier] = await repo.findSuppliersByIds(ctx.db, [opts.supplierId]);
  if (!supplier) throw AppError.notFound('Supplier', opts.supplierId);
  const item = await repo.findItemById(ctx.db, opts.itemId);
  if (!item) throw AppError.notFound('Item', opts.itemId);
  const candidates = (await repo.priceCandidates(ctx.db, opts)).map(toPriceListEntry);
  const entry = bestPrice(candidates, { quantity: opts.quantity, date: opts.date, currency: opts.currency });
  const found: BestPrice | null = entry
    ? { entry, unitPrice: entry.unitPrice, currency: entry.currency, leadTimeDays: entry.leadTimeDays }
    : null;
  return { supplier, item, found };
}

export async function findBestPrice(ctx: Ctx, opts: PriceQuery): Promise<BestPrice | null> {
  return (await lookUp(ctx, opts)).found;
}

/** As findBestPrice, but "no price applies" is a not-found that says, by supplier code and SKU, why. */
export async function requireBestPrice(ctx: Ctx, opts: PriceQuery): Promise<BestPrice> {
  const { supplier, item, found } = await lookUp(ctx, opts);
  if (found) return found;
  throw new AppError(
    'not_found',
    `No valid price: ${supplier.code} has no ${opts.currency ? `${opts.currency} ` : ''}price for ${item.sku} ` +
      `that is valid on ${opts.date} for quantity ${opts.quantity}${opts.currency ? '' : ' in a single currency'}.`,
    { meta: { reason: 'no_valid_price' } },
  );
}
