import type { MessageDescriptor } from '@lingui/core';
import { msg } from '@lingui/core/macro';
import { Trans, useLingui } from '@lingui/react/macro';
import { Badge, Button, Code, Text, Tooltip, VisuallyHidden } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconKeyOff } from '@tabler/icons-react';
import { type ReactNode, useState } from 'react';
import { ConfirmWithReasonModal } from '@/components/confirm-with-reason-modal';
import { type Column, DataTable } from '@/components/data-table';
import { formatDate, formatDateTime, formatRelative } from '@/lib/format';
import { type ApiToken, useRevokeApiToken } from '../queries';

type TokenState = 'active' | 'expired' | 'revoked';

function stateOf(token: ApiToken, now = new Date()): TokenState {
  if (token.revokedAt) return 'revoked';
  if (token.expiresAt && token.expiresAt <= now) return 'expired';
  return 'active';
}

const STATE_BADGES: Record<TokenState, { color: string; label: MessageDescriptor }> = {
  active: { color: 'teal', label: msg`Active` },
  expired: { color: 'orange', label: msg`Expired` },
  revoked: { color: 'gray', label: msg`Revoked` },
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
  const { t, i18n } = useLingui();
  const [revoking, setRevoking] = useState<ApiToken | null>(null);
  const revoke = useRevokeApiToken();
  const renderOwner = props.renderOwner;
  const columns: Column<ApiToken>[] = [
    {
      key: 'name',
      header: t`Name`,
      render: (tok) => (
        <Text size="sm" fw={500}>
          {tok.name}
        </Text>
      ),
    },
    {
      key: 'prefix',
      header: t`Token`,
      width: 150,
      nowrap: true,
      render: (tok) => <Code>{tok.prefix}…</Code>,
    },
    ...(renderOwner
      ? [{ key: 'owner', header: t`Owner`, width: '16%', render: (tok: ApiToken) => renderOwner(tok.userId) }]
      : []),
    {
      key: 'createdAt',
      header: t`Created`,
      width: 120,
      nowrap: true,
      render: (tok) => <Text size="sm">{formatDate(tok.createdAt)}</Text>,
    },
    {
      key: 'lastUsedAt',
      header: t`Last used`,
      width: 160,
      hideOnMobile: true,
      render: (tok) => <When at={tok.lastUsedAt} empty={t`Never`} />,
    },
    {
      key: 'expiresAt',
      header: t`Expires`,
      width: 120,
      nowrap: true,
      render: (tok) => (
        <Text size="sm" c={tok.expiresAt ? undefined : 'dimmed'}>
          {tok.expiresAt ? formatDate(tok.expiresAt) : t`Never`}
        </Text>
      ),
    },
    {
      key: 'state',
      header: t`Status`,
      width: 120,
      render: (tok) => {
        const b = STATE_BADGES[stateOf(tok)];
        return (
          <Badge color={b.color} variant="light" radius="sm">
            {i18n._(b.label)}
          </Badge>
        );
      },
    },
    {
      key: 'actions',
      header: (
        <VisuallyHidden>
          <Trans>Actions</Trans>
        </VisuallyHidden>
      ),
      width: 110,
      align: 'right',
      render: (tok) => {
        if (tok.revokedAt) return null;
        const { name } = tok;
        return (
          <Button
            size="xs"
            variant="subtle"
            color="red"
            leftSection={<IconKeyOff size={14} />}
            onClick={() => setRevoking(tok)}
            aria-label={t`Revoke ${name}`}
          >
            <Trans>Revoke</Trans>
          </Button>
        );
      },
    },
  ];
  const revokingName = revoking?.name;
  const revokingPrefix = revoking?.prefix;
  return (
    <>
      <DataTable
        label={t`API tokens`}
        columns={columns}
        rows={props.tokens}
        rowKey={(tok) => tok.id}
        isLoading={props.isLoading}
        error={props.error}
        onRetry={props.onRetry}
        toolbar={props.toolbar}
        emptyTitle={t`No API tokens`}
        emptyText={t`Create a token to let a script or another system use the API on your behalf.`}
        emptyAction={props.emptyAction}
      />
      <ConfirmWithReasonModal
        opened={revoking !== null}
        onClose={() => setRevoking(null)}
        title={t`Revoke API token`}
        message={
          revoking && (
            <Trans>
              Anything using <strong>{revokingName}</strong> (<Code>{revokingPrefix}…</Code>) stops working at
              once. This cannot be undone.
            </Trans>
          )
        }
        withoutReason
        confirmLabel={t`Revoke token`}
        color="red"
        onConfirm={async () => {
          if (!revoking) return;
          await revoke.mutateAsync(revoking.id);
          notifications.show({
            color: 'teal',
            title: t`Token revoked`,
            message: t`${revokingName} can no longer be used.`,
          });
        }}
      />
    </>
  );
}
