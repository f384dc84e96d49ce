import { Requisition } from '@contracts/requisitions';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api';
import { requisitionKeys } from './query-keys';

export type { Requisition };

export function getRequisition(id: string, signal?: AbortSignal): Promise<Requisition> {
  return api.get(`/requisitions/${encodeURIComponent(id)}`, Requisition, { signal });
}

export const requisitionQueryOptions = (id: string) =>
  queryOptions({
    queryKey: requisitionKeys.detail(id),
    queryFn: ({ signal }) => getRequisition(id, signal),
  });

export function useRequisition(id: string) {
  return useQuery(requisitionQueryOptions(id));
}
