import { SpendReport } from '@contracts/reports';
import { infiniteQueryOptions, useInfiniteQuery } from '@tanstack/react-query';
import type { z } from 'zod';
import { api } from '@/lib/api';

export type SpendReportPage = z.output<typeof SpendReport>;
export type SpendFilter = { year: number; supplierId?: string };

export const spendKeys = {
  all: ['reports', 'spend'] as const,
  list: (filter: SpendFilter) => ['reports', 'spend', filter] as const,
};

/** One page of spend by supplier by month for a year, largest supplier first. */
export function getSpendBySupplier(
  filter: SpendFilter,
  opts: { cursor?: string; limit?: number; signal?: AbortSignal } = {},
): Promise<SpendReportPage> {
  return api.get('/reports/spend-by-supplier', SpendReport, {
    query: { ...filter, cursor: opts.cursor, limit: opts.limit ?? 50 },
    signal: opts.signal,
  });
}

export const spendBySupplierQueryOptions = (filter: SpendFilter) =>
  infiniteQueryOptions({
    queryKey: spendKeys.list(filter),
    queryFn: ({ pageParam, signal }) => getSpendBySupplier(filter, { cursor: pageParam, signal }),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });

export function useSpendBySupplier(filter: SpendFilter) {
  return useInfiniteQuery(spendBySupplierQueryOptions(filter));
}
