import type { Changes } from '../shared/audit';
import { normalize } from '../shared/money';
import type { PriceListEntryRow } from './repository';

/** One supplier's price for one item, from a quantity break, over a period. */
export type PriceListEntry = {
  id: string;
  supplierId: string;
  itemId: string;
  supplierPartNumber: string | null;
  currency: string;
  minQuantity: string;
  unitPrice: string;
  validFrom: string;
  validTo: string | null;
  leadTimeDays: number;
  version: number;
  createdAt: Date;
  updatedAt: Date;
};

export function toPriceListEntry(row: PriceListEntryRow): PriceListEntry {
  return {
    id: row.id,
    supplierId: row.supplierId,
    itemId: row.itemId,
    supplierPartNumber: row.supplierPartNumber,
    currency: row.currency,
    minQuantity: normalize(row.minQuantity),
    unitPrice: normalize(row.unitPrice),
    validFrom: row.validFrom,
    validTo: row.validTo,
    leadTimeDays: row.leadTimeDays,
    version: row.version,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
  };
}

export const PRICE_AUDITED_FIELDS: (keyof PriceListEntry)[] = [
  'supplierId',
  'itemId',
  'supplierPartNumber',
  'currency',
  'minQuantity',
  'unitPrice',
  'validFrom',
  'validTo',
  'leadTimeDays',
];

/** What a deletion records: every audited field, before → null. */
export function deletionChanges(entry: PriceListEntry): Changes {
  const changes: Changes = {};
  for (const f of PRICE_AUDITED_FIELDS) changes[f] = { before: entry[f], after: null };
  return changes;
}
