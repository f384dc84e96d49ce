import type { RequisitionStatus } from '@contracts/requisitions';
import { Badge } from '@mantine/core';
import { REQUISITION_STATUS_COLORS, REQUISITION_STATUS_LABELS } from '../requisition-format';

export function RequisitionStatusBadge({
  status,
  size = 'md',
}: {
  status: RequisitionStatus;
  size?: 'sm' | 'md' | 'lg';
}) {
  return (
    <Badge color={REQUISITION_STATUS_COLORS[status]} variant="light" size={size} radius="sm">
      {REQUISITION_STATUS_LABELS[status]}
    </Badge>
  );
}
