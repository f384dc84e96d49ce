import { ApprovalRouteCard } from '@/features/approvals/components/approval-route-card';
import { usePurchaseOrderApprovalRoute } from '../queries';

/** The order's approval route: the preview for a draft, the stored route with its decisions afterwards. */
export function PurchaseOrderApprovalRouteCard({ order }: { order: { id: string; version: number } }) {
  const route = usePurchaseOrderApprovalRoute(order.id, order.version);
  return (
    <ApprovalRouteCard
      route={route.data}
      isPending={route.isPending}
      error={route.error}
      onRetry={() => void route.refetch()}
    />
  );
}
