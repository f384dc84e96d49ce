import { plural } from '@lingui/core/macro';
import { useLingui } from '@lingui/react/macro';
import { Anchor, Badge, Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { type Column, DataTable } from '@/components/data-table';
import { formatDate, formatMoney } from '@/lib/format';
import { PAYMENT_STATUS_COLORS, PAYMENT_STATUS_LABELS } from '../labels';
import type { PaymentListItem } from '../queries';

export type PaymentTableProps = {
  payments: PaymentListItem[] | undefined;
  isLoading: boolean;
  error: unknown;
  onRetry: () => void;
  toolbar?: ReactNode;
  hasNextPage: boolean;
  isFetchingNextPage: boolean;
  onLoadMore: () => void;
  filtered: boolean;
};

/** Payments across runs: number and run, payment date, supplier, amount and discount, status and why the bank rejected one. */
export function PaymentTable(props: PaymentTableProps) {
  const { t, i18n } = useLingui();
  const columns: Column<PaymentListItem>[] = [
    {
      key: 'number',
      header: t`Payment`,
      phone: 'title',
      width: 190,
      nowrap: true,
      render: (p) => (
        <Stack gap={0}>
          <Text size="sm" ff="monospace" fw={500}>
            {p.number}
          </Text>
          <Anchor component={Link} to={`/payment-runs/${p.paymentRunId}`} size="xs" ff="monospace">
            {p.paymentRunNumber}
          </Anchor>
        </Stack>
      ),
    },
    {
      key: 'paymentDate',
      header: t`Payment date`,
      width: 120,
      nowrap: true,
      render: (p) => <Text size="sm">{formatDate(p.paymentDate)}</Text>,
    },
    {
      key: 'supplier',
      header: t`Supplier`,
      phone: 'wide',
      render: (p) => (
        <Text size="sm" fw={500} lineClamp={2} title={p.supplierName}>
          {p.supplierName}
        </Text>
      ),
    },
    {
      key: 'amount',
      header: t`Amount`,
      phone: 'aside',
      width: 140,
      align: 'right',
      nowrap: true,
      render: (p) => (
        <Text size="sm" ff="monospace" fw={500}>
          {formatMoney(p.amount, p.currency)}
        </Text>
      ),
    },
    {
      key: 'discount',
      header: t`Discount taken`,
      width: 130,
      align: 'right',
      nowrap: true,
      hideOnMobile: true,
      render: (p) => (
        <Text size="sm" ff="monospace" c={p.discountAmount === '0' ? 'dimmed' : undefined}>
          {formatMoney(p.discountAmount, p.currency)}
        </Text>
      ),
    },
    {
      key: 'status',
      header: t`Status`,
      phone: 'aside',
      width: 170,
      render: (p) => (
        <Badge color={PAYMENT_STATUS_COLORS[p.status]} variant="light">
          {i18n._(PAYMENT_STATUS_LABELS[p.status])}
        </Badge>
      ),
    },
    {
      key: 'rejectedReason',
      header: t`Bank’s reason`,
      phone: 'wide',
      width: 260,
      render: (p) =>
        p.rejectedReason ? (
          <Text size="sm" c="red">
            {p.rejectedReason}
          </Text>
        ) : null,
    },
  ];
  const count = props.payments?.length ?? 0;
  return (
    <DataTable
      label={t`Payments`}
      columns={columns}
      rows={props.payments}
      rowKey={(p) => p.id}
      isLoading={props.isLoading}
      error={props.error}
      onRetry={props.onRetry}
      toolbar={props.toolbar}
      minWidth={1000}
      emptyTitle={props.filtered ? t`No payment matches` : t`No payments yet`}
      emptyText={
        props.filtered
          ? t`Try other filters or clear them.`
          : t`Payments appear here when a payment run is confirmed: one per supplier and currency.`
      }
      hasNextPage={props.hasNextPage}
      isFetchingNextPage={props.isFetchingNextPage}
      onLoadMore={props.onLoadMore}
      footer={
        props.hasNextPage
          ? plural(count, {
              one: '# payment shown — more available',
              other: '# payments shown — more available',
            })
          : plural(count, { one: '# payment shown', other: '# payments shown' })
      }
    />
  );
}
