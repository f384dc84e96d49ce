import { Trans, useLingui } from '@lingui/react/macro';
import { Button, Grid, SegmentedControl, Stack } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconPencil, IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { ActiveBadge } from '@/components/active-badge';
import { ConfirmWithReasonModal } from '@/components/confirm-with-reason-modal';
import { SectionCard } from '@/components/detail-section';
import { PageHeader } from '@/components/page-header';
import { ErrorState, LoadingState } from '@/components/states';
import { RecordHistory } from '@/features/audit/components/record-history';
import { useCan } from '@/features/auth/use-can';
import { categoryPath } from '@/features/catalog/catalog-format';
import {
  fieldLabelsIn,
  formatItemHistoryValue,
  ITEM_FIELD_LABELS,
} from '@/features/catalog/catalog-history-format';
import { ItemDescriptionCard, ItemGeneralCard } from '@/features/catalog/components/item-details';
import { ItemLink } from '@/features/catalog/components/item-link';
import { PriceEntryModal } from '@/features/catalog/components/price-entry-modal';
import { PriceListTable } from '@/features/catalog/components/price-list-table';
import { today, validityOn } from '@/features/catalog/components/price-validity';
import {
  type PriceListEntry,
  useDeletePriceListEntry,
  useItem,
  useItemCategoryOptions,
  usePriceListEntries,
  useUnitOptions,
} from '@/features/catalog/queries';
import { useActiveCurrencies } from '@/features/organisation/queries';
import { SupplierLink } from '@/features/suppliers/components/supplier-link';
import { SupplierSelect } from '@/features/suppliers/components/supplier-select';
import { isApiError } from '@/lib/api';
import { formatMoney } from '@/lib/format';
import { compareDecimal } from '@/lib/money';
import { usePageTitle } from '@/lib/use-page-title';
import { NotFoundPage } from '../not-found-page';

const VALIDITY_ORDER = { current: 0, future: 1, expired: 2 } as const;

/** Valid prices first, then by supplier, currency and quantity break. */
function byRelevance(a: PriceListEntry, b: PriceListEntry): number {
  return (
    VALIDITY_ORDER[validityOn(a)] - VALIDITY_ORDER[validityOn(b)] ||
    a.supplierId.localeCompare(b.supplierId) ||
    a.currency.localeCompare(b.currency) ||
    compareDecimal(a.minQuantity, b.minQuantity) ||
    b.validFrom.localeCompare(a.validFrom)
  );
}

