import { Trans, useLingui } from '@lingui/react/macro';
import { Button, Select, Stack } from '@mantine/core';
import { DatePickerInput } from '@mantine/dates';
import { notifications } from '@mantine/notifications';
import { IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { ConfirmWithReasonModal } from '@/components/confirm-with-reason-modal';
import { CsvImportButton } from '@/components/csv-transfer';
import { ExportMenu } from '@/components/export-menu';
import { PageHeader } from '@/components/page-header';
import { useCan } from '@/features/auth/use-can';
import { ItemLink } from '@/features/catalog/components/item-link';
import { ItemSelect } from '@/features/catalog/components/item-select';
import { PriceCheckPanel } from '@/features/catalog/components/price-check-panel';
import { PriceEntryModal } from '@/features/catalog/components/price-entry-modal';
import { PriceListTable } from '@/features/catalog/components/price-list-table';
import {
  PRICE_LIST_CSV_COLUMNS,
  type PriceListEntry,
  useDeletePriceListEntry,
  useImportPriceListEntries,
  usePriceListEntries,
} from '@/features/catalog/queries';
import { useActiveCurrencies } from '@/features/organisation/queries';
import { SupplierLink } from '@/features/suppliers/components/supplier-link';
import { SupplierSelect } from '@/features/suppliers/components/supplier-select';
import { formatMoney } from '@/lib/format';
import { usePageTitle } from '@/lib/use-page-title';
import { useUrlFilters } from '@/lib/use-url-filters';

const FILTER_KEYS = ['supplier', 'item', 'currency', 'validOn'] as const;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

export function PriceListsPage() {
  const { t } = useLingui();
  usePageTitle(t`Price lists`);
  const can = useCan();
  const [filters, setFilters] = useUrlFilters(FILTER_KEYS);
  const filter = {
    supplierId: filters.supplier || undefined,
    itemId: filters.item || undefined,
    currency: /^[A-Z]{3}$/.test(filters.currency) ? filters.currency : undefined,
    validOn: ISO_DATE.test(filters.validOn) ? filters.validOn : undefined,
  };
  const query = usePriceListEntries(filter, { limit: 25 });
  const currencies = useActiveCurrencies();
  const importEntries = useImportPriceListEntries();
  const remove = useDeletePriceListEntry();
  // undefined: closed; null: a new entry; otherwise the one being edited.
  const [editing, setEditing] = useState<PriceListEntry | null | undefined>(undefined);
  const [deleting, setDeleting] = useState<PriceListEntry | null>(null);
  const canWrite = can('catalog:write');
  const deletingPrice = deleting ? formatMoney(deleting.unitPrice, deleting.currency) : '';

  const currencyOptions = (currencies.data ?? []).map((c) => ({
    value: c.code,
    label: `${c.code} · ${c.name}`,
  }));
  const renderSupplier = (id: string) => <SupplierLink id={id} />;
  const renderItem = (id: string) => <ItemLink id={id} />;
  const newButton = canWrite ? (
    <Button leftSection={<IconPlus size={16} />} onClick={() => setEditing(null)}>
      <Trans>Add price</Trans>
    </Button>
  ) : undefined;

  return (
    <>
      <PageHeader
        title={t`Price lists`}
        description={t`What each supplier charges for each item: quantity breaks, currency, validity and lead time.`}
        actions={
          <>
            <ExportMenu path="/price-list-entries" filter={filter} fileStem="price-list" />
            {canWrite && (
              <CsvImportButton
                what={t`price list entries`}
                columns={PRICE_LIST_CSV_COLUMNS}
                rule={t`Suppliers are named by code and items by SKU. A row with the supplier, SKU, currency, quantity break and start date of an existing entry updates it; any other row adds one.`}
                onImport={(file) => importEntries.mutateAsync(file)}
              />
            )}
            {newButton}
          </>
        }
      />
      <Stack gap="lg">
        <PriceCheckPanel
          currencyOptions={currencyOptions}
          renderSupplierSelect={(field) => <SupplierSelect {...field} placeholder={t`Search code or name`} />}
        />
        <PriceListTable
          label={t`Price list entries`}
          entries={query.data?.pages.flatMap((p) => p.items)}
          isLoading={query.isPending}
          error={query.error}
          onRetry={() => void query.refetch()}
          hasNextPage={query.hasNextPage}
          isFetchingNextPage={query.isFetchingNextPage}
          onLoadMore={() => void query.fetchNextPage()}
          filtered={!!(filter.supplierId || filter.itemId || filter.currency || filter.validOn)}
          emptyAction={newButton}
          renderSupplier={(id) => <SupplierLink id={id} stacked />}
          renderItem={(id) => <ItemLink id={id} stacked />}
          onEdit={canWrite ? setEditing : undefined}
          onDelete={canWrite ? setDeleting : undefined}
          toolbar={
            <>
              <SupplierSelect
                aria-label={t`Filter by supplier`}
                placeholder={t`All suppliers`}
                clearable
                value={filter.supplierId ?? null}
                onChange={(supplier) => setFilters({ supplier })}
                w={260}
              />
              <ItemSelect
                aria-label={t`Filter by item`}
                placeholder={t`All items`}
                clearable
                value={filter.itemId ?? null}
                onChange={(item) => setFilters({ item })}
                w={280}
              />
              <Select
                aria-label={t`Filter by currency`}
                placeholder={t`All currencies`}
                data={currencyOptions.map((c) => ({ value: c.value, label: c.value }))}
                value={filter.currency ?? null}
                onChange={(currency) => setFilters({ currency })}
                clearable
                searchable
                w={150}
              />
              <DatePickerInput
                aria-label={t`Filter by date valid on`}
                placeholder={t`Valid on any date`}
                valueFormat={t({
                  message: '[Valid on] D MMM YYYY',
                  comment: 'dayjs pattern of the filter date, e.g. Valid on 4 Dec 2026; text in brackets',
                })}
                clearable
                value={filter.validOn ?? null}
                onChange={(validOn) => setFilters({ validOn })}
                w={210}
              />
            </>
          }
        />
      </Stack>
      <PriceEntryModal
        opened={editing !== undefined}
        onClose={() => setEditing(undefined)}
        entry={editing ?? undefined}
        defaults={{ supplierId: filter.supplierId, itemId: filter.itemId, currency: filter.currency }}
        currencyOptions={currencyOptions}
        renderSupplierSelect={(field) => (
          <SupplierSelect {...field} disableBlocked placeholder={t`Search code or name`} />
        )}
        renderSupplier={renderSupplier}
        renderItem={renderItem}
      />
      <ConfirmWithReasonModal
        opened={deleting !== null}
        onClose={() => setDeleting(null)}
        title={t`Delete price`}
        message={
          deleting && (
            <Trans>
              The price of {deletingPrice} for <ItemLink id={deleting.itemId} /> from{' '}
              <SupplierLink id={deleting.supplierId} /> will be removed. The audit trail keeps its values.
            </Trans>
          )
        }
        confirmLabel={t`Delete price`}
        color="red"
        reasonLabel={t`Reason (optional)`}
        onConfirm={async (reason) => {
          if (!deleting) return;
          await remove.mutateAsync({
            id: deleting.id,
            version: deleting.version,
            reason: reason || undefined,
          });
          notifications.show({
            color: 'teal',
            title: t`Price deleted`,
            message: t`The price list entry was removed.`,
          });
        }}
      />
    </>
  );
}
