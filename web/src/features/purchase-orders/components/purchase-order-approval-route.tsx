import { ApprovalRouteCard } from '@/features/approvals/components/approval-route-card';
import { usePurchaseOrderApprovalRoute } from '../queries';
import { GRADE_WARNING, type OrderWarning, OrderWarningAlert } from './order-warnings';

/**
 * The order's approval route: the preview for a draft, the stored route with its decisions
 * afterwards. A supplier graded below the warning grade when the order was submitted is said at
 * the top, with a link to its scorecard, for the approvers reading the route.
 */
export function PurchaseOrderApprovalRouteCard({
  order,
}: {
  order: { id: string; version: number; supplierId: string; warnings: OrderWarning[] };
}) {
  const route = usePurchaseOrderApprovalRoute(order.id, order.version);
  const grade = order.warnings.filter((w) => w.code === GRADE_WARNING);
  return (
    <ApprovalRouteCard
      route={route.data}
      isPending={route.isPending}
      error={route.error}
      onRetry={() => void route.refetch()}
      notices={
        grade.length > 0 &&
        grade.map((w) => <OrderWarningAlert key={w.code} warning={w} supplierId={order.supplierId} />)
      }
    />
  );
}
