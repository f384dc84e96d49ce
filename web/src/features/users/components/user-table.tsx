import type { User } from '@contracts/identity';
import { Plural, Trans, useLingui } from '@lingui/react/macro';
import { Anchor, Badge, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { type Column, DataTable } from '@/components/data-table';
import { formatDate } from '@/lib/format';
import { RoleBadges } from './role-badges';

export type UserTableProps = {
  users: User[] | undefined;
  isLoading: boolean;
  error: unknown;
  onRetry: () => void;
  toolbar: ReactNode;
  hasNextPage: boolean;
  isFetchingNextPage: boolean;
  onLoadMore: () => void;
  filtered: boolean;
  /** Department name by id, when departments are known. */
  departmentName?: (id: string) => string | undefined;
};

export function UserTable(props: UserTableProps) {
  const { t } = useLingui();
  const columns: Column<User>[] = [
    {
      key: 'name',
      header: t`Name`,
      width: '22%',
      render: (u) => (
        <Anchor component={Link} to={`/admin/users/${u.id}`} size="sm" fw={500}>
          {u.name}
        </Anchor>
      ),
    },
    { key: 'email', header: t`E-mail`, width: '26%', render: (u) => <Text size="sm">{u.email}</Text> },
    { key: 'roles', header: t`Roles`, render: (u) => <RoleBadges roles={u.roles} /> },
    {
      key: 'department',
      header: t`Department`,
      width: 150,
      hideOnMobile: true,
      render: (u) => (
        <Text size="sm" c={u.departmentId ? undefined : 'dimmed'}>
          {u.departmentId ? (props.departmentName?.(u.departmentId) ?? '—') : '—'}
        </Text>
      ),
    },
    {
      key: 'active',
      phone: 'aside',
      header: t`Status`,
      width: 120,
      render: (u) =>
        u.active ? (
          <Badge color="teal" variant="light" radius="sm">
            <Trans>Active</Trans>
          </Badge>
        ) : (
          <Badge color="gray" variant="light" radius="sm">
            <Trans>Inactive</Trans>
          </Badge>
        ),
    },
    {
      key: 'createdAt',
      header: t`Created`,
      width: 120,
      nowrap: true,
      hideOnMobile: true,
      render: (u) => (
        <Text size="sm" c="dimmed">
          {formatDate(u.createdAt)}
        </Text>
      ),
    },
  ];
  const count = props.users?.length ?? 0;
  return (
    <DataTable
      label={t`Users`}
      columns={columns}
      rows={props.users}
      rowKey={(u) => u.id}
      isLoading={props.isLoading}
      error={props.error}
      onRetry={props.onRetry}
      toolbar={props.toolbar}
      emptyTitle={props.filtered ? t`No user matches` : t`No users yet`}
      emptyText={props.filtered ? t`Try another search or clear the filters.` : undefined}
      hasNextPage={props.hasNextPage}
      isFetchingNextPage={props.isFetchingNextPage}
      onLoadMore={props.onLoadMore}
      footer={
        props.hasNextPage ? (
          <Plural value={count} one="# user shown — more available" other="# users shown — more available" />
        ) : (
          <Plural value={count} one="# user shown" other="# users shown" />
        )
      }
    />
  );
}
