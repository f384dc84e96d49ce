import { Supplier } from '@contracts/suppliers';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api';
import { supplierKeys } from './query-keys';

export type { Supplier };

export function getSupplier(id: string, signal?: AbortSignal): Promise<Supplier> {
  return api.get(`/suppliers/${encodeURIComponent(id)}`, Supplier, { signal });
}

export const supplierQueryOptions = (id: string) =>
  queryOptions({ queryKey: supplierKeys.detail(id), queryFn: ({ signal }) => getSupplier(id, signal) });

export function useSupplier(id: string) {
  return useQuery(supplierQueryOptions(id));
}
