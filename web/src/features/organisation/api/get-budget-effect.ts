import { BudgetEffect } from '@contracts/organisation';
import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api';
import { organisationKeys } from './query-keys';

export type { BudgetEffect };

export type BudgetEffectQuery = { costCentreId: string; date: string; amount: string; currency: string };

export function getBudgetEffect(query: BudgetEffectQuery, signal?: AbortSignal): Promise<BudgetEffect> {
  return api.get('/budgets/effect', BudgetEffect, { query, signal });
}

/** The effect of an amount on the cost centre's budgets on a date; null query: nothing to ask yet. */
export function useBudgetEffect(query: BudgetEffectQuery | null) {
  return useQuery({
    ...queryOptions({
      queryKey: organisationKeys.budgetEffect(query ?? {}),
      queryFn: ({ signal }) => getBudgetEffect(query!, signal),
      staleTime: 30_000,
    }),
    enabled: query !== null,
    placeholderData: keepPreviousData,
    retry: false,
  });
}