export function ItemPage() {
  const { t, i18n } = useLingui();
  const { id = '' } = useParams();
  const { data: item, isPending, error, refetch } = useItem(id);
  const can = useCan();
  const categories = useItemCategoryOptions();
  const units = useUnitOptions();
  const currencies = useActiveCurrencies();
  const [validOnly, setValidOnly] = useState(false);
  const prices = usePriceListEntries(
    { itemId: id, validOn: validOnly ? today() : undefined },
    { limit: 200, enabled: !!item },
  );
  const [editing, setEditing] = useState<PriceListEntry | null>(null);
  const [adding, setAdding] = useState(false);
  const [deleting, setDeleting] = useState<PriceListEntry | null>(null);
  const remove = useDeletePriceListEntry();
  usePageTitle(item ? item.name : t`Item`);

  if (isPending) return <LoadingState />;
  if (isApiError(error) && (error.status === 404 || error.status === 422)) return <NotFoundPage />;
  if (error || !item) return <ErrorState error={error} onRetry={() => void refetch()} />;

  const categoryName = (categoryId: string) =>
    categories.data ? categoryPath(categories.data, categoryId) : categoryId.slice(0, 8);
  const unit = units.data?.find((u) => u.code === item.unitCode);
  const canWrite = can('catalog:write');
  const { sku, unitCode } = item;
  const countedIn = t`counted in ${unitCode}`;
  const deletingPrice = deleting ? formatMoney(deleting.unitPrice, deleting.currency) : '';
  const entries = prices.data?.pages.flatMap((p) => p.items).sort(byRelevance);
  const currencyOptions = (currencies.data ?? []).map((c) => ({
    value: c.code,
    label: `${c.code} · ${c.name}`,
  }));
  const renderSupplier = (supplierId: string) => <SupplierLink id={supplierId} />;
  const renderItem = (itemId: string) => <ItemLink id={itemId} />;
  const addButton = canWrite && item.active && (
    <Button size="xs" variant="light" leftSection={<IconPlus size={14} />} onClick={() => setAdding(true)}>
      <Trans>Add price</Trans>
    </Button>
  );

  return (
    <>
      <PageHeader
        breadcrumbs={[{ label: t`Items`, to: '/catalog/items' }, { label: item.sku }]}
        title={item.name}
        badge={<ActiveBadge active={item.active} size="lg" />}
        description={`${item.sku} · ${categoryName(item.categoryId)} · ${countedIn}`}
        actions={
          canWrite && (
            <Button
              component={Link}
              to={`/catalog/items/${item.id}/edit`}
              leftSection={<IconPencil size={16} />}
            >
              <Trans>Edit</Trans>
            </Button>
          )
        }
      />
      <Stack gap="lg">
        <Grid gutter="lg">
          <Grid.Col span={{ base: 12, md: 8 }}>
            <ItemGeneralCard item={item} categoryName={categoryName(item.categoryId)} unit={unit} />
          </Grid.Col>
          <Grid.Col span={{ base: 12, md: 4 }}>
            <ItemDescriptionCard item={item} />
          </Grid.Col>
        </Grid>
        <SectionCard
          title={t`Supplier prices`}
          description={t`What each supplier charges per ${unitCode}, by quantity break and validity.`}
          extra={
            <>
              <SegmentedControl
                size="xs"
                value={validOnly ? 'valid' : 'all'}
                onChange={(v) => setValidOnly(v === 'valid')}
                data={[
                  { value: 'all', label: t`All prices` },
                  { value: 'valid', label: t`Valid today` },
                ]}
                aria-label={t`Which prices`}
              />
              {addButton}
            </>
          }
        >
          <PriceListTable
            label={t`Prices of ${sku}`}
            entries={entries}
            isLoading={prices.isPending}
            error={prices.error}
            onRetry={() => void prices.refetch()}
            hasNextPage={prices.hasNextPage}
            isFetchingNextPage={prices.isFetchingNextPage}
            onLoadMore={prices.hasNextPage ? () => void prices.fetchNextPage() : undefined}
            filtered={validOnly}
            emptyTitle={validOnly ? t`No price valid today` : t`No supplier prices yet`}
            emptyText={
              validOnly
                ? t`Every price of this item has expired or starts later. Show all prices to see them.`
                : t`Add what each supplier charges for this item, with quantity breaks and validity.`
            }
            emptyAction={addButton || undefined}
            renderSupplier={(supplierId) => <SupplierLink id={supplierId} />}
            unitCode={item.unitCode}
            onEdit={canWrite ? setEditing : undefined}
            onDelete={canWrite ? setDeleting : undefined}
          />
        </SectionCard>
        {can('audit:read') && (
          <SectionCard title={t`History`}>
            <RecordHistory
              entityType="item"
              entityId={item.id}
              fieldLabels={fieldLabelsIn(i18n, ITEM_FIELD_LABELS)}
              formatValue={(field, value) => formatItemHistoryValue(field, value, categoryName)}
            />
          </SectionCard>
        )}
      </Stack>
      <PriceEntryModal
        opened={adding || editing !== null}
        onClose={() => {
          setAdding(false);
          setEditing(null);
        }}
        entry={editing ?? undefined}
        defaults={{ itemId: item.id }}
        fixedItem
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
              The price of {deletingPrice} from <SupplierLink id={deleting.supplierId} /> will be removed. The
              audit trail keeps its values.
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
