import { Badge } from '@mantine/core';
import type { WebhookDeliveryStatus } from '../api/list-webhook-deliveries';

/** Whether an endpoint receives events. */
export function EndpointStatusBadge({ active, size = 'sm' }: { active: boolean; size?: 'sm' | 'lg' }) {
  return (
    <Badge color={active ? 'teal' : 'gray'} variant="light" radius="sm" size={size}>
      {active ? 'Active' : 'Disabled'}
    </Badge>
  );
}

const DELIVERY_BADGES: Record<WebhookDeliveryStatus, { color: string; label: string }> = {
  pending: { color: 'yellow', label: 'Pending' },
  delivered: { color: 'teal', label: 'Delivered' },
  failed: { color: 'red', label: 'Failed' },
};

export function DeliveryStatusBadge({ status }: { status: WebhookDeliveryStatus }) {
  const b = DELIVERY_BADGES[status];
  return (
    <Badge color={b.color} variant="light" radius="sm">
      {b.label}
    </Badge>
  );
}
