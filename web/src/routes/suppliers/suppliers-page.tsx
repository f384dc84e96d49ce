import { SUPPLIER_STATUSES, type SupplierStatus } from '@contracts/suppliers';
import { Trans, useLingui } from '@lingui/react/macro';
import { Button, Select } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { Link } from 'react-router';
import { CsvImportButton } from '@/components/csv-transfer';
import { ExportMenu } from '@/components/export-menu';
import { PageHeader } from '@/components/page-header';
import { SearchInput } from '@/components/search-input';
import { useCan } from '@/features/auth/use-can';
import { useItemCategoryOptions } from '@/features/catalog/queries';
import { SUPPLIER_STATUS_LABELS } from '@/features/suppliers/components/supplier-status-badge';
import { SupplierTable } from '@/features/suppliers/components/supplier-table';
import { SUPPLIER_CSV_COLUMNS, useImportSuppliers, useSuppliers } from '@/features/suppliers/queries';
import { usePageTitle } from '@/lib/use-page-title';
import { useUrlFilters } from '@/lib/use-url-filters';

const FILTER_KEYS = ['q', 'status', 'category'] as const;

function asStatus(value: string): SupplierStatus | undefined {
  return (SUPPLIER_STATUSES as readonly string[]).includes(value) ? (value as SupplierStatus) : undefined;
}

export function SuppliersPage() {
  const { t, i18n } = useLingui();
  usePageTitle(t`Suppliers`);
  const statusOptions = SUPPLIER_STATUSES.map((s) => ({
    value: s,
    label: i18n._(SUPPLIER_STATUS_LABELS[s]),
  }));
  const can = useCan();
  const [filters, setFilters] = useUrlFilters(FILTER_KEYS);
  const categories = useItemCategoryOptions({ enabled: can('catalog:read') });
  const filter = {
    q: filters.q || undefined,
    status: asStatus(filters.status),
    categoryId: filters.category || undefined,
  };
  const query = useSuppliers(filter);
  const importSuppliers = useImportSuppliers();
  const categoryOptions = categories.data?.map((c) => ({ value: c.id, label: c.name }));
  const newButton = can('suppliers:write') ? (
    <Button component={Link} to="/suppliers/new" leftSection={<IconPlus size={16} />}>
      <Trans>New supplier</Trans>
    </Button>
  ) : undefined;

  return (
    <>
      <PageHeader
        title={t`Suppliers`}
        description={t`The companies you buy from, their terms and their status.`}
        actions={
          <>
            <ExportMenu path="/suppliers" filter={{}} fileStem="suppliers" />
            {can('suppliers:write') && (
              <CsvImportButton
                what={t`suppliers`}
                columns={SUPPLIER_CSV_COLUMNS}
                rule={t`A new code creates a supplier, a known code updates it; categories are codes separated by “|”. Bank details never travel by CSV.`}
                onImport={(file) => importSuppliers.mutateAsync(file)}
              />
            )}
            {newButton}
          </>
        }
      />
      <SupplierTable
        suppliers={query.data?.pages.flatMap((p) => p.items)}
        isLoading={query.isPending}
        error={query.error}
        onRetry={() => void query.refetch()}
        hasNextPage={query.hasNextPage}
        isFetchingNextPage={query.isFetchingNextPage}
        onLoadMore={() => void query.fetchNextPage()}
        filtered={!!(filter.q || filter.status || filter.categoryId)}
        emptyAction={newButton}
        toolbar={
          <>
            <SearchInput
              label={t`Search suppliers`}
              placeholder={t`Search code, name or tax ID`}
              value={filters.q}
              onChange={(q) => setFilters({ q })}
            />
            <Select
              aria-label={t`Status`}
              placeholder={t`All statuses`}
              data={statusOptions}
              value={filter.status ?? null}
              onChange={(status) => setFilters({ status })}
              clearable
              w={170}
            />
            {categoryOptions && categoryOptions.length > 0 && (
              <Select
                aria-label={t`Category`}
                placeholder={t`All categories`}
                data={categoryOptions}
                value={filter.categoryId ?? null}
                onChange={(category) => setFilters({ category })}
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
