import { Item, type ItemListQuery } from '@contracts/catalog';
import { pageOf } from '@contracts/common';
import { infiniteQueryOptions, keepPreviousData, useInfiniteQuery } from '@tanstack/react-query';
import type { z } from 'zod';
import { api } from '@/lib/api';
import { catalogKeys } from './query-keys';

export type { Item };
export type ItemListFilter = z.input<typeof ItemListQuery>;
const ItemPage = pageOf(Item);
export type ItemPage = z.output<typeof ItemPage>;

export const ITEM_PAGE_SIZE = 25;

export function listItems(
  filter: ItemListFilter,
  opts: { cursor?: string; limit?: number; signal?: AbortSignal } = {},
): Promise<ItemPage> {
  return api.get('/items', ItemPage, {
    query: { ...filter, cursor: opts.cursor, limit: opts.limit ?? ITEM_PAGE_SIZE },
    signal: opts.signal,
  });
}

export const itemsQueryOptions = (filter: ItemListFilter) =>
  infiniteQueryOptions({
    queryKey: catalogKeys.itemList(filter),
    queryFn: ({ pageParam, signal }) => listItems(filter, { cursor: pageParam, signal }),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
    placeholderData: keepPreviousData,
  });

export function useItems(filter: ItemListFilter) {
  return useInfiniteQuery(itemsQueryOptions(filter));
}
