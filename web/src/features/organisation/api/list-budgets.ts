import { pageOf } from '@contracts/common';
import { Budget, type BudgetListQuery } from '@contracts/organisation';
import { infiniteQueryOptions, keepPreviousData, useInfiniteQuery } from '@tanstack/react-query';
import type { z } from 'zod';
import { api } from '@/lib/api';
import { organisationKeys } from './query-keys';

export type { Budget };
export type BudgetListFilter = z.input<typeof BudgetListQuery>;
const BudgetPage = pageOf(Budget);
export type BudgetPage = z.output<typeof BudgetPage>;

export function listBudgets(
  filter: BudgetListFilter,
  opts: { cursor?: string; limit?: number; signal?: AbortSignal } = {},
): Promise<BudgetPage> {
  return api.get('/budgets', BudgetPage, {
    query: { ...filter, cursor: opts.cursor, limit: opts.limit ?? 100 },
    signal: opts.signal,
  });
}

/** Budgets matching the filter (cost centre, period type) by period start, with their consumption. */
export function useBudgets(filter: BudgetListFilter) {
  return useInfiniteQuery(
    infiniteQueryOptions({
      queryKey: organisationKeys.budgetList(filter),
      queryFn: ({ pageParam, signal }) => listBudgets(filter, { cursor: pageParam, signal }),
      initialPageParam: undefined as string | undefined,
      getNextPageParam: (last) => last.nextCursor ?? undefined,
      placeholderData: keepPreviousData,
    }),
  );
}
