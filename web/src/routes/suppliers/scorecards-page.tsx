import { useLingui } from '@lingui/react/macro';
import { Anchor, Card, Select, Stack, Text, Title } from '@mantine/core';
import { Link } from 'react-router';
import { PageHeader } from '@/components/page-header';
import { CategorySelect, PeriodSelect } from '@/features/evaluation/components/scope-pickers';
import { ScorecardComparisonChart } from '@/features/evaluation/components/scorecard-comparison-chart';
import { ScorecardTable } from '@/features/evaluation/components/scorecard-table';
import { MEASURE_LABELS } from '@/features/evaluation/labels';
import { type ScorecardSort, useScorecardSettings, useScorecards } from '@/features/evaluation/queries';
import { isPeriodKey } from '@/features/evaluation/scorecard-figures';
import { usePageTitle } from '@/lib/use-page-title';
import { useUrlFilters } from '@/lib/use-url-filters';

const FILTER_KEYS = ['period', 'category', 'sort'] as const;
const SORTS: ScorecardSort[] = [
  'score',
  'name',
  'orders',
  'onTime',
  'inFull',
  'otif',
  'quality',
  'price',
  'invoiceAccuracy',
  'responsiveness',
  'satisfaction',
];

/**
 * Suppliers → Scorecards: every supplier with orders sent in a period (one item category, or
 * all), graded and compared; a supplier's name opens its scorecard.
 */
export function ScorecardsPage() {
  const { t, i18n } = useLingui();
  usePageTitle(t`Supplier scorecards`);
  const [filters, setFilters] = useUrlFilters(FILTER_KEYS);
  const period = isPeriodKey(filters.period) ? filters.period : '12m';
  const sort = (SORTS as string[]).includes(filters.sort) ? (filters.sort as ScorecardSort) : 'score';
  const scope = { period, categoryId: filters.category || undefined };
  const query = useScorecards(scope, sort);
  const settings = useScorecardSettings();
  const rows = query.data?.pages.flatMap((p) => p.items);
  const sortLabel = (s: ScorecardSort) =>
    s === 'score'
      ? t`Score`
      : s === 'name'
        ? t`Name`
        : s === 'orders'
          ? t`Orders`
          : i18n._(MEASURE_LABELS[s]);

  return (
    <>
      <PageHeader
        title={t`Supplier scorecards`}
        breadcrumbs={[{ label: t`Suppliers`, to: '/suppliers' }, { label: t`Scorecards` }]}
        description={t`How each supplier delivered, invoiced and answered: its orders of the period weighed into a score from 0 to 100 and a grade from A to D. A supplier with fewer orders than the minimum is not graded.`}
        actions={
          <Anchor component={Link} to="/organisation/scorecard-settings" size="sm">
            {t`How scores are computed`}
          </Anchor>
        }
      />
      <Stack gap="lg">
        <ScorecardTable
          scope={scope}
          rows={rows}
          minimumOrders={settings.data?.minimumOrders}
          sort={sort}
          onSort={(s) => setFilters({ sort: s === 'score' ? null : s })}
          isLoading={query.isPending}
          error={query.error}
          onRetry={() => void query.refetch()}
          hasNextPage={query.hasNextPage}
          isFetchingNextPage={query.isFetchingNextPage}
          onLoadMore={() => void query.fetchNextPage()}
          toolbar={
            <>
              <PeriodSelect value={period} onChange={(p) => setFilters({ period: p === '12m' ? null : p })} />
              <CategorySelect
                value={filters.category || null}
                onChange={(c) => setFilters({ category: c })}
              />
              <Select
                label={t`Sort by`}
                data={SORTS.map((s) => ({ value: s, label: sortLabel(s) }))}
                value={sort}
                onChange={(s) => setFilters({ sort: s && s !== 'score' ? s : null })}
                allowDeselect={false}
                w={190}
              />
            </>
          }
        />
        {rows && rows.length > 0 && (
          <Card
            withBorder
            radius="md"
            padding="lg"
            component="section"
            aria-labelledby="scorecard-comparison"
          >
            <Title order={2} fz="lg" fw={600} id="scorecard-comparison">
              {t`Suppliers compared`}
            </Title>
            <Text size="sm" c="dimmed" mb="md">
              {t`Score, OTIF and quality of the suppliers listed above, in the same order.`}
            </Text>
            <ScorecardComparisonChart rows={rows} />
          </Card>
        )}
      </Stack>
    </>
  );
}
