import type { Actor } from '../shared/actor';
import { recordAudit } from '../shared/audit';
import type { Ctx } from '../shared/context';
import { AppError } from '../shared/errors';
import { assertVersion } from '../shared/versioning';
import { deletionChanges, toPriceListEntry } from './price-list-entry';
import * as repo from './repository';

/**
 * Removes a price list entry. Unlike items, prices may be deleted: orders copy the price they
 * use, and the audit trail keeps every value the entry had.
 */
export async function deletePriceListEntry(
  ctx: Ctx,
  opts: { actor: Actor; id: string; version: number; reason?: string },
): Promise<void> {
  await ctx.db.transaction(async (tx) => {
    const row = await repo.findPriceListEntryById(tx, opts.id, { forUpdate: true });
    if (!row) throw AppError.notFound('Price list entry', opts.id);
    assertVersion(row.version, opts.version);
    if (!(await repo.deletePriceListEntry(tx, opts.id, opts.version))) {
      throw AppError.conflict('The price list entry changed while deleting; reload and try again.');
    }
    await recordAudit(tx, ctx.clock, {
      actor: opts.actor,
      entityType: 'price_list_entry',
      entityId: row.id,
      action: 'delete',
      changes: deletionChanges(toPriceListEntry(row)),
      reason: opts.reason?.trim() || null,
    });
  });
}
