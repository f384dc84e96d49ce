import { useLingui } from '@lingui/react/macro';
import { Group, Stack, Title } from '@mantine/core';
import { DateInput } from '@mantine/dates';
import { ExportMenu } from '@/components/export-menu';
import { PageHeader } from '@/components/page-header';
import { ErrorState, LoadingState } from '@/components/states';
import { useSettings } from '@/features/organisation/queries';
import { InvoiceExchangeTable, PaymentExchangeTable } from '@/features/reports/components/exchange-tables';
import { useExchangeReport } from '@/features/reports/queries';
import { addDaysIso, todayIso } from '@/lib/dates';
import { usePageTitle } from '@/lib/use-page-title';
import { useUrlFilters } from '@/lib/use-url-filters';

const FILTER_KEYS = ['from', 'to'] as const;
const DAY = /^\d{4}-\d{2}-\d{2}$/;

/**
 * Exchange differences of a period: invoices in other currencies at their order's rate and their
 * own, payments at the payment date's rate against what their invoices were booked at.
 */
export function ExchangeDifferencesPage() {
  const { t } = useLingui();
  usePageTitle(t`Exchange differences`);
  const settings = useSettings();
  const [filters, setFilters] = useUrlFilters(FILTER_KEYS);
  const today = todayIso();
  const from = filters.from && DAY.test(filters.from) ? filters.from : addDaysIso(today, -90);
  const to = filters.to && DAY.test(filters.to) ? filters.to : today;
  const query = useExchangeReport(from, to);

  if (settings.isPending) return <LoadingState />;
  if (!settings.data) return <ErrorState error={settings.error} onRetry={() => void settings.refetch()} />;
  const baseCurrency = settings.data.baseCurrency;
  const tableProps = {
    report: query.data,
    baseCurrency,
    isLoading: query.isPending,
    error: query.error,
    onRetry: () => void query.refetch(),
  };

  return (
    <>
      <PageHeader
        title={t`Exchange differences`}
        breadcrumbs={[{ label: t`Reports` }, { label: t`Exchange differences` }]}
        description={t`What exchange rates changed in ${baseCurrency}: each invoice in another currency at its order's rate and at its own, and each payment at its payment date's rate against what its invoices were booked at. A positive difference cost more than planned.`}
        actions={
          <ExportMenu
            path="/reports/exchange-differences"
            filter={{ from, to }}
            fileStem={`exchange-differences-${from}-${to}`}
          />
        }
      />
      <Stack gap="lg">
        <Group gap="md" align="flex-end" wrap="wrap">
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
        </Group>
        <Stack gap="xs">
          <Title order={2} size="h4">
            {t`Invoices against their orders`}
          </Title>
          <InvoiceExchangeTable {...tableProps} />
        </Stack>
        <Stack gap="xs">
          <Title order={2} size="h4">
            {t`Payments against their invoices`}
          </Title>
          <PaymentExchangeTable {...tableProps} />
        </Stack>
      </Stack>
    </>
  );
}
