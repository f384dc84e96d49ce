import { ActionIcon, Anchor, Group, Text, Tooltip, VisuallyHidden } from '@mantine/core';
import { IconPencil } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { ActiveBadge } from '@/components/active-badge';
import { type Column, DataTable } from '@/components/data-table';
import { formatDate } from '@/lib/format';
import type { Department } from '../api/list-departments';

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
  const columns: Column<Department>[] = [
    {
      key: 'code',
      header: 'Code',
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
      header: 'Name',
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
      header: 'Head of department',
      width: '28%',
      render: (d) =>
        d.headUserId ? (
          props.renderUser(d.headUserId)
        ) : (
          <Text size="sm" c="dimmed">
            None
          </Text>
        ),
    },
    { key: 'active', header: 'Status', width: 100, render: (d) => <ActiveBadge active={d.active} /> },
    {
      key: 'updatedAt',
      header: 'Updated',
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
      header: <VisuallyHidden>Actions</VisuallyHidden>,
      width: 60,
      align: 'right',
      render: (d) => (
        <Group justify="flex-end">
          <Tooltip label={`Edit ${d.code}`} withArrow>
            <ActionIcon variant="subtle" aria-label={`Edit ${d.code}`} onClick={() => onEdit(d)}>
              <IconPencil size={16} />
            </ActionIcon>
          </Tooltip>
        </Group>
      ),
    });
  }
  const count = props.departments?.length ?? 0;
  return (
    <DataTable
      label="Departments"
      columns={columns}
      rows={props.departments}
      rowKey={(d) => d.id}
      isLoading={props.isLoading}
      error={props.error}
      onRetry={props.onRetry}
      toolbar={props.toolbar}
      emptyTitle={props.filtered ? 'No department matches' : 'No departments yet'}
      emptyText={
        props.filtered
          ? 'Try another search or clear the filters.'
          : 'Departments hold users and cost centres, and their heads approve requisitions.'
      }
      emptyAction={props.filtered ? undefined : props.emptyAction}
      hasNextPage={props.hasNextPage}
      isFetchingNextPage={props.isFetchingNextPage}
      onLoadMore={props.onLoadMore}
      footer={`${count} ${count === 1 ? 'department' : 'departments'} shown${props.hasNextPage ? ' — more available' : ''}`}
    />
  );
}
