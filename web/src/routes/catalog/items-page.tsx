import { Trans, useLingui } from '@lingui/react/macro';
import { Button, Select } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { Link } from 'react-router';
import { asActiveFilter, useActiveFilterOptions } from '@/components/active-badge';
import { CsvImportButton } from '@/components/csv-transfer';
import { ExportMenu } from '@/components/export-menu';
import { PageHeader } from '@/components/page-header';
import { SearchInput } from '@/components/search-input';
import { useCan } from '@/features/auth/use-can';
import { categoryOptions, categoryPath } from '@/features/catalog/catalog-format';
import { ItemTable } from '@/features/catalog/components/item-table';
import {
  ITEM_CSV_COLUMNS,
  useImportItems,
  useItemCategoryOptions,
  useItems,
} from '@/features/catalog/queries';
import { usePageTitle } from '@/lib/use-page-title';
import { useUrlFilters } from '@/lib/use-url-filters';

const FILTER_KEYS = ['q', 'category', 'active'] as const;

export function ItemsPage() {
  const { t, i18n } = useLingui();
  usePageTitle(t`Items`);
  const activeOptions = useActiveFilterOptions();
  const can = useCan();
  const [filters, setFilters] = useUrlFilters(FILTER_KEYS);
  const categories = useItemCategoryOptions();
  const importItems = useImportItems();
  const filter = {
    q: filters.q || undefined,
    categoryId: filters.category || undefined,
    active: asActiveFilter(filters.active),
  };
  const query = useItems(filter);
  const canWrite = can('catalog:write');
  const newButton = canWrite ? (
    <Button component={Link} to="/catalog/items/new" leftSection={<IconPlus size={16} />}>
      <Trans>New item</Trans>
    </Button>
  ) : undefined;

  return (
    <>
      <PageHeader
        title={t`Items`}
        description={t`The goods and services you buy: what they are, how they are counted and taxed.`}
        actions={
          <>
            <ExportMenu
              path="/items"
              filter={{ categoryId: filter.categoryId, active: filter.active }}
              fileStem="items"
            />
            {canWrite && (
              <CsvImportButton
                what={t`items`}
                columns={ITEM_CSV_COLUMNS}
                rule={t`A new SKU creates an item, a known SKU updates it; categories and units are named by code.`}
                onImport={(file) => importItems.mutateAsync(file)}
              />
            )}
            {newButton}
          </>
        }
      />
      <ItemTable
        items={query.data?.pages.flatMap((p) => p.items)}
        isLoading={query.isPending}
        error={query.error}
        onRetry={() => void query.refetch()}
        hasNextPage={query.hasNextPage}
        isFetchingNextPage={query.isFetchingNextPage}
        onLoadMore={() => void query.fetchNextPage()}
        filtered={!!(filter.q || filter.categoryId || filter.active)}
        emptyAction={newButton}
        categoryName={(id) => (categories.data ? categoryPath(categories.data, id) : '…')}
        toolbar={
          <>
            <SearchInput
              label={t`Search items`}
              placeholder={t`Search SKU, name or description`}
              value={filters.q}
              onChange={(q) => setFilters({ q })}
            />
            <Select
              aria-label={t`Category`}
              placeholder={t`All categories`}
              data={categories.data ? categoryOptions(categories.data, filter.categoryId, i18n) : []}
              value={filter.categoryId ?? null}
              onChange={(category) => setFilters({ category })}
              clearable
              searchable
              w={260}
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
    </>
  );
}
