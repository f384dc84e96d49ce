import { Trans, useLingui } from '@lingui/react/macro';
import { Alert, Select, Stack, Text } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useSearchParams } from 'react-router';
import { SectionCard } from '@/components/detail-section';
import { PageHeader } from '@/components/page-header';
import { ErrorState, LoadingState } from '@/components/states';
import { ScorecardTrendChart } from '@/features/evaluation/components/scorecard-trend-chart';
import { recentQuarters, usePortalScorecard } from '@/features/evaluation/feedback/queries';
import { MeasureList, ScoreDetails, ScoreSummary } from '@/features/evaluation/feedback/scorecard-figures';
import { SharedComments } from '@/features/evaluation/feedback/shared-comments';
import { todayIso } from '@/lib/dates';
import { formatDate } from '@/lib/format';
import { usePageTitle } from '@/lib/use-page-title';

/** The quarter today is in (`2026-Q2`). */
function currentQuarter(today: string): string {
  return `${today.slice(0, 4)}-Q${Math.floor((Number(today.slice(5, 7)) - 1) / 3) + 1}`;
}

/**
 * The supplier's own scorecard: how the organisation rates its deliveries, answers and invoices
 * for a period (the last 12 months, or a quarter), the 12-month trend, the comments shared with it
 * and the corrective actions it was asked for. The review e-mail links here with its quarter.
 */
export function PortalScorecardPage() {
  const { t } = useLingui();
  usePageTitle(t`Your scorecard`);
  const [params, setParams] = useSearchParams();
  const today = todayIso();
  const thisQuarter = currentQuarter(today);
  const periods = [
    { value: '12m', label: t`The last 12 months` },
    { value: thisQuarter, label: t`${thisQuarter} (so far)` },
    ...recentQuarters(today).map((q) => ({ value: q, label: q })),
  ];
  const asked = params.get('period') ?? '12m';
  // A period the e-mail named that the list does not offer (an older quarter) is offered too.
  if (!periods.some((p) => p.value === asked)) periods.push({ value: asked, label: asked });
  const { data: card, isPending, error, refetch } = usePortalScorecard(asked);
  const periodName = (key: string) => (key === '12m' ? t`the last 12 months` : key);

  const picker = (
    <Select
      label={t`Period`}
      data={periods}
      value={asked}
      onChange={(value) => value && setParams(value === '12m' ? {} : { period: value }, { replace: true })}
      allowDeselect={false}
      w={{ base: '100%', xs: 220 }}
    />
  );

  return (
    <>
      <PageHeader
        title={t`Your scorecard`}
        description={t`How we rate your deliveries, answers and invoices: each measure, your score and how it moved month by month.`}
        actions={picker}
      />
      {isPending ? (
        <LoadingState />
      ) : error || !card ? (
        <ErrorState error={error} onRetry={() => void refetch()} />
      ) : (
        <Stack gap="lg">
          {card.correctiveActions.map((a) => {
            const due = formatDate(a.dueDate);
            const requested = formatDate(a.requestedAt);
            const reviewed = a.period ?? '';
            return (
              <Alert
                key={a.id}
                color={a.overdue ? 'red' : 'orange'}
                variant="light"
                icon={<IconAlertTriangle size={18} />}
                title={
                  a.overdue
                    ? t`Corrective action requested — overdue since ${due}`
                    : t`Corrective action requested — due by ${due}`
                }
              >
                <Stack gap={4}>
                  <Text size="sm" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
                    {a.note}
                  </Text>
                  <Text size="xs" c="dimmed">
                    {a.period ? (
                      <Trans>
                        Requested on {requested} after the review of {reviewed}.
                      </Trans>
                    ) : (
                      <Trans>Requested on {requested}.</Trans>
                    )}
                  </Text>
                </Stack>
              </Alert>
            );
          })}
          <SectionCard
            title={t`Score`}
            description={`${card.supplier.name} · ${periodName(card.period.key)}`}
          >
            <ScoreSummary card={card} />
          </SectionCard>
          <SectionCard title={t`Measures`}>
            <MeasureList card={card} />
          </SectionCard>
          <SectionCard
            title={t`Trend`}
            description={t`Each of the 12 months up to the end of the period, scored on its own.`}
          >
            <ScorecardTrendChart
              trend={card.trend}
              minimumOrders={card.minimumOrders}
              empty={<Trans>No orders in these twelve months.</Trans>}
            />
          </SectionCard>
          <SectionCard title={t`Also measured`}>
            <ScoreDetails card={card} />
          </SectionCard>
          <SectionCard
            title={t`What our people said`}
            description={t`Comments from ratings of your orders that we chose to share with you.`}
          >
            <SharedComments comments={card.comments} />
          </SectionCard>
        </Stack>
      )}
    </>
  );
}
