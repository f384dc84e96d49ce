import { Unit, type UnitListQuery } from '@contracts/catalog';
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

export type { Unit };
export type UnitListFilter = z.input<typeof UnitListQuery>;
const UnitPage = pageOf(Unit);
export type UnitPage = z.output<typeof UnitPage>;

export function listUnits(
  filter: UnitListFilter,
  opts: { cursor?: string; limit?: number; signal?: AbortSignal } = {},
): Promise<UnitPage> {
  return api.get('/units', UnitPage, {
    query: { ...filter, cursor: opts.cursor, limit: opts.limit ?? 50 },
    signal: opts.signal,
  });
}

export const unitsQueryOptions = (filter: UnitListFilter) =>
  infiniteQueryOptions({
    queryKey: catalogKeys.unitList(filter),
    queryFn: ({ pageParam, signal }) => listUnits(filter, { cursor: pageParam, signal }),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
    placeholderData: keepPreviousData,
  });

/** The units page: filtered, in code order, a page at a time. */
export function useUnits(filter: UnitListFilter) {
  return useInfiniteQuery(unitsQueryOptions(filter));
}

/** Up to 200 units, for pickers and for describing a unit's base unit. */
export const unitOptionsQueryOptions = () =>
  queryOptions({
    queryKey: catalogKeys.unitOptions(),
    queryFn: ({ signal }) => listUnits({}, { limit: 200, signal }).then((page) => page.items),
    staleTime: 5 * 60_000,
  });

export function useUnitOptions(opts: { enabled?: boolean } = {}) {
  return useQuery({ ...unitOptionsQueryOptions(), enabled: opts.enabled ?? true });
}
