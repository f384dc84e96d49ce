import type { ItemCategory } from '@contracts/catalog';
import { plural } from '@lingui/core/macro';
import { Trans, useLingui } from '@lingui/react/macro';
import { Group, Text, VisuallyHidden } from '@mantine/core';
import { IconPencil } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { ActiveBadge } from '@/components/active-badge';
import { type Column, DataTable } from '@/components/data-table';
import { RowAction } from '@/components/row-action';
import { formatDate } from '@/lib/format';

export type CategoryTableProps = {
  categories: ItemCategory[] | undefined;
  isLoading: boolean;
  error: unknown;
  onRetry: () => void;
  toolbar: ReactNode;
  hasNextPage: boolean;
  isFetchingNextPage: boolean;
  onLoadMore: () => void;
  filtered: boolean;
  emptyAction?: ReactNode;
  /** The parent's name (with its own parents); null for a top-level category. */
  parentName: (category: ItemCategory) => string | null;
  onEdit?: (category: ItemCategory) => void;
};

export function CategoryTable(props: CategoryTableProps) {
  const { t } = useLingui();
  const columns: Column<ItemCategory>[] = [
    {
      key: 'code',
      header: t`Code`,
      width: 140,
      nowrap: true,
      render: (c) => (
        <Text ff="monospace" size="sm" fw={500}>
          {c.code}
        </Text>
      ),
    },
    {
      key: 'name',
      header: t`Name`,
      render: (c) => (
        <Text size="sm" fw={500}>
          {c.name}
        </Text>
      ),
    },
    {
      key: 'parent',
      header: t`Parent`,
      width: '28%',
      render: (c) => {
        const parent = props.parentName(c);
        return parent ? (
          <Text size="sm">{parent}</Text>
        ) : (
          <Text size="sm" c="dimmed">
            <Trans>Top level</Trans>
          </Text>
        );
      },
    },
    { key: 'active', header: t`Status`, width: 100, render: (c) => <ActiveBadge active={c.active} /> },
    {
      key: 'updatedAt',
      header: t`Updated`,
      width: 120,
      nowrap: true,
      hideOnMobile: true,
      render: (c) => (
        <Text size="sm" c="dimmed">
          {formatDate(c.updatedAt)}
        </Text>
      ),
    },
  ];
  if (props.onEdit) {
    const onEdit = props.onEdit;
    columns.push({
      key: 'actions',
      header: (
        <VisuallyHidden>
          <Trans>Actions</Trans>
        </VisuallyHidden>
      ),
      width: 60,
      align: 'right',
      render: (c) => {
        const code = c.code;
        return (
          <Group justify="flex-end">
            <RowAction label={t`Edit ${code}`} icon={<IconPencil size={16} />} onClick={() => onEdit(c)} />
          </Group>
        );
      },
    });
  }
  const count = props.categories?.length ?? 0;
  return (
    <DataTable
      label={t`Item categories`}
      columns={columns}
      rows={props.categories}
      rowKey={(c) => c.id}
      isLoading={props.isLoading}
      error={props.error}
      onRetry={props.onRetry}
      toolbar={props.toolbar}
      emptyTitle={props.filtered ? t`No category matches` : t`No categories yet`}
      emptyText={
        props.filtered
          ? t`Try another search or clear the filters.`
          : t`Categories group items and tell which suppliers can deliver them.`
      }
      emptyAction={props.filtered ? undefined : props.emptyAction}
      hasNextPage={props.hasNextPage}
      isFetchingNextPage={props.isFetchingNextPage}
      onLoadMore={props.onLoadMore}
      footer={
        props.hasNextPage
          ? plural(count, {
              one: '# category shown — more available',
              other: '# categories shown — more available',
            })
          : plural(count, { one: '# category shown', other: '# categories shown' })
      }
    />
  );
}
