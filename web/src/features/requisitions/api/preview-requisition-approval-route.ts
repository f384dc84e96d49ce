import { ApprovalRoute } from '@contracts/approvals';
import type { RequisitionRoutePreviewRequest } from '@contracts/requisitions';
import { useDebouncedValue } from '@mantine/hooks';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api';
import { requisitionKeys } from './query-keys';

/** POST /requisitions/approval-route: what submitting the requisition as typed would do; writes nothing. */
export function previewRequisitionApprovalRoute(
  request: RequisitionRoutePreviewRequest,
  signal?: AbortSignal,
): Promise<ApprovalRoute> {
  return api.post('/requisitions/approval-route', ApprovalRoute, { body: request, signal });
}

/**
 * The route of the requisition being typed, asked for once the typing pauses; null request:
 * nothing complete enough to ask about yet. The last answer stays while the next is on its way.
 */
export function useRequisitionRoutePreview(request: RequisitionRoutePreviewRequest | null) {
  const [settled] = useDebouncedValue(request, 400);
  const query = useQuery({
    queryKey: requisitionKeys.approvalRoutePreview(settled ?? {}),
    queryFn: ({ signal }) => previewRequisitionApprovalRoute(settled!, signal),
    enabled: settled !== null,
    placeholderData: keepPreviousData,
    staleTime: 30_000,
    retry: false,
  });
  return { ...query, settling: request !== settled };
}
