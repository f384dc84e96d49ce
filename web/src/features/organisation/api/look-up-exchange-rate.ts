import { RateQuote } from '@contracts/organisation';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api';
import { organisationKeys } from './query-keys';

export type { RateQuote };
export type RateLookupParams = { currency: string; date?: string };

/** The rate converting a currency to the base currency on a date: the latest on or before it. */
export function lookUpExchangeRate(params: RateLookupParams, signal?: AbortSignal): Promise<RateQuote> {
  return api.get('/exchange-rates/lookup', RateQuote, { query: params, signal });
}

export const rateLookupQueryOptions = (params: RateLookupParams) =>
  queryOptions({
    queryKey: organisationKeys.rateLookup(params),
    queryFn: ({ signal }) => lookUpExchangeRate(params, signal),
    retry: false,
  });

/** Runs the lookup once a currency is chosen (null until then). */
export function useRateLookup(params: RateLookupParams | null) {
  return useQuery({ ...rateLookupQueryOptions(params ?? { currency: '' }), enabled: params !== null });
}
