import { Trans, useLingui } from '@lingui/react/macro';
import { Alert, Anchor, Group, SimpleGrid, Stack, Table, Text } from '@mantine/core';
import { Link, useParams } from 'react-router';
import { DetailField, Muted, SectionCard } from '@/components/detail-section';
import { PageHeader } from '@/components/page-header';
import { ErrorState, LoadingState } from '@/components/states';
import { PortalInvoiceStatusBadge } from '@/features/portal/components/portal-invoice-status-badge';
import { usePortalInvoice } from '@/features/portal/invoice-queries';
import { isApiError } from '@/lib/api';
import { formatDate, formatDecimal, formatMoney, formatPercent } from '@/lib/format';
import { isZero } from '@/lib/money';
import { usePageTitle } from '@/lib/use-page-title';
import { NotFoundPage } from '../not-found-page';

/** One of the supplier's invoices: where it stands, any credit note asked for, its lines, totals and payments. */
export function PortalInvoicePage() {
  const { t } = useLingui();
  const { id = '' } = useParams();
  const { data: invoice, isPending, error, refetch } = usePortalInvoice(id);
  usePageTitle(invoice ? invoice.supplierInvoiceNumber : t`Invoice`);
  if (isPending) return <LoadingState />;
  if (isApiError(error) && (error.status === 404 || error.status === 422)) return <NotFoundPage />;
  if (error || !invoice) return <ErrorState error={error} onRetry={() => void refetch()} />;
  const { currency, number, paymentDate, paidOn } = invoice;
  const money = (v: string) => formatMoney(v, currency);
  const requestedOn = invoice.creditNoteRequest ? formatDate(invoice.creditNoteRequest.requestedAt) : '';
  const scheduledOn = paymentDate ? formatDate(paymentDate) : '';
  const paidDay = paidOn ? formatDate(paidOn) : '';
  return (
    <>
      <PageHeader
        breadcrumbs={[
          { label: t`Your invoices`, to: '/portal/invoices' },
          { label: invoice.supplierInvoiceNumber },
        ]}
        title={invoice.supplierInvoiceNumber}
        badge={<PortalInvoiceStatusBadge status={invoice.status} size="lg" />}
        description={`${invoice.kind === 'credit_note' ? `${t`Credit note`} · ` : ''}${t`Our number ${number}`} · ${money(invoice.payableAmount)}`}
      />
      <Stack gap="lg">
        {invoice.creditNoteRequest && (
          <Alert color="orange" variant="light" title={t`We asked you for a credit note on ${requestedOn}`}>
            <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
              {invoice.creditNoteRequest.reason}
            </Text>
          </Alert>
        )}
        {invoice.status === 'query_raised' && !invoice.creditNoteRequest && (
          <Alert color="orange" variant="light" title={t`We are looking into this invoice`}>
            <Trans>
              Something on it differs from the order or from what we received. We will contact you if we need
              anything.
            </Trans>
          </Alert>
        )}
        {invoice.status === 'rejected' && (
          <Alert color="red" variant="light" title={t`This invoice was rejected`}>
            {invoice.rejectReason ?? <Trans>Please contact the buyer.</Trans>}
          </Alert>
        )}
        {invoice.status === 'payment_scheduled' && paymentDate && (
          <Alert color="indigo" variant="light" title={t`Payment scheduled for ${scheduledOn}`} />
        )}
        {invoice.status === 'paid' && paidOn && (
          <Alert color="green" variant="light" title={t`Paid on ${paidDay}`} />
        )}
        <SectionCard title={t`Invoice`}>
          <SimpleGrid cols={{ base: 1, xs: 2, sm: 3 }} spacing="sm">
            <DetailField label={t`Order`}>
              <Anchor component={Link} to={`/portal/orders/${invoice.purchaseOrderId}`}>
                {invoice.purchaseOrderNumber}
              </Anchor>
            </DetailField>
            <DetailField label={t`Issue date`}>{formatDate(invoice.issueDate)}</DetailField>
            <DetailField label={t`Tax point date`}>
              {invoice.taxPointDate ? formatDate(invoice.taxPointDate) : <Muted>—</Muted>}
            </DetailField>
            <DetailField label={t`Due date`}>{formatDate(invoice.dueDate)}</DetailField>
            <DetailField label={t`Amount paid`}>{money(invoice.amountPaid)}</DetailField>
            <DetailField label={t`Still open`}>{money(invoice.openAmount)}</DetailField>
          </SimpleGrid>
        </SectionCard>
        <SectionCard title={t`Lines`}>
          <Table.ScrollContainer minWidth={520}>
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
                  <Table.Th ta="right">
                    <Trans>Tax</Trans>
                  </Table.Th>
                  <Table.Th ta="right">
                    <Trans>Net</Trans>
                  </Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {invoice.lines.map((l) => (
                  <Table.Tr key={l.lineNo}>
                    <Table.Td>{l.orderLineNo ?? l.lineNo}</Table.Td>
                    <Table.Td>{l.description}</Table.Td>
                    <Table.Td ta="right">
                      {formatDecimal(l.quantity)} {l.unitCode}
                    </Table.Td>
                    <Table.Td ta="right">{money(l.unitPrice)}</Table.Td>
                    <Table.Td ta="right">{formatPercent(l.taxRate)}</Table.Td>
                    <Table.Td ta="right">{money(l.netAmount)}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
          <Stack gap={2} mt="sm" align="flex-end">
            <Group gap="md">
              <Text size="sm" c="dimmed">
                <Trans>Net</Trans>
              </Text>
              <Text size="sm">{money(invoice.totals.taxExclusiveAmount)}</Text>
            </Group>
            <Group gap="md">
              <Text size="sm" c="dimmed">
                <Trans>Tax</Trans>
              </Text>
              <Text size="sm">{money(invoice.totals.taxAmount)}</Text>
            </Group>
            <Group gap="md">
              <Text fw={700}>
                <Trans>Total</Trans>
              </Text>
              <Text fw={700}>{money(invoice.totals.payableAmount)}</Text>
            </Group>
          </Stack>
        </SectionCard>
        <SectionCard title={t`Payments`}>
          {invoice.payments.length === 0 ? (
            <Muted>
              <Trans>No payment yet.</Trans>
            </Muted>
          ) : (
            <Stack gap="xs">
              {invoice.payments.map((p) => {
                const on = formatDate(p.paymentDate);
                const { reference } = p;
                const discount = money(p.discountAmount);
                return (
                  <Group key={`${p.reference}-${p.paymentDate}`} justify="space-between" wrap="wrap" gap="xs">
                    <Stack gap={0}>
                      <Text size="sm" fw={600}>
                        {p.status === 'paid' ? (
                          <Trans>Paid on {on}</Trans>
                        ) : (
                          <Trans>To be paid on {on}</Trans>
                        )}
                      </Text>
                      <Text size="xs" c="dimmed">
                        <Trans>Reference {reference}</Trans> · {p.remittance}
                      </Text>
                    </Stack>
                    <Stack gap={0} align="flex-end">
                      <Text size="sm" fw={600}>
                        {money(p.amount)}
                      </Text>
                      {!isZero(p.discountAmount) && (
                        <Text size="xs" c="dimmed">
                          <Trans>Early-payment discount {discount}</Trans>
                        </Text>
                      )}
                    </Stack>
                  </Group>
                );
              })}
            </Stack>
          )}
        </SectionCard>
      </Stack>
    </>
  );
}
