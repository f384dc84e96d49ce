import type { RecordNamers } from '../shared/record-names';
import { codeAndName, namesFrom, uuidsOnly } from '../shared/record-names';
import * as repo from './repository';

/** How the audit trail names the catalog's records: SKU or code, and name. */
export const recordNamers: RecordNamers = {
  item: async (ctx, ids) =>
    namesFrom(await repo.itemNames(ctx.db, uuidsOnly(ids)), (r) => ({ label: codeAndName(r.sku, r.name) })),
  item_category: async (ctx, ids) =>
    namesFrom(await repo.categoryNames(ctx.db, uuidsOnly(ids)), (r) => ({
      label: codeAndName(r.code, r.name),
    })),
  // Units are kept by their code.
  unit: async (ctx, codes) =>
    namesFrom(await repo.unitNames(ctx.db, [...new Set(codes)]), (r) => ({
      label: codeAndName(r.id, r.name),
    })),
  price_list_entry: async (ctx, ids) =>
    namesFrom(await repo.priceListEntryNames(ctx.db, uuidsOnly(ids)), (r) => ({
      label: codeAndName(r.sku, r.name),
      currency: r.currency,
    })),
};
