import { isAwaitingDelivery, type PurchaseOrderSummary } from '@contracts/purchase-orders';
import { plural } from '@lingui/core/macro';
import { Trans, useLingui } from '@lingui/react/macro';
import { Anchor, Badge, Group, Text, Tooltip } from '@mantine/core';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { type Column, DataTable } from '@/components/data-table';
import { type Selection, useSelectionColumn } from '@/components/draft-selection';
import { todayIso } from '@/lib/dates';
import { formatDate, formatMoney } from '@/lib/format';
import { PurchaseOrderStatusBadge } from './purchase-order-status-badge';

export function isOverdue(o: Pick<PurchaseOrderSummary, 'status' | 'expectedDeliveryDate'>): boolean {
  return !!o.expectedDeliveryDate && o.expectedDeliveryDate < todayIso() && isAwaitingDelivery(o.status);
}

export type PurchaseOrderTableProps = {
  orders: PurchaseOrderSummary[] | undefined;
  isLoading: boolean;
  error: unknown;
  onRetry: () => void;
  toolbar: ReactNode;
  hasNextPage: boolean;
  isFetchingNextPage: boolean;
  onLoadMore: () => void;
  filtered: boolean;
  emptyAction?: ReactNode;
  /** Rows that can be picked for a bulk action (a checkbox column first); absent: no checkboxes. */
  selection?: Selection<PurchaseOrderSummary>;
};

export function PurchaseOrderTable(props: PurchaseOrderTableProps) {
  const { t } = useLingui();
  const selectColumn = useSelectionColumn(props.orders, props.selection);
  const columns: Column<PurchaseOrderSummary>[] = [
    {
      key: 'number',
      header: t`Number`,
      width: 200,
      nowrap: true,
      render: (o) => {
        const revision = o.revision;
        return (
          <Group gap={6} wrap="nowrap">
            <Anchor component={Link} to={`/purchase-orders/${o.id}`} ff="monospace" size="sm" fw={500}>
              {o.number}
            </Anchor>
            {revision > 0 && (
              <Tooltip label={t`Revision ${revision}: changed after approval`}>
                <Badge size="xs" variant="outline" color="gray" radius="sm" style={{ flex: 'none' }}>
                  <Trans>rev {revision}</Trans>
                </Badge>
              </Tooltip>
            )}
          </Group>
        );
      },
    },
    {
      key: 'supplier',
      phone: 'wide',
      header: t`Supplier`,
      render: (o) => (
        <Text size="sm" fw={500} lineClamp={1} title={o.supplierName}>
          {o.supplierName}
        </Text>
      ),
    },
    {
      key: 'status',
      phone: 'aside',
      header: t`Status`,
      width: 190,
      render: (o) => <PurchaseOrderStatusBadge status={o.status} size="sm" />,
    },
    {
      key: 'orderDate',
      header: t`Ordered`,
      width: 116,
      nowrap: true,
      hideOnMobile: true,
      render: (o) => <Text size="sm">{formatDate(o.orderDate)}</Text>,
    },
    {
      key: 'expected',
      header: t`Expected`,
      width: 130,
      nowrap: true,
      hideOnMobile: true,
      render: (o) =>
        o.expectedDeliveryDate ? (
          <Group gap={6}>
            <Text size="sm" c={isOverdue(o) ? 'red' : undefined} fw={isOverdue(o) ? 600 : undefined}>
              {formatDate(o.expectedDeliveryDate)}
            </Text>
            {isOverdue(o) && (
              <Badge size="xs" color="red" variant="light" radius="sm">
                <Trans>Overdue</Trans>
              </Badge>
            )}
          </Group>
        ) : (
          <Text size="sm" c="dimmed">
            —
          </Text>
        ),
    },
    {
      key: 'total',
      phone: 'aside',
      header: t`Total`,
      width: 150,
      align: 'right',
      nowrap: true,
      render: (o) => (
        <Text size="sm" ff="monospace" fw={500}>
          {formatMoney(o.total, o.currency)}
        </Text>
      ),
    },
  ];
  if (selectColumn) columns.unshift(selectColumn);
  const count = props.orders?.length ?? 0;
  return (
    <DataTable
      label={t`Purchase orders`}
      columns={columns}
      rows={props.orders}
      rowKey={(o) => o.id}
      isLoading={props.isLoading}
      error={props.error}
      onRetry={props.onRetry}
      toolbar={props.toolbar}
      emptyTitle={props.filtered ? t`No purchase order matches` : t`No purchase orders yet`}
      emptyText={
        props.filtered
          ? t`Try another search or clear the filters.`
          : t`Create one here, or from approved requisitions on the workbench.`
      }
      emptyAction={props.filtered ? undefined : props.emptyAction}
      hasNextPage={props.hasNextPage}
      isFetchingNextPage={props.isFetchingNextPage}
      onLoadMore={props.onLoadMore}
      footer={
        props.hasNextPage
          ? plural(count, { one: '# order shown — more available', other: '# orders shown — more available' })
          : plural(count, { one: '# order shown', other: '# orders shown' })
      }
    />
  );
}
