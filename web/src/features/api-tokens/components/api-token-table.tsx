import { Badge, Button, Code, Text, Tooltip, VisuallyHidden } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconKeyOff } from '@tabler/icons-react';
import { type ReactNode, useState } from 'react';
import { ConfirmWithReasonModal } from '@/components/confirm-with-reason-modal';
import { type Column, DataTable } from '@/components/data-table';
import { formatDate, formatDateTime, formatRelative } from '@/lib/format';
import type { ApiToken } from '../api/list-api-tokens';
import { useRevokeApiToken } from '../api/revoke-api-token';

type TokenState = 'active' | 'expired' | 'revoked';

function stateOf(token: ApiToken, now = new Date()): TokenState {
  if (token.revokedAt) return 'revoked';
  if (token.expiresAt && token.expiresAt <= now) return 'expired';
  return 'active';
}

const STATE_BADGES: Record<TokenState, { color: string; label: string }> = {
  active: { color: 'teal', label: 'Active' },
  expired: { color: 'orange', label: 'Expired' },
  revoked: { color: 'gray', label: 'Revoked' },
};

function When({ at, empty }: { at: Date | null; empty: string }) {
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

export type ApiTokenTableProps = {
  tokens: ApiToken[] | undefined;
  isLoading: boolean;
  error: unknown;
  onRetry: () => void;
  toolbar?: ReactNode;
  /** Shows the owner column (administrators listing everybody's tokens). */
  renderOwner?: (userId: string) => ReactNode;
  emptyAction?: ReactNode;
};

export function ApiTokenTable(props: ApiTokenTableProps) {
  const [revoking, setRevoking] = useState<ApiToken | null>(null);
  const revoke = useRevokeApiToken();
  const renderOwner = props.renderOwner;
  const columns: Column<ApiToken>[] = [
    {
      key: 'name',
      header: 'Name',
      render: (t) => (
        <Text size="sm" fw={500}>
          {t.name}
        </Text>
      ),
    },
    { key: 'prefix', header: 'Token', width: 150, nowrap: true, render: (t) => <Code>{t.prefix}…</Code> },
    ...(renderOwner
      ? [{ key: 'owner', header: 'Owner', width: '16%', render: (t: ApiToken) => renderOwner(t.userId) }]
      : []),
    {
      key: 'createdAt',
      header: 'Created',
      width: 120,
      nowrap: true,
      render: (t) => <Text size="sm">{formatDate(t.createdAt)}</Text>,
    },
    {
      key: 'lastUsedAt',
      header: 'Last used',
      width: 160,
      hideOnMobile: true,
      render: (t) => <When at={t.lastUsedAt} empty="Never" />,
    },
    {
      key: 'expiresAt',
      header: 'Expires',
      width: 120,
      nowrap: true,
      render: (t) => (
        <Text size="sm" c={t.expiresAt ? undefined : 'dimmed'}>
          {t.expiresAt ? formatDate(t.expiresAt) : 'Never'}
        </Text>
      ),
    },
    {
      key: 'state',
      header: 'Status',
      width: 120,
      render: (t) => {
        const b = STATE_BADGES[stateOf(t)];
        return (
          <Badge color={b.color} variant="light" radius="sm">
            {b.label}
          </Badge>
        );
      },
    },
    {
      key: 'actions',
      header: <VisuallyHidden>Actions</VisuallyHidden>,
      width: 110,
      align: 'right',
      render: (t) =>
        t.revokedAt ? null : (
          <Button
            size="xs"
            variant="subtle"
            color="red"
            leftSection={<IconKeyOff size={14} />}
            onClick={() => setRevoking(t)}
            aria-label={`Revoke ${t.name}`}
          >
            Revoke
          </Button>
        ),
    },
  ];
  return (
    <>
      <DataTable
        label="API tokens"
        columns={columns}
        rows={props.tokens}
        rowKey={(t) => t.id}
        isLoading={props.isLoading}
        error={props.error}
        onRetry={props.onRetry}
        toolbar={props.toolbar}
        emptyTitle="No API tokens"
        emptyText="Create a token to let a script or another system use the API on your behalf."
        emptyAction={props.emptyAction}
      />
      <ConfirmWithReasonModal
        opened={revoking !== null}
        onClose={() => setRevoking(null)}
        title="Revoke API token"
        message={
          revoking && (
            <>
              Anything using <strong>{revoking.name}</strong> (<Code>{revoking.prefix}…</Code>) stops working
              at once. This cannot be undone.
            </>
          )
        }
        withoutReason
        confirmLabel="Revoke token"
        color="red"
        onConfirm={async () => {
          if (!revoking) return;
          await revoke.mutateAsync(revoking.id);
          notifications.show({
            color: 'teal',
            title: 'Token revoked',
            message: `${revoking.name} can no longer be used.`,
          });
        }}
      />
    </>
  );
}
