import { useLingui } from '@lingui/react/macro';
import { Select } from '@mantine/core';
import { DatePickerInput } from '@mantine/dates';
import { ExportMenu } from '@/components/export-menu';
import { PageHeader } from '@/components/page-header';
import { SearchInput } from '@/components/search-input';
import { useCan } from '@/features/auth/use-can';
import { categoryOptions } from '@/features/catalog/catalog-format';
import { SupplierRankingButton } from '@/features/evaluation/components/supplier-ranking';
import { SupplierSelect } from '@/features/suppliers/components/supplier-select';
import { WorkbenchBoard } from '@/features/workbench/components/workbench-board';
import { useWorkbenchLines } from '@/features/workbench/queries';
import { usePageTitle } from '@/lib/use-page-title';
import { useUrlFilters } from '@/lib/use-url-filters';
import { useCatalogLists, useWorkbenchPricing } from './purchasing/use-purchasing-sources';

const FILTER_KEYS = ['q', 'supplier', 'category', 'from', 'to'] as const;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** The buyer's workbench: approved requisition lines still to order, turned into purchase orders. */
export function WorkbenchPage() {
  const { t } = useLingui();
  usePageTitle(t`Workbench`);
  const [filters, setFilters] = useUrlFilters(FILTER_KEYS);
  const lists = useCatalogLists();
  const lookUpPrice = useWorkbenchPricing();
  const graded = useCan()('scorecards:read');
  const filter = {
    q: filters.q || undefined,
    supplierId: filters.supplier || undefined,
    categoryId: filters.category || undefined,
    neededByFrom: ISO_DATE.test(filters.from) ? filters.from : undefined,
    neededByTo: ISO_DATE.test(filters.to) ? filters.to : undefined,
  };
  const query = useWorkbenchLines(filter);
  const filtered = Object.values(filter).some(Boolean);

  return (
    <>
      <PageHeader
        title={t`Workbench`}
        description={t`Approved requisition lines not yet fully ordered. Tick lines, adjust quantity, supplier or price, and create one draft order per supplier.`}
        actions={<ExportMenu path="/workbench/lines" filter={filter} fileStem="lines-to-order" />}
      />
      <WorkbenchBoard
        lines={query.data?.pages.flatMap((p) => p.items)}
        isLoading={query.isPending}
        error={query.error}
        onRetry={() => void query.refetch()}
        hasNextPage={query.hasNextPage}
        isFetchingNextPage={query.isFetchingNextPage}
        onLoadMore={() => void query.fetchNextPage()}
        filtered={filtered}
        renderSupplierSelect={(field) => <SupplierSelect {...field} disableBlocked withGrades={graded} />}
        renderSupplierRanking={graded ? (field) => <SupplierRankingButton {...field} /> : undefined}
        lookUpPrice={lookUpPrice}
        minorUnitsOf={lists.minorUnitsOf}
        toolbar={
          <>
            <SearchInput
              label={t`Search lines`}
              placeholder={t`Search requisition, description or SKU`}
              value={filters.q}
              onChange={(q) => setFilters({ q })}
            />
            <SupplierSelect
              aria-label={t`Suggested supplier`}
              placeholder={t`Any suggested supplier`}
              clearable
              value={filter.supplierId ?? null}
              onChange={(supplier) => setFilters({ supplier })}
              w={240}
            />
            <Select
              aria-label={t`Category`}
              placeholder={t`All categories`}
              data={lists.categories ? categoryOptions(lists.categories) : []}
              value={filter.categoryId ?? null}
              onChange={(category) => setFilters({ category })}
              clearable
              searchable
              w={220}
            />
            <DatePickerInput
              type="range"
              aria-label={t`Needed by`}
              placeholder={t`Needed by: any date`}
              // eslint-disable-next-line lingui/no-unlocalized-strings -- a dayjs date pattern (month names follow the locale)
              valueFormat="D MMM YYYY"
              clearable
              allowSingleDateInRange
              value={[filter.neededByFrom ?? null, filter.neededByTo ?? null]}
              onChange={([from, to]) => setFilters({ from, to })}
              w={250}
            />
          </>
        }
      />
    </>
  );
}
