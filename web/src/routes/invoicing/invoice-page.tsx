import type { MessageDescriptor } from '@lingui/core';
import { msg } from '@lingui/core/macro';
import { Trans, useLingui } from '@lingui/react/macro';
import { Alert, Button, List, Stack, Text } from '@mantine/core';
import {
  IconAlertTriangle,
  IconCircleX,
  IconClock,
  IconMailForward,
  IconPencil,
  IconPlayerPause,
  IconShieldCheck,
} from '@tabler/icons-react';
import { Link, useParams } from 'react-router';
import { SectionCard } from '@/components/detail-section';
import { PageHeader } from '@/components/page-header';
import { ErrorState, LoadingState } from '@/components/states';
import { RecordHistory } from '@/features/audit/components/record-history';
import { useMe } from '@/features/auth/queries';
import { useCan } from '@/features/auth/use-can';
import { AttachmentsCard } from '@/features/discussion/components/attachments-card';
import { CommentsCard } from '@/features/discussion/components/comments-card';
import { InvoiceActions } from '@/features/invoicing/components/invoice-actions';
import {
  InvoiceLedgerCard,
  InvoiceMatchCard,
  InvoiceSummaryCard,
  InvoiceTotalsCard,
} from '@/features/invoicing/components/invoice-details';
import { InvoiceStatusBadge } from '@/features/invoicing/components/invoice-status-badge';
import { InvoiceVarianceApproval } from '@/features/invoicing/components/invoice-variance-approval';
import { allowedInvoiceActions, canEditInvoice } from '@/features/invoicing/invoice-actions';
import { EXCEPTION_KIND_LABELS, INVOICE_STATUS_LABELS } from '@/features/invoicing/invoice-format';
import { type Invoice, useInvoice } from '@/features/invoicing/queries';
import { useEffectiveTolerances } from '@/features/organisation/queries';
import { InvoicePayments } from '@/features/payments/components/invoice-payments';
import { usePurchaseOrder } from '@/features/purchase-orders/queries';
import { useOrderReceipts } from '@/features/receiving/queries';
import { describePaymentTerms } from '@/features/suppliers/payment-terms';
import { isApiError } from '@/lib/api';
import { formatDateTime, formatDecimal, formatMoney, trimDecimal } from '@/lib/format';
import { isZero } from '@/lib/money';
import { usePageTitle } from '@/lib/use-page-title';
import { NotFoundPage } from '../not-found-page';

const FIELD_LABELS: Record<string, MessageDescriptor> = {
  status: msg`Status`,
  holdReason: msg`Hold reason`,
  rejectReason: msg`Reason for rejection`,
  cancelReason: msg`Reason for cancelling`,
  acceptReason: msg`Reason for accepting`,
  exceptions: msg`Exceptions`,
  dueDate: msg`Due date`,
  discountDate: msg`Discount date`,
  creditNoteRequestNote: msg`Note to the supplier`,
};

/** The tolerances that apply to an order line's item now: "price 2 % · qty 5 %". */
function ToleranceNote({ supplierId, itemId }: { supplierId: string; itemId: string | null }) {
  const { t } = useLingui();
  const query = useEffectiveTolerances({ supplierId, itemId: itemId ?? undefined });
  if (!query.data) return <Text size="sm">…</Text>;
  const limit = (l: { percent: string | null; absolute: string | null }) =>
    [
      l.percent ? `${formatDecimal(trimDecimal(l.percent))} %` : null,
      l.absolute ? formatDecimal(l.absolute) : null,
    ]
      .filter(Boolean)
      .join(' / ') || t`none`;
  const price = limit(query.data.priceVariance);
  const quantity = limit(query.data.quantityVariance);
  return (
    <Stack gap={0}>
      <Text size="xs">
        <Trans>price {price}</Trans>
      </Text>
      <Text size="xs">
        <Trans>qty {quantity}</Trans>
      </Text>
    </Stack>
  );
}

