import { useLingui } from '@lingui/react/macro';
import { Select } from '@mantine/core';
import { DatePickerInput } from '@mantine/dates';
import { ExportMenu } from '@/components/export-menu';
import { PageHeader } from '@/components/page-header';
import { useActiveCurrencies } from '@/features/organisation/queries';
import { PaymentTable } from '@/features/payments/components/payment-table';
import { PAYMENT_STATUS_LABELS } from '@/features/payments/labels';
import { type PaymentFilter, type PaymentListItem, usePayments } from '@/features/payments/queries';
import { SupplierSelect } from '@/features/suppliers/components/supplier-select';
import { usePageTitle } from '@/lib/use-page-title';
import { useUrlFilters } from '@/lib/use-url-filters';

const FILTER_KEYS = ['supplier', 'status', 'currency', 'from', 'to'] as const;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const STATUSES = Object.keys(PAYMENT_STATUS_LABELS) as PaymentListItem['status'][];

/** Every payment of every confirmed run, newest first: what was paid, what the bank rejected and why. */
export function PaymentsPage() {
  const { t, i18n } = useLingui();
  usePageTitle(t`Payments`);
  const [filters, setFilters] = useUrlFilters(FILTER_KEYS);
  const currencies = useActiveCurrencies();
  const filter: PaymentFilter = {
    supplierId: filters.supplier || undefined,
    status: STATUSES.find((s) => s === filters.status),
    currency: /^[A-Z]{3}$/.test(filters.currency) ? filters.currency : undefined,
    paymentDateFrom: ISO_DATE.test(filters.from) ? filters.from : undefined,
    paymentDateTo: ISO_DATE.test(filters.to) ? filters.to : undefined,
  };
  const query = usePayments(filter);
  const payments = query.data?.pages.flatMap((p) => p.items);
  const datePattern = t({
    message: 'D MMM YYYY',
    comment: 'dayjs pattern of a picked date, e.g. 4 Dec 2026',
  });
  return (
    <>
      <PageHeader
        title={t`Payments`}
        description={t`Every payment of the confirmed payment runs: what was paid, what is still scheduled, and what the bank rejected and why.`}
        actions={<ExportMenu path="/payments" filter={filter} fileStem="payments" />}
      />
      <PaymentTable
        payments={payments}
        isLoading={query.isPending}
        error={query.error}
        onRetry={() => void query.refetch()}
        hasNextPage={query.hasNextPage}
        isFetchingNextPage={query.isFetchingNextPage}
        onLoadMore={() => void query.fetchNextPage()}
        filtered={Object.values(filter).some(Boolean)}
        toolbar={
          <>
            <SupplierSelect
              aria-label={t`Supplier`}
              placeholder={t`All suppliers`}
              clearable
              value={filter.supplierId ?? null}
              onChange={(supplier) => setFilters({ supplier })}
              w={230}
            />
            <Select
              aria-label={t`Status`}
              placeholder={t`Any status`}
              clearable
              data={STATUSES.map((s) => ({ value: s, label: i18n._(PAYMENT_STATUS_LABELS[s]) }))}
              value={filter.status ?? null}
              onChange={(status) => setFilters({ status })}
              w={200}
            />
            <Select
              aria-label={t`Currency`}
              placeholder={t`All currencies`}
              clearable
              searchable
              data={(currencies.data ?? []).map((c) => c.code)}
              value={filter.currency ?? null}
              onChange={(currency) => setFilters({ currency })}
              w={150}
            />
            <DatePickerInput
              aria-label={t`Payment date from`}
              placeholder={t`Paid from: any date`}
              valueFormat={datePattern}
              clearable
              value={filter.paymentDateFrom ?? null}
              onChange={(from) => setFilters({ from })}
              w={190}
            />
            <DatePickerInput
              aria-label={t`Payment date to`}
              placeholder={t`Paid until: any date`}
              valueFormat={datePattern}
              clearable
              value={filter.paymentDateTo ?? null}
              onChange={(to) => setFilters({ to })}
              w={190}
            />
          </>
        }
      />
    </>
  );
}
