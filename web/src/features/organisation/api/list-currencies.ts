import { pageOf } from '@contracts/common';
import { Currency, type CurrencyListQuery } from '@contracts/organisation';
import {
  infiniteQueryOptions,
  keepPreviousData,
  queryOptions,
  useInfiniteQuery,
  useQuery,
} from '@tanstack/react-query';
import type { z } from 'zod';
import { api } from '@/lib/api';
import { organisationKeys } from './query-keys';

export type { Currency };
export type CurrencyListFilter = z.input<typeof CurrencyListQuery>;
const CurrencyPage = pageOf(Currency);
export type CurrencyPage = z.output<typeof CurrencyPage>;

export function listCurrencies(
  filter: CurrencyListFilter,
  opts: { cursor?: string; limit?: number; signal?: AbortSignal } = {},
): Promise<CurrencyPage> {
  return api.get('/currencies', CurrencyPage, {
    query: { ...filter, cursor: opts.cursor, limit: opts.limit ?? 50 },
    signal: opts.signal,
  });
}

export const currenciesQueryOptions = (filter: CurrencyListFilter) =>
  infiniteQueryOptions({
    queryKey: organisationKeys.currencyList(filter),
    queryFn: ({ pageParam, signal }) => listCurrencies(filter, { cursor: pageParam, signal }),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
    placeholderData: keepPreviousData,
  });

/** Every currency (active or not) matching the filter, in code order, a page at a time. */
export function useCurrencies(filter: CurrencyListFilter) {
  return useInfiniteQuery(currenciesQueryOptions(filter));
}

/** The active currencies (the ones a supplier, order or price may use), in code order. */
export function listActiveCurrencies(signal?: AbortSignal): Promise<Currency[]> {
  return listCurrencies({ active: 'true' }, { limit: 200, signal }).then((page) => page.items);
}

export const activeCurrenciesQueryOptions = () =>
  queryOptions({
    queryKey: organisationKeys.activeCurrencies(),
    queryFn: ({ signal }) => listActiveCurrencies(signal),
    staleTime: 10 * 60_000,
  });

export function useActiveCurrencies() {
  return useQuery(activeCurrenciesQueryOptions());
}
