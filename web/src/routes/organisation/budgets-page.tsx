import { BUDGET_PERIOD_TYPES, type Budget } from '@contracts/organisation';
import { Trans, useLingui } from '@lingui/react/macro';
import { Button, SegmentedControl, Select, Stack, Text } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { ExportMenu } from '@/components/export-menu';
import { PageHeader } from '@/components/page-header';
import { ErrorState, LoadingState } from '@/components/states';
import { useCan } from '@/features/auth/use-can';
import { BudgetFormModal } from '@/features/organisation/components/budget-form-modal';
import { BudgetTable } from '@/features/organisation/components/budget-table';
import { useBudgets, useCostCentres, useSettings } from '@/features/organisation/queries';
import { usePageTitle } from '@/lib/use-page-title';
import { useUrlFilters } from '@/lib/use-url-filters';

const FILTER_KEYS = ['costCentre', 'period'] as const;

const asPeriodType = (v: string): Budget['periodType'] | undefined =>
  BUDGET_PERIOD_TYPES.find((t) => t === v);

/** Budgets per cost centre and period with their consumption; administrators set and change them. */
export function BudgetsPage() {
  const { t } = useLingui();
  usePageTitle(t`Budgets`);
  const can = useCan();
  const settings = useSettings();
  const [filters, setFilters] = useUrlFilters(FILTER_KEYS);
  const filter = {
    costCentreId: filters.costCentre || undefined,
    periodType: asPeriodType(filters.period),
  };
  const query = useBudgets(filter);
  const costCentres = useCostCentres({});
  const centres = costCentres.data?.pages.flatMap((p) => p.items) ?? [];
  const costCentreOptions = centres.map((c) => ({ value: c.id, label: `${c.code} · ${c.name}` }));
  // undefined: closed; null: a new budget; otherwise the one being edited.
  const [editing, setEditing] = useState<Budget | null | undefined>(undefined);
  const canWrite = can('organisation:write');

  if (settings.isPending) return <LoadingState />;
  if (!settings.data) return <ErrorState error={settings.error} onRetry={() => void settings.refetch()} />;
  const baseCurrency = settings.data.baseCurrency;

  const newButton = canWrite ? (
    <Button leftSection={<IconPlus size={16} />} onClick={() => setEditing(null)}>
      <Trans>New budget</Trans>
    </Button>
  ) : undefined;

  const renderCostCentre = (id: string) => {
    const c = centres.find((x) => x.id === id);
    if (!c) return <Text size="sm">…</Text>;
    return (
      <Stack gap={0}>
        <Text ff="monospace" size="sm" fw={500}>
          {c.code}
        </Text>
        <Text size="xs" c="dimmed">
          {c.name}
        </Text>
      </Stack>
    );
  };

  const periodOptions = [
    { value: '', label: t`All periods` },
    { value: 'month', label: t`Months` },
    { value: 'year', label: t`Fiscal years` },
  ];

  return (
    <>
      <PageHeader
        title={t`Budgets`}
        description={t`What each cost centre may spend per month or fiscal year, in ${baseCurrency}. Committed: approved orders not yet invoiced; actual: invoiced; available: budget − committed − actual.`}
        actions={
          <>
            <ExportMenu path="/budgets" filter={filter} fileStem="budgets" />
            {newButton}
          </>
        }
      />
      <BudgetTable
        budgets={query.data?.pages.flatMap((p) => p.items)}
        baseCurrency={baseCurrency}
        isLoading={query.isPending}
        error={query.error}
        onRetry={() => void query.refetch()}
        hasNextPage={query.hasNextPage}
        isFetchingNextPage={query.isFetchingNextPage}
        onLoadMore={() => void query.fetchNextPage()}
        filtered={!!(filter.costCentreId || filter.periodType)}
        emptyAction={newButton}
        renderCostCentre={renderCostCentre}
        onEdit={canWrite ? setEditing : undefined}
        toolbar={
          <>
            <Select
              aria-label={t`Cost centre`}
              placeholder={t`All cost centres`}
              data={costCentreOptions}
              value={filter.costCentreId ?? null}
              onChange={(costCentre) => setFilters({ costCentre })}
              clearable
              searchable
              w={260}
            />
            <SegmentedControl
              aria-label={t`Period type`}
              data={periodOptions}
              value={filter.periodType ?? ''}
              onChange={(period) => setFilters({ period })}
            />
          </>
        }
      />
      <BudgetFormModal
        opened={editing !== undefined}
        onClose={() => setEditing(undefined)}
        budget={editing ?? undefined}
        costCentreOptions={centres
          .filter((c) => c.active)
          .map((c) => ({ value: c.id, label: `${c.code} · ${c.name}` }))}
        defaultCostCentreId={filter.costCentreId}
        fiscalYearStartMonth={settings.data.fiscalYearStartMonth}
        baseCurrency={baseCurrency}
      />
    </>
  );
}
