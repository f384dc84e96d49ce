import { plural } from '@lingui/core/macro';
import { Trans, useLingui } from '@lingui/react/macro';
import { Anchor, Badge, Group, Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { type Column, DataTable } from '@/components/data-table';
import { todayIso } from '@/lib/dates';
import { formatDate, formatMoney } from '@/lib/format';
import { isInvoiceOverdue } from '../invoice-actions';
import type { Invoice } from '../queries';
import { InvoiceStatusBadge } from './invoice-status-badge';

export type InvoiceTableProps = {
  invoices: Invoice[] | undefined;
  isLoading: boolean;
  error: unknown;
  onRetry: () => void;
  toolbar?: ReactNode;
  hasNextPage: boolean;
  isFetchingNextPage: boolean;
  onLoadMore: () => void;
  filtered: boolean;
  emptyTitle?: string;
  emptyText?: ReactNode;
  /** What to do when there is nothing yet (not when filters hide the rows): links to enter or import. */
  emptyAction?: ReactNode;
  /** The exception queue: each row says why it is one, and may offer actions. */
  explain?: boolean;
  rowActions?: (invoice: Invoice) => ReactNode;
};

/** The due date, red with "Overdue" when it passed and the invoice is not paid. */
export function DueDate({ invoice }: { invoice: Pick<Invoice, 'status' | 'dueDate'> }) {
  const overdue = isInvoiceOverdue(invoice, todayIso());
  return (
    <Group gap={4} wrap="wrap">
      <Text
        size="sm"
        c={overdue ? 'red' : undefined}
        fw={overdue ? 600 : undefined}
        style={{ whiteSpace: 'nowrap' }}
      >
        {formatDate(invoice.dueDate)}
      </Text>
      {overdue && (
        <Badge size="xs" color="red" variant="light" radius="sm" style={{ flex: 'none' }}>
          <Trans>Overdue</Trans>
        </Badge>
      )}
    </Group>
  );
}

/** Invoices as a list: number, supplier's number, supplier, order, dates, amount and status. */
export function InvoiceTable(props: InvoiceTableProps) {
  const { t } = useLingui();
  const explain = !!props.explain;
  const columns: Column<Invoice>[] = [
    {
      key: 'number',
      header: t`Number`,
      width: 160,
      nowrap: true,
      render: (i) => (
        <Stack gap={0}>
          <Anchor component={Link} to={`/invoices/${i.id}`} ff="monospace" size="sm" fw={500}>
            {i.number}
          </Anchor>
          {i.kind === 'credit_note' && (
            <Text size="xs" c="dimmed">
              <Trans>Credit note</Trans>
            </Text>
          )}
          {/* The exception queue has no room for a column of its own. */}
          {explain && (
            <Text size="xs" c="dimmed" ff="monospace">
              {i.supplierInvoiceNumber}
            </Text>
          )}
        </Stack>
      ),
    },
    {
      key: 'supplierInvoiceNumber',
      header: t`Supplier’s no.`,
      width: 120,
      phone: explain ? 'hidden' : undefined,
      render: (i) => (
        <Text size="sm" ff="monospace" style={{ overflowWrap: 'anywhere' }}>
          {i.supplierInvoiceNumber}
        </Text>
      ),
    },
    {
      key: 'supplier',
      phone: 'wide',
      header: t`Supplier`,
      width: explain ? 300 : undefined,
      render: (i) => (
        <Stack gap={2} miw={150}>
          <Text size="sm" fw={500} lineClamp={2} title={i.supplierName}>
            {i.supplierName}
          </Text>
          {explain &&
            i.exceptions.map((e) => (
              <Text key={`${e.kind}:${e.lineNo ?? ''}`} size="xs" c="red" lh={1.35}>
                {e.message}
              </Text>
            ))}
        </Stack>
      ),
    },
    {
      key: 'order',
      header: t`Order`,
      width: 140,
      nowrap: true,
      render: (i) => (
        <Anchor component={Link} to={`/purchase-orders/${i.purchaseOrderId}`} ff="monospace" size="sm">
          {i.purchaseOrderNumber}
        </Anchor>
      ),
    },
    {
      key: 'issueDate',
      header: t`Issued`,
      width: 105,
      nowrap: true,
      hideOnMobile: true,
      phone: 'hidden',
      render: (i) => <Text size="sm">{formatDate(i.issueDate)}</Text>,
    },
    {
      key: 'dueDate',
      header: t`Due`,
      width: 150,
      nowrap: true,
      render: (i) => <DueDate invoice={i} />,
    },
    {
      key: 'amount',
      phone: 'aside',
      header: t`Amount`,
      width: 130,
      align: 'right',
      nowrap: true,
      render: (i) => (
        <Text size="sm" ff="monospace" fw={500}>
          {formatMoney(i.payableAmount, i.currency)}
        </Text>
      ),
    },
    {
      key: 'status',
      phone: 'aside',
      header: t`Status`,
      width: 150,
      render: (i) => <InvoiceStatusBadge status={i.status} reason={i.holdReason} size="sm" />,
    },
  ];
  const rowActions = props.rowActions;
  if (rowActions)
    columns.push({
      key: 'actions',
      phone: 'wide',
      header: <Trans>Actions</Trans>,
      width: 230,
      render: (i) => rowActions(i),
    });
  const shown = explain
    ? // Every row is an exception: the status says nothing, the explanation says why.
      columns.filter((c) => !['supplierInvoiceNumber', 'issueDate', 'status'].includes(c.key))
    : columns;
  const count = props.invoices?.length ?? 0;
  return (
    <DataTable
      label={t`Invoices`}
      columns={shown}
      rows={props.invoices}
      rowKey={(i) => i.id}
      isLoading={props.isLoading}
      error={props.error}
      onRetry={props.onRetry}
      toolbar={props.toolbar}
      minWidth={explain ? 1100 : 1000}
      emptyTitle={props.emptyTitle ?? (props.filtered ? t`No invoice matches` : t`No invoices yet`)}
      emptyText={
        props.emptyText ??
        (props.filtered
          ? t`Try another search or clear the filters.`
          : t`Invoices appear here when they are entered or imported against an order.`)
      }
      emptyAction={props.filtered ? undefined : props.emptyAction}
      hasNextPage={props.hasNextPage}
      isFetchingNextPage={props.isFetchingNextPage}
      onLoadMore={props.onLoadMore}
      footer={
        props.hasNextPage
          ? plural(count, {
              one: '# invoice shown — more available',
              other: '# invoices shown — more available',
            })
          : plural(count, { one: '# invoice shown', other: '# invoices shown' })
      }
    />
  );
}
