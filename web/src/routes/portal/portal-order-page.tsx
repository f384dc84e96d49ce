import type { MessageDescriptor } from '@lingui/core';
import { msg } from '@lingui/core/macro';
import { Trans, useLingui } from '@lingui/react/macro';
import { Alert, Anchor, Badge, Button, Grid, Group, Paper, Stack, Table, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconFileInvoice, IconInfoCircle } from '@tabler/icons-react';
import { Link, useParams } from 'react-router';
import { SectionCard } from '@/components/detail-section';
import { PageHeader } from '@/components/page-header';
import { ErrorState, LoadingState } from '@/components/states';
import { openToShip, ShipNoticeForm } from '@/features/dispatch/components/ship-notice-form';
import { ShipNoticeList } from '@/features/dispatch/components/ship-notice-list';
import { AnswerForm } from '@/features/portal/components/answer-form';
import { PortalStatusBadge } from '@/features/portal/components/portal-status-badge';
import { downloadAnswerUbl, type SupplierResponse, usePortalOrder } from '@/features/portal/queries';
import { errorMessage, isApiError } from '@/lib/api';
import { formatAddress, formatDate, formatDateTime, formatDecimal, formatMoney } from '@/lib/format';
import { isZero } from '@/lib/money';
import { usePageTitle } from '@/lib/use-page-title';
import { NotFoundPage } from '../not-found-page';

const ANSWER_STATUS: Record<SupplierResponse['status'], { label: MessageDescriptor; color: string }> = {
  accepted: { label: msg`Confirmed`, color: 'teal' },
  proposed: { label: msg`Proposal with the buyer`, color: 'yellow' },
  superseded: { label: msg`Replaced by a later answer`, color: 'gray' },
  proposal_accepted: { label: msg`Proposal accepted`, color: 'teal' },
  proposal_declined: { label: msg`Proposal declined`, color: 'red' },
};

const INVOICEABLE: readonly string[] = ['acknowledged', 'partially_received', 'received', 'closed'];

