import { Trans, useLingui } from '@lingui/react/macro';
import { Button, Code, Stack, Text, Tooltip, VisuallyHidden } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconRepeat } from '@tabler/icons-react';
import dayjs from 'dayjs';
import { type Column, DataTable } from '@/components/data-table';
import { errorMessage } from '@/lib/api';
import { formatDateTime, formatRelative } from '@/lib/format';
import { useRedeliverWebhook, type WebhookDelivery } from '../queries';
import { DeliveryStatusBadge } from './webhook-status-badge';

function When({ at, empty = '—' }: { at: Date | null; empty?: string }) {
  if (!at) {
    return (
      <Text size="sm" c="dimmed">
        {empty}
      </Text>
    );
  }
  return (
    <Tooltip label={formatDateTime(at)} withArrow>
      <Text size="sm" component="time" dateTime={at.toISOString()}>
        {formatRelative(at)}
      </Text>
    </Tooltip>
  );
}

/**
 * An endpoint's delivery log, newest first: status, event type, when, attempts, the receiver's
 * last HTTP status or error, the next attempt, and "Send again" for pending and failed ones.
 */
export function WebhookDeliveryTable(props: {
  endpointId: string;
  deliveries: WebhookDelivery[] | undefined;
  isLoading: boolean;
  error: unknown;
  onRetry: () => void;
  /** A delivery is being tried again: its outcome shows in a moment. */
  onRedelivered?: () => void;
  hasNextPage?: boolean;
  isFetchingNextPage?: boolean;
  onLoadMore?: () => void;
}) {
  const { t } = useLingui();
  const redeliver = useRedeliverWebhook();

  async function sendAgain(d: WebhookDelivery) {
    try {
      await redeliver.mutateAsync({ endpointId: props.endpointId, deliveryId: d.id });
      props.onRedelivered?.();
      const { eventType } = d;
      notifications.show({
        color: 'teal',
        title: t`Sending again`,
        message: t`The ${eventType} delivery is tried again now.`,
      });
    } catch (err) {
      notifications.show({ color: 'red', title: t`Could not send again`, message: errorMessage(err) });
    }
  }

  const columns: Column<WebhookDelivery>[] = [
    {
      key: 'status',
      header: t`Status`,
      width: 120,
      render: (d) => <DeliveryStatusBadge status={d.status} />,
    },
    {
      key: 'event',
      header: t`Event`,
      width: 220,
      render: (d) => (
        <Stack gap={2}>
          <Code fz="xs" style={{ alignSelf: 'flex-start', overflowWrap: 'anywhere' }}>
            {d.eventType}
          </Code>
          <Text size="xs" c="dimmed" component="time" dateTime={d.createdAt.toISOString()}>
            {dayjs(d.createdAt).format('D MMM YYYY, HH:mm:ss')}
          </Text>
        </Stack>
      ),
    },
    { key: 'attempts', header: t`Attempts`, width: 90, align: 'right', render: (d) => d.attempts },
    {
      key: 'lastStatusCode',
      header: 'HTTP',
      width: 70,
      align: 'right',
      render: (d) =>
        d.lastStatusCode === null ? (
          <Text size="sm" c="dimmed">
            —
          </Text>
        ) : (
          <Text size="sm" c={d.lastStatusCode >= 200 && d.lastStatusCode < 300 ? 'teal' : 'red'} fw={500}>
            {d.lastStatusCode}
          </Text>
        ),
    },
    {
      key: 'lastError',
      header: t`Last error`,
      render: (d) =>
        d.lastError ? (
          <Text size="xs" c="red" lineClamp={2} title={d.lastError}>
            {d.lastError}
          </Text>
        ) : (
          <Text size="sm" c="dimmed">
            —
          </Text>
        ),
    },
    {
      key: 'nextAttemptAt',
      header: t`Next attempt`,
      width: 140,
      nowrap: true,
      render: (d) => <When at={d.nextAttemptAt} empty={d.status === 'delivered' ? '—' : t`None`} />,
    },
    {
      key: 'actions',
      header: (
        <VisuallyHidden>
          <Trans>Actions</Trans>
        </VisuallyHidden>
      ),
      width: 135,
      align: 'right',
      render: (d) => {
        if (d.status === 'delivered') return null;
        const { eventType } = d;
        const created = formatDateTime(d.createdAt);
        return (
          <Button
            size="xs"
            variant="subtle"
            leftSection={<IconRepeat size={14} />}
            onClick={() => void sendAgain(d)}
            loading={redeliver.isPending && redeliver.variables?.deliveryId === d.id}
            aria-label={t`Send again: ${eventType}, ${created}`}
          >
            <Trans>Send again</Trans>
          </Button>
        );
      },
    },
  ];
  return (
    <DataTable
      label={t`Delivery log`}
      columns={columns}
      minWidth={960}
      rows={props.deliveries}
      rowKey={(d) => d.id}
      isLoading={props.isLoading}
      error={props.error}
      onRetry={props.onRetry}
      emptyTitle={t`No deliveries yet`}
      emptyText={t`Every event this endpoint subscribed to is listed here with the answer it got. Send a test event to try the endpoint now.`}
      hasNextPage={props.hasNextPage}
      isFetchingNextPage={props.isFetchingNextPage}
      onLoadMore={props.onLoadMore}
    />
  );
}
