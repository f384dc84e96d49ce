import { Trans, useLingui } from '@lingui/react/macro';
import { Anchor, Button, Group, Tabs } from '@mantine/core';
import { DatePickerInput } from '@mantine/dates';
import { IconFileUpload, IconPlus } from '@tabler/icons-react';
import { Link } from 'react-router';
import { PageHeader } from '@/components/page-header';
import { SearchInput } from '@/components/search-input';
import { useCan } from '@/features/auth/use-can';
import { InvoiceActions } from '@/features/invoicing/components/invoice-actions';
import { InvoiceTable } from '@/features/invoicing/components/invoice-table';
import { allowedInvoiceActions } from '@/features/invoicing/invoice-actions';
import { INBOX_TABS } from '@/features/invoicing/invoice-format';
import { useInvoices } from '@/features/invoicing/queries';
import { SupplierSelect } from '@/features/suppliers/components/supplier-select';
import { usePageTitle } from '@/lib/use-page-title';
import { useUrlFilters } from '@/lib/use-url-filters';

const FILTER_KEYS = ['tab', 'q', 'supplier', 'dueBefore'] as const;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
type Tab = (typeof INBOX_TABS)[number]['value'];

/** The filters both lists share: number, supplier and due date. */
function useInvoiceFilters() {
  const [filters, setFilters] = useUrlFilters(FILTER_KEYS);
  const filter = {
    q: filters.q.trim() || undefined,
    supplierId: filters.supplier || undefined,
    dueBefore: ISO_DATE.test(filters.dueBefore) ? filters.dueBefore : undefined,
  };
  return { filters, setFilters, filter };
}

function Filters({ state }: { state: ReturnType<typeof useInvoiceFilters> }) {
  const { t } = useLingui();
  const { filters, setFilters, filter } = state;
  return (
    <>
      <SearchInput
        label={t`Search invoices`}
        placeholder={t`Invoice number or supplier’s number`}
        value={filters.q}
        onChange={(q) => setFilters({ q })}
      />
      <SupplierSelect
        aria-label={t`Supplier`}
        placeholder={t`All suppliers`}
        clearable
        value={filter.supplierId ?? null}
        onChange={(supplier) => setFilters({ supplier })}
        w={230}
      />
      <DatePickerInput
        aria-label={t`Due on or before`}
        placeholder={t`Due: any date`}
        valueFormat={t({
          message: 'D MMM YYYY',
          comment: 'dayjs pattern of a picked date, e.g. 4 Dec 2026',
        })}
        clearable
        value={filter.dueBefore ?? null}
        onChange={(dueBefore) => setFilters({ dueBefore })}
        w={200}
      />
    </>
  );
}

/** The first steps when there is no invoice yet: enter one or import files. */
function EnterOrImport() {
  return (
    <Group gap="xs" justify="center" wrap="wrap">
      <Button component={Link} to="/invoices/new" leftSection={<IconPlus size={16} />}>
        <Trans>Enter invoice</Trans>
      </Button>
      <Button
        component={Link}
        to="/invoices/import"
        variant="default"
        leftSection={<IconFileUpload size={16} />}
      >
        <Trans>Import invoices</Trans>
      </Button>
    </Group>
  );
}

/** The accounts-payable inbox: every invoice and credit note, by status, supplier, number and due date. */
export function InvoicesPage() {
  const { t, i18n } = useLingui();
  usePageTitle(t`Invoices`);
  const can = useCan();
  const state = useInvoiceFilters();
  const tab = (INBOX_TABS.find((x) => x.value === state.filters.tab) ?? INBOX_TABS[0]).value;
  const status = INBOX_TABS.find((x) => x.value === tab)?.status;
  const query = useInvoices({ ...state.filter, status });
  const invoices = query.data?.pages.flatMap((p) => p.items);
  const canEnter = can('invoices:write');
  const filtered = Object.values(state.filter).some(Boolean) || tab !== ('all' satisfies Tab);
  return (
    <>
      <PageHeader
        title={t`Invoices`}
        description={t`Supplier invoices and credit notes with their three-way match. Exceptions wait for a decision in their own queue.`}
        actions={
          <Anchor component={Link} to="/invoice-exceptions" size="sm">
            <Trans>Exception queue</Trans>
          </Anchor>
        }
      />
      <Tabs
        value={tab}
        onChange={(value) => state.setFilters({ tab: value === INBOX_TABS[0].value ? null : value })}
      >
        <Tabs.List mb="md">
          {INBOX_TABS.map((x) => (
            <Tabs.Tab key={x.value} value={x.value}>
              {i18n._(x.label)}
            </Tabs.Tab>
          ))}
        </Tabs.List>
        {/* Every tab has its panel (the tabs name them); only the open one holds the list. */}
        {INBOX_TABS.map((x) => (
          <Tabs.Panel key={x.value} value={x.value}>
            {x.value === tab && (
              <InvoiceTable
                invoices={invoices}
                isLoading={query.isPending}
                error={query.error}
                onRetry={() => void query.refetch()}
                hasNextPage={query.hasNextPage}
                isFetchingNextPage={query.isFetchingNextPage}
                onLoadMore={() => void query.fetchNextPage()}
                filtered={filtered}
                emptyText={
                  canEnter && !filtered
                    ? t`Enter a supplier’s invoice against its purchase order, or import suppliers’ files (UBL XML, CSV or Excel).`
                    : undefined
                }
                emptyAction={canEnter ? <EnterOrImport /> : undefined}
                explain={tab === 'exception'}
                toolbar={<Filters state={state} />}
              />
            )}
          </Tabs.Panel>
        ))}
      </Tabs>
    </>
  );
}

/** Exceptions only: why each is one, in words, and what can be done about it from the row. */
export function InvoiceExceptionsPage() {
  const { t } = useLingui();
  usePageTitle(t`Invoice exceptions`);
  const can = useCan();
  const state = useInvoiceFilters();
  const query = useInvoices({ ...state.filter, status: 'exception' });
  const invoices = query.data?.pages.flatMap((p) => p.items);
  const filtered = Object.values(state.filter).some(Boolean);
  return (
    <>
      <PageHeader
        breadcrumbs={[{ label: t`Invoices`, to: '/invoices' }, { label: t`Exceptions` }]}
        title={t`Invoice exceptions`}
        description={t`Invoices beyond a tolerance, billing what is not on the order, or possibly duplicated: accept the variances, ask the supplier for a credit note, hold or reject.`}
      />
      <InvoiceTable
        invoices={invoices}
        isLoading={query.isPending}
        error={query.error}
        onRetry={() => void query.refetch()}
        hasNextPage={query.hasNextPage}
        isFetchingNextPage={query.isFetchingNextPage}
        onLoadMore={() => void query.fetchNextPage()}
        filtered={filtered}
        emptyTitle={filtered ? t`No exception matches` : t`No exceptions`}
        emptyText={
          filtered
            ? t`Try another search or clear the filters.`
            : t`Every invoice is within its tolerances or waits for goods.`
        }
        explain
        rowActions={(invoice) => {
          const actions = allowedInvoiceActions(invoice, can).filter(
            (a) => a === 'accept' || a === 'request_credit_note' || a === 'hold' || a === 'reject',
          );
          return actions.length > 0 ? (
            <Group gap={6} wrap="wrap">
              <InvoiceActions invoice={invoice} actions={actions} compact />
            </Group>
          ) : null;
        }}
        toolbar={<Filters state={state} />}
      />
    </>
  );
}
