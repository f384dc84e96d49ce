import { PurchaseOrder } from '@contracts/purchase-orders';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api';
import { purchaseOrderKeys } from './query-keys';

export type { PurchaseOrder };

export function getPurchaseOrder(id: string, signal?: AbortSignal): Promise<PurchaseOrder> {
  return api.get(`/purchase-orders/${encodeURIComponent(id)}`, PurchaseOrder, { signal });
}

export const purchaseOrderQueryOptions = (id: string) =>
  queryOptions({
    queryKey: purchaseOrderKeys.detail(id),
    queryFn: ({ signal }) => getPurchaseOrder(id, signal),
  });

export function usePurchaseOrder(id: string, opts: { enabled?: boolean } = {}) {
  return useQuery({ ...purchaseOrderQueryOptions(id), enabled: opts.enabled ?? true });
}
