import { useLingui } from '@lingui/react/macro';
import { Select } from '@mantine/core';
import { ExportMenu } from '@/components/export-menu';
import { PageHeader } from '@/components/page-header';
import { ErrorState, LoadingState } from '@/components/states';
import { useSettings } from '@/features/organisation/queries';
import { SpendTable } from '@/features/reports/components/spend-table';
import { useSpendBySupplier } from '@/features/reports/queries';
import { usePageTitle } from '@/lib/use-page-title';
import { useUrlFilters } from '@/lib/use-url-filters';

const FILTER_KEYS = ['year'] as const;
const YEARS_SHOWN = 6;

/** Committed spend by supplier and month for one (fiscal) year, largest supplier first. */
export function SpendPage() {
  const { t } = useLingui();
  usePageTitle(t`Spend by supplier`);
  const settings = useSettings();
  const [filters, setFilters] = useUrlFilters(FILTER_KEYS);
  const thisYear = new Date().getFullYear();
  const parsed = Number(filters.year);
  const year = Number.isInteger(parsed) && parsed >= 1900 && parsed <= 2999 ? parsed : thisYear;
  const query = useSpendBySupplier({ year });
  const pages = query.data?.pages;

  if (settings.isPending) return <LoadingState />;
  if (!settings.data) return <ErrorState error={settings.error} onRetry={() => void settings.refetch()} />;
  const startMonth = settings.data.fiscalYearStartMonth;
  const baseCurrency = settings.data.baseCurrency;
  const yearLabel = (y: number) =>
    startMonth === 1 ? String(y) : `${y}/${String((y + 1) % 100).padStart(2, '0')}`;
  const years = Array.from({ length: YEARS_SHOWN }, (_, i) => thisYear - i);
  if (!years.includes(year)) years.push(year);

  return (
    <>
      <PageHeader
        title={t`Spend by supplier`}
        breadcrumbs={[{ label: t`Reports` }, { label: t`Spend` }]}
        description={t`Committed spend in ${baseCurrency} per supplier and month of the order date: approved orders and every state after them, closed ones included, less what was short-closed. Drafts, orders awaiting approval and cancelled orders count nothing.`}
        actions={
          <ExportMenu path="/reports/spend-by-supplier" filter={{ year }} fileStem={`spend-${year}`} />
        }
      />
      <SpendTable
        months={pages?.[0]?.months}
        rows={pages?.flatMap((p) => p.items)}
        currency={pages?.[0]?.currency ?? settings.data.baseCurrency}
        isLoading={query.isPending}
        error={query.error}
        onRetry={() => void query.refetch()}
        hasNextPage={query.hasNextPage}
        isFetchingNextPage={query.isFetchingNextPage}
        onLoadMore={() => void query.fetchNextPage()}
        toolbar={
          <Select
            label={startMonth === 1 ? t`Year` : t`Fiscal year`}
            data={years.sort((a, b) => b - a).map((y) => ({ value: String(y), label: yearLabel(y) }))}
            value={String(year)}
            onChange={(v) => setFilters({ year: v && Number(v) !== thisYear ? v : null })}
            allowDeselect={false}
            w={160}
          />
        }
      />
    </>
  );
}
