import { ApprovalRoute } from '@contracts/approvals';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api';
import { requisitionKeys } from './query-keys';

export type { ApprovalRoute };

/** GET /requisitions/{id}/approval-route: for a draft what submitting would do, then the stored route. */
export function getRequisitionApprovalRoute(id: string, signal?: AbortSignal): Promise<ApprovalRoute> {
  return api.get(`/requisitions/${encodeURIComponent(id)}/approval-route`, ApprovalRoute, { signal });
}

export const requisitionApprovalRouteQueryOptions = (id: string, version: number) =>
  queryOptions({
    queryKey: requisitionKeys.approvalRoute(id, version),
    queryFn: ({ signal }) => getRequisitionApprovalRoute(id, signal),
  });

export function useRequisitionApprovalRoute(id: string, version: number, opts: { enabled?: boolean } = {}) {
  return useQuery({ ...requisitionApprovalRouteQueryOptions(id, version), enabled: opts.enabled ?? true });
}
