import { Alert } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconLock } from '@tabler/icons-react';
import { SectionCard } from '@/components/detail-section';
import { PageHeader } from '@/components/page-header';
import { ErrorState, LoadingState } from '@/components/states';
import { RecordHistory } from '@/features/audit/components/record-history';
import { useCan } from '@/features/auth/use-can';
import { useSettings } from '@/features/organisation/api/get-settings';
import { useActiveCurrencies } from '@/features/organisation/api/list-currencies';
import { useUpdateSettings } from '@/features/organisation/api/update-settings';
import { SettingsForm } from '@/features/organisation/components/settings-form';
import { documentTypeLabel } from '@/features/organisation/number-formats';
import { countryName, formatDateTime } from '@/lib/format';
import { usePageTitle } from '@/lib/use-page-title';

/** Number formats and the address as a reader would write them, rather than as raw JSON. */
function formatSettingsHistoryValue(field: string, value: unknown): string | undefined {
  if (!value || typeof value !== 'object') return undefined;
  const record = value as Record<string, string | undefined>;
  if (field === 'numberFormats') {
    return Object.entries(record)
      .map(([type, format]) => `${documentTypeLabel(type)}: ${format}`)
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
  usePageTitle('Settings');
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

  return (
    <>
      <PageHeader
        title="Settings"
        description={`How OpenPO names, numbers and values things for ${data.organisationName} · last changed ${formatDateTime(data.updatedAt)}`}
      />
      {!canWrite && (
        <Alert color="gray" variant="light" icon={<IconLock size={18} />} mb="lg">
          Only administrators can change the settings.
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
            title: 'Settings saved',
            message: 'The new settings apply from now on.',
          });
          return saved;
        }}
      />
      {can('audit:read') && (
        <div style={{ marginTop: 'var(--mantine-spacing-lg)' }}>
          <SectionCard title="History">
            <RecordHistory
              entityType="settings"
              entityId="1"
              fieldLabels={{
                organisationName: 'Organisation name',
                baseCurrency: 'Base currency',
                fiscalYearStartMonth: 'Fiscal year start month',
                numberFormats: 'Document numbers',
                address: 'Address',
              }}
              formatValue={formatSettingsHistoryValue}
            />
          </SectionCard>
        </div>
      )}
    </>
  );
}
