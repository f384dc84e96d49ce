import { useLingui } from '@lingui/react/macro';
import { Anchor, Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { type Column, DataTable } from '@/components/data-table';
import { formatMoney } from '@/lib/format';
import type { GrniReportData } from '../queries';
import { ReportTotals } from './report-totals';

type GrniOrder = GrniReportData['orders'][number];

/** Orders with goods received and not invoiced, in their currency and in base currency, with totals. */
export function GrniTable(props: {
  report: GrniReportData | undefined;
  baseCurrency: string;
  isLoading: boolean;
  error: unknown;
  onRetry: () => void;
  toolbar?: ReactNode;
}) {
  const { t } = useLingui();
  const base = props.report?.baseCurrency ?? props.baseCurrency;
  const columns: Column<GrniOrder>[] = [
    {
      key: 'order',
      header: t`Order`,
      nowrap: true,
      phone: 'title',
      render: (o) => (
        <Anchor component={Link} to={`/purchase-orders/${o.purchaseOrderId}`} size="sm">
          {o.purchaseOrderNumber}
        </Anchor>
      ),
    },
    {
      key: 'supplier',
      header: t`Supplier`,
      phone: 'wide',
      render: (o) => (
        <Stack gap={0}>
          <Text size="sm">{o.supplierName}</Text>
          <Text size="xs" c="dimmed">
            {o.supplierCode}
          </Text>
        </Stack>
      ),
    },
    {
      key: 'amount',
      header: t`Not invoiced`,
      align: 'right',
      nowrap: true,
      render: (o) => formatMoney(o.amount, o.currency),
    },
    {
      key: 'amountBase',
      header: t`In ${base}`,
      align: 'right',
      nowrap: true,
      phone: 'aside',
      render: (o) => (
        <Text size="sm" fw={500}>
          {formatMoney(o.amountBase, base)}
        </Text>
      ),
    },
  ];
  const report = props.report;
  const footer =
    report && report.orders.length > 0 ? (
      <ReportTotals
        label={t`Total`}
        totalBase={formatMoney(report.totalBase, base)}
        byCurrency={report.totals.map((c) => formatMoney(c.amount, c.currency))}
      />
    ) : undefined;
  return (
    <DataTable
      label={t`Goods received not invoiced`}
      columns={columns}
      rows={report?.orders}
      rowKey={(o) => o.purchaseOrderId}
      isLoading={props.isLoading}
      error={props.error}
      onRetry={props.onRetry}
      toolbar={props.toolbar}
      emptyTitle={t`Nothing received and not invoiced`}
      emptyText={t`Every accepted delivery had been invoiced by this day.`}
      footer={footer}
    />
  );
}
