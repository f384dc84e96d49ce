import type { Unit } from '@contracts/catalog';
import { plural } from '@lingui/core/macro';
import { Trans, useLingui } from '@lingui/react/macro';
import { Group, Text, VisuallyHidden } from '@mantine/core';
import { IconPencil } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { type Column, DataTable } from '@/components/data-table';
import { RowAction } from '@/components/row-action';
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
  const { t, i18n } = useLingui();
  const columns: Column<Unit>[] = [
    {
      key: 'code',
      header: t`Code`,
      width: 110,
      nowrap: true,
      render: (u) => (
        <Text ff="monospace" size="sm" fw={600}>
          {u.code}
        </Text>
      ),
    },
    { key: 'name', header: t`Name`, render: (u) => <Text size="sm">{u.name}</Text> },
    {
      key: 'decimals',
      header: t`Quantities`,
      width: '30%',
      hideOnMobile: true,
      render: (u) => (
        <Text size="sm" c="dimmed">
          {describeDecimals(i18n, u.decimals)}
        </Text>
      ),
    },
    {
      key: 'conversion',
      header: t`Conversion`,
      width: '24%',
      render: (u) => {
        const conversion = describeUnitConversion(u);
        return conversion ? (
          <Text size="sm" ff="monospace">
            {conversion}
          </Text>
        ) : (
          <Text size="sm" c="dimmed">
            <Trans>Base unit</Trans>
          </Text>
        );
      },
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
      render: (u) => {
        const code = u.code;
        return (
          <Group justify="flex-end">
            <RowAction label={t`Edit ${code}`} icon={<IconPencil size={16} />} onClick={() => onEdit(u)} />
          </Group>
        );
      },
    });
  }
  const count = props.units?.length ?? 0;
  return (
    <DataTable
      label={t`Units of measure`}
      columns={columns}
      rows={props.units}
      rowKey={(u) => u.code}
      isLoading={props.isLoading}
      error={props.error}
      onRetry={props.onRetry}
      toolbar={props.toolbar}
      emptyTitle={props.filtered ? t`No unit matches` : t`No units yet`}
      emptyText={props.filtered ? t`Try another search.` : t`Units say how items are counted: EA, BOX, KG …`}
      emptyAction={props.filtered ? undefined : props.emptyAction}
      hasNextPage={props.hasNextPage}
      isFetchingNextPage={props.isFetchingNextPage}
      onLoadMore={props.onLoadMore}
      footer={
        props.hasNextPage
          ? plural(count, { one: '# unit shown — more available', other: '# units shown — more available' })
          : plural(count, { one: '# unit shown', other: '# units shown' })
      }
    />
  );
}
