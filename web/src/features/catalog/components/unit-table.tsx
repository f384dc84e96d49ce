import type { Unit } from '@contracts/catalog';
import { ActionIcon, Group, Text, Tooltip, VisuallyHidden } from '@mantine/core';
import { IconPencil } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { type Column, DataTable } from '@/components/data-table';
import { describeDecimals, describeUnitConversion } from '../catalog-format';

export type UnitTableProps = {
  units: Unit[] | undefined;
  isLoading: boolean;
  error: unknown;
  onRetry: () => void;
  toolbar: ReactNode;
  hasNextPage: boolean;
  isFetchingNextPage: boolean;
  onLoadMore: () => void;
  filtered: boolean;
  emptyAction?: ReactNode;
  onEdit?: (unit: Unit) => void;
};

export function UnitTable(props: UnitTableProps) {
  const columns: Column<Unit>[] = [
    {
      key: 'code',
      header: 'Code',
      width: 110,
      nowrap: true,
      render: (u) => (
        <Text ff="monospace" size="sm" fw={600}>
          {u.code}
        </Text>
      ),
    },
    { key: 'name', header: 'Name', render: (u) => <Text size="sm">{u.name}</Text> },
    {
      key: 'decimals',
      header: 'Quantities',
      width: '30%',
      hideOnMobile: true,
      render: (u) => (
        <Text size="sm" c="dimmed">
          {describeDecimals(u.decimals)}
        </Text>
      ),
    },
    {
      key: 'conversion',
      header: 'Conversion',
      width: '24%',
      render: (u) => {
        const conversion = describeUnitConversion(u);
        return conversion ? (
          <Text size="sm" ff="monospace">
            {conversion}
          </Text>
        ) : (
          <Text size="sm" c="dimmed">
            Base unit
          </Text>
        );
      },
    },
  ];
  if (props.onEdit) {
    const onEdit = props.onEdit;
    columns.push({
      key: 'actions',
      header: <VisuallyHidden>Actions</VisuallyHidden>,
      width: 60,
      align: 'right',
      render: (u) => (
        <Group justify="flex-end">
          <Tooltip label={`Edit ${u.code}`} withArrow>
            <ActionIcon variant="subtle" aria-label={`Edit ${u.code}`} onClick={() => onEdit(u)}>
              <IconPencil size={16} />
            </ActionIcon>
          </Tooltip>
        </Group>
      ),
    });
  }
  const count = props.units?.length ?? 0;
  return (
    <DataTable
      label="Units of measure"
      columns={columns}
      rows={props.units}
      rowKey={(u) => u.code}
      isLoading={props.isLoading}
      error={props.error}
      onRetry={props.onRetry}
      toolbar={props.toolbar}
      emptyTitle={props.filtered ? 'No unit matches' : 'No units yet'}
      emptyText={props.filtered ? 'Try another search.' : 'Units say how items are counted: EA, BOX, KG …'}
      emptyAction={props.filtered ? undefined : props.emptyAction}
      hasNextPage={props.hasNextPage}
      isFetchingNextPage={props.isFetchingNextPage}
      onLoadMore={props.onLoadMore}
      footer={`${count} ${count === 1 ? 'unit' : 'units'} shown${props.hasNextPage ? ' — more available' : ''}`}
    />
  );
}
