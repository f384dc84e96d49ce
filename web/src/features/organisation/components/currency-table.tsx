import { Badge, Group, Switch, Text, Tooltip } from '@mantine/core';
import type { ReactNode } from 'react';
import { type Column, DataTable } from '@/components/data-table';
import type { Currency } from '../api/list-currencies';

export type CurrencyTableProps = {
  currencies: Currency[] | undefined;
  isLoading: boolean;
  error: unknown;
  onRetry: () => void;
  toolbar: ReactNode;
  hasNextPage: boolean;
  isFetchingNextPage: boolean;
  onLoadMore: () => void;
  filtered: boolean;
  baseCurrency?: string;
  /** Switches a currency on or off; absent for users who may only read. */
  onToggle?: (currency: Currency, active: boolean) => void;
  /** The code whose change is being saved. */
  pendingCode?: string | null;
};

/** ISO currencies with the switch that offers them for new documents. */
export function CurrencyTable(props: CurrencyTableProps) {
  const columns: Column<Currency>[] = [
    {
      key: 'code',
      header: 'Code',
      width: 110,
      render: (c) => (
        <Group gap={6} wrap="nowrap">
          <Text ff="monospace" size="sm" fw={600}>
            {c.code}
          </Text>
          {c.code === props.baseCurrency && (
            <Tooltip label="The base currency: totals and reports are kept in it" withArrow>
              <Badge size="xs" variant="filled" radius="sm">
                Base
              </Badge>
            </Tooltip>
          )}
        </Group>
      ),
    },
    { key: 'name', header: 'Name', render: (c) => <Text size="sm">{c.name}</Text> },
    {
      key: 'minorUnits',
      header: 'Decimals',
      width: 100,
      align: 'right',
      hideOnMobile: true,
      render: (c) => <Text size="sm">{c.minorUnits}</Text>,
    },
    {
      key: 'active',
      phone: 'aside',
      header: 'In use',
      width: 150,
      render: (c) =>
        props.onToggle ? (
          <Switch
            checked={c.active}
            onChange={(e) => props.onToggle?.(c, e.currentTarget.checked)}
            disabled={props.pendingCode === c.code}
            label={c.active ? 'Active' : 'Inactive'}
            aria-label={`${c.code} active`}
            size="sm"
          />
        ) : (
          <Badge color={c.active ? 'teal' : 'gray'} variant="light" size="sm" radius="sm">
            {c.active ? 'Active' : 'Inactive'}
          </Badge>
        ),
    },
  ];
  const count = props.currencies?.length ?? 0;
  return (
    <DataTable
      label="Currencies"
      columns={columns}
      rows={props.currencies}
      rowKey={(c) => c.code}
      isLoading={props.isLoading}
      error={props.error}
      onRetry={props.onRetry}
      toolbar={props.toolbar}
      emptyTitle={props.filtered ? 'No currency matches' : 'No currencies'}
      emptyText={props.filtered ? 'Try another search or clear the filter.' : undefined}
      hasNextPage={props.hasNextPage}
      isFetchingNextPage={props.isFetchingNextPage}
      onLoadMore={props.onLoadMore}
      footer={`${count} ${count === 1 ? 'currency' : 'currencies'} shown${props.hasNextPage ? ' — more available' : ''}`}
    />
  );
}
