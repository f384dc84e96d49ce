import type { RequisitionSummary } from '@contracts/requisitions';
import { plural } from '@lingui/core/macro';
import { Plural, Trans, useLingui } from '@lingui/react/macro';
import { Anchor, Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { type Column, DataTable } from '@/components/data-table';
import { type Selection, useSelectionColumn } from '@/components/draft-selection';
import { formatDate, formatMoney } from '@/lib/format';
import { RequisitionStatusBadge } from './requisition-status-badge';

export type RequisitionTableProps = {
  requisitions: RequisitionSummary[] | undefined;
  isLoading: boolean;
  error: unknown;
  onRetry: () => void;
  toolbar: ReactNode;
  hasNextPage: boolean;
  isFetchingNextPage: boolean;
  onLoadMore: () => void;
  filtered: boolean;
  /** Show who asked (lists of other people's requisitions). */
  showRequester?: boolean;
  emptyTitle?: string;
  emptyText?: ReactNode;
  emptyAction?: ReactNode;
  /** Rows that can be picked for a bulk action (a checkbox column first); absent: no checkboxes. */
  selection?: Selection<RequisitionSummary>;
};

export function RequisitionTable(props: RequisitionTableProps) {
  const { t } = useLingui();
  const selectColumn = useSelectionColumn(props.requisitions, props.selection);
  const columns: Column<RequisitionSummary>[] = [
    {
      key: 'number',
      header: t`Number`,
      width: 150,
      nowrap: true,
      render: (r) => (
        <Anchor component={Link} to={`/requisitions/${r.id}`} ff="monospace" size="sm" fw={500}>
          {r.number}
        </Anchor>
      ),
    },
    {
      key: 'justification',
      phone: 'wide',
      header: t`Justification`,
      render: (r) => (
        <Stack gap={0}>
          <Text size="sm" lineClamp={2} title={r.justification}>
            {r.justification || (
              <Text span c="dimmed" size="sm" fs="italic">
                <Trans>No justification</Trans>
              </Text>
            )}
          </Text>
          <Text size="xs" c="dimmed">
            <Plural value={r.lineCount} one="# line" other="# lines" /> · {r.departmentCode} /{' '}
            {r.costCentreCode}
          </Text>
        </Stack>
      ),
    },
    ...(props.showRequester
      ? [
          {
            key: 'requester',
            header: t`Requester`,
            width: '16%',
            hideOnMobile: true,
            render: (r: RequisitionSummary) => <Text size="sm">{r.requesterName}</Text>,
          },
        ]
      : []),
    {
      key: 'total',
      phone: 'aside',
      header: t`Estimate`,
      width: 130,
      align: 'right',
      nowrap: true,
      render: (r) => (
        <Text size="sm" ff="monospace">
          {formatMoney(r.estimatedTotalBase, r.baseCurrency)}
        </Text>
      ),
    },
    {
      key: 'status',
      phone: 'aside',
      header: t`Status`,
      width: 190,
      render: (r) => <RequisitionStatusBadge status={r.status} size="sm" />,
    },
    {
      key: 'date',
      header: t`Raised`,
      width: 120,
      nowrap: true,
      hideOnMobile: true,
      render: (r) => (
        <Text size="sm" c="dimmed">
          {formatDate(r.createdAt)}
        </Text>
      ),
    },
  ];
  const count = props.requisitions?.length ?? 0;
  if (selectColumn) columns.unshift(selectColumn);
  return (
    <DataTable
      label={t`Requisitions`}
      columns={columns}
      rows={props.requisitions}
      rowKey={(r) => r.id}
      isLoading={props.isLoading}
      error={props.error}
      onRetry={props.onRetry}
      toolbar={props.toolbar}
      emptyTitle={props.emptyTitle ?? (props.filtered ? t`No requisition matches` : t`No requisitions yet`)}
      emptyText={
        props.emptyText ??
        (props.filtered
          ? t`Try another search or clear the filters.`
          : t`Raise a requisition to ask for something to be bought.`)
      }
      emptyAction={props.filtered ? undefined : props.emptyAction}
      hasNextPage={props.hasNextPage}
      isFetchingNextPage={props.isFetchingNextPage}
      onLoadMore={props.onLoadMore}
      footer={
        props.hasNextPage
          ? t`${plural(count, { one: '# requisition shown — more available', other: '# requisitions shown — more available' })}`
          : t`${plural(count, { one: '# requisition shown', other: '# requisitions shown' })}`
      }
    />
  );
}
