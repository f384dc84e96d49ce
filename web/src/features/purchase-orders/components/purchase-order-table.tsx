import { isAwaitingDelivery, type PurchaseOrderSummary } from '@contracts/purchase-orders';
import { Anchor, Badge, Checkbox, Group, Text, Tooltip } from '@mantine/core';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { type Column, DataTable } from '@/components/data-table';
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
  selection?: {
    selected: ReadonlySet<string>;
    selectable: (o: PurchaseOrderSummary) => boolean;
    onChange: (ids: string[], picked: boolean) => void;
  };
};

export function PurchaseOrderTable(props: PurchaseOrderTableProps) {
  const columns: Column<PurchaseOrderSummary>[] = [
    {
      key: 'number',
      header: 'Number',
      width: 200,
      nowrap: true,
      render: (o) => (
        <Group gap={6} wrap="nowrap">
          <Anchor component={Link} to={`/purchase-orders/${o.id}`} ff="monospace" size="sm" fw={500}>
            {o.number}
          </Anchor>
          {o.revision > 0 && (
            <Tooltip label={`Revision ${o.revision}: changed after approval`}>
              <Badge size="xs" variant="outline" color="gray" radius="sm" style={{ flex: 'none' }}>
                rev {o.revision}
              </Badge>
            </Tooltip>
          )}
        </Group>
      ),
    },
    {
      key: 'supplier',
      phone: 'wide',
      header: 'Supplier',
      render: (o) => (
        <Text size="sm" fw={500} lineClamp={1} title={o.supplierName}>
          {o.supplierName}
        </Text>
      ),
    },
    {
      key: 'status',
      phone: 'aside',
      header: 'Status',
      width: 190,
      render: (o) => <PurchaseOrderStatusBadge status={o.status} size="sm" />,
    },
    {
      key: 'orderDate',
      header: 'Ordered',
      width: 116,
      nowrap: true,
      hideOnMobile: true,
      render: (o) => <Text size="sm">{formatDate(o.orderDate)}</Text>,
    },
    {
      key: 'expected',
      header: 'Expected',
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
                Overdue
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
      header: 'Total',
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
  const selection = props.selection;
  if (selection) {
    const pickable = (props.orders ?? []).filter(selection.selectable).map((o) => o.id);
    const all = pickable.length > 0 && pickable.every((id) => selection.selected.has(id));
    columns.unshift({
      key: 'select',
      phone: 'lead',
      width: 44,
      header: (
        <Checkbox
          aria-label="Select every draft shown"
          checked={all}
          indeterminate={!all && pickable.some((id) => selection.selected.has(id))}
          disabled={pickable.length === 0}
          onChange={() => selection.onChange(pickable, !all)}
        />
      ),
      render: (o) =>
        selection.selectable(o) ? (
          <Checkbox
            aria-label={`Select ${o.number}`}
            checked={selection.selected.has(o.id)}
            onChange={(e) => selection.onChange([o.id], e.currentTarget.checked)}
          />
        ) : null,
    });
  }
  const count = props.orders?.length ?? 0;
  return (
    <DataTable
      label="Purchase orders"
      columns={columns}
      rows={props.orders}
      rowKey={(o) => o.id}
      isLoading={props.isLoading}
      error={props.error}
      onRetry={props.onRetry}
      toolbar={props.toolbar}
      emptyTitle={props.filtered ? 'No purchase order matches' : 'No purchase orders yet'}
      emptyText={
        props.filtered
          ? 'Try another search or clear the filters.'
          : 'Create one here, or from approved requisitions on the workbench.'
      }
      emptyAction={props.filtered ? undefined : props.emptyAction}
      hasNextPage={props.hasNextPage}
      isFetchingNextPage={props.isFetchingNextPage}
      onLoadMore={props.onLoadMore}
      footer={`${count} ${count === 1 ? 'order' : 'orders'} shown${props.hasNextPage ? ' — more available' : ''}`}
    />
  );
}
