import { Item } from '@contracts/catalog';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api';
import { catalogKeys } from './query-keys';

export type { Item };

export function getItem(id: string, signal?: AbortSignal): Promise<Item> {
  return api.get(`/items/${encodeURIComponent(id)}`, Item, { signal });
}

export const itemQueryOptions = (id: string) =>
  queryOptions({ queryKey: catalogKeys.item(id), queryFn: ({ signal }) => getItem(id, signal) });

export function useItem(id: string | null | undefined) {
  return useQuery({ ...itemQueryOptions(id ?? ''), enabled: !!id });
}
