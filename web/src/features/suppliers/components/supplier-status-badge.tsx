import type { SupplierStatus } from '@contracts/suppliers';
import { Badge, Tooltip } from '@mantine/core';

export const SUPPLIER_STATUS_LABELS: Record<SupplierStatus, string> = {
  active: 'Active',
  on_hold: 'On hold',
  blocked: 'Blocked',
};

export const SUPPLIER_STATUS_COLORS: Record<SupplierStatus, string> = {
  active: 'teal',
  on_hold: 'orange',
  blocked: 'red',
};

export function SupplierStatusBadge({
  status,
  reason,
  size = 'md',
}: {
  status: SupplierStatus;
  reason?: string | null;
  size?: 'sm' | 'md' | 'lg';
}) {
  const badge = (
    <Badge color={SUPPLIER_STATUS_COLORS[status]} variant="light" size={size} radius="sm">
      {SUPPLIER_STATUS_LABELS[status]}
    </Badge>
  );
  return reason ? (
    <Tooltip label={`Reason: ${reason}`} withArrow multiline maw={320}>
      {badge}
    </Tooltip>
  ) : (
    badge
  );
}
