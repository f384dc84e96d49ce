import type { Actor } from '../shared/actor';
import { diff, recordAudit } from '../shared/audit';
import type { Ctx } from '../shared/context';
import { AppError } from '../shared/errors';
import { normalize } from '../shared/money';
import { assertVersion } from '../shared/versioning';
import { assertKeyFree, assertValidPeriod, type CreatePriceListEntryInput } from './create-price-list-entry';
import { PRICE_AUDITED_FIELDS, type PriceListEntry, toPriceListEntry } from './price-list-entry';
import * as repo from './repository';
import { priceKey } from './rules';
import { assertPriceListReferences } from './validate-references';

/** Supplier and item are the entry's identity: to move a price, delete it and create another. */
export type UpdatePriceListEntryInput = Partial<Omit<CreatePriceListEntryInput, 'supplierId' | 'itemId'>>;

export function priceListEntryPatch(input: UpdatePriceListEntryInput): Partial<repo.PriceListEntryInsert> {
  const patch: Partial<repo.PriceListEntryInsert> = {};
  if (input.supplierPartNumber !== undefined)
    patch.supplierPartNumber = input.supplierPartNumber?.trim() || null;
  if (input.currency !== undefined) patch.currency = input.currency;
  if (input.minQuantity !== undefined) patch.minQuantity = normalize(input.minQuantity);
  if (input.unitPrice !== undefined) patch.unitPrice = normalize(input.unitPrice);
  if (input.validFrom !== undefined) patch.validFrom = input.validFrom;
  if (input.validTo !== undefined) patch.validTo = input.validTo;
  if (input.leadTimeDays !== undefined) patch.leadTimeDays = input.leadTimeDays;
  return patch;
}

export async function updatePriceListEntry(
  ctx: Ctx,
  opts: { actor: Actor; id: string; version: number; input: UpdatePriceListEntryInput },
): Promise<PriceListEntry> {
  const patch = priceListEntryPatch(opts.input);
  return ctx.db.transaction(async (tx) => {
    const row = await repo.findPriceListEntryById(tx, opts.id, { forUpdate: true });
    if (!row) throw AppError.notFound('Price list entry', opts.id);
    assertVersion(row.version, opts.version);
    const before = toPriceListEntry(row);
    const next = { ...before, ...patch } as PriceListEntry;
    if (Object.keys(diff(before, next, PRICE_AUDITED_FIELDS)).length === 0) return before;
    assertValidPeriod(next);
    await assertPriceListReferences(
      { ...ctx, db: tx },
      {
        supplierId: before.supplierId,
        itemId: before.itemId,
        currency: patch.currency,
        minQuantity: patch.minQuantity,
      },
      { isNew: false, beforeCurrency: before.currency },
    );
    if (priceKey(next) !== priceKey(before)) {
      await repo.lockSupplierItem(tx, before.supplierId, before.itemId);
      await assertKeyFree(tx, next, before.id);
    }
    const updated = await repo.updatePriceListEntry(tx, opts.id, opts.version, {
      ...patch,
      updatedAt: ctx.clock.now(),
    });
    if (!updated) throw AppError.conflict('The price list entry changed while saving; reload and try again.');
    const entry = toPriceListEntry(updated);
    await recordAudit(tx, ctx.clock, {
      actor: opts.actor,
      entityType: 'price_list_entry',
      entityId: entry.id,
      action: 'update',
      changes: diff(before, entry, PRICE_AUDITED_FIELDS),
    });
    return entry;
  });
}
