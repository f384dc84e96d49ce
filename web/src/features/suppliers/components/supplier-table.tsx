import type { Supplier } from '@contracts/suppliers';
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
  const columns: Column<Supplier>[] = [
    {
      key: 'code',
      header: 'Code',
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
      header: 'Legal name',
      render: (s) => (
        <Anchor component={Link} to={`/suppliers/${s.id}`} c="inherit" size="sm" fw={500} tabIndex={-1}>
          {s.legalName}
        </Anchor>
      ),
    },
    {
      key: 'status',
      phone: 'aside',
      header: 'Status',
      width: 120,
      render: (s) => <SupplierStatusBadge status={s.status} reason={s.statusReason} size="sm" />,
    },
    {
      key: 'location',
      header: 'Location',
      width: '18%',
      hideOnMobile: true,
      render: (s) => <Text size="sm">{location(s)}</Text>,
    },
    {
      key: 'currency',
      header: 'Currency',
      width: 90,
      render: (s) => (
        <Text size="sm" ff="monospace">
          {s.defaultCurrency}
        </Text>
      ),
    },
    {
      key: 'terms',
      header: 'Payment terms',
      width: '22%',
      hideOnMobile: true,
      render: (s) => <Text size="sm">{describePaymentTerms(s)}</Text>,
    },
    {
      key: 'updatedAt',
      header: 'Updated',
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
      label="Suppliers"
      columns={columns}
      rows={props.suppliers}
      rowKey={(s) => s.id}
      isLoading={props.isLoading}
      error={props.error}
      onRetry={props.onRetry}
      toolbar={props.toolbar}
      emptyTitle={props.filtered ? 'No supplier matches' : 'No suppliers yet'}
      emptyText={
        props.filtered
          ? 'Try another search or clear the filters.'
          : 'Add the companies you buy from to start ordering.'
      }
      emptyAction={props.filtered ? undefined : props.emptyAction}
      hasNextPage={props.hasNextPage}
      isFetchingNextPage={props.isFetchingNextPage}
      onLoadMore={props.onLoadMore}
      footer={`${count} ${count === 1 ? 'supplier' : 'suppliers'} shown${props.hasNextPage ? ' — more available' : ''}`}
    />
  );
}
