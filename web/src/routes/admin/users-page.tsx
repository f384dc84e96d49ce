import { Trans, useLingui } from '@lingui/react/macro';
import { Button, Select } from '@mantine/core';
import { IconUserPlus } from '@tabler/icons-react';
import { Link } from 'react-router';
import { ExportMenu } from '@/components/export-menu';
import { PageHeader } from '@/components/page-header';
import { SearchInput } from '@/components/search-input';
import { useCan } from '@/features/auth/use-can';
import { useDepartmentOptions } from '@/features/organisation/queries';
import { UserTable } from '@/features/users/components/user-table';
import { useUsers } from '@/features/users/queries';
import { ROLE_LABELS, ROLES, type Role } from '@/lib/roles';
import { usePageTitle } from '@/lib/use-page-title';
import { useUrlFilters } from '@/lib/use-url-filters';

const FILTER_KEYS = ['q', 'role', 'active', 'department'] as const;

export function UsersPage() {
  const { t, i18n } = useLingui();
  usePageTitle(t`Users`);
  const roleOptions = ROLES.map((r) => ({ value: r, label: i18n._(ROLE_LABELS[r]) }));
  const activeOptions = [
    { value: 'true', label: t`Active` },
    { value: 'false', label: t`Inactive` },
  ];
  const can = useCan();
  const [filters, setFilters] = useUrlFilters(FILTER_KEYS);
  const departments = useDepartmentOptions({ enabled: can('organisation:read') });
  const filter = {
    q: filters.q || undefined,
    role: (ROLES as readonly string[]).includes(filters.role) ? (filters.role as Role) : undefined,
    active:
      filters.active === 'true' || filters.active === 'false'
        ? (filters.active as 'true' | 'false')
        : undefined,
    departmentId: filters.department || undefined,
  };
  const query = useUsers(filter);
  const newButton = can('users:write') ? (
    <Button component={Link} to="/admin/users/new" leftSection={<IconUserPlus size={16} />}>
      <Trans>New user</Trans>
    </Button>
  ) : undefined;

  return (
    <>
      <PageHeader
        title={t`Users`}
        description={t`Who can sign in, and with which roles.`}
        actions={
          <>
            <ExportMenu path="/users" filter={filter} fileStem="users" />
            {newButton}
          </>
        }
      />
      <UserTable
        users={query.data?.pages.flatMap((p) => p.items)}
        isLoading={query.isPending}
        error={query.error}
        onRetry={() => void query.refetch()}
        hasNextPage={query.hasNextPage}
        isFetchingNextPage={query.isFetchingNextPage}
        onLoadMore={() => void query.fetchNextPage()}
        filtered={!!(filter.q || filter.role || filter.active || filter.departmentId)}
        departmentName={(id) => departments.data?.find((d) => d.id === id)?.name}
        toolbar={
          <>
            <SearchInput
              label={t`Search users`}
              placeholder={t`Search name or e-mail`}
              value={filters.q}
              onChange={(q) => setFilters({ q })}
            />
            <Select
              aria-label={t`Role`}
              placeholder={t`All roles`}
              data={roleOptions}
              value={filter.role ?? null}
              onChange={(role) => setFilters({ role })}
              clearable
              w={230}
            />
            <Select
              aria-label={t`Active`}
              placeholder={t`Active and inactive`}
              data={activeOptions}
              value={filter.active ?? null}
              onChange={(active) => setFilters({ active })}
              clearable
              w={200}
            />
            {departments.data && departments.data.length > 0 && (
              <Select
                aria-label={t`Department`}
                placeholder={t`All departments`}
                data={departments.data.map((d) => ({ value: d.id, label: d.name }))}
                value={filter.departmentId ?? null}
                onChange={(department) => setFilters({ department })}
                clearable
                searchable
                w={220}
              />
            )}
          </>
        }
      />
    </>
  );
}
