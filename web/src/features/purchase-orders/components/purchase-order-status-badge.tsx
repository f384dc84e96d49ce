import type { PurchaseOrderStatus } from '@contracts/purchase-orders';
import { useLingui } from '@lingui/react/macro';
import { Badge, Tooltip } from '@mantine/core';
import { PURCHASE_ORDER_STATUS_COLORS, PURCHASE_ORDER_STATUS_LABELS } from '../purchase-order-format';

export function PurchaseOrderStatusBadge({
  status,
  reason,
  size = 'md',
}: {
  status: PurchaseOrderStatus;
  reason?: string | null;
  size?: 'sm' | 'md' | 'lg';
}) {
  const { t, i18n } = useLingui();
  const badge = (
    <Badge color={PURCHASE_ORDER_STATUS_COLORS[status]} variant="light" size={size} radius="sm">
      {i18n._(PURCHASE_ORDER_STATUS_LABELS[status])}
    </Badge>
  );
  return reason ? (
    <Tooltip label={t`Reason: ${reason}`} withArrow multiline maw={320}>
      {badge}
    </Tooltip>
  ) : (
    badge
  );
}
