import type { Unit } from '@contracts/catalog';
import { Trans, useLingui } from '@lingui/react/macro';
import { Button } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { ExportMenu } from '@/components/export-menu';
import { PageHeader } from '@/components/page-header';
import { SearchInput } from '@/components/search-input';
import { useCan } from '@/features/auth/use-can';
import { UnitFormModal } from '@/features/catalog/components/unit-form-modal';
import { UnitTable } from '@/features/catalog/components/unit-table';
import { useUnitOptions, useUnits } from '@/features/catalog/queries';
import { usePageTitle } from '@/lib/use-page-title';
import { useUrlFilters } from '@/lib/use-url-filters';

const FILTER_KEYS = ['q'] as const;

export function UnitsPage() {
  const { t } = useLingui();
  usePageTitle(t`Units of measure`);
  const can = useCan();
  const [filters, setFilters] = useUrlFilters(FILTER_KEYS);
  const filter = { q: filters.q || undefined };
  const query = useUnits(filter);
  const all = useUnitOptions();
  // undefined: closed; null: a new unit; otherwise the one being edited.
  const [editing, setEditing] = useState<Unit | null | undefined>(undefined);
  const canWrite = can('catalog:write');
  const newButton = canWrite ? (
    <Button leftSection={<IconPlus size={16} />} onClick={() => setEditing(null)}>
      <Trans>New unit</Trans>
    </Button>
  ) : undefined;

  return (
    <>
      <PageHeader
        title={t`Units of measure`}
        description={t`How items are counted, how many decimals a quantity may have, and how units convert.`}
        actions={
          <>
            <ExportMenu path="/units" filter={filter} fileStem="units" />
            {newButton}
          </>
        }
      />
      <UnitTable
        units={query.data?.pages.flatMap((p) => p.items)}
        isLoading={query.isPending}
        error={query.error}
        onRetry={() => void query.refetch()}
        hasNextPage={query.hasNextPage}
        isFetchingNextPage={query.isFetchingNextPage}
        onLoadMore={() => void query.fetchNextPage()}
        filtered={!!filter.q}
        emptyAction={newButton}
        onEdit={canWrite ? setEditing : undefined}
        toolbar={
          <SearchInput
            label={t`Search units`}
            placeholder={t`Search code or name`}
            value={filters.q}
            onChange={(q) => setFilters({ q })}
          />
        }
      />
      <UnitFormModal
        opened={editing !== undefined}
        onClose={() => setEditing(undefined)}
        unit={editing ?? undefined}
        units={all.data ?? []}
      />
    </>
  );
}
