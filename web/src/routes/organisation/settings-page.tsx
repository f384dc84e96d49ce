import type { I18n } from '@lingui/core';
import { Trans, useLingui } from '@lingui/react/macro';
import { Alert } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconLock } from '@tabler/icons-react';
import { SectionCard } from '@/components/detail-section';
import { PageHeader } from '@/components/page-header';
import { ErrorState, LoadingState } from '@/components/states';
import { RecordHistory } from '@/features/audit/components/record-history';
import { useCan } from '@/features/auth/use-can';
import { SettingsForm } from '@/features/organisation/components/settings-form';
import { documentTypeLabel } from '@/features/organisation/number-formats';
import { useActiveCurrencies, useSettings, useUpdateSettings } from '@/features/organisation/queries';
import { countryName, formatDateTime } from '@/lib/format';
import { usePageTitle } from '@/lib/use-page-title';

/** Number formats and the address as a reader would write them, rather than as raw JSON. */
function formatSettingsHistoryValue(i18n: I18n, field: string, value: unknown): string | undefined {
  if (!value || typeof value !== 'object') return undefined;
  const record = value as Record<string, string | undefined>;
  if (field === 'numberFormats') {
    return Object.entries(record)
      .map(([type, format]) => `${documentTypeLabel(i18n, type)}: ${format}`)
      .join('; ');
  }
  if (field === 'address') {
    const cityLine = [record.postalCode, record.city].filter(Boolean).join(' ');
    return [
      record.line1,
      record.line2,
      cityLine,
      record.region,
      record.country && countryName(record.country),
    ]
      .filter(Boolean)
      .join(', ');
  }
  return undefined;
}

export function SettingsPage() {
  const { t, i18n } = useLingui();
  usePageTitle(t`Settings`);
  const can = useCan();
  const settings = useSettings();
  const currencies = useActiveCurrencies();
  const update = useUpdateSettings();

  if (settings.isPending || currencies.isPending) return <LoadingState />;
  if (!settings.data) return <ErrorState error={settings.error} onRetry={() => void settings.refetch()} />;

  const data = settings.data;
  const currencyOptions = (currencies.data ?? []).map((c) => ({
    value: c.code,
    label: `${c.code} · ${c.name}`,
  }));
  if (!currencyOptions.some((c) => c.value === data.baseCurrency))
    currencyOptions.unshift({ value: data.baseCurrency, label: data.baseCurrency });
  const canWrite = can('organisation:write');
  const organisationName = data.organisationName;
  const lastChanged = formatDateTime(data.updatedAt);

  return (
    <>
      <PageHeader
        title={t`Settings`}
        description={t`How OpenPO names, numbers and values things for ${organisationName} · last changed ${lastChanged}`}
      />
      {!canWrite && (
        <Alert color="gray" variant="light" icon={<IconLock size={18} />} mb="lg">
          <Trans>Only administrators can change the settings.</Trans>
        </Alert>
      )}
      <SettingsForm
        settings={data}
        currencyOptions={currencyOptions}
        readOnly={!canWrite}
        onReload={async () => (await settings.refetch()).data}
        onSubmit={async (request, version) => {
          const saved = await update.mutateAsync({ version, input: request });
          notifications.show({
            color: 'teal',
            title: t`Settings saved`,
            message: t`The new settings apply from now on.`,
          });
          return saved;
        }}
      />
      {can('audit:read') && (
        <div style={{ marginTop: 'var(--mantine-spacing-lg)' }}>
          <SectionCard title={t`History`}>
            <RecordHistory
              entityType="settings"
              entityId="1"
              fieldLabels={{
                organisationName: t`Organisation name`,
                baseCurrency: t`Base currency`,
                fiscalYearStartMonth: t`Fiscal year start month`,
                numberFormats: t`Document numbers`,
                address: t`Address`,
              }}
              formatValue={(field, value) => formatSettingsHistoryValue(i18n, field, value)}
            />
          </SectionCard>
        </div>
      )}
    </>
  );
}
