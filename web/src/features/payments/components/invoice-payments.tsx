import { useLingui } from '@lingui/react/macro';
import { Anchor } from '@mantine/core';
import { Link } from 'react-router';
import { type Column, DataTable } from '@/components/data-table';
import { formatDate, formatMoney } from '@/lib/format';
import { isZero } from '@/lib/money';
import { LINE_STATUS_LABELS } from '../labels';
import { type InvoicePayment, useInvoicePayments } from '../queries';

const numeric = { fontVariantNumeric: 'tabular-nums' } as const;

/** How an invoice is paid: each payment run it is in, its date, what it pays and the discount taken. */
export function InvoicePayments({ invoiceId, currency }: { invoiceId: string; currency: string }) {
  const { t, i18n } = useLingui();
  const query = useInvoicePayments(invoiceId);
  const columns: Column<InvoicePayment>[] = [
    {
      key: 'run',
      header: t`Payment run`,
      phone: 'title',
      render: (p) => (
        <Anchor component={Link} to={`/payment-runs/${p.paymentRunId}`} size="sm">
          {p.paymentNumber ?? p.paymentRunNumber}
        </Anchor>
      ),
    },
    {
      key: 'date',
      header: t`Payment date`,
      nowrap: true,
      render: (p) => formatDate(p.paymentDate),
    },
    {
      key: 'status',
      header: t`Status`,
      render: (p) => i18n._(LINE_STATUS_LABELS[p.status]),
    },
    {
      key: 'discount',
      header: t({ message: 'Discount', context: 'early payment' }),
      align: 'right',
      nowrap: true,
      render: (p) => (
        <span style={numeric}>
          {isZero(p.discountAmount) ? '—' : formatMoney(p.discountAmount, currency)}
        </span>
      ),
    },
    {
      key: 'amount',
      header: t`Paid`,
      align: 'right',
      nowrap: true,
      phone: 'aside',
      render: (p) => <span style={numeric}>{formatMoney(p.amount, currency)}</span>,
    },
  ];
  return (
    <DataTable
      label={t`Payments of the invoice`}
      columns={columns}
      rows={query.data}
      rowKey={(p) => p.paymentRunId}
      isLoading={query.isPending}
      error={query.error}
      onRetry={() => void query.refetch()}
      emptyTitle={t`Not in a payment run yet.`}
      minWidth={520}
    />
  );
}
