import type { DispatchFileRole, DispatchKind } from '@contracts/dispatch';
import type { MessageDescriptor } from '@lingui/core';
import { msg } from '@lingui/core/macro';
import { Trans, useLingui } from '@lingui/react/macro';
import { Badge, Button, Group, Paper, Stack, Text, Tooltip } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconFileCode, IconFileTypePdf, IconMail } from '@tabler/icons-react';
import { useState } from 'react';
import { ErrorState } from '@/components/states';
import { errorMessage } from '@/lib/api';
import { formatDateTime } from '@/lib/format';
import { type Dispatch, downloadDispatchFile } from '../queries';

const KIND: Record<DispatchKind, { label: MessageDescriptor; color: string }> = {
  order: { label: msg`Order`, color: 'indigo' },
  change: { label: msg`Change order`, color: 'violet' },
  cancellation: { label: msg`Cancellation`, color: 'red' },
  closure: { label: msg`Closing notice`, color: 'gray' },
};

const FILE: Record<DispatchFileRole, { label: MessageDescriptor; icon: typeof IconMail }> = {
  pdf: { label: msg`PDF`, icon: IconFileTypePdf },
  ubl: { label: msg`UBL XML`, icon: IconFileCode },
  message: { label: msg`E-mail`, icon: IconMail },
};

type EmailStatus = NonNullable<Dispatch['email']>['status'];
const EMAIL_STATUS: Record<EmailStatus, { label: MessageDescriptor; color: string }> = {
  queued: { label: msg`Waiting to leave`, color: 'gray' },
  sent: { label: msg`Handed to the mail server`, color: 'teal' },
  failed: { label: msg`Not delivered`, color: 'red' },
};
const PREPARING = { label: msg`Preparing the documents`, color: 'gray' };
const NOT_PREPARED = { label: msg`Could not be prepared`, color: 'red' };

/** Where a send stands: its documents being rendered, not renderable, or its e-mail's state. */
function sendState(d: Dispatch): { label: MessageDescriptor; color: string; problem: string | null } {
  if (d.status === 'preparing') return { ...PREPARING, problem: null };
  if (d.status === 'failed' || !d.email) return { ...NOT_PREPARED, problem: d.error };
  return { ...EMAIL_STATUS[d.email.status], problem: d.email.lastError };
}

/**
 * Every send of an order, newest first: what it was (order, change, cancellation) and at which
 * revision, to whom, when and by whom, whether the e-mail left, and each file exactly as sent, with
 * its SHA-256, to download.
 */
export function DispatchHistory({
  orderId,
  dispatches,
  isLoading,
  error,
  onRetry,
  hasNextPage,
  isFetchingNextPage,
  onLoadMore,
}: {
  orderId: string;
  dispatches: Dispatch[] | undefined;
  isLoading: boolean;
  error: unknown;
  onRetry: () => void;
  hasNextPage: boolean;
  isFetchingNextPage: boolean;
  onLoadMore: () => void;
}) {
  const { t, i18n } = useLingui();
  const [busy, setBusy] = useState<string | null>(null);
  if (error) return <ErrorState error={error} onRetry={onRetry} />;
  if (isLoading) return <Text size="sm" c="dimmed">{t`Loading…`}</Text>;
  if (!dispatches || dispatches.length === 0)
    return (
      <Text size="sm" c="dimmed">
        <Trans>Not sent to the supplier yet.</Trans>
      </Text>
    );

  async function download(d: Dispatch, role: DispatchFileRole) {
    setBusy(`${d.id}:${role}`);
    try {
      await downloadDispatchFile(orderId, d, role);
    } catch (err) {
      notifications.show({ color: 'red', title: t`Download failed`, message: errorMessage(err) });
    } finally {
      setBusy(null);
    }
  }

  return (
    <Stack gap="sm">
      {dispatches.map((d) => {
        const kind = KIND[d.kind];
        const status = sendState(d);
        const revision = d.revision;
        const when = formatDateTime(d.sentAt);
        const who = d.sentBy?.name;
        const omitted = d.ublOmittedReason;
        const failure = d.status === 'failed' ? d.error : null;
        return (
          <Paper key={d.id} withBorder radius="md" p="sm" data-testid="dispatch">
            <Stack gap={6}>
              <Group gap="xs" wrap="wrap">
                <Badge color={kind.color} variant="light">
                  {i18n._(kind.label)}
                </Badge>
                <Text size="sm" fw={600}>
                  <Trans>Revision {revision}</Trans>
                </Text>
                <Text size="sm" c="dimmed">
                  {d.automatic && !who ? (
                    <Trans>{when} · sent automatically</Trans>
                  ) : d.automatic ? (
                    <Trans>
                      {when} · sent automatically after {who}’s action
                    </Trans>
                  ) : (
                    <Trans>
                      {when} · by {who}
                    </Trans>
                  )}
                </Text>
                <Tooltip label={status.problem ?? i18n._(status.label)} disabled={!status.problem}>
                  <Badge color={status.color} variant="dot">
                    {i18n._(status.label)}
                  </Badge>
                </Tooltip>
              </Group>
              <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
                <Trans>To:</Trans> {d.recipients.join(', ')}
              </Text>
              {d.reason && (
                <Text size="sm">
                  <Trans>Reason:</Trans> {d.reason}
                </Text>
              )}
              {d.message && (
                <Text size="sm" c="dimmed" style={{ whiteSpace: 'pre-wrap' }}>
                  “{d.message}”
                </Text>
              )}
              <Group gap="xs" wrap="wrap">
                {d.files.map((f) => {
                  const file = FILE[f.role];
                  const { fileName, sha256 } = f;
                  return (
                    <Tooltip key={f.role} label={t`${fileName} · SHA-256 ${sha256}`} multiline maw={360}>
                      <Button
                        size="xs"
                        variant="default"
                        leftSection={<file.icon size={14} />}
                        loading={busy === `${d.id}:${f.role}`}
                        onClick={() => void download(d, f.role)}
                      >
                        {i18n._(file.label)}{' '}
                        <Text span size="xs" c="dimmed" ff="monospace" ml={4}>
                          {f.sha256.slice(0, 8)}
                        </Text>
                      </Button>
                    </Tooltip>
                  );
                })}
              </Group>
              {failure && (
                <Text size="xs" c="red">
                  <Trans>Nothing was sent: {failure}. Send the order again.</Trans>
                </Text>
              )}
              {omitted && (
                <Text size="xs" c="dimmed">
                  <Trans>No PEPPOL document attached: {omitted}</Trans>
                </Text>
              )}
            </Stack>
          </Paper>
        );
      })}
      {hasNextPage && (
        <Group justify="center">
          <Button variant="subtle" loading={isFetchingNextPage} onClick={onLoadMore}>
            <Trans>Show older sends</Trans>
          </Button>
        </Group>
      )}
    </Stack>
  );
}
