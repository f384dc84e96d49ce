import { SCORE_MEASURES } from '@contracts/evaluation';
import { plural } from '@lingui/core/macro';
import { Trans, useLingui } from '@lingui/react/macro';
import { Anchor, Stack, Text, Tooltip } from '@mantine/core';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { type Column, DataTable } from '@/components/data-table';
import { formatCount } from '@/lib/format';
import { formatShare, MEASURE_LABELS } from '../labels';
import type { ScorecardRow, ScorecardScope, ScorecardSort } from '../queries';
import { GradeBadge } from './grade-badge';

/** Room for each measure's header (it may wrap to two lines) and its figure. */
const MEASURE_WIDTHS: Record<(typeof SCORE_MEASURES)[number], number> = {
  onTime: 84,
  inFull: 80,
  quality: 86,
  price: 76,
  invoiceAccuracy: 96,
  responsiveness: 140,
  satisfaction: 120,
};

/** Where a row leads: the supplier's page, at its scorecard for the same period and category. */
export function supplierScorecardPath(supplierId: string, scope: ScorecardScope): string {
  const query = new URLSearchParams();
  if (scope.period !== '12m') query.set('scorecard', scope.period);
  if (scope.categoryId) query.set('category', scope.categoryId);
  const search = query.toString();
  return `/suppliers/${supplierId}${search ? `?${search}` : ''}#scorecard`;
}

/** A share, or "No data" (muted) where there was nothing to measure — never a 0 it did not earn. */
export function ShareCell({ value }: { value: string | null }) {
  if (value === null)
    return (
      <Text size="sm" c="dimmed" component="span">
        <Trans>No data</Trans>
      </Text>
    );
  return (
    <Text size="sm" component="span" ff="monospace">
      {formatShare(value)}
    </Text>
  );
}

/** The suppliers of a period, each with its grade, score and measures; headers sort the list. */
export function ScorecardTable({
  scope,
  rows,
  minimumOrders,
  sort,
  onSort,
  isLoading,
  error,
  onRetry,
  hasNextPage,
  isFetchingNextPage,
  onLoadMore,
  toolbar,
}: {
  scope: ScorecardScope;
  rows: ScorecardRow[] | undefined;
  /** The settings' minimum of orders, to say why a supplier has no grade. */
  minimumOrders: number | undefined;
  sort: ScorecardSort;
  onSort: (sort: ScorecardSort) => void;
  isLoading: boolean;
  error: unknown;
  onRetry: () => void;
  hasNextPage: boolean;
  isFetchingNextPage: boolean;
  onLoadMore: () => void;
  toolbar: ReactNode;
}) {
  const { t, i18n } = useLingui();
  const notEnough = (r: ScorecardRow) => {
    const orders = r.orders;
    return minimumOrders !== undefined
      ? t`Not enough data: ${orders} of minimum ${minimumOrders} orders`
      : t`Not enough data`;
  };
  const measureColumns: Column<ScorecardRow>[] = SCORE_MEASURES.map((m) => ({
    key: m,
    header: i18n._(MEASURE_LABELS[m]),
    render: (r) => <ShareCell value={r.measures[m]} />,
    align: 'right',
    width: MEASURE_WIDTHS[m],
    nowrap: true,
    sortKey: m,
  }));
  const columns: Column<ScorecardRow>[] = [
    {
      key: 'supplier',
      header: t`Supplier`,
      render: (r) => (
        <Stack gap={0}>
          <Anchor component={Link} to={supplierScorecardPath(r.supplier.id, scope)} fw={600} size="sm">
            {r.supplier.name}
          </Anchor>
          <Text size="xs" c="dimmed" ff="monospace">
            {r.supplier.code}
          </Text>
        </Stack>
      ),
      sortKey: 'name',
      sortDirection: 'ascending',
      phone: 'title',
    },
    {
      key: 'grade',
      header: t`Grade`,
      render: (r) => (
        <GradeBadge grade={r.grade} score={r.score} tooltip={r.enoughData ? undefined : notEnough(r)} />
      ),
      width: 62,
      phone: 'aside',
    },
    {
      key: 'score',
      header: t`Score`,
      render: (r) =>
        r.enoughData && r.score !== null ? (
          <Text size="sm" fw={700} ff="monospace" component="span">
            {r.score}
          </Text>
        ) : (
          <Tooltip label={notEnough(r)} withArrow>
            <Text size="xs" c="dimmed" component="span" lh={1.3}>
              <Trans>Not enough data</Trans>
            </Text>
          </Tooltip>
        ),
      align: 'right',
      width: 86,
      sortKey: 'score',
    },
    {
      key: 'orders',
      header: t`Orders`,
      render: (r) => (
        <Text size="sm" ff="monospace" component="span">
          {formatCount(r.orders)}
        </Text>
      ),
      align: 'right',
      width: 82,
      nowrap: true,
      sortKey: 'orders',
    },
    ...measureColumns.slice(0, 2),
    {
      key: 'otif',
      header: i18n._(MEASURE_LABELS.otif),
      render: (r) => <ShareCell value={r.otif} />,
      align: 'right',
      width: 76,
      nowrap: true,
      sortKey: 'otif',
    },
    ...measureColumns.slice(2),
  ];
  return (
    <DataTable
      label={t`Supplier scorecards`}
      columns={columns}
      rows={rows}
      rowKey={(r) => r.supplier.id}
      isLoading={isLoading}
      error={error}
      onRetry={onRetry}
      toolbar={toolbar}
      emptyTitle={t`No supplier had orders sent in this period`}
      emptyText={t`Orders count in the month they were first sent to the supplier. Pick a longer period or another category.`}
      hasNextPage={hasNextPage}
      isFetchingNextPage={isFetchingNextPage}
      onLoadMore={onLoadMore}
      footer={rows ? plural(rows.length, { one: '# supplier shown', other: '# suppliers shown' }) : undefined}
      minWidth={1130}
      dense
      sortedBy={sort}
      onSort={(key) => onSort(key as ScorecardSort)}
    />
  );
}
