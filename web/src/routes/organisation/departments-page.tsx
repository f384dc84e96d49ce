import type { Department } from '@contracts/organisation';
import { Trans, useLingui } from '@lingui/react/macro';
import { Button, Select } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { asActiveFilter, useActiveFilterOptions } from '@/components/active-badge';
import { ExportMenu } from '@/components/export-menu';
import { PageHeader } from '@/components/page-header';
import { SearchInput } from '@/components/search-input';
import { useCan } from '@/features/auth/use-can';
import { DepartmentFormModal } from '@/features/organisation/components/department-form-modal';
import { DepartmentTable } from '@/features/organisation/components/department-table';
import { useDepartments } from '@/features/organisation/queries';
import { usePageTitle } from '@/lib/use-page-title';
import { useUrlFilters } from '@/lib/use-url-filters';
import { useUserRenderers } from './use-user-renderers';

const FILTER_KEYS = ['q', 'active'] as const;

export function DepartmentsPage() {
  const { t } = useLingui();
  usePageTitle(t`Departments`);
  const activeOptions = useActiveFilterOptions();
  const can = useCan();
  const navigate = useNavigate();
  const [filters, setFilters] = useUrlFilters(FILTER_KEYS);
  const filter = { q: filters.q || undefined, active: asActiveFilter(filters.active) };
  const query = useDepartments(filter);
  const { renderUser, renderUserSelect } = useUserRenderers();
  // undefined: closed; null: a new department; otherwise the one being edited.
  const [editing, setEditing] = useState<Department | null | undefined>(undefined);
  const canWrite = can('organisation:write');
  const newButton = canWrite ? (
    <Button leftSection={<IconPlus size={16} />} onClick={() => setEditing(null)}>
      <Trans>New department</Trans>
    </Button>
  ) : undefined;

  return (
    <>
      <PageHeader
        title={t`Departments`}
        description={t`Who belongs where: departments hold users and cost centres, and their heads approve requisitions.`}
        actions={
          <>
            <ExportMenu path="/departments" filter={filter} fileStem="departments" />
            {newButton}
          </>
        }
      />
      <DepartmentTable
        departments={query.data?.pages.flatMap((p) => p.items)}
        isLoading={query.isPending}
        error={query.error}
        onRetry={() => void query.refetch()}
        hasNextPage={query.hasNextPage}
        isFetchingNextPage={query.isFetchingNextPage}
        onLoadMore={() => void query.fetchNextPage()}
        filtered={!!(filter.q || filter.active)}
        emptyAction={newButton}
        renderUser={renderUser}
        onEdit={canWrite ? setEditing : undefined}
        toolbar={
          <>
            <SearchInput
              label={t`Search departments`}
              placeholder={t`Search code or name`}
              value={filters.q}
              onChange={(q) => setFilters({ q })}
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
          </>
        }
      />
      <DepartmentFormModal
        opened={editing !== undefined}
        onClose={() => setEditing(undefined)}
        department={editing ?? undefined}
        renderUserSelect={renderUserSelect}
        onSaved={(saved) => {
          if (editing === null) void navigate(`/organisation/departments/${saved.id}`);
        }}
      />
    </>
  );
}
