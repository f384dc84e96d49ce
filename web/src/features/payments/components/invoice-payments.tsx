import { Trans, useLingui } from '@lingui/react/macro';
import { Anchor, Table, Text } from '@mantine/core';
import { Link } from 'react-router';
import { ErrorState, LoadingState } from '@/components/states';
import { formatDate, formatMoney } from '@/lib/format';
import { isZero } from '@/lib/money';
import { LINE_STATUS_LABELS } from '../labels';
import { useInvoicePayments } from '../queries';

/** How an invoice is paid: each payment run it is in, its date, what it pays and the discount taken. */
export function InvoicePayments({ invoiceId, currency }: { invoiceId: string; currency: string }) {
  const { t, i18n } = useLingui();
  const query = useInvoicePayments(invoiceId);
  if (query.isPending) return <LoadingState />;
  if (query.error) return <ErrorState error={query.error} onRetry={() => void query.refetch()} />;
  if (query.data.length === 0) {
    return (
      <Text size="sm" c="dimmed">
        <Trans>Not in a payment run yet.</Trans>
      </Text>
    );
  }
  return (
    <Table.ScrollContainer minWidth={520}>
      <Table aria-label={t`Payments of the invoice`} verticalSpacing="xs">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t`Payment run`}</Table.Th>
            <Table.Th>{t`Payment date`}</Table.Th>
            <Table.Th>{t`Status`}</Table.Th>
            <Table.Th ta="right">{t({ message: 'Discount', context: 'early payment' })}</Table.Th>
            <Table.Th ta="right">{t`Paid`}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {query.data.map((p) => (
            <Table.Tr key={p.paymentRunId}>
              <Table.Td>
                <Anchor component={Link} to={`/payment-runs/${p.paymentRunId}`}>
                  {p.paymentNumber ?? p.paymentRunNumber}
                </Anchor>
              </Table.Td>
              <Table.Td>{formatDate(p.paymentDate)}</Table.Td>
              <Table.Td>{i18n._(LINE_STATUS_LABELS[p.status])}</Table.Td>
              <Table.Td ta="right">
                {isZero(p.discountAmount) ? '—' : formatMoney(p.discountAmount, currency)}
              </Table.Td>
              <Table.Td ta="right">{formatMoney(p.amount, currency)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
