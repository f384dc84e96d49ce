import { ApprovalRouteCard } from '@/features/approvals/components/approval-route-card';
import { useRequisitionApprovalRoute } from '../api/get-requisition-approval-route';

/** The requisition's approval route: the preview for a draft, the stored route with its decisions afterwards. */
export function RequisitionApprovalRouteCard({
  requisition,
}: {
  requisition: { id: string; version: number };
}) {
  const route = useRequisitionApprovalRoute(requisition.id, requisition.version);
  return (
    <ApprovalRouteCard
      route={route.data}
      isPending={route.isPending}
      error={route.error}
      onRetry={() => void route.refetch()}
    />
  );
}
