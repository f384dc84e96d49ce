import { useLingui } from '@lingui/react/macro';
import { Anchor, Badge, Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { type Column, DataTable } from '@/components/data-table';
import { formatDate, formatMoney, formatPercent } from '@/lib/format';
import { isZero } from '@/lib/money';
import type { DiscountReportData } from '../queries';
import { ReportTotals } from './report-totals';

type DiscountRow = DiscountReportData['rows'][number];

const OUTCOME_COLORS: Record<DiscountRow['outcome'], string> = { taken: 'teal', missed: 'red', open: 'blue' };

/** Invoices with an early-payment discount in the period: worth, taken or missed, with totals. */
export function DiscountTable(props: {
  report: DiscountReportData | undefined;
  baseCurrency: string;
  isLoading: boolean;
  error: unknown;
  onRetry: () => void;
  toolbar?: ReactNode;
}) {
  const { t } = useLingui();
  const base = props.report?.baseCurrency ?? props.baseCurrency;
  const outcomeLabel: Record<DiscountRow['outcome'], string> = {
    taken: t`Taken`,
    missed: t`Missed`,
    open: t`Still open`,
  };
  const columns: Column<DiscountRow>[] = [
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
            {r.supplierInvoiceNumber}
          </Text>
        </Stack>
      ),
    },
    { key: 'supplier', header: t`Supplier`, phone: 'wide', render: (r) => r.supplierName },
    {
      key: 'date',
      header: t`Discount until`,
      nowrap: true,
      width: 140,
      render: (r) => `${formatDate(r.discountDate)} · ${formatPercent(r.discountPercent)}`,
    },
    {
      key: 'available',
      header: t`Worth`,
      align: 'right',
      nowrap: true,
      width: 130,
      render: (r) => formatMoney(r.available, r.currency),
    },
    {
      key: 'outcome',
      header: t`Outcome`,
      width: 120,
      phone: 'aside',
      render: (r) => (
        <Badge color={OUTCOME_COLORS[r.outcome]} variant="light">
          {outcomeLabel[r.outcome]}
        </Badge>
      ),
    },
    {
      key: 'amount',
      header: t`Taken or missed`,
      align: 'right',
      nowrap: true,
      width: 150,
      render: (r) =>
        !isZero(r.taken)
          ? formatMoney(r.taken, r.currency)
          : !isZero(r.missed)
            ? formatMoney(r.missed, r.currency)
            : '—',
    },
  ];
  const report = props.report;
  const takenBase = report ? formatMoney(report.takenBase, base) : '';
  const missedBase = report ? formatMoney(report.missedBase, base) : '';
  const footer =
    report && report.rows.length > 0 ? (
      <ReportTotals
        label={t`Taken ${takenBase}, missed`}
        totalBase={missedBase}
        byCurrency={report.totals.map(
          (c) => `${c.currency}: ${formatMoney(c.taken, c.currency)} / ${formatMoney(c.missed, c.currency)}`,
        )}
      />
    ) : undefined;
  return (
    <DataTable
      label={t`Early-payment discounts`}
      columns={columns}
      rows={report?.rows}
      rowKey={(r) => r.invoiceId}
      isLoading={props.isLoading}
      error={props.error}
      onRetry={props.onRetry}
      toolbar={props.toolbar}
      emptyTitle={t`No discounts in this period`}
      emptyText={t`No invoice with early-payment terms has its discount date in these days.`}
      footer={footer}
      minWidth={820}
    />
  );
}
