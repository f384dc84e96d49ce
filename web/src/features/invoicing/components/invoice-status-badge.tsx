import { useLingui } from '@lingui/react/macro';
import { Badge, Tooltip } from '@mantine/core';
import { INVOICE_STATUS_COLORS, INVOICE_STATUS_LABELS } from '../invoice-format';
import type { InvoiceStatus } from '../queries';

export function InvoiceStatusBadge({
  status,
  reason,
  size = 'md',
}: {
  status: InvoiceStatus;
  reason?: string | null;
  size?: 'sm' | 'md' | 'lg';
}) {
  const { t, i18n } = useLingui();
  const badge = (
    <Badge color={INVOICE_STATUS_COLORS[status]} variant="light" size={size} radius="sm">
      {i18n._(INVOICE_STATUS_LABELS[status])}
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
