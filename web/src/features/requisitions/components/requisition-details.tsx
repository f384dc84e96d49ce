import type { Requisition, RequisitionLine } from '@contracts/requisitions';
import { Trans, useLingui } from '@lingui/react/macro';
import { Alert, Badge, Group, Progress, SimpleGrid, Stack, Table, Text } from '@mantine/core';
import { IconAlertTriangle, IconCircleX, IconInfoCircle } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { DetailField, Muted, SectionCard } from '@/components/detail-section';
import { ReturnedAlert } from '@/components/returned-alert';
import { lineAmounts } from '@/lib/document-totals';
import { formatDate, formatDateTime, formatDecimal, formatMoney } from '@/lib/format';
import { compareDecimal, percentOf } from '@/lib/money';
import {
  LINE_ORDER_STATUS_COLORS,
  LINE_ORDER_STATUS_LABELS,
  REQUISITION_STATUS_LABELS,
} from '../requisition-format';

/** The decision on a requisition, when there is one to tell: rejected, cancelled or closed with a reason. */
export function RequisitionOutcomeAlert({ requisition: r }: { requisition: Requisition }) {
  const { t, i18n } = useLingui();
  if (r.status === 'rejected') {
    return (
      <Alert color="red" variant="light" icon={<IconCircleX size={18} />} title={t`Rejected`}>
        {r.decisionReason ?? t`No reason was given.`}
        {r.decidedAt && (
          <Text size="xs" c="dimmed" mt={4}>
            {formatDateTime(r.decidedAt)}
          </Text>
        )}
      </Alert>
    );
  }
  if (r.status === 'draft' && r.returned) {
    return (
      <ReturnedAlert
        returned={r.returned}
        nextStep={t`The requester edits the requisition as asked and submits it again; it then gets a new approval route.`}
      />
    );
  }
  if (r.status === 'draft' && r.decisionReason) {
    const decided = r.decidedAt ? formatDateTime(r.decidedAt) : null;
    return (
      <Alert
        color="orange"
        variant="light"
        icon={<IconCircleX size={18} />}
        title={t`Returned by the approver`}
      >
        {r.decisionReason}
        <Text size="xs" c="dimmed" mt={4}>
          {decided ? (
            <Trans>{decided}. Change what is asked and submit it again.</Trans>
          ) : (
            <Trans>Change what is asked and submit it again.</Trans>
          )}
        </Text>
      </Alert>
    );
  }
  if (r.status === 'cancelled' || (r.status === 'closed' && r.cancelReason)) {
    return (
      <Alert
        color="gray"
        variant="light"
        icon={<IconAlertTriangle size={18} />}
        title={i18n._(REQUISITION_STATUS_LABELS[r.status])}
      >
        {r.cancelReason ?? t`No reason was given.`}
      </Alert>
    );
  }
  if (r.status === 'submitted') {
    const submitted = formatDateTime(r.submittedAt);
    return (
      <Alert
        color="yellow"
        variant="light"
        icon={<IconInfoCircle size={18} />}
        title={t`Waiting for approval`}
      >
        <Trans>Submitted {submitted}. An approver will approve or reject it.</Trans>
      </Alert>
    );
  }
  return null;
}

export function RequisitionGeneralCard({
  requisition: r,
  renderDepartment,
}: {
  requisition: Requisition;
  renderDepartment?: (departmentId: string) => ReactNode;
}) {
  const { t } = useLingui();
  return (
    <SectionCard title={t`General`}>
      <Stack gap="md">
        <SimpleGrid cols={{ base: 1, sm: 2, md: 4 }} spacing="lg" verticalSpacing="md">
          <DetailField label={t`Requester`}>{r.requesterName}</DetailField>
          <DetailField label={t`Department`}>
            {renderDepartment?.(r.departmentId) ?? r.departmentCode}
          </DetailField>
          <DetailField label={t`Cost centre`}>
            <Text size="sm" ff="monospace">
              {r.costCentreCode}
            </Text>
          </DetailField>
          <DetailField label={t`Estimated total`}>
            <Text size="sm" fw={600} ff="monospace">
              {formatMoney(r.estimatedTotalBase, r.baseCurrency)}
            </Text>
          </DetailField>
          <DetailField label={t`Raised`}>{formatDateTime(r.createdAt)}</DetailField>
          <DetailField label={t`Submitted`}>
            {r.submittedAt ? (
              formatDateTime(r.submittedAt)
            ) : (
              <Muted>
                <Trans>Not yet</Trans>
              </Muted>
            )}
          </DetailField>
          <DetailField label={t`Decided`}>
            {r.decidedAt ? (
              formatDateTime(r.decidedAt)
            ) : (
              <Muted>
                <Trans>Not yet</Trans>
              </Muted>
            )}
          </DetailField>
          <DetailField label={t`Version`}>{r.version}</DetailField>
        </SimpleGrid>
        <DetailField label={t`Justification`}>
          {r.justification ? (
            <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
              {r.justification}
            </Text>
          ) : (
            <Muted>
              <Trans>None given</Trans>
            </Muted>
          )}
        </DetailField>
      </Stack>
    </SectionCard>
  );
}