/** One order as the supplier was sent it, its answers, and the answer form while one is due. */
export function PortalOrderPage() {
  const { t, i18n } = useLingui();
  const { id = '' } = useParams();
  const { data: order, isPending, error, refetch } = usePortalOrder(id);
  usePageTitle(order ? order.number : t`Order`);
  if (isPending) return <LoadingState />;
  if (isApiError(error) && (error.status === 404 || error.status === 422)) return <NotFoundPage />;
  if (error || !order) return <ErrorState error={error} onRetry={() => void refetch()} />;
  const latest = order.answers[0];
  const blockReason = order.blocked?.reason;
  const revision = order.revision;
  const canShip =
    (order.status === 'acknowledged' || order.status === 'partially_received') &&
    !order.changePending &&
    !order.blocked &&
    order.lines.some((l) => !isZero(openToShip(l)));
  // Acknowledged or further along: what was received (or needs no receipt) is invoiced from here.
  const canInvoice = INVOICEABLE.includes(order.status) && !order.blocked;
  return (
    <>
      <PageHeader
        breadcrumbs={[{ label: t`Your orders`, to: '/portal' }, { label: order.number }]}
        title={order.number}
        badge={<PortalStatusBadge status={order.status} size="lg" />}
        description={`${revision > 0 ? `${t`Revision ${revision}`} · ` : ''}${formatDate(order.orderDate)} · ${formatMoney(order.totals.total, order.currency)}`}
        actions={
          canInvoice ? (
            <Button
              component={Link}
              to={`/portal/orders/${order.id}/invoice`}
              leftSection={<IconFileInvoice size={16} />}
              variant="light"
            >
              <Trans>Invoice this order</Trans>
            </Button>
          ) : undefined
        }
      />
      <Stack gap="lg">
        {latest?.status === 'proposal_declined' && (
          <Alert color="red" variant="light" title={t`The buyer declined your proposal`}>
            {latest.decisionMessage}
          </Alert>
        )}
        {latest?.status === 'proposed' && (
          <Alert
            color="yellow"
            variant="light"
            icon={<IconInfoCircle size={18} />}
            title={t`Your proposal is with the buyer`}
          >
            <Trans>
              The buyer accepts it (you receive the change order) or declines it. You can still change it
              below.
            </Trans>
          </Alert>
        )}
        {order.blocked && (
          <Alert color="red" variant="light" title={t`Your company is blocked as a supplier`}>
            {blockReason ? (
              <Trans>
                The buyer blocked it ({blockReason}): answers and ship notices cannot be accepted for now.
                Contact the buyer.
              </Trans>
            ) : (
              <Trans>Answers and ship notices cannot be accepted for now. Contact the buyer.</Trans>
            )}
          </Alert>
        )}
        {order.changePending && (
          <Alert color="blue" variant="light" icon={<IconInfoCircle size={18} />}>
            <Trans>
              The buyer is changing this order. What you see is the order as it was sent to you; the change
              order follows, and you answer or ship again once it arrives.
            </Trans>
          </Alert>
        )}
        <Grid gutter="md">
          <Grid.Col span={{ base: 12, sm: 6 }}>
            <Paper withBorder radius="md" p="md" h="100%">
              <Text size="xs" fw={700} c="dimmed" tt="uppercase">
                <Trans>Buyer</Trans>
              </Text>
              <Text>{order.buyer.name}</Text>
              <Anchor href={`mailto:${order.buyer.email}`} size="sm">
                {order.buyer.email}
              </Anchor>
              <Text size="sm" mt="xs">
                {order.paymentTerms}
                {order.incoterms
                  ? ` · ${order.incoterms}${order.incotermsPlace ? ` ${order.incotermsPlace}` : ''}`
                  : ''}
              </Text>
            </Paper>
          </Grid.Col>
          <Grid.Col span={{ base: 12, sm: 6 }}>
            <Paper withBorder radius="md" p="md" h="100%">
              <Text size="xs" fw={700} c="dimmed" tt="uppercase">
                <Trans>Ship to</Trans>
              </Text>
              {order.shipTo ? (
                formatAddress(order.shipTo).map((line) => (
                  <Text key={line} size="sm">
                    {line}
                  </Text>
                ))
              ) : (
                <Text size="sm" c="dimmed">
                  —
                </Text>
              )}
            </Paper>
          </Grid.Col>
        </Grid>
        {order.canAnswer ? (
          <SectionCard
            title={t`Your answer`}
            description={t`Accept each line with the date you promise, propose another date, quantity or price, or reject it with a reason.`}
          >
            <AnswerForm key={`${order.id}-${order.revision}-${order.answers.length}`} order={order} />
          </SectionCard>
        ) : (
          <SectionCard title={t`Lines`}>
            <Table.ScrollContainer minWidth={560}>
              <Table verticalSpacing="xs">
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>#</Table.Th>
                    <Table.Th>
                      <Trans>Description</Trans>
                    </Table.Th>
                    <Table.Th ta="right">
                      <Trans>Quantity</Trans>
                    </Table.Th>
                    <Table.Th ta="right">
                      <Trans>Unit price</Trans>
                    </Table.Th>
                    <Table.Th>
                      <Trans>Promised</Trans>
                    </Table.Th>
                    <Table.Th ta="right">
                      <Trans>Shipped</Trans>
                    </Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {order.lines.map((l) => (
                    <Table.Tr key={l.lineNo}>
                      <Table.Td>{l.lineNo}</Table.Td>
                      <Table.Td>{l.description}</Table.Td>
                      <Table.Td ta="right">
                        {formatDecimal(l.quantity)} {l.unitCode}
                      </Table.Td>
                      <Table.Td ta="right">{formatMoney(l.unitPrice, order.currency)}</Table.Td>
                      <Table.Td>{formatDate(l.promisedDate ?? l.neededBy)}</Table.Td>
                      <Table.Td ta="right">{formatDecimal(l.quantityShipped)}</Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          </SectionCard>
        )}
        {canShip && (
          <SectionCard
            title={t`Ship`}
            description={t`Say what you ship, when it left and when it should arrive: the buyer sees it at once.`}
          >
            <ShipNoticeForm
              key={order.lines.map((l) => l.quantityShipped).join('|')}
              orderId={order.id}
              lines={order.lines}
            />
          </SectionCard>
        )}
        {order.status !== 'sent' && (
          <SectionCard title={t`Ship notices`}>
            <ShipNoticeList orderId={order.id} lines={order.lines} />
          </SectionCard>
        )}
        {order.answers.length > 0 && (
          <SectionCard title={t`Your answers`}>
            <Stack gap="xs">
              {order.answers.map((a) => {
                const s = ANSWER_STATUS[a.status];
                const number = a.number;
                return (
                  <Group key={a.id} gap="xs" wrap="wrap">
                    <Text size="sm" fw={600}>
                      <Trans>Answer {number}</Trans>
                    </Text>
                    <Badge color={s.color} variant="light">
                      {i18n._(s.label)}
                    </Badge>
                    <Text size="sm" c="dimmed">
                      {formatDateTime(a.submittedAt)}
                    </Text>
                    {a.note && <Text size="sm">“{a.note}”</Text>}
                    <Button
                      size="compact-xs"
                      variant="subtle"
                      onClick={() =>
                        void downloadAnswerUbl('supplier', order.id, a).catch((err: unknown) =>
                          notifications.show({
                            color: 'red',
                            title: t`Download failed`,
                            message: errorMessage(err),
                          }),
                        )
                      }
                    >
                      <Trans>PEPPOL XML</Trans>
                    </Button>
                  </Group>
                );
              })}
            </Stack>
          </SectionCard>
        )}
        {(order.notes || order.terms) && (
          <SectionCard title={t`Notes and terms`}>
            <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
              {[order.notes, order.terms].filter(Boolean).join('\n\n')}
            </Text>
          </SectionCard>
        )}
      </Stack>
    </>
  );
}
