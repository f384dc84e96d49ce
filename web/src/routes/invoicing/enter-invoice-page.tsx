import { useLingui } from '@lingui/react/macro';
import { Alert, Anchor, Paper, Stack } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useQueryClient } from '@tanstack/react-query';
import { Link, useNavigate, useParams, useSearchParams } from 'react-router';
import { PageHeader } from '@/components/page-header';
import { RemoteSelect } from '@/components/remote-select';
import { ErrorState, LoadingState } from '@/components/states';
import { type Invoice, useInvoice, useInvoiceableOrder } from '@/features/invoicing/capture-queries';
import { InvoiceForm } from '@/features/invoicing/components/invoice-form';
import { listPurchaseOrders, purchaseOrderQueryOptions } from '@/features/purchase-orders/queries';
import { formatMoney } from '@/lib/format';
import { usePageTitle } from '@/lib/use-page-title';

/** Orders that take invoices: sent to the supplier and not cancelled (as the server checks). */
const INVOICEABLE = new Set(['sent', 'acknowledged', 'partially_received', 'received', 'closed', 'on_hold']);

/** Tells what became of a saved invoice and opens it. */
function useOpenSaved() {
  const { t } = useLingui();
  const navigate = useNavigate();
  return (invoice: Invoice) => {
    const number = invoice.number;
    const messages: Partial<Record<Invoice['status'], string>> = {
      draft: t`${number} is kept as a draft.`,
      matched: t`${number} is matched.`,
      matching: t`${number} waits for goods not yet received and accepted.`,
      exception: t`${number} is an exception: see its variances.`,
    };
    notifications.show({
      color: invoice.status === 'exception' ? 'yellow' : 'teal',
      message: messages[invoice.status] ?? number,
    });
    void navigate(`/invoices/${invoice.id}`);
  };
}

/**
 * Accounts payable enters a supplier's invoice: choose the order, and the lines come filled in with
 * what it has to invoice. `?order=` chooses the order straight away.
 */
export function NewInvoicePage() {
  const { t } = useLingui();
  usePageTitle(t`Enter invoice`);
  const [params, setParams] = useSearchParams();
  const orderId = params.get('order');
  const queryClient = useQueryClient();
  const order = useInvoiceableOrder(orderId);
  const onSaved = useOpenSaved();

  return (
    <>
      <PageHeader
        title={t`Enter invoice`}
        description={t`Choose the purchase order the invoice bills: its lines come filled in with what was accepted and not yet invoiced, at the order’s prices. Change them to what the supplier’s invoice says.`}
      />
      <Stack gap="lg" maw={1100}>
        <Paper withBorder radius="md" p="md">
          <RemoteSelect
            label={t`Purchase order`}
            placeholder={t`Order number or supplier`}
            nothingFoundMessage={t`No order matches`}
            required
            maw={520}
            queryKey={['purchase-orders', 'invoice-picker']}
            search={(q, signal) =>
              listPurchaseOrders({ q: q || undefined }, { limit: 20, signal }).then((page) =>
                page.items.map((o) => ({
                  value: o.id,
                  label: `${o.number} — ${o.supplierName} (${formatMoney(o.total, o.currency)})`,
                  disabled: !INVOICEABLE.has(o.status),
                })),
              )
            }
            resolve={(id) =>
              queryClient
                .fetchQuery(purchaseOrderQueryOptions(id))
                .then((o) => ({ value: o.id, label: `${o.number} — ${o.supplierName}` }))
            }
            value={orderId}
            onChange={(id) => setParams(id ? { order: id } : {})}
          />
        </Paper>
        {orderId &&
          (order.isPending ? (
            <LoadingState />
          ) : order.error || !order.data ? (
            <ErrorState error={order.error} onRetry={() => void order.refetch()} />
          ) : (
            <InvoiceForm key={orderId} order={order.data} onSaved={onSaved} />
          ))}
      </Stack>
    </>
  );
}

/** A draft invoice finished or confirmed (an imported one's proposed order lines), then submitted. */
export function EditDraftInvoicePage() {
  const { t } = useLingui();
  const { id = '' } = useParams();
  const invoice = useInvoice(id);
  const number = invoice.data?.number ?? '';
  usePageTitle(invoice.data ? t`Edit ${number}` : t`Edit invoice`);
  const order = useInvoiceableOrder(invoice.data?.purchaseOrderId ?? null);
  const onSaved = useOpenSaved();

  if (invoice.isPending) return <LoadingState />;
  if (invoice.error || !invoice.data) {
    return <ErrorState error={invoice.error} onRetry={() => void invoice.refetch()} />;
  }
  const draft = invoice.data;
  const orderNumber = draft.purchaseOrderNumber;
  const supplierNumber = draft.supplierInvoiceNumber;
  return (
    <>
      <PageHeader
        breadcrumbs={[
          { label: t`Invoices`, to: '/invoices' },
          { label: draft.number, to: `/invoices/${draft.id}` },
          { label: t`Edit` },
        ]}
        title={t`Edit ${number}`}
        description={t`Supplier’s invoice ${supplierNumber} against ${orderNumber}. Check the order line each line bills, then submit it for matching.`}
      />
      <Stack gap="lg" maw={1100}>
        {draft.status !== 'draft' ? (
          <Alert color="yellow" variant="light" title={t`Only a draft is edited`}>
            <Anchor component={Link} to={`/invoices/${draft.id}`}>
              {t`Open ${number}`}
            </Anchor>
          </Alert>
        ) : order.isPending ? (
          <LoadingState />
        ) : order.error || !order.data ? (
          <ErrorState error={order.error} onRetry={() => void order.refetch()} />
        ) : (
          <InvoiceForm
            key={`${draft.id}:${draft.version}`}
            order={order.data}
            draft={draft}
            onSaved={onSaved}
            onReload={() => invoice.refetch()}
          />
        )}
      </Stack>
    </>
  );
}
