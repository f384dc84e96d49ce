import type { Ctx } from '../shared/context';
import { normalize } from '../shared/money';
import { type ImportSheet, importSheet } from '../shared/spreadsheet';
import { PRICE_LIST_COLUMN_KINDS, PRICE_LIST_CSV_COLUMNS } from './price-list-csv';
import * as repo from './repository';

const BATCH = 1000;

/** Price list entries in the import's own columns, in creation order, read in batches. */
export async function exportPriceListEntries(
  ctx: Ctx,
  opts: { filter?: repo.PriceListEntryFilter } = {},
): Promise<ImportSheet> {
  const out: Record<string, string | number | null>[] = [];
  let afterId: string | undefined;
  for (;;) {
    const batch = await repo.listPriceListEntriesForExport(ctx.db, opts.filter ?? {}, afterId, BATCH);
    for (const e of batch) {
      out.push({
        supplierCode: e.supplierCode,
        sku: e.sku,
        currency: e.currency,
        unitPrice: normalize(e.unitPrice),
        validFrom: e.validFrom,
        minQuantity: normalize(e.minQuantity),
        validTo: e.validTo,
        leadTimeDays: e.leadTimeDays,
        supplierPartNumber: e.supplierPartNumber,
      });
    }
    if (batch.length < BATCH) break;
    afterId = batch[batch.length - 1]!.id;
  }
  return importSheet(PRICE_LIST_CSV_COLUMNS, PRICE_LIST_COLUMN_KINDS, out);
}