/** Ordered as a share of requested, capped at 100 for the bar. */
function orderedPercent(line: RequisitionLine): number {
  if (compareDecimal(line.quantity, '0') <= 0) return 0;
  // Display only: a bar's width needs a number; the figures beside it stay exact.
  return percentOf(line.quantityOrdered, line.quantity);
}

export function RequisitionLinesTable({
  requisition,
  minorUnitsOf,
  renderItem,
  renderSupplier,
  categoryName,
}: {
  requisition: Requisition;
  minorUnitsOf: (currency: string) => number;
  renderItem: (itemId: string) => ReactNode;
  renderSupplier: (supplierId: string) => ReactNode;
  categoryName: (categoryId: string) => string;
}) {
  const { t, i18n } = useLingui();
  const tracking = ['approved', 'partially_ordered', 'ordered', 'closed'].includes(requisition.status);
  return (
    <Table.ScrollContainer minWidth={900}>
      <Table verticalSpacing="sm" horizontalSpacing="sm" aria-label={t`Requisition lines`} layout="fixed">
        <Table.Thead>
          <Table.Tr>
            <Table.Th w={40}>#</Table.Th>
            <Table.Th>
              <Trans>Item</Trans>
            </Table.Th>
            <Table.Th w={110} ta="right">
              <Trans>Requested</Trans>
            </Table.Th>
            <Table.Th w={150}>
              <Trans>Ordered</Trans>
            </Table.Th>
            <Table.Th w={100} ta="right">
              <Trans>Remaining</Trans>
            </Table.Th>
            <Table.Th w={140} ta="right">
              <Trans>Estimate</Trans>
            </Table.Th>
            <Table.Th w={110}>
              <Trans>Needed by</Trans>
            </Table.Th>
            <Table.Th w="18%">
              <Trans>Suggested supplier</Trans>
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {requisition.lines.map((l) => {
            const amount = lineAmounts(
              { quantity: l.quantity, unitPrice: l.estimatedUnitPrice, taxRate: '0' },
              minorUnitsOf(l.currency),
            ).net;
            const lineNo = l.lineNo;
            return (
              <Table.Tr key={l.id}>
                <Table.Td c="dimmed">{l.lineNo}</Table.Td>
                <Table.Td style={{ overflowWrap: 'anywhere' }}>
                  <Stack gap={2}>
                    <Text size="sm" fw={500}>
                      {l.description}
                    </Text>
                    <Group gap={6}>
                      {l.itemId ? (
                        renderItem(l.itemId)
                      ) : (
                        <Badge size="xs" variant="outline" color="gray" radius="sm">
                          <Trans>Free text</Trans>
                        </Badge>
                      )}
                      <Text size="xs" c="dimmed">
                        {categoryName(l.categoryId)}
                      </Text>
                    </Group>
                  </Stack>
                </Table.Td>
                <Table.Td ta="right">
                  <Text size="sm" ff="monospace">
                    {formatDecimal(l.quantity)} {l.unitCode}
                  </Text>
                </Table.Td>
                <Table.Td>
                  {tracking ? (
                    <Stack gap={4}>
                      <Group gap={6} wrap="nowrap">
                        <Text size="sm" ff="monospace">
                          {formatDecimal(l.quantityOrdered)}
                        </Text>
                        <Badge
                          size="xs"
                          radius="sm"
                          variant="light"
                          color={LINE_ORDER_STATUS_COLORS[l.orderStatus]}
                        >
                          {i18n._(LINE_ORDER_STATUS_LABELS[l.orderStatus])}
                        </Badge>
                      </Group>
                      <Progress
                        value={orderedPercent(l)}
                        size="sm"
                        color={l.orderStatus === 'ordered' ? 'teal' : 'blue'}
                        aria-label={t`Line ${lineNo} ordered`}
                      />
                    </Stack>
                  ) : (
                    <Muted>—</Muted>
                  )}
                </Table.Td>
                <Table.Td ta="right">
                  <Text
                    size="sm"
                    ff="monospace"
                    c={compareDecimal(l.quantityRemaining, '0') > 0 ? undefined : 'dimmed'}
                  >
                    {tracking ? formatDecimal(l.quantityRemaining) : '—'}
                  </Text>
                </Table.Td>
                <Table.Td ta="right">
                  <Stack gap={0} align="flex-end">
                    <Text size="sm" ff="monospace">
                      {formatMoney(amount, l.currency)}
                    </Text>
                    <Text size="xs" c="dimmed" ff="monospace">
                      {formatMoney(l.estimatedUnitPrice, l.currency)} / {l.unitCode}
                    </Text>
                  </Stack>
                </Table.Td>
                <Table.Td>
                  <Text size="sm">{l.neededBy ? formatDate(l.neededBy) : '—'}</Text>
                </Table.Td>
                <Table.Td style={{ overflowWrap: 'anywhere' }}>
                  {l.suggestedSupplierId ? (
                    renderSupplier(l.suggestedSupplierId)
                  ) : (
                    <Muted>
                      <Trans context="no suggested supplier">None</Trans>
                    </Muted>
                  )}
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
