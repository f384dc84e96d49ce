import type { CostCentre } from '@contracts/organisation';
import { Trans, useLingui } from '@lingui/react/macro';
import { Anchor, Button, Select } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { Link } from 'react-router';
import { asActiveFilter, useActiveFilterOptions } from '@/components/active-badge';
import { ExportMenu } from '@/components/export-menu';
import { PageHeader } from '@/components/page-header';
import { SearchInput } from '@/components/search-input';
import { useCan } from '@/features/auth/use-can';
import { CostCentreFormModal } from '@/features/organisation/components/cost-centre-form-modal';
import { CostCentreTable } from '@/features/organisation/components/cost-centre-table';
import { useCostCentres, useDepartmentOptions } from '@/features/organisation/queries';
import { usePageTitle } from '@/lib/use-page-title';
import { useUrlFilters } from '@/lib/use-url-filters';
import { useUserRenderers } from './use-user-renderers';

const FILTER_KEYS = ['q', 'department', 'active'] as const;

export function CostCentresPage() {
  const { t } = useLingui();
  usePageTitle(t`Cost centres`);
  const activeOptions = useActiveFilterOptions();
  const can = useCan();
  const [filters, setFilters] = useUrlFilters(FILTER_KEYS);
  const departments = useDepartmentOptions();
  const filter = {
    q: filters.q || undefined,
    departmentId: filters.department || undefined,
    active: asActiveFilter(filters.active),
  };
  const query = useCostCentres(filter);
  const { renderUser, renderUserSelect } = useUserRenderers();
  // undefined: closed; null: a new cost centre; otherwise the one being edited.
  const [editing, setEditing] = useState<CostCentre | null | undefined>(undefined);
  const canWrite = can('organisation:write');
  const newButton = canWrite ? (
    <Button leftSection={<IconPlus size={16} />} onClick={() => setEditing(null)}>
      <Trans>New cost centre</Trans>
    </Button>
  ) : undefined;

  const renderDepartment = (departmentId: string) => {
    const d = departments.data?.find((x) => x.id === departmentId);
    return (
      <Anchor component={Link} to={`/organisation/departments/${departmentId}`} size="sm">
        {d ? `${d.code} · ${d.name}` : '…'}
      </Anchor>
    );
  };

  return (
    <>
      <PageHeader
        title={t`Cost centres`}
        description={t`What requisitions and orders are charged to, each in a department with an owner.`}
        actions={
          <>
            <ExportMenu path="/cost-centres" filter={filter} fileStem="cost-centres" />
            {newButton}
          </>
        }
      />
      <CostCentreTable
        costCentres={query.data?.pages.flatMap((p) => p.items)}
        isLoading={query.isPending}
        error={query.error}
        onRetry={() => void query.refetch()}
        hasNextPage={query.hasNextPage}
        isFetchingNextPage={query.isFetchingNextPage}
        onLoadMore={() => void query.fetchNextPage()}
        filtered={!!(filter.q || filter.departmentId || filter.active)}
        emptyAction={newButton}
        renderDepartment={renderDepartment}
        renderUser={renderUser}
        onEdit={canWrite ? setEditing : undefined}
        toolbar={
          <>
            <SearchInput
              label={t`Search cost centres`}
              placeholder={t`Search code or name`}
              value={filters.q}
              onChange={(q) => setFilters({ q })}
            />
            <Select
              aria-label={t`Department`}
              placeholder={t`All departments`}
              data={(departments.data ?? []).map((d) => ({ value: d.id, label: `${d.code} · ${d.name}` }))}
              value={filter.departmentId ?? null}
              onChange={(department) => setFilters({ department })}
              clearable
              searchable
              w={240}
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
      <CostCentreFormModal
        opened={editing !== undefined}
        onClose={() => setEditing(undefined)}
        costCentre={editing ?? undefined}
        departments={departments.data ?? []}
        defaultDepartmentId={filter.departmentId}
        renderUserSelect={renderUserSelect}
      />
    </>
  );
}
