import type { I18n } from '@lingui/core';
import { msg, plural } from '@lingui/core/macro';
import { Trans, useLingui } from '@lingui/react/macro';
import { Anchor, Group, Text, VisuallyHidden } from '@mantine/core';
import { IconPencil } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { ActiveBadge } from '@/components/active-badge';
import { type Column, DataTable } from '@/components/data-table';
import { RowAction } from '@/components/row-action';
import { formatDate } from '@/lib/format';
import type { Department } from '../queries';

export type DepartmentTableProps = {
  departments: Department[] | undefined;
  isLoading: boolean;
  error: unknown;
  onRetry: () => void;
  toolbar: ReactNode;
  hasNextPage: boolean;
  isFetchingNextPage: boolean;
  onLoadMore: () => void;
  filtered: boolean;
  emptyAction?: ReactNode;
  renderUser: (userId: string) => ReactNode;
  onEdit?: (department: Department) => void;
};

export function DepartmentTable(props: DepartmentTableProps) {
  const { t, i18n } = useLingui();
  const columns: Column<Department>[] = [
    {
      key: 'code',
      header: t`Code`,
      width: 120,
      nowrap: true,
      render: (d) => (
        <Anchor component={Link} to={`/organisation/departments/${d.id}`} ff="monospace" size="sm" fw={500}>
          {d.code}
        </Anchor>
      ),
    },
    {
      key: 'name',
      header: t`Name`,
      render: (d) => (
        <Anchor
          component={Link}
          to={`/organisation/departments/${d.id}`}
          c="inherit"
          size="sm"
          fw={500}
          tabIndex={-1}
        >
          {d.name}
        </Anchor>
      ),
    },
    {
      key: 'head',
      header: t`Head of department`,
      width: '28%',
      render: (d) =>
        d.headUserId ? (
          props.renderUser(d.headUserId)
        ) : (
          <Text size="sm" c="dimmed">
            <Trans>None</Trans>
          </Text>
        ),
    },
    { key: 'active', header: t`Status`, width: 100, render: (d) => <ActiveBadge active={d.active} /> },
    {
      key: 'updatedAt',
      header: t`Updated`,
      width: 120,
      nowrap: true,
      hideOnMobile: true,
      render: (d) => (
        <Text size="sm" c="dimmed">
          {formatDate(d.updatedAt)}
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
      render: (d) => {
        const code = d.code;
        return (
          <Group justify="flex-end">
            <RowAction label={t`Edit ${code}`} icon={<IconPencil size={16} />} onClick={() => onEdit(d)} />
          </Group>
        );
      },
    });
  }
  const count = props.departments?.length ?? 0;
  return (
    <DataTable
      label={t`Departments`}
      columns={columns}
      rows={props.departments}
      rowKey={(d) => d.id}
      isLoading={props.isLoading}
      error={props.error}
      onRetry={props.onRetry}
      toolbar={props.toolbar}
      emptyTitle={props.filtered ? t`No department matches` : t`No departments yet`}
      emptyText={
        props.filtered
          ? t`Try another search or clear the filters.`
          : t`Departments hold users and cost centres, and their heads approve requisitions.`
      }
      emptyAction={props.filtered ? undefined : props.emptyAction}
      hasNextPage={props.hasNextPage}
      isFetchingNextPage={props.isFetchingNextPage}
      onLoadMore={props.onLoadMore}
      footer={shownFooter(i18n, count, props.hasNextPage)}
    />
  );
}

/** "3 departments shown", "50 departments shown — more available". */
function shownFooter(i18n: I18n, count: number, more: boolean): string {
  return more
    ? i18n._(
        msg`${plural(count, { one: '# department shown — more available', other: '# departments shown — more available' })}`,
      )
    : i18n._(msg`${plural(count, { one: '# department shown', other: '# departments shown' })}`);
}
