import type { MessageDescriptor } from '@lingui/core';
import { msg } from '@lingui/core/macro';
import { Trans, useLingui } from '@lingui/react/macro';
import { Badge } from '@mantine/core';
import type { WebhookDeliveryStatus } from '../queries';

/** Whether an endpoint receives events. */
export function EndpointStatusBadge({ active, size = 'sm' }: { active: boolean; size?: 'sm' | 'lg' }) {
  return (
    <Badge color={active ? 'teal' : 'gray'} variant="light" radius="sm" size={size}>
      {active ? <Trans>Active</Trans> : <Trans>Disabled</Trans>}
    </Badge>
  );
}

const DELIVERY_BADGES: Record<WebhookDeliveryStatus, { color: string; label: MessageDescriptor }> = {
  pending: { color: 'yellow', label: msg`Pending` },
  delivered: { color: 'teal', label: msg`Delivered` },
  failed: { color: 'red', label: msg`Failed` },
};

export function DeliveryStatusBadge({ status }: { status: WebhookDeliveryStatus }) {
  const { i18n } = useLingui();
  const b = DELIVERY_BADGES[status];
  return (
    <Badge color={b.color} variant="light" radius="sm">
      {i18n._(b.label)}
    </Badge>
  );
}
