import { ApprovalRoute } from '@contracts/approvals';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api';
import { purchaseOrderKeys } from './query-keys';

export type { ApprovalRoute };

/** GET /purchase-orders/{id}/approval-route: for a draft what submitting would do, then the stored route. */
export function getPurchaseOrderApprovalRoute(id: string, signal?: AbortSignal): Promise<ApprovalRoute> {
  return api.get(`/purchase-orders/${encodeURIComponent(id)}/approval-route`, ApprovalRoute, { signal });
}

export const purchaseOrderApprovalRouteQueryOptions = (id: string, version: number) =>
  queryOptions({
    queryKey: purchaseOrderKeys.approvalRoute(id, version),
    queryFn: ({ signal }) => getPurchaseOrderApprovalRoute(id, signal),
  });

export function usePurchaseOrderApprovalRoute(id: string, version: number, opts: { enabled?: boolean } = {}) {
  return useQuery({ ...purchaseOrderApprovalRouteQueryOptions(id, version), enabled: opts.enabled ?? true });
}
