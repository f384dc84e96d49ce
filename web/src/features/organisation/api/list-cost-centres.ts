import { pageOf } from '@contracts/common';
import { CostCentre, type CostCentreListQuery } from '@contracts/organisation';
import { infiniteQueryOptions, keepPreviousData, useInfiniteQuery } from '@tanstack/react-query';
import type { z } from 'zod';
import { api } from '@/lib/api';
import { organisationKeys } from './query-keys';

export type { CostCentre };
export type CostCentreListFilter = z.input<typeof CostCentreListQuery>;
const CostCentrePage = pageOf(CostCentre);
export type CostCentrePage = z.output<typeof CostCentrePage>;

export function listCostCentres(
  filter: CostCentreListFilter,
  opts: { cursor?: string; limit?: number; signal?: AbortSignal } = {},
): Promise<CostCentrePage> {
  return api.get('/cost-centres', CostCentrePage, {
    query: { ...filter, cursor: opts.cursor, limit: opts.limit ?? 50 },
    signal: opts.signal,
  });
}

export const costCentresQueryOptions = (filter: CostCentreListFilter) =>
  infiniteQueryOptions({
    queryKey: organisationKeys.costCentreList(filter),
    queryFn: ({ pageParam, signal }) => listCostCentres(filter, { cursor: pageParam, signal }),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
    placeholderData: keepPreviousData,
  });

/** Cost centres matching the filter (search, department, active), in code order, a page at a time. */
export function useCostCentres(filter: CostCentreListFilter) {
  return useInfiniteQuery(costCentresQueryOptions(filter));
}
