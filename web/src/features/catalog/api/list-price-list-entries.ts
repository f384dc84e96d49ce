import { PriceListEntry, type PriceListEntryListQuery } from '@contracts/catalog';
import { pageOf } from '@contracts/common';
import { infiniteQueryOptions, keepPreviousData, useInfiniteQuery } from '@tanstack/react-query';
import type { z } from 'zod';
import { api } from '@/lib/api';
import { catalogKeys } from './query-keys';

export type { PriceListEntry };
export type PriceListFilter = z.input<typeof PriceListEntryListQuery>;
const PriceListPage = pageOf(PriceListEntry);
export type PriceListPage = z.output<typeof PriceListPage>;

export function listPriceListEntries(
  filter: PriceListFilter,
  opts: { cursor?: string; limit?: number; signal?: AbortSignal } = {},
): Promise<PriceListPage> {
  return api.get('/price-list-entries', PriceListPage, {
    query: { ...filter, cursor: opts.cursor, limit: opts.limit ?? 50 },
    signal: opts.signal,
  });
}

export const priceListEntriesQueryOptions = (filter: PriceListFilter, limit?: number) =>
  infiniteQueryOptions({
    queryKey: catalogKeys.priceList({ ...filter, limit }),
    queryFn: ({ pageParam, signal }) => listPriceListEntries(filter, { cursor: pageParam, limit, signal }),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
    placeholderData: keepPreviousData,
  });

/** Price list entries matching the filter (supplier, item, currency, valid on a date), a page at a time. */
export function usePriceListEntries(
  filter: PriceListFilter,
  opts: { limit?: number; enabled?: boolean } = {},
) {
  return useInfiniteQuery({
    ...priceListEntriesQueryOptions(filter, opts.limit),
    enabled: opts.enabled ?? true,
  });
}
