import type { ItemCategory } from '@contracts/catalog';
import { Trans, useLingui } from '@lingui/react/macro';
import { Button, Select } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { asActiveFilter, useActiveFilterOptions } from '@/components/active-badge';
import { ExportMenu } from '@/components/export-menu';
import { PageHeader } from '@/components/page-header';
import { SearchInput } from '@/components/search-input';
import { useCan } from '@/features/auth/use-can';
import { categoryPath } from '@/features/catalog/catalog-format';
import { CategoryFormModal } from '@/features/catalog/components/category-form-modal';
import { CategoryTable } from '@/features/catalog/components/category-table';
import { useItemCategories, useItemCategoryOptions } from '@/features/catalog/queries';
import { usePageTitle } from '@/lib/use-page-title';
import { useUrlFilters } from '@/lib/use-url-filters';

const FILTER_KEYS = ['q', 'active'] as const;

export function ItemCategoriesPage() {
  const { t } = useLingui();
  usePageTitle(t`Item categories`);
  const activeOptions = useActiveFilterOptions();
  const can = useCan();
  const [filters, setFilters] = useUrlFilters(FILTER_KEYS);
  const filter = { q: filters.q || undefined, active: asActiveFilter(filters.active) };
  const query = useItemCategories(filter);
  const all = useItemCategoryOptions();
  // undefined: closed; null: a new category; otherwise the one being edited.
  const [editing, setEditing] = useState<ItemCategory | null | undefined>(undefined);
  const canWrite = can('catalog:write');
  const newButton = canWrite ? (
    <Button leftSection={<IconPlus size={16} />} onClick={() => setEditing(null)}>
      <Trans>New category</Trans>
    </Button>
  ) : undefined;

  return (
    <>
      <PageHeader
        title={t`Item categories`}
        description={t`How items are grouped. Suppliers are linked to the categories they deliver.`}
        actions={
          <>
            <ExportMenu path="/item-categories" filter={filter} fileStem="item-categories" />
            {newButton}
          </>
        }
      />
      <CategoryTable
        categories={query.data?.pages.flatMap((p) => p.items)}
        isLoading={query.isPending}
        error={query.error}
        onRetry={() => void query.refetch()}
        hasNextPage={query.hasNextPage}
        isFetchingNextPage={query.isFetchingNextPage}
        onLoadMore={() => void query.fetchNextPage()}
        filtered={!!(filter.q || filter.active)}
        emptyAction={newButton}
        parentName={(c) => (c.parentId ? (all.data ? categoryPath(all.data, c.parentId) : '…') : null)}
        onEdit={canWrite ? setEditing : undefined}
        toolbar={
          <>
            <SearchInput
              label={t`Search categories`}
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
      <CategoryFormModal
        opened={editing !== undefined}
        onClose={() => setEditing(undefined)}
        category={editing ?? undefined}
        categories={all.data ?? []}
      />
    </>
  );
}
