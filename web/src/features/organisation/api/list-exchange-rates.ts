import { pageOf } from '@contracts/common';
import { ExchangeRate, type ExchangeRateListQuery } from '@contracts/organisation';
import { infiniteQueryOptions, keepPreviousData, useInfiniteQuery } from '@tanstack/react-query';
import type { z } from 'zod';
import { api } from '@/lib/api';
import { organisationKeys } from './query-keys';

export type { ExchangeRate };
export type ExchangeRateListFilter = z.input<typeof ExchangeRateListQuery>;
const ExchangeRatePage = pageOf(ExchangeRate);
export type ExchangeRatePage = z.output<typeof ExchangeRatePage>;

export function listExchangeRates(
  filter: ExchangeRateListFilter,
  opts: { cursor?: string; limit?: number; signal?: AbortSignal } = {},
): Promise<ExchangeRatePage> {
  return api.get('/exchange-rates', ExchangeRatePage, {
    query: { ...filter, cursor: opts.cursor, limit: opts.limit ?? 50 },
    signal: opts.signal,
  });
}

export const exchangeRatesQueryOptions = (filter: ExchangeRateListFilter) =>
  infiniteQueryOptions({
    queryKey: organisationKeys.rateList(filter),
    queryFn: ({ pageParam, signal }) => listExchangeRates(filter, { cursor: pageParam, signal }),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
    placeholderData: keepPreviousData,
  });

/** Exchange rates, newest date first, filtered by currency and a date range (inclusive). */
export function useExchangeRates(filter: ExchangeRateListFilter) {
  return useInfiniteQuery(exchangeRatesQueryOptions(filter));
}
