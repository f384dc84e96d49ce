import { Trans, useLingui } from '@lingui/react/macro';
import { Anchor, Code, Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { type Column, DataTable } from '@/components/data-table';
import { formatDate, formatDateTime } from '@/lib/format';
import type { WebhookEndpoint } from '../queries';
import { EventTypeBadges } from './event-type-badges';
import { EndpointStatusBadge } from './webhook-status-badge';

/** Registered endpoints: URL (to the endpoint's page) and description, event types, status, secret. */
export function WebhookEndpointTable(props: {
  endpoints: WebhookEndpoint[] | undefined;
  isLoading: boolean;
  error: unknown;
  onRetry: () => void;
  emptyAction?: ReactNode;
}) {
  const { t } = useLingui();
  const columns: Column<WebhookEndpoint>[] = [
    {
      key: 'url',
      header: t`Endpoint`,
      render: (e) => (
        <Stack gap={2}>
          <Anchor component={Link} to={`/admin/webhooks/${e.id}`} size="sm" fw={500}>
            {e.url}
          </Anchor>
          {e.description && (
            <Text size="xs" c="dimmed" lineClamp={2}>
              {e.description}
            </Text>
          )}
        </Stack>
      ),
    },
    { key: 'status', header: t`Status`, width: 95, render: (e) => <EndpointStatusBadge active={e.active} /> },
    {
      key: 'eventTypes',
      header: t`Event types`,
      width: 250,
      render: (e) => <EventTypeBadges eventTypes={e.eventTypes} max={4} />,
    },
    {
      key: 'secret',
      header: t`Secret`,
      width: 130,
      hideOnMobile: true,
      render: (e) => {
        const until = e.previousSecretExpiresAt && formatDateTime(e.previousSecretExpiresAt);
        return (
          <Stack gap={2}>
            <Code style={{ alignSelf: 'flex-start' }}>{e.secretHint}</Code>
            {until && (
              <Text size="xs" c="dimmed">
                <Trans>previous one signs until {until}</Trans>
              </Text>
            )}
          </Stack>
        );
      },
    },
    {
      key: 'createdAt',
      header: t`Registered`,
      width: 120,
      nowrap: true,
      hideOnMobile: true,
      render: (e) => <Text size="sm">{formatDate(e.createdAt)}</Text>,
    },
  ];
  return (
    <DataTable
      label={t`Webhook endpoints`}
      columns={columns}
      // On a phone the URL and the status fit the screen; the rest scrolls into view.
      minWidth={560}
      rows={props.endpoints}
      rowKey={(e) => e.id}
      isLoading={props.isLoading}
      error={props.error}
      onRetry={props.onRetry}
      emptyTitle={t`No webhook endpoints`}
      emptyText={t`Register an endpoint to have another system told about purchase orders, requisitions and approvals as they happen.`}
      emptyAction={props.emptyAction}
    />
  );
}
