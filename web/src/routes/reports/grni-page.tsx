import { useLingui } from '@lingui/react/macro';
import { ExportMenu } from '@/components/export-menu';
import { PageHeader } from '@/components/page-header';
import { ErrorState, LoadingState } from '@/components/states';
import { useSettings } from '@/features/organisation/queries';
import { AsOfPicker } from '@/features/reports/components/as-of-picker';
import { GrniTable } from '@/features/reports/components/grni-table';
import { useGrniReport } from '@/features/reports/queries';
import { todayIso } from '@/lib/dates';
import { usePageTitle } from '@/lib/use-page-title';
import { useUrlFilters } from '@/lib/use-url-filters';

const FILTER_KEYS = ['asOf'] as const;
const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** Goods received not invoiced at the end of a chosen day, per order, with totals. */
export function GrniPage() {
  const { t } = useLingui();
  usePageTitle(t`Goods received not invoiced`);
  const settings = useSettings();
  const [filters, setFilters] = useUrlFilters(FILTER_KEYS);
  const today = todayIso();
  const asOf = filters.asOf && DAY.test(filters.asOf) ? filters.asOf : today;
  const query = useGrniReport(asOf);

  if (settings.isPending) return <LoadingState />;
  if (!settings.data) return <ErrorState error={settings.error} onRetry={() => void settings.refetch()} />;
  const baseCurrency = settings.data.baseCurrency;

  return (
    <>
      <PageHeader
        title={t`Goods received not invoiced`}
        breadcrumbs={[{ label: t`Reports` }, { label: t`GRNI` }]}
        description={t`What was accepted by the end of the day and not invoiced by then, at the order lines' net prices, in each order's currency and in ${baseCurrency} at the order's rate. A past day shows that day's figures.`}
        actions={<ExportMenu path="/reports/grni" filter={{ asOf }} fileStem={`grni-${asOf}`} />}
      />
      <GrniTable
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
