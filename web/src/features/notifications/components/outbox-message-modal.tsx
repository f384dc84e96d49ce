import { plural } from '@lingui/core/macro';
import { Trans, useLingui } from '@lingui/react/macro';
import { Badge, Code, Group, Modal, Stack, Text } from '@mantine/core';
import { ErrorState, LoadingState } from '@/components/states';
import { formatDateTime } from '@/lib/format';
import { useOutboxMessage } from '../queries';
import { EmailStatusBadge } from './email-status-badge';

/** One e-mail as it was (or will be) sent: headers and the plain text. */
export function OutboxMessageModal({ id, onClose }: { id: string | null; onClose: () => void }) {
  const { t } = useLingui();
  const query = useOutboxMessage(id);
  const m = query.data;
  const to = m?.toAddress;
  const created = formatDateTime(m?.createdAt);
  const sent = formatDateTime(m?.sentAt);
  const lastError = m?.lastError;
  return (
    <Modal opened={id !== null} onClose={onClose} title={m?.subject ?? t`E-mail`} size="lg">
      {query.isPending ? (
        <LoadingState />
      ) : query.error || !m ? (
        <ErrorState error={query.error} onRetry={() => void query.refetch()} />
      ) : (
        <Stack gap="sm">
          <Group gap="xs">
            <EmailStatusBadge status={m.status} />
            {m.attempts > 0 && (
              <Badge variant="light" color="gray">
                {t`${plural(m.attempts, { one: '# attempt', other: '# attempts' })}`}
              </Badge>
            )}
          </Group>
          <Text size="sm">
            <Trans>
              <b>To:</b> {to}
            </Trans>
          </Text>
          <Text size="sm">
            <Trans>
              <b>Created:</b> {created} · <b>Sent:</b> {sent}
            </Trans>
            {m.deliveredTo && ` (${m.deliveredTo})`}
          </Text>
          {m.lastError && (
            <Text size="sm" c="red">
              <Trans>
                <b>Last error:</b> {lastError}
              </Trans>
            </Text>
          )}
          <Code block style={{ whiteSpace: 'pre-wrap' }} aria-label={t`Message text`}>
            {m.textBody}
          </Code>
        </Stack>
      )}
    </Modal>
  );
}
