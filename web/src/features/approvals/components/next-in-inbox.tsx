import { Trans, useLingui } from '@lingui/react/macro';
import { Alert, Anchor, Button, Group, Text } from '@mantine/core';
import { IconArrowRight, IconInbox } from '@tabler/icons-react';
import { Link } from 'react-router';
import { formatMoney } from '@/lib/format';
import { useApprovalInbox } from '../queries';

/**
 * Shown on a document after the approver decided on it: the next document waiting for them (the
 * oldest other one in their inbox), so they can go on without returning to the list.
 */
export function NextInInbox({ decidedDocumentId }: { decidedDocumentId: string }) {
  const { t } = useLingui();
  const inbox = useApprovalInbox();
  // The inbox is fetched again after the decision; until then it may still hold this document.
  const next = inbox.data?.items
    .slice()
    .sort((a, b) => a.waitingSince.getTime() - b.waitingSince.getTime())
    .find((item) => item.documentId !== decidedDocumentId);
  if (inbox.isPending || inbox.isFetching) return null;
  const waiting = inbox.data?.items.filter((i) => i.documentId !== decidedDocumentId).length ?? 0;
  return (
    <Alert color="teal" variant="light" icon={<IconInbox size={18} />} title={t`Your decision is recorded`}>
      {next ? (
        <Group justify="space-between" gap="xs">
          <Text size="sm">
            <Trans>Next in your inbox ({waiting} waiting):</Trans>{' '}
            <Text span fw={600} ff="monospace">
              {next.number}
            </Text>{' '}
            {[
              next.supplierName ?? next.requesterName,
              next.total && next.currency ? formatMoney(next.total, next.currency) : null,
            ]
              .filter(Boolean)
              .map((part) => ` · ${part}`)
              .join('')}
          </Text>
          <Group gap="xs">
            <Button component={Link} to="/approvals" variant="default" size="xs">
              <Trans>Back to inbox</Trans>
            </Button>
            <Button
              component={Link}
              to={
                next.documentType === 'requisition'
                  ? `/requisitions/${next.documentId}`
                  : `/purchase-orders/${next.documentId}`
              }
              size="xs"
              color="teal"
              rightSection={<IconArrowRight size={14} />}
            >
              <Trans>Next in inbox</Trans>
            </Button>
          </Group>
        </Group>
      ) : inbox.error ? (
        <Text size="sm">
          <Trans>
            Your inbox could not be loaded just now:{' '}
            <Anchor component={Link} to="/approvals" size="sm">
              open it
            </Anchor>{' '}
            to see what else waits.
          </Trans>
        </Text>
      ) : (
        <Text size="sm">
          <Trans>Nothing else waits for your approval.</Trans>
        </Text>
      )}
    </Alert>
  );
}