/** Why the invoice stands where it does, above everything else. */
function StatusAlerts({ invoice }: { invoice: Invoice }) {
  const { t, i18n } = useLingui();
  const requestedAt = formatDateTime(invoice.creditNoteRequestedAt);
  const acceptedBy = invoice.accepted?.by.name ?? '';
  const acceptedAt = formatDateTime(invoice.accepted?.at);
  const heldFrom = invoice.heldFromStatus ? i18n._(INVOICE_STATUS_LABELS[invoice.heldFromStatus]) : null;
  return (
    <>
      {invoice.status === 'exception' && (
        <Alert color="red" variant="light" icon={<IconAlertTriangle size={18} />} title={t`Exceptions`}>
          <List size="sm" spacing={4}>
            {invoice.exceptions.map((e) => (
              <List.Item key={`${e.kind}:${e.lineNo ?? ''}`}>
                <Text span size="sm" fw={600}>
                  {i18n._(EXCEPTION_KIND_LABELS[e.kind])}:
                </Text>{' '}
                {e.message}
              </List.Item>
            ))}
          </List>
        </Alert>
      )}
      {invoice.status === 'matching' && (
        <Alert color="yellow" variant="light" icon={<IconClock size={18} />} title={t`Awaiting goods`}>
          <Trans>
            Within every tolerance, but some of what it bills has not been received and accepted yet. It is
            matched by itself when the goods are in.
          </Trans>
        </Alert>
      )}
      {invoice.creditNoteRequestedAt && (
        <Alert
          color="orange"
          variant="light"
          icon={<IconMailForward size={18} />}
          title={t`Credit note requested ${requestedAt}`}
        >
          {invoice.creditNoteRequestNote}
        </Alert>
      )}
      {invoice.accepted && (
        <Alert
          color="teal"
          variant="light"
          icon={<IconShieldCheck size={18} />}
          title={t`Variances accepted by ${acceptedBy}, ${acceptedAt}`}
        >
          <Stack gap={4}>
            {invoice.accepted.reason && <Text size="sm">{invoice.accepted.reason}</Text>}
            {invoice.accepted.exceptions.map((e) => (
              <Text key={`${e.kind}:${e.lineNo ?? ''}`} size="xs" c="dimmed">
                {e.message}
              </Text>
            ))}
          </Stack>
        </Alert>
      )}
      {invoice.status === 'on_hold' && (
        <Alert color="orange" variant="light" icon={<IconPlayerPause size={18} />} title={t`On hold`}>
          {invoice.holdReason ?? t`No reason was given.`}
          {heldFrom && ` ${t`Releasing returns it to ${heldFrom}.`}`}
        </Alert>
      )}
      {invoice.status === 'rejected' && (
        <Alert color="red" variant="light" icon={<IconCircleX size={18} />} title={t`Rejected`}>
          {invoice.rejectReason ?? t`No reason was given.`}
        </Alert>
      )}
      {invoice.status === 'cancelled' && (
        <Alert color="gray" variant="light" icon={<IconCircleX size={18} />} title={t`Cancelled`}>
          {invoice.cancelReason ?? t`No reason was given.`}
        </Alert>
      )}
    </>
  );
}

