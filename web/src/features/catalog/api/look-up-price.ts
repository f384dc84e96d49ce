import { PriceLookup, type PriceLookupQuery } from '@contracts/catalog';
import { queryOptions, useQuery } from '@tanstack/react-query';
import type { z } from 'zod';
import { api } from '@/lib/api';
import { catalogKeys } from './query-keys';

export type { PriceLookup };
export type PriceLookupParams = z.input<typeof PriceLookupQuery>;

/** The supplier's price that applies to a quantity of an item on a date; 404 explains when none does. */
export function lookUpPrice(params: PriceLookupParams, signal?: AbortSignal): Promise<PriceLookup> {
  return api.get('/price-lookup', PriceLookup, { query: params, signal });
}

export const priceLookupQueryOptions = (params: PriceLookupParams) =>
  queryOptions({
    queryKey: catalogKeys.priceLookup(params),
    queryFn: ({ signal }) => lookUpPrice(params, signal),
    retry: false,
  });

/** Runs the lookup for `params` once they are complete (null until then). */
export function usePriceLookup(params: PriceLookupParams | null) {
  return useQuery({
    ...priceLookupQueryOptions(params ?? { supplierId: '', itemId: '', quantity: '', date: '' }),
    enabled: params !== null,
  });
}
