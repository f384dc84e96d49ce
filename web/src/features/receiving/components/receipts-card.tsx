import type { PurchaseOrder } from '@contracts/purchase-orders';
import type { RECEIPT_LINE_STATUSES } from '@contracts/receiving';
import type { MessageDescriptor } from '@lingui/core';
import { msg } from '@lingui/core/macro';
import { Trans, useLingui } from '@lingui/react/macro';
import {
  Alert,
  Badge,
  Button,
  Group,
  Modal,
  Paper,
  Stack,
  Table,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import {
  IconAlertTriangle,
  IconArrowBackUp,
  IconChecks,
  IconFileCode,
  IconPackageImport,
  IconTruckReturn,
} from '@tabler/icons-react';
import { type FormEvent, useState } from 'react';
import { Link } from 'react-router';
import { KEYBOARD_SCROLL } from '@/components/data-table';
import { SectionCard } from '@/components/detail-section';
import { ErrorState, LoadingState } from '@/components/states';
import { errorMessage, isApiError } from '@/lib/api';
import { fieldErrorsByLine } from '@/lib/contract-messages';
import { formatDate, formatDecimal, formatMoney } from '@/lib/format';
import { isDecimal, isZero } from '@/lib/money';
import { REJECTION_REASON_LABELS } from '../labels';
import {
  downloadReceiptAdvice,
  type Receipt,
  useOrderReceipts,
  useReturns,
  useReverseReceipt,
} from '../queries';
import { ReceiptFiles } from './receipt-files';
import { ReturnForm } from './return-form';
import { ReturnItem } from './return-item';
import { openServiceLines, ServiceConfirmForm } from './service-confirm-form';

type LineStatus = (typeof RECEIPT_LINE_STATUSES)[number];

const LINE_STATUS: Record<LineStatus, { label: MessageDescriptor; color: string }> = {
  accepted: { label: msg`Accepted`, color: 'teal' },
  pending_inspection: { label: msg`Awaiting inspection`, color: 'yellow' },
  inspected: { label: msg`Inspected`, color: 'orange' },
  reversed: { label: msg`Reversed`, color: 'gray' },
};

const RECEIVABLE = ['sent', 'acknowledged', 'partially_received'];

/**
 * What was received against the order: each goods receipt and reversal with its lines, what of them
 * awaits inspection, was accepted or rejected (and why), and a reversal to correct a mistake.
 */
export function ReceiptsCard({
  order,
  canReceive,
  canReturn,
  canAttach,
  canConfirm,
}: {
  order: PurchaseOrder;
  canReceive: boolean;
  canReturn: boolean;
  /** May confirm services (receiving:confirm, or a receiver). */
  canConfirm: boolean;
  /** May add photos and reports to receipts (documents:discuss). */
  canAttach: boolean;
}) {
  const { t } = useLingui();
  const receipts = useOrderReceipts(order.id);
  const returns = useReturns({ purchaseOrderId: order.id });
  const [reversing, setReversing] = useState<Receipt | null>(null);
  const [returning, setReturning] = useState<Receipt | null>(null);
  const [confirming, setConfirming] = useState(false);
  const servicesOpen = canConfirm && RECEIVABLE.includes(order.status) && openServiceLines(order).length > 0;
  const items = receipts.data?.pages.flatMap((p) => p.items) ?? [];
  const returned = returns.data?.pages.flatMap((p) => p.items) ?? [];
  const reversingNumber = reversing?.number ?? '';
  const returningNumber = returning?.number ?? '';
  return (
    <div id="receipts">
      <SectionCard
        title={t`Goods received`}
        description={t`Receipts, inspections, reversals and returns. Only accepted goods count as delivered.`}
        extra={
          <Group gap="xs">
            {servicesOpen && (
              <Button
                size="xs"
                variant="default"
                leftSection={<IconChecks size={14} />}
                onClick={() => setConfirming(true)}
              >
                <Trans>Confirm services</Trans>
              </Button>
            )}
            {canReceive && RECEIVABLE.includes(order.status) && (
              <Button
                size="xs"
                variant="default"
                component={Link}
                to={`/receiving?order=${order.id}`}
                leftSection={<IconPackageImport size={14} />}
              >
                <Trans>Receive goods</Trans>
              </Button>
            )}
          </Group>
        }
      >
        {receipts.error ? (
          <ErrorState error={receipts.error} onRetry={() => void receipts.refetch()} />
        ) : receipts.isPending ? (
          <LoadingState />
        ) : items.length === 0 ? (
          <Text size="sm" c="dimmed">
            <Trans>Nothing received yet.</Trans>
          </Text>
        ) : (
          <Stack gap="sm">
            {items.map((r) => (
              <ReceiptItem
                key={r.id}
                receipt={r}
                numberOf={(id) => items.find((x) => x.id === id)?.number ?? ''}
                onReverse={
                  canReceive && r.kind === 'receipt' && canBeReversed(r) ? () => setReversing(r) : undefined
                }
                onReturn={canReturn && canBeReturned(r) ? () => setReturning(r) : undefined}
                canAttach={canAttach}
                currency={order.currency}
              />
            ))}
            {receipts.hasNextPage && (
              <Button
                variant="default"
                size="xs"
                loading={receipts.isFetchingNextPage}
                onClick={() => void receipts.fetchNextPage()}
              >
                <Trans>Show more</Trans>
              </Button>
            )}
            {returned.length > 0 && (
              <Stack gap="xs" mt="xs" id="returns">
                <Title order={4} fz="sm">
                  <Trans>Returned to the supplier</Trans>
                </Title>
                {returned.map((r) => (
                  <ReturnItem key={r.id} ret={r} />
                ))}
              </Stack>
            )}
          </Stack>
        )}
      </SectionCard>
      <Modal
        opened={reversing !== null}
        onClose={() => setReversing(null)}
        title={reversing ? t`Reverse ${reversingNumber}` : ''}
        size="lg"
      >
        {reversing && <ReverseForm receipt={reversing} onDone={() => setReversing(null)} />}
      </Modal>
      <Modal opened={confirming} onClose={() => setConfirming(false)} title={t`Confirm services`} size="lg">
        {confirming && <ServiceConfirmForm order={order} onDone={() => setConfirming(false)} />}
      </Modal>
      <Modal
        opened={returning !== null}
        onClose={() => setReturning(null)}
        title={returning ? t`Return goods of ${returningNumber} to the supplier` : ''}
        size="lg"
      >
        {returning && <ReturnForm receipt={returning} onDone={() => setReturning(null)} />}
      </Modal>
    </div>
  );
}

/** Something of it can still be taken back: accepted on receipt, or still awaiting inspection. */
function canBeReversed(r: Receipt): boolean {
  return r.lines.some((l) => !isZero(l.quantityReversible));
}

/** Something of it was rejected at inspection and has not gone back yet. */
function canBeReturned(r: Receipt): boolean {
  return r.lines.some((l) => !isZero(l.quantityReturnable));
}

function ReceiptItem({
  receipt: r,
  numberOf,
  onReverse,
  onReturn,
  canAttach,
  currency,
}: {
  receipt: Receipt;
  /** The order's currency: what a service confirmed by amount is in. */
  currency: string;
  numberOf: (id: string) => string;
  onReverse?: () => void;
  onReturn?: () => void;
  canAttach: boolean;
}) {
  const { t, i18n } = useLingui();
  const reversal = r.kind === 'reversal';
  const who = r.recordedBy.name;
  const reverses = r.reversesReceiptId ? numberOf(r.reversesReceiptId) : '';
  const { number, reason } = r;
  const on = formatDate(r.receivedOn);
  return (
    <Paper withBorder radius="md" p="sm" data-testid={`receipt-${r.number}`}>
      <Stack gap="xs">
        <Group justify="space-between" wrap="wrap" gap="xs">
          <div>
            <Group gap="xs">
              <Text fw={600}>{r.number}</Text>
              {reversal && (
                <Badge color="gray" variant="light">
                  <Trans>Reversal of {reverses}</Trans>
                </Badge>
              )}
              {r.overReceived && (
                <Badge color="orange" variant="light">
                  <Trans>Over-receipt</Trans>
                </Badge>
              )}
            </Group>
            <Text size="xs" c="dimmed">
              {reversal ? (
                <Trans>
                  {on} by {who} — {reason}
                </Trans>
              ) : (
                <Trans>
                  Received {on} by {who}
                </Trans>
              )}
              {r.deliveryNote && ` · ${t`delivery note`} ${r.deliveryNote}`}
              {r.storageLocation && ` · ${r.storageLocation}`}
            </Text>
          </div>
          <Group gap="xs">
            {!reversal && (
              <Button
                size="xs"
                variant="subtle"
                leftSection={<IconFileCode size={14} />}
                onClick={() => void downloadReceiptAdvice(r)}
              >
                <Trans>Receipt Advice (UBL)</Trans>
              </Button>
            )}
            {onReturn && (
              <Button
                size="xs"
                variant="light"
                color="red"
                leftSection={<IconTruckReturn size={14} />}
                onClick={onReturn}
              >
                <Trans>Return to supplier</Trans>
              </Button>
            )}
            {onReverse && (
              <Button
                size="xs"
                variant="subtle"
                color="orange"
                leftSection={<IconArrowBackUp size={14} />}
                onClick={onReverse}
              >
                <Trans>Reverse</Trans>
              </Button>
            )}
          </Group>
        </Group>
        <Table.ScrollContainer minWidth={520} scrollAreaProps={KEYBOARD_SCROLL}>
          <Table verticalSpacing={4} fz="sm" aria-label={t`Lines of ${number}`}>
            <Table.Tbody>
              {r.lines.map((l) => {
                const over = formatDecimal(l.overReceived);
                const accepted = formatDecimal(l.quantityAccepted);
                const rejected = formatDecimal(l.quantityRejected);
                const reversed = formatDecimal(l.quantityReversed);
                const returnedQty = formatDecimal(l.quantityReturned);
                const confirmedPercent = l.confirmedPercent ? formatDecimal(l.confirmedPercent) : '';
                const confirmedAmount = l.confirmedAmount ? formatMoney(l.confirmedAmount, currency) : '';
                return (
                  <Table.Tr key={l.lineNo}>
                    <Table.Td w={36} c="dimmed">
                      {l.lineNo}
                    </Table.Td>
                    <Table.Td>{l.description}</Table.Td>
                    <Table.Td ta="right" ff="monospace" w={120}>
                      {reversal ? '−' : ''}
                      {formatDecimal(l.quantity)} {l.unitCode}
                    </Table.Td>
                    <Table.Td w={260}>
                      {!reversal && (
                        <Stack gap={2}>
                          <Group gap={4}>
                            <Badge size="sm" variant="light" color={LINE_STATUS[l.status].color}>
                              {i18n._(LINE_STATUS[l.status].label)}
                            </Badge>
                            {!isZero(l.overReceived) && (
                              <Badge size="sm" variant="outline" color="orange">
                                <Trans>+{over} over</Trans>
                              </Badge>
                            )}
                          </Group>
                          {confirmedPercent && (
                            <Text size="xs" c="dimmed">
                              <Trans>confirmed at {confirmedPercent} % complete</Trans>
                            </Text>
                          )}
                          {confirmedAmount && (
                            <Text size="xs" c="dimmed">
                              <Trans>confirmed for {confirmedAmount}</Trans>
                            </Text>
                          )}
                          {(!isZero(l.quantityRejected) || !isZero(l.quantityReversed)) && (
                            <Text size="xs" c="dimmed">
                              {[
                                !isZero(l.quantityAccepted) && t`${accepted} accepted`,
                                !isZero(l.quantityRejected) && t`${rejected} rejected`,
                                !isZero(l.quantityReturned) && t`${returnedQty} returned`,
                                !isZero(l.quantityReversed) && t`${reversed} reversed`,
                              ]
                                .filter(Boolean)
                                .join(' · ')}
                            </Text>
                          )}
                          {l.inspections
                            .filter((x) => x.rejectionReason)
                            .map((x) => {
                              const count = formatDecimal(x.quantityRejected);
                              const reason = x.rejectionReason
                                ? i18n._(REJECTION_REASON_LABELS[x.rejectionReason])
                                : '';
                              const why = x.rejectionNote ?? '';
                              return (
                                <Text key={x.id} size="xs" c="red.8">
                                  {why
                                    ? t`${count} rejected — ${reason}: ${why}`
                                    : t`${count} rejected — ${reason}`}
                                </Text>
                              );
                            })}
                        </Stack>
                      )}
                    </Table.Td>
                  </Table.Tr>
                );
              })}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
        {!reversal && <ReceiptFiles receiptId={r.id} canAttach={canAttach} />}
      </Stack>
    </Paper>
  );
}

/** A reversal of some or all of a receipt, with the reason it needs. */
function ReverseForm({ receipt, onDone }: { receipt: Receipt; onDone: () => void }) {
  const { t } = useLingui();
  const reverse = useReverseReceipt();
  const lines = receipt.lines.filter((l) => !isZero(l.quantityReversible));
  const [quantities, setQuantities] = useState<Record<number, string>>(() =>
    Object.fromEntries(lines.map((l) => [l.lineNo, l.quantityReversible])),
  );
  const [reason, setReason] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [error, setError] = useState<string | null>(null);

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    setErrors({});
    setError(null);
    const taken = lines
      .map((l) => ({ lineNo: l.lineNo, quantity: (quantities[l.lineNo] ?? '').trim() }))
      .filter((l) => l.quantity !== '' && !(isDecimal(l.quantity) && isZero(l.quantity)));
    if (taken.length === 0) {
      setError(t`Enter what to take back of at least one line.`);
      return;
    }
    try {
      const reversal = await reverse.mutateAsync({ receiptId: receipt.id, body: { reason, lines: taken } });
      const { number } = reversal;
      notifications.show({ color: 'teal', title: t`Reversal ${number} recorded`, message: receipt.number });
      onDone();
    } catch (err) {
      if (isApiError(err) && err.fieldErrors.length > 0) {
        setErrors(fieldErrorsByLine(err.fieldErrors, (i) => taken[i]?.lineNo));
      } else setError(errorMessage(err));
    }
  }

  return (
    <form onSubmit={(e) => void onSubmit(e)} noValidate aria-label={t`Reversal`}>
      <Stack gap="sm">
        <Text size="sm">
          <Trans>
            A receipt is never changed: a reversal takes back what was entered by mistake, and the order
            follows.
          </Trans>
        </Text>
        {lines.map((l) => {
          const { lineNo, unitCode } = l;
          const most = formatDecimal(l.quantityReversible);
          return (
            <Group key={lineNo} justify="space-between" wrap="wrap" gap="xs" align="flex-end">
              <div style={{ minWidth: 0, flex: '1 1 12rem' }}>
                <Text size="sm" fw={500}>
                  {lineNo}. {l.description}
                </Text>
                <Text size="xs" c="dimmed">
                  <Trans>
                    at most {most} {unitCode}
                  </Trans>
                </Text>
              </div>
              <TextInput
                w={{ base: '100%', xs: 160 }}
                label={t`Take back (${unitCode})`}
                aria-label={t`Quantity to take back of line ${lineNo}`}
                inputMode="decimal"
                value={quantities[lineNo] ?? ''}
                onChange={(e) => {
                  const value = e.currentTarget.value;
                  setQuantities((q) => ({ ...q, [lineNo]: value }));
                }}
                error={errors[String(lineNo)]}
              />
            </Group>
          );
        })}
        <Textarea
          label={t`Reason`}
          required
          autosize
          minRows={2}
          maxLength={2000}
          value={reason}
          onChange={(e) => setReason(e.currentTarget.value)}
          error={errors.reason}
        />
        {error && (
          <Alert color="red" variant="light" icon={<IconAlertTriangle size={18} />}>
            {error}
          </Alert>
        )}
        <Group justify="flex-end">
          <Button
            type="submit"
            color="orange"
            leftSection={<IconArrowBackUp size={16} />}
            loading={reverse.isPending}
          >
            <Trans>Record the reversal</Trans>
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
