import type { PurchaseOrder } from '@contracts/purchase-orders';
import type { MessageDescriptor } from '@lingui/core';
import { msg } from '@lingui/core/macro';
import { Trans, useLingui } from '@lingui/react/macro';
import { Alert, Badge, Button, Group, Stack, Table, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconCheck, IconFileCode, IconX } from '@tabler/icons-react';
import { useState } from 'react';
import { ConfirmWithReasonModal } from '@/components/confirm-with-reason-modal';
import { SectionCard } from '@/components/detail-section';
import { ErrorState } from '@/components/states';
import { errorMessage } from '@/lib/api';
import { formatDate, formatDateTime, formatDecimal, formatMoney } from '@/lib/format';
import { UblUploadButton } from '../../dispatch/components/ubl-upload-button';
import { useImportOrderResponse } from '../../dispatch/queries';
import {
  downloadAnswerUbl,
  type SupplierResponse,
  useAcceptProposal,
  useDeclineProposal,
  useSupplierResponses,
} from '../queries';

const DECISION: Record<
  SupplierResponse['lines'][number]['decision'],
  { label: MessageDescriptor; color: string }
> = {
  accept: { label: msg`Accepted`, color: 'teal' },
  change: { label: msg`Change proposed`, color: 'yellow' },
  reject: { label: msg`Rejected`, color: 'red' },
};

const STATUS: Record<SupplierResponse['status'], { label: MessageDescriptor; color: string }> = {
  accepted: { label: msg`Confirmed by the supplier`, color: 'teal' },
  proposed: { label: msg`Proposal to decide on`, color: 'yellow' },
  superseded: { label: msg`Replaced`, color: 'gray' },
  proposal_accepted: { label: msg`Proposal accepted`, color: 'teal' },
  proposal_declined: { label: msg`Proposal declined`, color: 'red' },
};

/**
 * The supplier's latest answer beside the order, line by line: what was ordered, what the supplier
 * says. A proposal is accepted (a change order, sent back) or declined with a message.
 */
