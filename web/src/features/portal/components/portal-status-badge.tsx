import type { PurchaseOrderStatus } from '@contracts/purchase-orders';
import { useLingui } from '@lingui/react/macro';
import { Badge } from '@mantine/core';
import { PurchaseOrderStatusBadge } from '@/features/purchase-orders/components/purchase-order-status-badge';

/**
 * An order's status as its supplier sees it: while the buyer changes a sent order (the change
 * awaits approval or its send) it reads "Change coming", not the organisation's internal steps.
 */
export function PortalStatusBadge({
  status,
  size,
}: {
  status: PurchaseOrderStatus;
  size?: 'sm' | 'md' | 'lg';
}) {
  const { t } = useLingui();
  if (status === 'pending_approval' || status === 'approved') {
    return (
      <Badge color="blue" variant="light" size={size} radius="sm">
        {t`Change coming`}
      </Badge>
    );
  }
  return <PurchaseOrderStatusBadge status={status} size={size} />;
}
