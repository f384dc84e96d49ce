import {
  PURCHASE_ORDER_STATUSES,
  type PurchaseOrderStatus,
  type PurchaseOrderSummary,
} from '@contracts/purchase-orders';
import { Trans, useLingui } from '@lingui/react/macro';
import { Button, Checkbox, Select } from '@mantine/core';
import { DatePickerInput } from '@mantine/dates';
import { IconPlus } from '@tabler/icons-react';
import { Link } from 'react-router';
import { BulkCancelDrafts, usePicked } from '@/components/draft-selection';
import { ExportMenu } from '@/components/export-menu';
import { PageHeader } from '@/components/page-header';
import { SearchInput } from '@/components/search-input';
import { useMe } from '@/features/auth/queries';
import { useCan } from '@/features/auth/use-can';
import { useDepartmentOptions } from '@/features/organisation/queries';
import { PurchaseOrderTable } from '@/features/purchase-orders/components/purchase-order-table';
import { PURCHASE_ORDER_STATUS_LABELS } from '@/features/purchase-orders/purchase-order-format';
import { transitionPurchaseOrder, usePurchaseOrders } from '@/features/purchase-orders/queries';
import { SavedViewsMenu } from '@/features/saved-views/components/saved-views-menu';
import { SupplierSelect } from '@/features/suppliers/components/supplier-select';
import { UserSelect } from '@/features/users/components/user-select';
import { usePageTitle } from '@/lib/use-page-title';
import { useUrlFilters } from '@/lib/use-url-filters';

const FILTER_KEYS = [
  'q',
  'status',
  'supplier',
  'buyer',
  'department',
  'from',
  'to',
  'overdue',
  'dueSoon',
  'returned',
] as const;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

function asStatus(value: string): PurchaseOrderStatus | undefined {
  return (PURCHASE_ORDER_STATUSES as readonly string[]).includes(value)
    ? (value as PurchaseOrderStatus)
    : undefined;
}