export function SupplierAnswerCard({ order, canDecide }: { order: PurchaseOrder; canDecide: boolean }) {
  const { t, i18n } = useLingui();
  const answers = useSupplierResponses(order.id);
  const accept = useAcceptProposal();
  const decline = useDeclineProposal();
  const [declining, setDeclining] = useState(false);
  const importAnswer = useImportOrderResponse();
  const latest = answers.data?.[0];
  const canRecord = canDecide && order.status === 'sent' && order.sentRevision === order.revision;
  const recordButton = canRecord && (
    <UblUploadButton
      label={<Trans>Record a UBL Order Response</Trans>}
      upload={async (file) => {
        await importAnswer.mutateAsync({ orderId: order.id, file });
        notifications.show({ color: 'teal', title: t`Supplier's answer recorded`, message: file.name });
      }}
    />
  );
  if (answers.error) return <ErrorState error={answers.error} onRetry={() => void answers.refetch()} />;
  if (!latest) {
    if (!canRecord || answers.isPending) return null;
    return (
      <div id="supplier-answer">
        <SectionCard
          title={t`Supplier's answer`}
          description={t`The supplier answers in the portal; an answer its system sent you as a UBL Order Response can be recorded here.`}
          extra={
            <Badge color="gray" variant="light">
              {t`Awaiting the answer`}
            </Badge>
          }
        >
          <Group>{recordButton}</Group>
        </SectionCard>
      </div>
    );
  }
  const byLine = new Map(latest.lines.map((l) => [l.lineNo, l]));
  const status = STATUS[latest.status];
  const number = latest.number;
  const submitted = formatDateTime(latest.submittedAt);
  const answered = latest.orderRevision;
  const decidable = latest.status === 'proposed' && canDecide;
  const proposalId = latest.id;

  async function onAccept() {
    try {
      const updated = await accept.mutateAsync({
        id: order.id,
        version: order.version,
        responseId: proposalId,
      });
      notifications.show({
        color: 'teal',
        title: t`Proposal accepted`,
        message:
          updated.status === 'pending_approval'
            ? t`The change order needs approval; it is sent to the supplier once approved.`
            : t`The change order was sent to the supplier and the order is acknowledged.`,
      });
    } catch (err) {
      notifications.show({ color: 'red', title: t`Not accepted`, message: (err as Error).message });
    }
  }

  return (
    <div id="supplier-answer">
      <SectionCard
        title={t`Supplier's answer`}
        description={t`What the supplier says of each line, beside what was ordered.`}
        extra={
          <Badge color={status.color} variant="light">
            {i18n._(status.label)}
          </Badge>
        }
      >
        <Stack gap="sm">
          <Text size="sm" c="dimmed">
            <Trans>
              Answer {number} · {submitted} · revision {answered}
            </Trans>
          </Text>
          {latest.note && <Text size="sm">“{latest.note}”</Text>}
          <Group>
            <Button
              size="xs"
              variant="default"
              leftSection={<IconFileCode size={14} />}
              onClick={() =>
                void downloadAnswerUbl('buyer', order.id, latest).catch((err: unknown) =>
                  notifications.show({ color: 'red', title: t`Download failed`, message: errorMessage(err) }),
                )
              }
            >
              <Trans>PEPPOL Order Response</Trans>
            </Button>
            {recordButton}
          </Group>
          {latest.status === 'proposal_declined' && latest.decisionMessage && (
            <Alert color="red" variant="light" title={t`Declined`}>
              {latest.decisionMessage}
            </Alert>
          )}
          <Table.ScrollContainer minWidth={640}>
            <Table verticalSpacing="xs" aria-label={t`Ordered and answered, line by line`}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>#</Table.Th>
                  <Table.Th>
                    <Trans>Ordered</Trans>
                  </Table.Th>
                  <Table.Th>
                    <Trans>Supplier</Trans>
                  </Table.Th>
                  <Table.Th>
                    <Trans>Proposed</Trans>
                  </Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {order.lines.map((l) => {
                  const a = byLine.get(l.lineNo);
                  const d = a ? DECISION[a.decision] : undefined;
                  return (
                    <Table.Tr key={l.lineNo}>
                      <Table.Td>{l.lineNo}</Table.Td>
                      <Table.Td>
                        <Text size="sm">{l.description}</Text>
                        <Text size="xs" c="dimmed">
                          {formatDecimal(l.quantity)} {l.unitCode} ×{' '}
                          {formatMoney(l.unitPrice, order.currency)} ·{' '}
                          {formatDate(l.neededBy ?? order.expectedDeliveryDate)}
                        </Text>
                      </Table.Td>
                      <Table.Td>
                        {d ? (
                          <Badge color={d.color} variant="light">
                            {i18n._(d.label)}
                          </Badge>
                        ) : (
                          '—'
                        )}
                      </Table.Td>
                      <Table.Td>
                        {a && a.decision !== 'reject' && (
                          <Text size="sm">
                            {formatDate(a.promisedDate)}
                            {a.quantity && ` · ${formatDecimal(a.quantity)} ${l.unitCode}`}
                            {a.unitPrice && ` · ${formatMoney(a.unitPrice, order.currency)}`}
                          </Text>
                        )}
                        {a?.reason && (
                          <Text size="xs" c="dimmed">
                            {a.reason}
                          </Text>
                        )}
                      </Table.Td>
                    </Table.Tr>
                  );
                })}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
          {decidable && (
            <Group justify="flex-end">
              <Button
                variant="light"
                color="red"
                leftSection={<IconX size={16} />}
                onClick={() => setDeclining(true)}
              >
                <Trans>Decline proposal</Trans>
              </Button>
              <Button
                color="teal"
                leftSection={<IconCheck size={16} />}
                loading={accept.isPending}
                onClick={() => void onAccept()}
              >
                <Trans>Accept proposal</Trans>
              </Button>
            </Group>
          )}
        </Stack>
      </SectionCard>
      <ConfirmWithReasonModal
        opened={declining}
        onClose={() => setDeclining(false)}
        title={t`Decline the supplier's proposal`}
        message={t`The order stands as sent; the supplier is told your message and answers again.`}
        confirmLabel={t`Decline proposal`}
        color="red"
        reasonRequired
        reasonLabel={t`Message to the supplier`}
        onConfirm={async (message) => {
          await decline.mutateAsync({ id: order.id, responseId: proposalId, message });
          notifications.show({
            color: 'teal',
            title: t`Proposal declined`,
            message: t`The supplier was told.`,
          });
        }}
      />
    </div>
  );
}
