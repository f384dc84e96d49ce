import type { PurchaseOrderStatus } from '@contracts/purchase-orders';
import { Trans, useLingui } from '@lingui/react/macro';
import { Anchor, Group, Progress, Stack, Text } from '@mantine/core';
import { Link } from 'react-router';
import { formatCount } from '@/lib/format';
import { PURCHASE_ORDER_STATUS_COLORS, PURCHASE_ORDER_STATUS_LABELS } from '../purchase-order-format';

/** The statuses in the order of an order's life (the labels are declared in that order). */
const IN_ORDER = Object.keys(PURCHASE_ORDER_STATUS_LABELS) as PurchaseOrderStatus[];

/** How many orders are in each status, as bars, each a link to the list filtered by it. */
export function OrdersByState({ counts }: { counts: { status: PurchaseOrderStatus; count: number }[] }) {
  const { i18n } = useLingui();
  const byStatus = new Map(counts.map((c) => [c.status, c.count]));
  const rows = IN_ORDER.filter((s) => (byStatus.get(s) ?? 0) > 0);
  const largest = Math.max(1, ...counts.map((c) => c.count));
  if (rows.length === 0)
    return (
      <Text size="sm" c="dimmed">
        <Trans>No purchase orders yet.</Trans>
      </Text>
    );
  return (
    <Stack gap={8}>
      {rows.map((status) => {
        const n = byStatus.get(status) ?? 0;
        return (
          <div key={status}>
            <Group justify="space-between" gap="xs" wrap="nowrap">
              <Anchor component={Link} to={`/purchase-orders?status=${status}`} size="sm">
                {i18n._(PURCHASE_ORDER_STATUS_LABELS[status])}
              </Anchor>
              <Text size="sm" fw={600}>
                {formatCount(n)}
              </Text>
            </Group>
            <Progress
              value={(n / largest) * 100}
              color={PURCHASE_ORDER_STATUS_COLORS[status]}
              size="sm"
              aria-hidden
            />
          </div>
        );
      })}
    </Stack>
  );
}
