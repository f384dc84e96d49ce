import type { Ctx } from '../shared/context';
import { normalize } from '../shared/money';
import { type ImportSheet, importSheet } from '../shared/spreadsheet';
import { ITEM_COLUMN_KINDS, ITEM_CSV_COLUMNS } from './item-csv';
import * as repo from './repository';

const BATCH = 1000;

/** Items in the import's own columns, in SKU order, read in batches. */
export async function exportItems(ctx: Ctx, opts: { filter?: repo.ItemFilter } = {}): Promise<ImportSheet> {
  const out: Record<string, string | boolean>[] = [];
  let after: { sku: string; id: string } | undefined;
  for (;;) {
    const batch = await repo.listItemsForExport(ctx.db, opts.filter ?? {}, after, BATCH);
    for (const i of batch) {
      out.push({
        sku: i.sku,
        name: i.name,
        categoryCode: i.categoryCode,
        unitCode: i.unitCode,
        description: i.description,
        defaultTaxRate: normalize(i.defaultTaxRate),
        defaultTaxCategory: i.defaultTaxCategory ?? '',
        inspectionRequired: i.inspectionRequired,
        service: i.service,
        active: i.active,
      });
    }
    if (batch.length < BATCH) break;
    const last = batch[batch.length - 1]!;
    after = { sku: last.sku, id: last.id };
  }
  return importSheet(ITEM_CSV_COLUMNS, ITEM_COLUMN_KINDS, out);
}
