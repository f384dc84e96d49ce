import { useLingui } from '@lingui/react/macro';
import { ExportMenu } from '@/components/export-menu';
import { PageHeader } from '@/components/page-header';
import { ErrorState, LoadingState } from '@/components/states';
import { useSettings } from '@/features/organisation/queries';
import { AgingTable } from '@/features/reports/components/aging-table';
import { AsOfPicker } from '@/features/reports/components/as-of-picker';
import { useAgingReport } from '@/features/reports/queries';
import { todayIso } from '@/lib/dates';
import { usePageTitle } from '@/lib/use-page-title';
import { useUrlFilters } from '@/lib/use-url-filters';

const FILTER_KEYS = ['asOf'] as const;
const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** Open payables at the end of a chosen day by days past due, per supplier and currency. */
export function ApAgingPage() {
  const { t } = useLingui();
  usePageTitle(t`AP aging`);
  const settings = useSettings();
  const [filters, setFilters] = useUrlFilters(FILTER_KEYS);
  const today = todayIso();
  const asOf = filters.asOf && DAY.test(filters.asOf) ? filters.asOf : today;
  const query = useAgingReport(asOf);

  if (settings.isPending) return <LoadingState />;
  if (!settings.data) return <ErrorState error={settings.error} onRetry={() => void settings.refetch()} />;
  const baseCurrency = settings.data.baseCurrency;

  return (
    <>
      <PageHeader
        title={t`AP aging`}
        breadcrumbs={[{ label: t`Reports` }, { label: t`AP aging` }]}
        description={t`Invoices open at the end of the day — submitted, not rejected, cancelled or paid — by days past their due date, per supplier and currency; credit notes count negative. Totals in ${baseCurrency} at each invoice's rate.`}
        actions={<ExportMenu path="/reports/ap-aging" filter={{ asOf }} fileStem={`ap-aging-${asOf}`} />}
      />
      <AgingTable
        report={query.data}
        baseCurrency={baseCurrency}
        isLoading={query.isPending}
        error={query.error}
        onRetry={() => void query.refetch()}
        toolbar={<AsOfPicker value={asOf} onChange={(v) => setFilters({ asOf: v === today ? null : v })} />}
      />
    </>
  );
}
