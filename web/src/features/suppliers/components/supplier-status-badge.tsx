import type { SupplierStatus } from '@contracts/suppliers';
import type { MessageDescriptor } from '@lingui/core';
import { msg } from '@lingui/core/macro';
import { useLingui } from '@lingui/react/macro';
import { Badge, Tooltip } from '@mantine/core';

export const SUPPLIER_STATUS_LABELS: Record<SupplierStatus, MessageDescriptor> = {
  active: msg`Active`,
  on_hold: msg`On hold`,
  blocked: msg`Blocked`,
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
  const { t, i18n } = useLingui();
  const badge = (
    <Badge color={SUPPLIER_STATUS_COLORS[status]} variant="light" size={size} radius="sm">
      {i18n._(SUPPLIER_STATUS_LABELS[status])}
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
