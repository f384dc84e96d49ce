import type { Db } from '../../db/client';
import type { Actor } from '../shared/actor';
import { diff, recordAudit } from '../shared/audit';
import type { Ctx } from '../shared/context';
import { AppError } from '../shared/errors';
import { newId } from '../shared/ids';
import { normalize } from '../shared/money';
import { PRICE_AUDITED_FIELDS, type PriceListEntry, toPriceListEntry } from './price-list-entry';
import * as repo from './repository';
import { validToBeforeValidFrom } from './rules';
import { assertPriceListReferences } from './validate-references';

export type CreatePriceListEntryInput = {
  supplierId: string;
  itemId: string;
  supplierPartNumber?: string | null;
  currency: string;
  minQuantity?: string;
  unitPrice: string;
  validFrom: string;
  validTo?: string | null;
  leadTimeDays?: number;
};

export function assertValidPeriod(e: { validFrom: string; validTo: string | null }): void {
  if (validToBeforeValidFrom(e))
    throw AppError.field('validTo', `must not be before validFrom (${e.validFrom})`);
}

/**
 * One entry per supplier, item, currency, quantity break and start date: a second one would make
 * the price ambiguous. Call with the supplier-item lock held.
 */
export async function assertKeyFree(
  db: Db,
  key: { supplierId: string; itemId: string; currency: string; minQuantity: string; validFrom: string },
  exceptId?: string,
): Promise<void> {
  const clash = (await repo.findPriceListEntriesWithKey(db, key)).find((e) => e.id !== exceptId);
  if (clash) {
    throw new AppError(
      'conflict',
      `The supplier already has a ${key.currency} price for this item from quantity ${normalize(key.minQuantity)} starting ${key.validFrom} (entry ${clash.id}).`,
      {
        errors: [
          {
            path: 'validFrom',
            message: 'an entry with this currency, quantity break and start date already exists',
          },
        ],
        meta: { existingId: clash.id },
      },
    );
  }
}

export function priceListEntryRow(input: CreatePriceListEntryInput, now: Date): repo.PriceListEntryInsert {
  return {
    id: newId(now.getTime()),
    supplierId: input.supplierId,
    itemId: input.itemId,
    supplierPartNumber: input.supplierPartNumber?.trim() || null,
    currency: input.currency,
    minQuantity: normalize(input.minQuantity ?? '0'),
    unitPrice: normalize(input.unitPrice),
    validFrom: input.validFrom,
    validTo: input.validTo ?? null,
    leadTimeDays: input.leadTimeDays ?? 0,
    createdAt: now,
    updatedAt: now,
  };
}

export async function createPriceListEntry(
  ctx: Ctx,
  opts: { actor: Actor; input: CreatePriceListEntryInput },
): Promise<PriceListEntry> {
  const row = priceListEntryRow(opts.input, ctx.clock.now());
  assertValidPeriod({ validFrom: row.validFrom, validTo: row.validTo ?? null });
  await assertPriceListReferences(ctx, { ...opts.input, minQuantity: row.minQuantity }, { isNew: true });
  return ctx.db.transaction(async (tx) => {
    await repo.lockSupplierItem(tx, row.supplierId, row.itemId);
    await assertKeyFree(tx, { ...row, minQuantity: row.minQuantity! });
    const entry = toPriceListEntry(await repo.insertPriceListEntry(tx, row));
    await recordAudit(tx, ctx.clock, {
      actor: opts.actor,
      entityType: 'price_list_entry',
      entityId: entry.id,
      action: 'create',
      changes: diff(null, entry, PRICE_AUDITED_FIELDS),
    });
    return entry;
  });
}