export function PurchaseOrdersPage() {
  const { t, i18n } = useLingui();
  usePageTitle(t`Purchase orders`);
  const statusOptions = PURCHASE_ORDER_STATUSES.map((s) => ({
    value: s,
    label: i18n._(PURCHASE_ORDER_STATUS_LABELS[s]),
  }));
  const can = useCan();
  const { data: me } = useMe();
  const [filters, setFilters] = useUrlFilters(FILTER_KEYS);
  const departments = useDepartmentOptions();
  const buyerId = filters.buyer === 'me' ? me?.user.id : filters.buyer || undefined;
  const filter = {
    q: filters.q || undefined,
    status: asStatus(filters.status),
    supplierId: filters.supplier || undefined,
    buyerId,
    departmentId: filters.department || undefined,
    orderDateFrom: ISO_DATE.test(filters.from) ? filters.from : undefined,
    orderDateTo: ISO_DATE.test(filters.to) ? filters.to : undefined,
    overdue: filters.overdue === 'true' ? ('true' as const) : undefined,
    dueSoon: filters.dueSoon === 'true' ? ('true' as const) : undefined,
    returned: filters.returned === 'true' ? ('true' as const) : undefined,
  };
  const query = usePurchaseOrders(filter);
  const orders = query.data?.pages.flatMap((p) => p.items);
  // Drafts picked for "Cancel N drafts…" (buyers); kept only while they are on screen.
  const { picked, selection, clear } = usePicked<PurchaseOrderSummary>((o) => o.status === 'draft');
  const pickedOrders = (orders ?? []).filter((o) => picked.has(o.id) && o.status === 'draft');
  const newButton = can('purchase_orders:write') ? (
    <Button component={Link} to="/purchase-orders/new" leftSection={<IconPlus size={16} />}>
      <Trans>New purchase order</Trans>
    </Button>
  ) : undefined;
  const departmentOptions = (departments.data ?? []).map((d) => ({
    value: d.id,
    label: `${d.code} · ${d.name}`,
  }));

  return (
    <>
      <PageHeader
        title={t`Purchase orders`}
        description={t`Every order with its status, supplier and total. Search by number, supplier or item.`}
        actions={
          <>
            <SavedViewsMenu list="purchase-orders" />
            <ExportMenu path="/purchase-orders" filter={filter} fileStem="purchase-orders" />
            {newButton}
          </>
        }
      />
      <PurchaseOrderTable
        orders={orders}
        selection={can('purchase_orders:write') ? selection : undefined}
        isLoading={query.isPending}
        error={query.error}
        onRetry={() => void query.refetch()}
        hasNextPage={query.hasNextPage}
        isFetchingNextPage={query.isFetchingNextPage}
        onLoadMore={() => void query.fetchNextPage()}
        filtered={Object.values(filter).some(Boolean)}
        emptyAction={newButton}
        toolbar={
          <>
            <BulkCancelDrafts
              documents={pickedOrders}
              subject="purchase_order"
              cancel={(o, reason) =>
                transitionPurchaseOrder({ id: o.id, version: o.version, action: 'cancel', reason })
              }
              onDone={clear}
            />
            <SearchInput
              label={t`Search purchase orders`}
              placeholder={t`PO number, supplier or item`}
              value={filters.q}
              onChange={(q) => setFilters({ q })}
            />
            <Select
              aria-label={t`Status`}
              placeholder={t`All statuses`}
              data={statusOptions}
              value={filter.status ?? null}
              onChange={(status) => setFilters({ status })}
              clearable
              w={180}
            />
            <SupplierSelect
              aria-label={t`Supplier`}
              placeholder={t`All suppliers`}
              clearable
              value={filter.supplierId ?? null}
              onChange={(supplier) => setFilters({ supplier })}
              w={230}
            />
            {can('users:read') ? (
              <UserSelect
                aria-label={t`Buyer`}
                placeholder={t`All buyers`}
                clearable
                value={filters.buyer === 'me' ? (me?.user.id ?? null) : filters.buyer || null}
                onChange={(buyer) => setFilters({ buyer })}
                w={220}
              />
            ) : (
              <Select
                aria-label={t`Buyer`}
                placeholder={t`All buyers`}
                data={[{ value: 'me', label: t`Bought by me` }]}
                value={filters.buyer === 'me' ? 'me' : null}
                onChange={(buyer) => setFilters({ buyer })}
                clearable
                w={170}
              />
            )}
            <Select
              aria-label={t`Department`}
              placeholder={t`All departments`}
              data={departmentOptions}
              value={filter.departmentId ?? null}
              onChange={(department) => setFilters({ department })}
              clearable
              searchable
              w={210}
            />
            <DatePickerInput
              type="range"
              aria-label={t`Order date`}
              placeholder={t`Ordered: any date`}
              valueFormat={t({
                message: 'D MMM YYYY',
                comment: 'dayjs pattern of a picked date, e.g. 4 Dec 2026',
              })}
              clearable
              allowSingleDateInRange
              value={[filter.orderDateFrom ?? null, filter.orderDateTo ?? null]}
              onChange={([from, to]) => setFilters({ from, to })}
              w={250}
            />
            <Checkbox
              label={t`Overdue only`}
              checked={!!filter.overdue}
              onChange={(e) => setFilters({ overdue: e.currentTarget.checked ? 'true' : null })}
              mb={8}
            />
            <Checkbox
              label={t`Due in 7 days`}
              checked={!!filter.dueSoon}
              onChange={(e) => setFilters({ dueSoon: e.currentTarget.checked ? 'true' : null })}
              mb={8}
            />
            <Checkbox
              label={t`Sent back for changes`}
              checked={!!filter.returned}
              onChange={(e) => setFilters({ returned: e.currentTarget.checked ? 'true' : null })}
              mb={8}
            />
          </>
        }
      />
    </>
  );
}
