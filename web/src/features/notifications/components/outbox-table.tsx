import { useLingui } from '@lingui/react/macro';
import { Anchor, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { type Column, DataTable } from '@/components/data-table';
import { formatDateTime } from '@/lib/format';
import type { OutboxMessage } from '../queries';
import { EmailStatusBadge } from './email-status-badge';

/** The outbox: to, subject, status, created / sent, attempts and the last error. */
export function OutboxTable(props: {
  messages: OutboxMessage[] | undefined;
  isLoading: boolean;
  error: unknown;
  onRetry: () => void;
  onView: (id: string) => void;
  toolbar?: ReactNode;
  hasNextPage?: boolean;
  isFetchingNextPage?: boolean;
  onLoadMore?: () => void;
}) {
  const { t } = useLingui();
  const columns: Column<OutboxMessage>[] = [
    {
      key: 'to',
      header: t`To`,
      width: 180,
      render: (m) => (
        <Text size="sm" truncate>
          {m.toAddress}
        </Text>
      ),
    },
    {
      key: 'subject',
      header: t`Subject`,
      render: (m) => (
        <Anchor component="button" type="button" size="sm" onClick={() => props.onView(m.id)} ta="left">
          {m.subject}
        </Anchor>
      ),
    },
    { key: 'status', header: t`Status`, width: 90, render: (m) => <EmailStatusBadge status={m.status} /> },
    {
      key: 'created',
      header: t`Created`,
      width: 145,
      nowrap: true,
      hideOnMobile: true,
      render: (m) => formatDateTime(m.createdAt),
    },
    { key: 'sent', header: t`Sent`, width: 145, nowrap: true, render: (m) => formatDateTime(m.sentAt) },
    { key: 'attempts', header: t`Attempts`, width: 80, align: 'right', render: (m) => m.attempts },
    {
      key: 'error',
      header: t`Last error`,
      width: 140,
      hideOnMobile: true,
      render: (m) =>
        m.lastError ? (
          <Text size="xs" c="red" lineClamp={2} title={m.lastError}>
            {m.lastError}
          </Text>
        ) : (
          '—'
        ),
    },
  ];
  return (
    <DataTable
      label={t`E-mail outbox`}
      columns={columns}
      rows={props.messages}
      rowKey={(m) => m.id}
      isLoading={props.isLoading}
      error={props.error}
      onRetry={props.onRetry}
      toolbar={props.toolbar}
      emptyTitle={t`No e-mails`}
      emptyText={t`E-mails OpenPO sends — approval requests, reminders, decisions — are listed here.`}
      hasNextPage={props.hasNextPage}
      isFetchingNextPage={props.isFetchingNextPage}
      onLoadMore={props.onLoadMore}
    />
  );
}
