import { useLingui } from '@lingui/react/macro';
import { Anchor, Stack, Text } from '@mantine/core';
import { Link } from 'react-router';
import { type Column, DataTable } from '@/components/data-table';
import { formatDate, formatDecimal, formatMoney } from '@/lib/format';
import { isNegative, isZero } from '@/lib/money';
import type { ExchangeReportData } from '../queries';
import { ReportTotals } from './report-totals';

type InvoiceRow = ExchangeReportData['invoices'][number];
type PaymentRow = ExchangeReportData['payments'][number];

type TableProps = {
  report: ExchangeReportData | undefined;
  baseCurrency: string;
  isLoading: boolean;
  error: unknown;
  onRetry: () => void;
};

/** A difference in base currency, signed: red when it cost more, green when it cost less. */
function Difference(props: { amount: string; currency: string }) {
  const sign = isZero(props.amount) || isNegative(props.amount) ? '' : '+';
  // The theme's text shades of red and teal: readable on the light and on the dark background.
  const color = isZero(props.amount) ? undefined : isNegative(props.amount) ? 'teal' : 'red';
  return (
    <Text size="sm" c={color} fw={isZero(props.amount) ? undefined : 600} span>
      {sign}
      {formatMoney(props.amount, props.currency)}
    </Text>
  );
}

/** A row's base amounts before and after the rate moved, and the difference between them. */
function baseColumns<R extends { difference: string }>(opts: {
  header: string;
  differenceHeader: string;
  base: string;
  before: (r: R) => string;
  after: (r: R) => string;
}): Column<R>[] {
  return [
    {
      key: 'base',
      header: opts.header,
      align: 'right',
      nowrap: true,
      width: 230,
      render: (r) => `${formatMoney(opts.before(r), opts.base)} → ${formatMoney(opts.after(r), opts.base)}`,
    },
    {
      key: 'difference',
      header: opts.differenceHeader,
      align: 'right',
      nowrap: true,
      width: 130,
      phone: 'aside',
      render: (r) => <Difference amount={r.difference} currency={opts.base} />,
    },
  ];
}

/** Invoices in another currency: at their order's rate, at their own, and the difference. */
export function InvoiceExchangeTable(props: TableProps) {
  const { t } = useLingui();
  const base = props.report?.baseCurrency ?? props.baseCurrency;
  const columns: Column<InvoiceRow>[] = [
    {
      key: 'invoice',
      header: t`Invoice`,
      phone: 'title',
      render: (r) => (
        <Stack gap={0}>
          <Anchor component={Link} to={`/invoices/${r.invoiceId}`} size="sm" fw={600}>
            {r.invoiceNumber}
          </Anchor>
          <Text size="xs" c="dimmed">
            {r.kind === 'credit_note' ? t`Credit note` : r.supplierInvoiceNumber} · {formatDate(r.issueDate)}
          </Text>
        </Stack>
      ),
    },
    {
      key: 'order',
      header: t`Order`,
      nowrap: true,
      width: 140,
      render: (r) => (
        <Anchor component={Link} to={`/purchase-orders/${r.purchaseOrderId}`} size="sm">
          {r.purchaseOrderNumber}
        </Anchor>
      ),
    },
    { key: 'supplier', header: t`Supplier`, phone: 'wide', render: (r) => r.supplierName },
    {
      key: 'amount',
      header: t`Amount`,
      align: 'right',
      nowrap: true,
      width: 130,
      render: (r) => formatMoney(r.amount, r.currency),
    },
    {
      key: 'rates',
      header: t`Order rate → invoice rate`,
      align: 'right',
      nowrap: true,
      width: 190,
      render: (r) => `${formatDecimal(r.orderRate)} → ${formatDecimal(r.invoiceRate)}`,
    },
    ...baseColumns<InvoiceRow>({
      header: t`In ${base}: ordered → invoiced`,
      differenceHeader: t`Difference`,
      base,
      before: (r) => r.baseAtOrderRate,
      after: (r) => r.baseAtInvoiceRate,
    }),
  ];
  const report = props.report;
  const footer =
    report && report.invoices.length > 0 ? (
      <ReportTotals
        label={t`Difference on invoices`}
        totalBase={formatMoney(report.invoiceDifference, base)}
        byCurrency={report.totals.map((c) => `${c.currency}: ${formatMoney(c.invoiceDifference, base)}`)}
      />
    ) : undefined;
  return (
    <DataTable
      label={t`Invoices against their orders`}
      columns={columns}
      rows={report?.invoices}
      rowKey={(r) => r.invoiceId}
      isLoading={props.isLoading}
      error={props.error}
      onRetry={props.onRetry}
      emptyTitle={t`No invoices in other currencies`}
      emptyText={t`No invoice in another currency than ${base} was issued and approved for payment in these days.`}
      footer={footer}
      minWidth={980}
    />
  );
}

/** Payments in another currency: at the payment date's rate against what their invoices were booked at. */
export function PaymentExchangeTable(props: TableProps) {
  const { t } = useLingui();
  const base = props.report?.baseCurrency ?? props.baseCurrency;
  const columns: Column<PaymentRow>[] = [
    {
      key: 'payment',
      header: t`Payment`,
      phone: 'title',
      render: (r) => (
        <Stack gap={0}>
          <Anchor component={Link} to={`/payment-runs/${r.paymentRunId}`} size="sm" fw={600}>
            {r.paymentNumber}
          </Anchor>
          <Text size="xs" c="dimmed">
            {formatDate(r.paymentDate)} · {r.status === 'paid' ? t`Paid` : t`Scheduled`}
          </Text>
        </Stack>
      ),
    },
    { key: 'supplier', header: t`Supplier`, phone: 'wide', render: (r) => r.supplierName },
    {
      key: 'amount',
      header: t`Amount`,
      align: 'right',
      nowrap: true,
      width: 130,
      render: (r) => formatMoney(r.amount, r.currency),
    },
    {
      key: 'rate',
      header: t`Rate`,
      align: 'right',
      nowrap: true,
      width: 110,
      render: (r) => formatDecimal(r.rate),
    },
    ...baseColumns<PaymentRow>({
      header: t`In ${base}: booked → paid`,
      differenceHeader: t`Difference`,
      base,
      before: (r) => r.bookedBase,
      after: (r) => r.amountBase,
    }),
  ];
  const report = props.report;
  const footer =
    report && report.payments.length > 0 ? (
      <ReportTotals
        label={t`Difference on payments`}
        totalBase={formatMoney(report.paymentDifference, base)}
        byCurrency={report.totals.map((c) => `${c.currency}: ${formatMoney(c.paymentDifference, base)}`)}
      />
    ) : undefined;
  return (
    <DataTable
      label={t`Payments against their invoices`}
      columns={columns}
      rows={report?.payments}
      rowKey={(r) => r.paymentId}
      isLoading={props.isLoading}
      error={props.error}
      onRetry={props.onRetry}
      emptyTitle={t`No payments in other currencies`}
      emptyText={t`No payment in another currency than ${base} is dated in these days.`}
      footer={footer}
      minWidth={860}
    />
  );
}
