import { PriceListEntry } from '@contracts/catalog';
import { api } from '@/lib/api';

/** One price list entry: the current version, e.g. to reload after someone else saved it. */
export function getPriceListEntry(id: string, signal?: AbortSignal): Promise<PriceListEntry> {
  return api.get(`/price-list-entries/${encodeURIComponent(id)}`, PriceListEntry, { signal });
}
