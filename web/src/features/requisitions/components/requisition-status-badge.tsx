import type { RequisitionStatus } from '@contracts/requisitions';
import { useLingui } from '@lingui/react/macro';
import { Badge } from '@mantine/core';
import { REQUISITION_STATUS_COLORS, REQUISITION_STATUS_LABELS } from '../requisition-format';

export function RequisitionStatusBadge({
  status,
  size = 'md',
}: {
  status: RequisitionStatus;
  size?: 'sm' | 'md' | 'lg';
}) {
  const { i18n } = useLingui();
  return (
    <Badge color={REQUISITION_STATUS_COLORS[status]} variant="light" size={size} radius="sm">
      {i18n._(REQUISITION_STATUS_LABELS[status])}
    </Badge>
  );
}
