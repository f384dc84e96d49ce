import { useLingui } from '@lingui/react/macro';
import { DateInput } from '@mantine/dates';
import { ExportMenu } from '@/components/export-menu';
import { PageHeader } from '@/components/page-header';
import { ErrorState, LoadingState } from '@/components/states';
import { useSettings } from '@/features/organisation/queries';
import { DiscountTable } from '@/features/reports/components/discount-table';
import { useDiscountReport } from '@/features/reports/queries';
import { addDaysIso, todayIso } from '@/lib/dates';
import { usePageTitle } from '@/lib/use-page-title';
import { useUrlFilters } from '@/lib/use-url-filters';

const FILTER_KEYS = ['from', 'to'] as const;
const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** Early-payment discounts whose date falls in a period: taken by payment runs, missed, or still open. */
export function DiscountsPage() {
  const { t } = useLingui();
  usePageTitle(t`Discounts taken and missed`);
  const settings = useSettings();
  const [filters, setFilters] = useUrlFilters(FILTER_KEYS);
  const today = todayIso();
  const from = filters.from && DAY.test(filters.from) ? filters.from : addDaysIso(today, -90);
  const to = filters.to && DAY.test(filters.to) ? filters.to : addDaysIso(today, 30);
  const query = useDiscountReport(from, to);

  if (settings.isPending) return <LoadingState />;
  if (!settings.data) return <ErrorState error={settings.error} onRetry={() => void settings.refetch()} />;
  const baseCurrency = settings.data.baseCurrency;

  return (
    <>
      <PageHeader
        title={t`Discounts taken and missed`}
        breadcrumbs={[{ label: t`Reports` }, { label: t`Discounts taken and missed` }]}
        description={t`Invoices whose early-payment discount ends in the period: what it was worth, and whether a payment run took it, it was lost, or it can still be taken. Totals in ${baseCurrency} at each invoice's rate.`}
        actions={
          <ExportMenu
            path="/reports/payment-discounts"
            filter={{ from, to }}
            fileStem={`discounts-${from}-${to}`}
          />
        }
      />
      <DiscountTable
        report={query.data}
        baseCurrency={baseCurrency}
        isLoading={query.isPending}
        error={query.error}
        onRetry={() => void query.refetch()}
        toolbar={
          <>
            <DateInput
              label={t({ message: 'From', context: 'period' })}
              valueFormat="YYYY-MM-DD"
              value={from}
              onChange={(v) => v && setFilters({ from: v })}
              w={{ base: '100%', xs: 180 }}
            />
            <DateInput
              label={t({ message: 'To', context: 'period' })}
              valueFormat="YYYY-MM-DD"
              value={to}
              minDate={from}
              onChange={(v) => v && setFilters({ to: v })}
              w={{ base: '100%', xs: 180 }}
            />
          </>
        }
      />
    </>
  );
}
