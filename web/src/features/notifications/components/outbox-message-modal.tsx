import { Badge, Code, Group, Modal, Stack, Text } from '@mantine/core';
import { ErrorState, LoadingState } from '@/components/states';
import { formatDateTime } from '@/lib/format';
import { useOutboxMessage } from '../api/get-outbox-message';
import { EmailStatusBadge } from './email-status-badge';

/** One e-mail as it was (or will be) sent: headers and the plain text. */
export function OutboxMessageModal({ id, onClose }: { id: string | null; onClose: () => void }) {
  const query = useOutboxMessage(id);
  const m = query.data;
  return (
    <Modal opened={id !== null} onClose={onClose} title={m?.subject ?? 'E-mail'} size="lg">
      {query.isPending ? (
        <LoadingState />
      ) : query.error || !m ? (
        <ErrorState error={query.error} onRetry={() => void query.refetch()} />
      ) : (
        <Stack gap="sm">
          <Group gap="xs">
            <EmailStatusBadge status={m.status} />
            {m.attempts > 0 && (
              <Badge
                variant="light"
                color="gray"
              >{`${m.attempts} attempt${m.attempts === 1 ? '' : 's'}`}</Badge>
            )}
          </Group>
          <Text size="sm">
            <b>To:</b> {m.toAddress}
          </Text>
          <Text size="sm">
            <b>Created:</b> {formatDateTime(m.createdAt)} · <b>Sent:</b> {formatDateTime(m.sentAt)}
            {m.deliveredTo && ` (${m.deliveredTo})`}
          </Text>
          {m.lastError && (
            <Text size="sm" c="red">
              <b>Last error:</b> {m.lastError}
            </Text>
          )}
          <Code block style={{ whiteSpace: 'pre-wrap' }} aria-label="Message text">
            {m.textBody}
          </Code>
        </Stack>
      )}
    </Modal>
  );
}
