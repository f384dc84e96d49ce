import { REJECTION_REASONS, type RejectionReason } from '@contracts/receiving';
import { Trans, useLingui } from '@lingui/react/macro';
import {
  Alert,
  Anchor,
  Button,
  Group,
  Paper,
  Select,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconAlertTriangle, IconChecks } from '@tabler/icons-react';
import { type FormEvent, useState } from 'react';
import { Link } from 'react-router';
import { PageHeader } from '@/components/page-header';
import { EmptyState, ErrorState, LoadingState } from '@/components/states';
import { useCan } from '@/features/auth/use-can';
import { ReceiptFiles } from '@/features/receiving/components/receipt-files';
import { REJECTION_REASON_LABELS } from '@/features/receiving/labels';
import {
  type PendingInspection,
  useInspectionQueue,
  useRecordInspection,
} from '@/features/receiving/queries';
import { errorMessage, isApiError } from '@/lib/api';
import { translateFieldMessage } from '@/lib/contract-messages';
import { formatDate, formatDecimal } from '@/lib/format';
import { isDecimal, subtractDecimal } from '@/lib/money';
import { usePageTitle } from '@/lib/use-page-title';

/** The inspection queue: every received line that awaits inspection, oldest first, inspected in place. */
export function InspectionsPage() {
  const { t } = useLingui();
  usePageTitle(t`Inspection queue`);
  const can = useCan();
  const queue = useInspectionQueue();
  const items = queue.data?.pages.flatMap((p) => p.items) ?? [];
  return (
    <>
      <PageHeader
        title={t`Inspection queue`}
        description={t`Goods that arrived and wait for quality inspection before they count as delivered, oldest first.`}
        actions={
          can('receiving:write') && (
            <Button component={Link} to="/receiving" variant="default">
              <Trans>Receiving</Trans>
            </Button>
          )
        }
      />
      {queue.error ? (
        <ErrorState error={queue.error} onRetry={() => void queue.refetch()} />
      ) : queue.isPending ? (
        <LoadingState />
      ) : items.length === 0 ? (
        <EmptyState title={t`Nothing awaits inspection`}>
          <Trans>
            Goods of items (or categories) marked “inspection required” appear here when they are received.
          </Trans>
        </EmptyState>
      ) : (
        <Stack gap="sm" maw={960}>
          {items.map((item) => (
            <PendingLine
              key={`${item.receiptId}:${item.lineNo}`}
              item={item}
              canInspect={can('receiving:inspect')}
              canAttach={can('documents:discuss')}
            />
          ))}
          {queue.hasNextPage && (
            <Button
              variant="default"
              loading={queue.isFetchingNextPage}
              onClick={() => void queue.fetchNextPage()}
            >
              <Trans>Show more</Trans>
            </Button>
          )}
        </Stack>
      )}
    </>
  );
}

