import type { ExchangeRate } from '@contracts/organisation';
import { Trans, useLingui } from '@lingui/react/macro';
import { Button, Grid, Select, Stack, Tabs } from '@mantine/core';
import { DatePickerInput } from '@mantine/dates';
import { notifications } from '@mantine/notifications';
import { IconArrowsExchange, IconCoins, IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { asActiveFilter, useActiveFilterOptions } from '@/components/active-badge';
import { ConfirmWithReasonModal } from '@/components/confirm-with-reason-modal';
import { PageHeader } from '@/components/page-header';
import { SearchInput } from '@/components/search-input';
import { useCan } from '@/features/auth/use-can';
import { CurrencyTable } from '@/features/organisation/components/currency-table';
import { ExchangeRateFormModal } from '@/features/organisation/components/exchange-rate-form-modal';
import { describeRate, ExchangeRateTable } from '@/features/organisation/components/exchange-rate-table';
import { RateLookupPanel } from '@/features/organisation/components/rate-lookup-panel';
import {
  useActiveCurrencies,
  useCurrencies,
  useDeleteExchangeRate,
  useExchangeRates,
  useSetCurrencyActive,
  useSettings,
} from '@/features/organisation/queries';
import { errorMessage } from '@/lib/api';
import { formatDate } from '@/lib/format';
import { usePageTitle } from '@/lib/use-page-title';
import { useUrlFilters } from '@/lib/use-url-filters';

const FILTER_KEYS = ['tab', 'q', 'active', 'currency', 'from', 'to'] as const;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
/** How the date range picker shows its values (a dayjs format). */
const DATE_FORMAT = 'D MMM YYYY';

export function CurrenciesPage() {
  const { t } = useLingui();
  const [filters, setFilters] = useUrlFilters(FILTER_KEYS);
  const tab = filters.tab === 'rates' ? 'rates' : 'currencies';
  usePageTitle(tab === 'rates' ? t`Exchange rates` : t`Currencies`);
  const settings = useSettings();
  const baseCurrency = settings.data?.baseCurrency;

  return (
    <>
      <PageHeader
        title={t`Currencies & exchange rates`}
        description={
          baseCurrency
            ? t`Which currencies documents may use, and the rates that convert them to the base currency (${baseCurrency}).`
            : t`Which currencies documents may use, and the rates that convert them to the base currency.`
        }
      />
      <Tabs
        value={tab}
        onChange={(value) =>
          setFilters({
            tab: value === 'rates' ? 'rates' : null,
            q: null,
            active: null,
            currency: null,
            from: null,
            to: null,
          })
        }
        keepMounted={false}
      >
        <Tabs.List mb="lg">
          <Tabs.Tab value="currencies" leftSection={<IconCoins size={16} />}>
            <Trans>Currencies</Trans>
          </Tabs.Tab>
          <Tabs.Tab value="rates" leftSection={<IconArrowsExchange size={16} />}>
            <Trans>Exchange rates</Trans>
          </Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="currencies">
          <CurrenciesTab
            filters={filters}
            setFilters={setFilters}
            baseCurrency={settings.data?.baseCurrency}
          />
        </Tabs.Panel>
        <Tabs.Panel value="rates">
          <RatesTab filters={filters} setFilters={setFilters} baseCurrency={settings.data?.baseCurrency} />
        </Tabs.Panel>
      </Tabs>
    </>
  );
}

type TabProps = {
  filters: Record<(typeof FILTER_KEYS)[number], string>;
  setFilters: (patch: Partial<Record<(typeof FILTER_KEYS)[number], string | null>>) => void;
  baseCurrency: string | undefined;
};

function CurrenciesTab({ filters, setFilters, baseCurrency }: TabProps) {
  const { t } = useLingui();
  const activeOptions = useActiveFilterOptions();
  const can = useCan();
  const filter = { q: filters.q || undefined, active: asActiveFilter(filters.active) };
  const query = useCurrencies(filter);
  const setActive = useSetCurrencyActive();
  const [pending, setPending] = useState<string | null>(null);

  return (
    <CurrencyTable
      currencies={query.data?.pages.flatMap((p) => p.items)}
      isLoading={query.isPending}
      error={query.error}
      onRetry={() => void query.refetch()}
      hasNextPage={query.hasNextPage}
      isFetchingNextPage={query.isFetchingNextPage}
      onLoadMore={() => void query.fetchNextPage()}
      filtered={!!(filter.q || filter.active)}
      baseCurrency={baseCurrency}
      pendingCode={pending}
      onToggle={
        can('organisation:write')
          ? (currency, active) => {
              const code = currency.code;
              setPending(currency.code);
              setActive.mutate(
                { code: currency.code, active },
                {
                  onSuccess: (saved) => {
                    const savedCode = saved.code;
                    notifications.show({
                      color: 'teal',
                      title: saved.active ? t`Currency activated` : t`Currency deactivated`,
                      message: saved.active
                        ? t`${savedCode} can now be used on suppliers, prices and documents.`
                        : t`${savedCode} is no longer offered for new documents.`,
                    });
                  },
                  onError: (err) =>
                    notifications.show({
                      color: 'red',
                      title: t`${code} was not changed`,
                      message: errorMessage(err),
                      autoClose: 8000,
                    }),
                  onSettled: () => setPending(null),
                },
              );
            }
          : undefined
      }
      toolbar={
        <>
          <SearchInput
            label={t`Search currencies`}
            placeholder={t`Search code or name`}
            value={filters.q}
            onChange={(q) => setFilters({ q })}
          />
          <Select
            aria-label={t`Active`}
            placeholder={t`Active and inactive`}
            data={activeOptions}
            value={filter.active ?? null}
            onChange={(active) => setFilters({ active })}
            clearable
            w={200}
          />
        </>
      }
    />
  );
}

function RatesTab({ filters, setFilters, baseCurrency }: TabProps) {
  const { t } = useLingui();
  const can = useCan();
  const filter = {
    currency: /^[A-Z]{3}$/.test(filters.currency) ? filters.currency : undefined,
    from: ISO_DATE.test(filters.from) ? filters.from : undefined,
    to: ISO_DATE.test(filters.to) ? filters.to : undefined,
  };
  const query = useExchangeRates(filter);
  const currencies = useActiveCurrencies();
  const remove = useDeleteExchangeRate();
  // undefined: closed; null: a new rate; otherwise the one being corrected.
  const [editing, setEditing] = useState<ExchangeRate | null | undefined>(undefined);
  const [deleting, setDeleting] = useState<ExchangeRate | null>(null);
  const canWrite = can('organisation:write');
  const foreign = (currencies.data ?? [])
    .filter((c) => c.code !== baseCurrency)
    .map((c) => ({ value: c.code, label: `${c.code} · ${c.name}` }));
  const deleteMessage = (r: ExchangeRate) => {
    const rateText = describeRate(r);
    const validOn = formatDate(r.validOn);
    return t`${rateText} from ${validOn} will be deleted; dates after it then use the rate before it.`;
  };
  const newButton =
    canWrite && baseCurrency ? (
      <Button leftSection={<IconPlus size={16} />} onClick={() => setEditing(null)}>
        <Trans>New rate</Trans>
      </Button>
    ) : undefined;

  return (
    <Stack gap="lg">
      <Grid gutter="lg" align="flex-start">
        <Grid.Col span={{ base: 12, lg: 8 }}>
          <ExchangeRateTable
            rates={query.data?.pages.flatMap((p) => p.items)}
            isLoading={query.isPending}
            error={query.error}
            onRetry={() => void query.refetch()}
            hasNextPage={query.hasNextPage}
            isFetchingNextPage={query.isFetchingNextPage}
            onLoadMore={() => void query.fetchNextPage()}
            filtered={!!(filter.currency || filter.from || filter.to)}
            emptyAction={newButton}
            onEdit={canWrite ? setEditing : undefined}
            onDelete={canWrite ? setDeleting : undefined}
            toolbar={
              <>
                <Select
                  aria-label={t`Currency`}
                  placeholder={t`All currencies`}
                  data={foreign}
                  value={filter.currency ?? null}
                  onChange={(currency) => setFilters({ currency })}
                  clearable
                  searchable
                  w={200}
                />
                <DatePickerInput
                  aria-label={t`Valid from, between`}
                  placeholder={t`Any dates`}
                  type="range"
                  allowSingleDateInRange
                  valueFormat={DATE_FORMAT}
                  clearable
                  value={[filter.from ?? null, filter.to ?? null]}
                  onChange={([from, to]) => setFilters({ from, to })}
                  w={250}
                />
                {newButton && <div style={{ marginLeft: 'auto' }}>{newButton}</div>}
              </>
            }
          />
        </Grid.Col>
        <Grid.Col span={{ base: 12, lg: 4 }}>
          <RateLookupPanel currencyOptions={foreign} />
        </Grid.Col>
      </Grid>
      {baseCurrency && (
        <ExchangeRateFormModal
          opened={editing !== undefined}
          onClose={() => setEditing(undefined)}
          rate={editing ?? undefined}
          baseCurrency={baseCurrency}
          currencyOptions={foreign}
          defaultCurrency={filter.currency}
        />
      )}
      <ConfirmWithReasonModal
        opened={deleting !== null}
        onClose={() => setDeleting(null)}
        title={t`Delete exchange rate`}
        message={deleting && deleteMessage(deleting)}
        confirmLabel={t`Delete rate`}
        color="red"
        withoutReason
        onConfirm={async () => {
          if (!deleting) return;
          await remove.mutateAsync({ id: deleting.id, version: deleting.version });
          notifications.show({ color: 'teal', title: t`Rate deleted`, message: describeRate(deleting) });
        }}
      />
    </Stack>
  );
}
