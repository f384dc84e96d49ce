import { ItemCategory, type ItemCategoryListQuery } from '@contracts/catalog';
import { pageOf } from '@contracts/common';
import {
  infiniteQueryOptions,
  keepPreviousData,
  queryOptions,
  useInfiniteQuery,
  useQuery,
} from '@tanstack/react-query';
import type { z } from 'zod';
import { api } from '@/lib/api';
import { catalogKeys } from './query-keys';

export type { ItemCategory };
export type ItemCategoryListFilter = z.input<typeof ItemCategoryListQuery>;
const ItemCategoryPage = pageOf(ItemCategory);
export type ItemCategoryPage = z.output<typeof ItemCategoryPage>;

export function listItemCategories(
  filter: ItemCategoryListFilter,
  opts: { cursor?: string; limit?: number; signal?: AbortSignal } = {},
): Promise<ItemCategoryPage> {
  return api.get('/item-categories', ItemCategoryPage, {
    query: { ...filter, cursor: opts.cursor, limit: opts.limit ?? 50 },
    signal: opts.signal,
  });
}

export const itemCategoriesQueryOptions = (filter: ItemCategoryListFilter) =>
  infiniteQueryOptions({
    queryKey: catalogKeys.categoryList(filter),
    queryFn: ({ pageParam, signal }) => listItemCategories(filter, { cursor: pageParam, signal }),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
    placeholderData: keepPreviousData,
  });

/** The categories page: filtered, in code order, a page at a time. */
export function useItemCategories(filter: ItemCategoryListFilter) {
  return useInfiniteQuery(itemCategoriesQueryOptions(filter));
}

/** Up to 200 item categories (active and not), for pickers and for naming categories of a record. */
export function listItemCategoryOptions(signal?: AbortSignal): Promise<ItemCategory[]> {
  return listItemCategories({}, { limit: 200, signal }).then((page) => page.items);
}

export const itemCategoryOptionsQueryOptions = () =>
  queryOptions({
    queryKey: catalogKeys.categoryOptions(),
    queryFn: ({ signal }) => listItemCategoryOptions(signal),
    staleTime: 5 * 60_000,
  });

/** Pass `enabled: false` for users without catalog:read: the caller then leaves categories out. */
export function useItemCategoryOptions(opts: { enabled?: boolean } = {}) {
  return useQuery({ ...itemCategoryOptionsQueryOptions(), enabled: opts.enabled ?? true });
}
