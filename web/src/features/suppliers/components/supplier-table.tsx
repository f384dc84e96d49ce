import type { Supplier } from '@contracts/suppliers';
import { plural } from '@lingui/core/macro';
import { useLingui } from '@lingui/react/macro';
import { Anchor, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { type Column, DataTable } from '@/components/data-table';
import { countryName, formatDate } from '@/lib/format';
import { describePaymentTerms } from '../payment-terms';
import { SupplierStatusBadge } from './supplier-status-badge';

function location(supplier: Supplier): string {
  const address = supplier.addresses.find((a) => a.kind === 'billing') ?? supplier.addresses[0];
  if (!address) return '—';
  return `${address.city}, ${countryName(address.country)}`;
}

export type SupplierTableProps = {
  suppliers: Supplier[] | undefined;
  isLoading: boolean;
  error: unknown;
  onRetry: () => void;
  toolbar: ReactNode;
  hasNextPage: boolean;
  isFetchingNextPage: boolean;
  onLoadMore: () => void;
  filtered: boolean;
  emptyAction?: ReactNode;
};

export function SupplierTable(props: SupplierTableProps) {
  const { t, i18n } = useLingui();
  const columns: Column<Supplier>[] = [
    {
      key: 'code',
      header: t`Code`,
      width: 130,
      nowrap: true,
      render: (s) => (
        <Anchor component={Link} to={`/suppliers/${s.id}`} ff="monospace" size="sm" fw={500}>
          {s.code}
        </Anchor>
      ),
    },
    {
      key: 'legalName',
      phone: 'wide',
      header: t`Legal name`,
      render: (s) => (
        <Anchor component={Link} to={`/suppliers/${s.id}`} c="inherit" size="sm" fw={500} tabIndex={-1}>
          {s.legalName}
        </Anchor>
      ),
    },
    {
      key: 'status',
      phone: 'aside',
      header: t`Status`,
      width: 120,
      render: (s) => <SupplierStatusBadge status={s.status} reason={s.statusReason} size="sm" />,
    },
    {
      key: 'location',
      header: t`Location`,
      width: '18%',
      hideOnMobile: true,
      render: (s) => <Text size="sm">{location(s)}</Text>,
    },
    {
      key: 'currency',
      header: t`Currency`,
      width: 90,
      render: (s) => (
        <Text size="sm" ff="monospace">
          {s.defaultCurrency}
        </Text>
      ),
    },
    {
      key: 'terms',
      header: t`Payment terms`,
      width: '22%',
      hideOnMobile: true,
      render: (s) => <Text size="sm">{describePaymentTerms(i18n, s)}</Text>,
    },
    {
      key: 'updatedAt',
      header: t`Updated`,
      width: 120,
      nowrap: true,
      hideOnMobile: true,
      render: (s) => (
        <Text size="sm" c="dimmed">
          {formatDate(s.updatedAt)}
        </Text>
      ),
    },
  ];
  const count = props.suppliers?.length ?? 0;
  return (
    <DataTable
      label={t`Suppliers`}
      columns={columns}
      rows={props.suppliers}
      rowKey={(s) => s.id}
      isLoading={props.isLoading}
      error={props.error}
      onRetry={props.onRetry}
      toolbar={props.toolbar}
      emptyTitle={props.filtered ? t`No supplier matches` : t`No suppliers yet`}
      emptyText={
        props.filtered
          ? t`Try another search or clear the filters.`
          : t`Add the companies you buy from to start ordering.`
      }
      emptyAction={props.filtered ? undefined : props.emptyAction}
      hasNextPage={props.hasNextPage}
      isFetchingNextPage={props.isFetchingNextPage}
      onLoadMore={props.onLoadMore}
      footer={
        props.hasNextPage
          ? plural(count, {
              one: '# supplier shown — more available',
              other: '# suppliers shown — more available',
            })
          : plural(count, { one: '# supplier shown', other: '# suppliers shown' })
      }
    />
  );
}
