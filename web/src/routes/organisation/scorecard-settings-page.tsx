import type { DrillMeasure } from '@contracts/evaluation';
import { Trans, useLingui } from '@lingui/react/macro';
import { Alert, Anchor } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconLock } from '@tabler/icons-react';
import { Link } from 'react-router';
import { SectionCard } from '@/components/detail-section';
import { PageHeader } from '@/components/page-header';
import { ErrorState, LoadingState } from '@/components/states';
import { RecordHistory } from '@/features/audit/components/record-history';
import { useCan } from '@/features/auth/use-can';
import { ScorecardSettingsForm } from '@/features/evaluation/components/scorecard-settings-form';
import { MEASURE_LABELS } from '@/features/evaluation/labels';
import { useScorecardSettings, useUpdateScorecardSettings } from '@/features/evaluation/queries';
import { usePageTitle } from '@/lib/use-page-title';

/**
 * How supplier scores are computed (docs/evaluation.md): every internal user may read it, with each
 * measure explained; administrators change it (If-Match; a stale save is refused and reloaded).
 */
export function ScorecardSettingsPage() {
  const { t, i18n } = useLingui();
  usePageTitle(t`Scorecard settings`);
  const can = useCan();
  const settings = useScorecardSettings();
  const update = useUpdateScorecardSettings();

  if (settings.isPending) return <LoadingState />;
  if (!settings.data) return <ErrorState error={settings.error} onRetry={() => void settings.refetch()} />;
  const canWrite = can('scorecards:admin');

  return (
    <>
      <PageHeader
        title={t`Scorecard settings`}
        description={
          <Trans>
            How suppliers are scored on their orders: what each measure counts and how much it weighs, and the
            grades. The scores are on{' '}
            <Anchor component={Link} to="/suppliers/scorecards" inherit underline="always">
              Suppliers → Scorecards
            </Anchor>
            .
          </Trans>
        }
      />
      {!canWrite && (
        <Alert color="gray" variant="light" icon={<IconLock size={18} />} mb="lg">
          <Trans>Only administrators can change how suppliers are scored.</Trans>
        </Alert>
      )}
      <ScorecardSettingsForm
        settings={settings.data}
        readOnly={!canWrite}
        onReload={async () => (await settings.refetch()).data}
        onSubmit={async (request, version) => {
          const saved = await update.mutateAsync({ version, input: request });
          notifications.show({
            color: 'teal',
            title: t`Scorecard settings saved`,
            message: saved.factsBuiltAt
              ? t`Scores are computed with them from now on.`
              : t`Every sent order is being scored again with them.`,
          });
          return saved;
        }}
      />
      {can('audit:read') && (
        <div style={{ marginTop: 'var(--mantine-spacing-lg)' }}>
          <SectionCard title={t`History`}>
            <RecordHistory
              entityType="scorecard_settings"
              entityId="1"
              fieldLabels={{
                graceDays: t`Grace days`,
                responseDays: t`Response days`,
                minimumOrders: t`Minimum orders`,
                weights: t`Weights`,
                gradeBands: t`Grades`,
                warnBelowGrade: t`Warn about suppliers graded below`,
                rankingPriceWeight: t`Price in the ranking of suppliers (%)`,
              }}
              formatValue={(field, value) => {
                if (!value || typeof value !== 'object') return undefined;
                const entries = Object.entries(value as Record<string, number>);
                if (field === 'weights')
                  return entries
                    .map(
                      ([m, w]) =>
                        `${m in MEASURE_LABELS ? i18n._(MEASURE_LABELS[m as DrillMeasure]) : m} ${w}`,
                    )
                    .join(', ');
                if (field === 'gradeBands') return entries.map(([g, from]) => `${g} ${from}`).join(', ');
                return undefined;
              }}
            />
          </SectionCard>
        </div>
      )}
    </>
  );
}
