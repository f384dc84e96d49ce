import type { MessageDescriptor } from '@lingui/core';
import { msg } from '@lingui/core/macro';
import { Trans, useLingui } from '@lingui/react/macro';
import { Anchor, Badge, Button, Group, Paper, Stack, Text } from '@mantine/core';
import { IconExternalLink } from '@tabler/icons-react';
import { EmptyState, ErrorState, LoadingState } from '@/components/states';
import { formatDate, formatDateTime, formatDecimal } from '@/lib/format';
import { type ShipNotice, useShipNotices } from '../queries';

const SOURCE: Record<ShipNotice['source'], { label: MessageDescriptor; color: string }> = {
  supplier: { label: msg`From the supplier`, color: 'blue' },
  ubl: { label: msg`UBL Despatch Advice`, color: 'grape' },
  buyer: { label: msg`Recorded by the buyer`, color: 'gray' },
};

/** An order's ship notices, newest first: what shipped, when it left and is expected, and tracking. */
export function ShipNoticeList({
  orderId,
  lines,
}: {
  orderId: string;
  lines: { lineNo: number; description: string; unitCode: string }[];
}) {
  const { t, i18n } = useLingui();
  const notices = useShipNotices(orderId);
  const byNo = new Map(lines.map((l) => [l.lineNo, l]));
  if (notices.isPending) return <LoadingState />;
  if (notices.error) return <ErrorState error={notices.error} onRetry={() => void notices.refetch()} />;
  const items = notices.data.pages.flatMap((p) => p.items);
  if (items.length === 0)
    return (
      <EmptyState title={t`Nothing shipped yet`}>
        <Trans>Ship notices appear here when the supplier ships.</Trans>
      </EmptyState>
    );
  return (
    <Stack gap="sm">
      {items.map((n) => {
        const source = SOURCE[n.source];
        const left = formatDate(n.despatchDate);
        const expected = formatDate(n.expectedDeliveryDate);
        const { packages } = n;
        return (
          <Paper key={n.id} withBorder radius="md" p="sm" data-testid="ship-notice">
            <Stack gap={6}>
              <Group justify="space-between" wrap="wrap" gap="xs">
                <Group gap="xs">
                  <Text fw={700}>{n.number}</Text>
                  <Badge variant="light" color={source.color}>
                    {i18n._(source.label)}
                  </Badge>
                  {n.supplierReference && (
                    <Text size="sm" c="dimmed">
                      {n.supplierReference}
                    </Text>
                  )}
                </Group>
                <Text size="sm">
                  {n.expectedDeliveryDate ? t`Left ${left} · expected ${expected}` : t`Left ${left}`}
                </Text>
              </Group>
              {(n.carrier || n.trackingNumber || packages) && (
                <Group gap="xs" wrap="wrap">
                  {n.carrier && <Text size="sm">{n.carrier}</Text>}
                  {n.trackingNumber &&
                    (n.trackingUrl ? (
                      <Anchor href={n.trackingUrl} target="_blank" rel="noopener noreferrer" size="sm">
                        <Group gap={4} wrap="nowrap" component="span">
                          {n.trackingNumber}
                          <IconExternalLink size={14} aria-label={t`opens the carrier's tracking page`} />
                        </Group>
                      </Anchor>
                    ) : (
                      <Text size="sm" ff="monospace">
                        {n.trackingNumber}
                      </Text>
                    ))}
                  {packages && (
                    <Text size="sm" c="dimmed">
                      {packages === 1 ? t`1 package` : t`${packages} packages`}
                    </Text>
                  )}
                </Group>
              )}
              <Stack gap={0}>
                {n.lines.map((l) => {
                  const line = byNo.get(l.lineNo);
                  return (
                    <Text key={l.lineNo} size="sm">
                      {l.lineNo}. {line?.description ?? ''} — {formatDecimal(l.quantity)}{' '}
                      {line?.unitCode ?? ''}
                    </Text>
                  );
                })}
              </Stack>
              {n.note && (
                <Text size="sm" c="dimmed" style={{ whiteSpace: 'pre-wrap' }}>
                  “{n.note}”
                </Text>
              )}
              <Text size="xs" c="dimmed">
                {n.recordedBy
                  ? `${n.recordedBy.name} · ${formatDateTime(n.recordedAt)}`
                  : formatDateTime(n.recordedAt)}
              </Text>
            </Stack>
          </Paper>
        );
      })}
      {notices.hasNextPage && (
        <Group justify="center">
          <Button
            variant="subtle"
            loading={notices.isFetchingNextPage}
            onClick={() => void notices.fetchNextPage()}
          >
            <Trans>Show more</Trans>
          </Button>
        </Group>
      )}
    </Stack>
  );
}