function PendingLine({
  item,
  canInspect,
  canAttach,
}: {
  item: PendingInspection;
  canInspect: boolean;
  canAttach: boolean;
}) {
  const { t, i18n } = useLingui();
  const record = useRecordInspection();
  const [accepted, setAccepted] = useState(item.quantityPending);
  const [rejected, setRejected] = useState('0');
  const [reason, setReason] = useState<RejectionReason | null>(null);
  const [rejectionNote, setRejectionNote] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [error, setError] = useState<string | null>(null);
  const { lineNo, unitCode, receiptNumber, purchaseOrderNumber } = item;
  const receivedOn = formatDate(item.receivedOn);
  const pending = formatDecimal(item.quantityPending);
  const rejecting = isDecimal(rejected.trim()) && Number(rejected) > 0;

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    setErrors({});
    setError(null);
    try {
      await record.mutateAsync({
        receiptId: item.receiptId,
        body: {
          lines: [
            {
              lineNo,
              quantityAccepted: accepted.trim() || '0',
              quantityRejected: rejected.trim() || '0',
              rejectionReason: rejecting ? reason : null,
              rejectionNote: rejecting ? rejectionNote.trim() || null : null,
            },
          ],
        },
      });
      notifications.show({
        color: 'teal',
        title: t`Inspection of ${receiptNumber}, line ${lineNo} recorded`,
        message: rejecting
          ? t`Rejected goods are open again on the order.`
          : t`The goods count as delivered.`,
      });
    } catch (err) {
      if (isApiError(err) && err.fieldErrors.length > 0) {
        const byField: Record<string, string> = {};
        for (const f of err.fieldErrors) {
          const field = /^lines\[\d+\]\.(\w+)/.exec(f.path)?.[1] ?? 'lines';
          byField[field] = translateFieldMessage(f.message);
        }
        setErrors(byField);
      } else setError(errorMessage(err));
    }
  }

  return (
    <Paper withBorder radius="md" p="md" data-testid={`inspect-${receiptNumber}-${lineNo}`}>
      <form
        onSubmit={(e) => void onSubmit(e)}
        noValidate
        aria-label={t`Inspect ${receiptNumber}, line ${lineNo}`}
      >
        <Stack gap="sm">
          <Group justify="space-between" wrap="wrap" gap="xs" align="flex-start">
            <div style={{ minWidth: 0, flex: '1 1 16rem' }}>
              <Text fw={600}>
                {lineNo}. {item.description}
              </Text>
              <Text size="sm" c="dimmed">
                <Trans>
                  {receiptNumber} ·{' '}
                  <Anchor component={Link} to={`/purchase-orders/${item.purchaseOrderId}#receipts`} inherit>
                    {purchaseOrderNumber}
                  </Anchor>{' '}
                  · received {receivedOn}
                </Trans>
              </Text>
            </div>
            <Text fw={600}>
              <Trans>
                {pending} {unitCode} to inspect
              </Trans>
            </Text>
          </Group>
          {canInspect && (
            <>
              <SimpleGrid cols={{ base: 2, sm: 4 }} spacing="sm">
                <TextInput
                  size="md"
                  label={t`Accepted (${unitCode})`}
                  inputMode="decimal"
                  value={accepted}
                  onChange={(e) => setAccepted(e.currentTarget.value)}
                  error={errors.quantityAccepted}
                />
                <TextInput
                  size="md"
                  label={t`Rejected (${unitCode})`}
                  inputMode="decimal"
                  value={rejected}
                  onChange={(e) => {
                    const value = e.currentTarget.value;
                    setRejected(value);
                    // What is rejected is not accepted: keep the two adding up to what awaits.
                    if (isDecimal(value.trim()) && isDecimal(item.quantityPending)) {
                      const rest = subtractDecimal(item.quantityPending, value.trim());
                      if (!rest.startsWith('-')) setAccepted(rest);
                    }
                  }}
                  error={errors.quantityRejected}
                />
                <Select
                  size="md"
                  label={t`Reason for rejecting`}
                  disabled={!rejecting}
                  data={REJECTION_REASONS.map((r) => ({
                    value: r,
                    label: i18n._(REJECTION_REASON_LABELS[r as RejectionReason]),
                  }))}
                  value={reason}
                  onChange={(v) => setReason(v as RejectionReason | null)}
                  error={errors.rejectionReason}
                  allowDeselect={false}
                />
                <TextInput
                  size="md"
                  label={reason === 'other' ? t`What was wrong` : t`Details (optional)`}
                  disabled={!rejecting}
                  maxLength={2000}
                  value={rejectionNote}
                  onChange={(e) => setRejectionNote(e.currentTarget.value)}
                  error={errors.rejectionNote}
                />
              </SimpleGrid>
              {(error || errors.lineNo || errors.lines) && (
                <Alert color="red" variant="light" icon={<IconAlertTriangle size={18} />}>
                  {errors.lineNo ?? errors.lines ?? error}
                </Alert>
              )}
              <Group justify="space-between" align="center" wrap="wrap">
                <ReceiptFiles receiptId={item.receiptId} canAttach={canAttach} />
                <Button type="submit" leftSection={<IconChecks size={16} />} loading={record.isPending}>
                  <Trans>Record inspection</Trans>
                </Button>
              </Group>
            </>
          )}
        </Stack>
      </form>
    </Paper>
  );
}
