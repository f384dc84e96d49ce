import { plural } from '@lingui/core/macro';
import { useLingui } from '@lingui/react/macro';
import { Anchor, Badge, Group, Text, Tooltip } from '@mantine/core';
import { IconEyeCheck } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { ActiveBadge } from '@/components/active-badge';
import { type Column, DataTable } from '@/components/data-table';
import { formatPercent } from '@/lib/format';
import type { Item } from '../queries';

export type ItemTableProps = {
  items: Item[] | undefined;
  isLoading: boolean;
  error: unknown;
  onRetry: () => void;
  toolbar: ReactNode;
  hasNextPage: boolean;
  isFetchingNextPage: boolean;
  onLoadMore: () => void;
  filtered: boolean;
  emptyAction?: ReactNode;
  categoryName: (id: string) => string;
};

/** The items list: SKU and name link to the item; category, unit, tax, inspection and status. */
export function ItemTable(props: ItemTableProps) {
  const { t } = useLingui();
  const columns: Column<Item>[] = [
    {
      key: 'sku',
      header: t`SKU`,
      width: 130,
      nowrap: true,
      render: (i) => (
        <Anchor component={Link} to={`/catalog/items/${i.id}`} ff="monospace" size="sm" fw={500}>
          {i.sku}
        </Anchor>
      ),
    },
    {
      key: 'name',
      phone: 'wide',
      header: t`Name`,
      render: (i) => (
        <Group gap={6} wrap="nowrap">
          <Anchor component={Link} to={`/catalog/items/${i.id}`} c="inherit" size="sm" fw={500} tabIndex={-1}>
            {i.name}
          </Anchor>
          {i.inspectionRequired && (
            <Tooltip label={t`Inspection required on receipt`} withArrow>
              <IconEyeCheck
                size={16}
                stroke={1.6}
                color="var(--mantine-color-indigo-text)"
                aria-label={t`Inspection required`}
                style={{ flex: 'none' }}
              />
            </Tooltip>
          )}
        </Group>
      ),
    },
    {
      key: 'category',
      header: t`Category`,
      width: '22%',
      hideOnMobile: true,
      render: (i) => <Text size="sm">{props.categoryName(i.categoryId)}</Text>,
    },
    {
      key: 'unit',
      header: t`Unit`,
      width: 80,
      render: (i) => (
        <Badge variant="outline" color="gray" radius="sm" tt="none" ff="monospace">
          {i.unitCode}
        </Badge>
      ),
    },
    {
      key: 'tax',
      header: t`Tax rate`,
      width: 100,
      nowrap: true,
      align: 'right',
      hideOnMobile: true,
      render: (i) => <Text size="sm">{formatPercent(i.defaultTaxRate)}</Text>,
    },
    {
      key: 'active',
      phone: 'aside',
      header: t`Status`,
      width: 100,
      render: (i) => <ActiveBadge active={i.active} />,
    },
  ];
  const count = props.items?.length ?? 0;
  return (
    <DataTable
      label={t`Items`}
      columns={columns}
      rows={props.items}
      rowKey={(i) => i.id}
      isLoading={props.isLoading}
      error={props.error}
      onRetry={props.onRetry}
      toolbar={props.toolbar}
      emptyTitle={props.filtered ? t`No item matches` : t`No items yet`}
      emptyText={
        props.filtered
          ? t`Try another search or clear the filters.`
          : t`Add the goods and services you buy, or import them from a CSV file.`
      }
      emptyAction={props.filtered ? undefined : props.emptyAction}
      hasNextPage={props.hasNextPage}
      isFetchingNextPage={props.isFetchingNextPage}
      onLoadMore={props.onLoadMore}
      footer={
        props.hasNextPage
          ? plural(count, { one: '# item shown — more available', other: '# items shown — more available' })
          : plural(count, { one: '# item shown', other: '# items shown' })
      }
    />
  );
}
