import type { I18n } from '@lingui/core';
import { msg, plural } from '@lingui/core/macro';
import { Trans, useLingui } from '@lingui/react/macro';
import { Group, Text, VisuallyHidden } from '@mantine/core';
import { IconPencil } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { ActiveBadge } from '@/components/active-badge';
import { type Column, DataTable } from '@/components/data-table';
import { RowAction } from '@/components/row-action';
import { formatDate } from '@/lib/format';
import type { CostCentre } from '../queries';

export type CostCentreTableProps = {
  costCentres: CostCentre[] | undefined;
  isLoading: boolean;
  error: unknown;
  onRetry: () => void;
  toolbar?: ReactNode;
  hasNextPage: boolean;
  isFetchingNextPage: boolean;
  onLoadMore: () => void;
  filtered: boolean;
  emptyAction?: ReactNode;
  emptyText?: ReactNode;
  /** The department cell; the column is left out without it (e.g. on the department's own page). */
  renderDepartment?: (departmentId: string) => ReactNode;
  renderUser: (userId: string) => ReactNode;
  onEdit?: (costCentre: CostCentre) => void;
};

export function CostCentreTable(props: CostCentreTableProps) {
  const { t, i18n } = useLingui();
  const columns: Column<CostCentre>[] = [
    {
      key: 'code',
      header: t`Code`,
      width: 120,
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
  ];
  if (props.renderDepartment) {
    const render = props.renderDepartment;
    columns.push({
      key: 'department',
      header: t`Department`,
      width: '22%',
      render: (c) => render(c.departmentId),
    });
  }
  columns.push(
    {
      key: 'owner',
      header: t({ message: 'Owner', context: 'cost centre owner' }),
      width: '22%',
      render: (c) =>
        c.ownerUserId ? (
          props.renderUser(c.ownerUserId)
        ) : (
          <Text size="sm" c="dimmed">
            <Trans>None</Trans>
          </Text>
        ),
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
  );
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
  const count = props.costCentres?.length ?? 0;
  return (
    <DataTable
      label={t`Cost centres`}
      columns={columns}
      rows={props.costCentres}
      rowKey={(c) => c.id}
      isLoading={props.isLoading}
      error={props.error}
      onRetry={props.onRetry}
      toolbar={props.toolbar}
      emptyTitle={props.filtered ? t`No cost centre matches` : t`No cost centres yet`}
      emptyText={
        props.emptyText ??
        (props.filtered
          ? t`Try another search or clear the filters.`
          : t`Cost centres are what requisitions and orders are charged to.`)
      }
      emptyAction={props.filtered ? undefined : props.emptyAction}
      hasNextPage={props.hasNextPage}
      isFetchingNextPage={props.isFetchingNextPage}
      onLoadMore={props.onLoadMore}
      footer={shownFooter(i18n, count, props.hasNextPage)}
    />
  );
}

/** "3 cost centres shown", "50 cost centres shown — more available". */
function shownFooter(i18n: I18n, count: number, more: boolean): string {
  return more
    ? i18n._(
        msg`${plural(count, { one: '# cost centre shown — more available', other: '# cost centres shown — more available' })}`,
      )
    : i18n._(msg`${plural(count, { one: '# cost centre shown', other: '# cost centres shown' })}`);
}
