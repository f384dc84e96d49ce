import { useLingui } from '@lingui/react/macro';
import { Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { type Column, DataTable } from '@/components/data-table';
import { formatMoney } from '@/lib/format';
import { isZero } from '@/lib/money';
import type { AgingReportData } from '../queries';
import { ReportTotals } from './report-totals';

type AgingRow = AgingReportData['rows'][number];
type Bucket = keyof AgingRow['amounts'];

/** Open payables per supplier and currency by days past due, with base-currency totals. */
export function AgingTable(props: {
  report: AgingReportData | undefined;
  baseCurrency: string;
  isLoading: boolean;
  error: unknown;
  onRetry: () => void;
  toolbar?: ReactNode;
}) {
  const { t } = useLingui();
  const base = props.report?.baseCurrency ?? props.baseCurrency;
  const bucket = (key: Bucket, header: string, hideOnMobile = false): Column<AgingRow> => ({
    key,
    header,
    align: 'right',
    nowrap: true,
    hideOnMobile,
    render: (r) => (
      <Text size="sm" c={key === 'over90' && !isZero(r.amounts.over90) ? 'red' : undefined}>
        {formatMoney(r.amounts[key], r.currency)}
      </Text>
    ),
  });
  const columns: Column<AgingRow>[] = [
    {
      key: 'supplier',
      header: t`Supplier`,
      phone: 'title',
      render: (r) => (
        <Stack gap={0}>
          <Text size="sm">{r.supplierName}</Text>
          <Text size="xs" c="dimmed">
            {r.supplierCode} · {r.currency}
          </Text>
        </Stack>
      ),
    },
    bucket('current', t`Current`),
    bucket('days1To30', t`1–30 days`),
    bucket('days31To60', t`31–60 days`),
    bucket('days61To90', t`61–90 days`),
    bucket('over90', t`Over 90 days`),
    {
      key: 'total',
      header: t`Total`,
      align: 'right',
      nowrap: true,
      phone: 'aside',
      render: (r) => (
        <Stack gap={0} align="flex-end">
          <Text size="sm" fw={500}>
            {formatMoney(r.amounts.total, r.currency)}
          </Text>
          {r.currency !== base && (
            <Text size="xs" c="dimmed">
              {formatMoney(r.amountsBase.total, base)}
            </Text>
          )}
        </Stack>
      ),
    },
  ];
  const report = props.report;
  const totals = report?.totalsBase;
  const footer =
    report && totals && report.rows.length > 0 ? (
      <Stack gap={4} style={{ flex: 1 }}>
        <Text size="sm" c="dimmed" ta="right">
          {t`In ${base}`}: {t`Current`} {formatMoney(totals.current, base)} · {t`1–30 days`}{' '}
          {formatMoney(totals.days1To30, base)} · {t`31–60 days`} {formatMoney(totals.days31To60, base)} ·{' '}
          {t`61–90 days`} {formatMoney(totals.days61To90, base)} · {t`Over 90 days`}{' '}
          {formatMoney(totals.over90, base)}
        </Text>
        <ReportTotals
          label={t`Total`}
          totalBase={formatMoney(totals.total, base)}
          byCurrency={report.totals.map((c) => formatMoney(c.amounts.total, c.currency))}
        />
      </Stack>
    ) : undefined;
  return (
    <DataTable
      label={t`AP aging`}
      columns={columns}
      rows={report?.rows}
      rowKey={(r) => `${r.supplierId}|${r.currency}`}
      isLoading={props.isLoading}
      error={props.error}
      onRetry={props.onRetry}
      toolbar={props.toolbar}
      emptyTitle={t`Nothing open`}
      emptyText={t`No invoice was open at the end of this day.`}
      footer={footer}
      minWidth={820}
    />
  );
}