/** One invoice: its header, the three-way match line by line, totals, ledger and timeline, with its actions. */
export function InvoicePage() {
  const { t, i18n } = useLingui();
  const { id = '' } = useParams();
  const can = useCan();
  const { data: me } = useMe();
  const { data: invoice, isPending, error, refetch } = useInvoice(id);
  const canReadOrders = can('purchase_orders:read');
  const order = usePurchaseOrder(invoice?.purchaseOrderId ?? '', {
    enabled: !!invoice && canReadOrders,
  });
  const receipts = useOrderReceipts(invoice?.purchaseOrderId ?? '', {
    enabled: !!invoice && invoice.matches.some((m) => m.receiptId) && can('receiving:read'),
  });
  usePageTitle(invoice ? invoice.number : t`Invoice`);

  if (isPending) return <LoadingState />;
  if (isApiError(error) && (error.status === 404 || error.status === 422)) return <NotFoundPage />;
  if (error || !invoice) return <ErrorState error={error} onRetry={() => void refetch()} />;

  const actions = allowedInvoiceActions(invoice, can);
  const editable = canEditInvoice(invoice, can);
  const receiptNumbers = new Map(
    (receipts.data?.pages.flatMap((p) => p.items) ?? []).map((r) => [r.id, r.number]),
  );
  const itemOf = new Map((order.data?.lines ?? []).map((l) => [l.lineNo, l.itemId]));
  const fieldLabels = Object.fromEntries(Object.entries(FIELD_LABELS).map(([k, v]) => [k, i18n._(v)]));
  const terms = describePaymentTerms(i18n, {
    paymentTermsNetDays: invoice.paymentTerms.netDays,
    paymentTermsBasis: invoice.paymentTerms.basis,
    earlyPaymentDiscountPercent: invoice.paymentTerms.discountPercent,
    earlyPaymentDiscountDays: invoice.paymentTerms.discountDays,
  });
  const kind = invoice.kind === 'credit_note' ? t`Credit note` : t`Invoice`;
  const openAmount = formatMoney(invoice.openAmount, invoice.currency);
  const paidAmount = formatMoney(invoice.amountPaid, invoice.currency);
  return (
    <>
      <PageHeader
        breadcrumbs={[{ label: t`Invoices`, to: '/invoices' }, { label: invoice.number }]}
        title={invoice.number}
        badge={<InvoiceStatusBadge status={invoice.status} reason={invoice.holdReason} size="lg" />}
        description={`${kind} ${invoice.supplierInvoiceNumber} · ${invoice.supplierName} · ${invoice.purchaseOrderNumber} · ${formatMoney(invoice.payableAmount, invoice.currency)}`}
        actions={
          (editable || actions.length > 0) && (
            <>
              {editable && (
                <Button
                  component={Link}
                  to={`/invoices/${invoice.id}/edit`}
                  variant="default"
                  leftSection={<IconPencil size={16} />}
                >
                  <Trans>Edit draft</Trans>
                </Button>
              )}
              {actions.length > 0 && <InvoiceActions invoice={invoice} actions={actions} />}
            </>
          )
        }
      />
      <Stack gap="lg">
        <StatusAlerts invoice={invoice} />
        <InvoiceVarianceApproval invoice={invoice} />
        <InvoiceSummaryCard invoice={invoice} paymentTerms={terms} />
        {order.error && canReadOrders && (
          <ErrorState error={order.error} onRetry={() => void order.refetch()} />
        )}
        <InvoiceMatchCard
          invoice={invoice}
          orderLines={order.data?.lines}
          tolerance={
            can('organisation:read')
              ? (lineNo) => (
                  <ToleranceNote supplierId={invoice.supplierId} itemId={itemOf.get(lineNo) ?? null} />
                )
              : undefined
          }
        />
        <InvoiceTotalsCard invoice={invoice} />
        <InvoiceLedgerCard invoice={invoice} receiptNumber={(rid) => receiptNumbers.get(rid)} />
        {invoice.status !== 'draft' && (
          <SectionCard
            title={t`Payment`}
            description={
              isZero(invoice.amountPaid) ? t`Open: ${openAmount}` : t`Paid ${paidAmount}, open ${openAmount}`
            }
          >
            <InvoicePayments invoiceId={invoice.id} currency={invoice.currency} />
          </SectionCard>
        )}
        <AttachmentsCard
          documentType="invoice"
          documentId={invoice.id}
          canAttach={can('documents:discuss')}
          userId={me?.user.id ?? null}
          mayRemoveAny={can('documents:moderate')}
        />
        <CommentsCard documentType="invoice" documentId={invoice.id} canComment={can('documents:discuss')} />
        <SectionCard
          title={t`Timeline`}
          description={t`Everything that happened to this invoice, newest first: entered, matched, accepted, held, approved.`}
        >
          <RecordHistory entityType="invoice" entityId={invoice.id} fieldLabels={fieldLabels} />
        </SectionCard>
      </Stack>
    </>
  );
}
