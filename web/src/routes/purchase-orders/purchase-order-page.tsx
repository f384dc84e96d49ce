import type { PurchaseOrderStatus } from '@contracts/purchase-orders';
import type { MessageDescriptor } from '@lingui/core';
import { msg } from '@lingui/core/macro';
import { Trans, useLingui } from '@lingui/react/macro';
import { Alert, Button, Grid, Stack, Text } from '@mantine/core';
import {
  IconAlertTriangle,
  IconCircleX,
  IconLock,
  IconPencil,
  IconPlayerPause,
  IconSend,
} from '@tabler/icons-react';
import { type ReactNode, useCallback, useState } from 'react';
import { Link, useParams } from 'react-router';
import { SectionCard } from '@/components/detail-section';
import { PageHeader } from '@/components/page-header';
import { ReturnedAlert } from '@/components/returned-alert';
import { ErrorState, LoadingState } from '@/components/states';
import { NextInInbox } from '@/features/approvals/components/next-in-inbox';
import { gateDecisions } from '@/features/approvals/route-viewer';
import { RecordHistory } from '@/features/audit/components/record-history';
import { useMe } from '@/features/auth/queries';
import { useCan } from '@/features/auth/use-can';
import { AttachmentsCard } from '@/features/discussion/components/attachments-card';
import { CommentsCard } from '@/features/discussion/components/comments-card';
import { DispatchHistory } from '@/features/dispatch/components/dispatch-history';
import { type SendKind, SendOrderModal } from '@/features/dispatch/components/send-order-modal';
import { ShipNoticesCard } from '@/features/dispatch/components/ship-notices-card';
import { useDispatches } from '@/features/dispatch/queries';
import { OrderInvoicesCard } from '@/features/invoicing/components/order-invoices-card';
import { useReadNotificationsAbout } from '@/features/notifications/queries';
import { BudgetEffectCard } from '@/features/organisation/components/budget-effect-card';
import { SupplierAnswerCard } from '@/features/portal/components/supplier-answer-card';
import { DocumentDownloads } from '@/features/purchase-orders/components/document-downloads';
import { OrderWarningAlert } from '@/features/purchase-orders/components/order-warnings';
import {
  PurchaseOrderActions,
  ShortCloseLineModal,
} from '@/features/purchase-orders/components/purchase-order-actions';
import { PurchaseOrderApprovalRouteCard } from '@/features/purchase-orders/components/purchase-order-approval-route';
import {
  PurchaseOrderAddressesCard,
  PurchaseOrderLinesCard,
  PurchaseOrderNotesCard,
  PurchaseOrderSummaryCard,
} from '@/features/purchase-orders/components/purchase-order-details';
import { PurchaseOrderStatusBadge } from '@/features/purchase-orders/components/purchase-order-status-badge';
import { ORDER_FIELD_LABELS, RevisionList } from '@/features/purchase-orders/components/revision-list';
import {
  allowedOrderActions,
  canEditOrder,
  editMakesRevision,
  ownApprovalNote,
  sendKindOf,
  wasSendable,
} from '@/features/purchase-orders/purchase-order-actions';
import {
  formatOrderHistoryValue,
  ORDER_HISTORY_EXTRA_LABELS,
} from '@/features/purchase-orders/purchase-order-history-format';
import {
  usePurchaseOrder,
  usePurchaseOrderApprovalRoute,
  useRevisions,
} from '@/features/purchase-orders/queries';
import { CloseOutRatingModal } from '@/features/ratings/components/close-out-rating-modal';
import { OrderRatingsCard } from '@/features/ratings/components/order-ratings-card';
import { ReceiptsCard } from '@/features/receiving/components/receipts-card';
import { isApiError } from '@/lib/api';
import { formatMoney } from '@/lib/format';
import { usePageTitle } from '@/lib/use-page-title';
import { NotFoundPage } from '../not-found-page';
import {
  renderItem,
  renderItemSku,
  renderSupplier,
  useOrganisationOptions,
} from '../purchasing/use-purchasing-sources';

/** A user the page cannot name (users are listed only to those who may read them). */
const shortId = (id: string) => (
  <Text span size="sm" ff="monospace" c="dimmed" title={id}>
    {id.slice(0, 8)}…
  </Text>
);

/** " Releasing returns it to …", for each status an order can be held in. */
const RELEASE_TO: Record<PurchaseOrderStatus, MessageDescriptor> = {
  draft: msg`Releasing returns it to draft.`,
  pending_approval: msg`Releasing returns it to awaiting approval.`,
  approved: msg`Releasing returns it to approved.`,
  sent: msg`Releasing returns it to sent.`,
  acknowledged: msg`Releasing returns it to acknowledged.`,
  partially_received: msg`Releasing returns it to partially received.`,
  received: msg`Releasing returns it to received.`,
  closed: msg`Releasing returns it to closed.`,
  cancelled: msg`Releasing returns it to cancelled.`,
  on_hold: msg`Releasing returns it to on hold.`,
};

export function PurchaseOrderPage() {
  const { t, i18n } = useLingui();
  const { id = '' } = useParams();
  const { data: order, isPending, error, refetch } = usePurchaseOrder(id);
  const revisions = useRevisions(id, { enabled: !!order && order.revision > 0 });
  const organisation = useOrganisationOptions();
  const { data: me } = useMe();
  const can = useCan();
  const [shortClosing, setShortClosing] = useState<number | null>(null);
  const route = usePurchaseOrderApprovalRoute(id, order?.version ?? 0, { enabled: !!order });
  usePageTitle(order ? order.number : t`Purchase order`);
  useReadNotificationsAbout(order ? { type: 'purchase_order', id: order.id } : null, {
    enabled: can('notifications:own'),
  });
  // The order this approver just decided on: the page then offers the next one in the inbox.
  const [decidedOn, setDecidedOn] = useState<string | null>(null);
  const dispatches = useDispatches(id, { enabled: !!order && wasSendable(order.status) });
  const [sending, setSending] = useState(false);
  // The buyer who just closed the order is offered the close-out evaluation.
  const [closingOut, setClosingOut] = useState(false);
  const endClosingOut = useCallback(() => setClosingOut(false), []);

  if (isPending) return <LoadingState />;
  if (isApiError(error) && (error.status === 404 || error.status === 422)) return <NotFoundPage />;
  if (error || !order) return <ErrorState error={error} onRetry={() => void refetch()} />;

  const viewer = { userId: me?.user.id ?? '', can };
  const gated = gateDecisions(allowedOrderActions(order, viewer), route.data?.viewer);
  const actions = gated.actions;
  const sends = dispatches.data?.pages.flatMap((p) => p.items);
  const sendKind: SendKind | null = sendKindOf(order, viewer);
  const lastRevisionSent = order.sentRevision;
  const note = ownApprovalNote(i18n, order, viewer) ?? gated.note;
  const nameOf = (list: { value: string; label: string }[] | undefined, id: string) =>
    list?.find((o) => o.value === id)?.label;
  /** `names`: what the history entry names by id (people who approved, returned …). */
  const formatDiffValue = (
    field: string,
    value: unknown,
    names: Record<string, string> = {},
  ): ReactNode | undefined =>
    formatOrderHistoryValue(i18n, field, value, {
      currency: order.currency,
      baseCurrency: order.baseCurrency,
      renderSupplier,
      renderItem,
      department: (d) =>
        nameOf(organisation.data?.departments, d) ??
        (d === order.departmentId && order.department
          ? `${order.department.code} · ${order.department.name}`
          : undefined),
      costCentre: (c) =>
        nameOf(organisation.data?.costCentres, c) ??
        (c === order.costCentreId && order.costCentre
          ? `${order.costCentre.code} · ${order.costCentre.name}`
          : undefined),
      user: (u) => (u === order.buyerId ? order.buyer.name : (names[u] ?? shortId(u))),
    });

  const revision = order.revision;
  const fieldLabels = Object.fromEntries(
    Object.entries({ ...ORDER_FIELD_LABELS, ...ORDER_HISTORY_EXTRA_LABELS }).map(([k, label]) => [
      k,
      i18n._(label),
    ]),
  );
  return (
    <>
      <PageHeader
        breadcrumbs={[{ label: t`Purchase orders`, to: '/purchase-orders' }, { label: order.number }]}
        title={order.number}
        badge={<PurchaseOrderStatusBadge status={order.status} reason={order.holdReason} size="lg" />}
        description={`${revision > 0 ? `${t`Revision ${revision}`} · ` : ''}${order.supplier.code} · ${order.supplierName} · ${formatMoney(order.totals.total, order.currency)}`}
        actions={
          <>
            <DocumentDownloads order={order} />
            {sendKind && (
              <Button
                color="indigo"
                variant={sendKind === 'again' ? 'default' : 'filled'}
                leftSection={<IconSend size={16} />}
                onClick={() => setSending(true)}
              >
                {sendKind === 'order' ? (
                  <Trans>Send to supplier</Trans>
                ) : sendKind === 'change' ? (
                  <Trans>Send change order</Trans>
                ) : (
                  <Trans>Send again</Trans>
                )}
              </Button>
            )}
            {canEditOrder(order, viewer) && (
              <Button
                component={Link}
                to={`/purchase-orders/${order.id}/edit`}
                variant="default"
                leftSection={<IconPencil size={16} />}
              >
                {editMakesRevision(order) ? <Trans>Change order</Trans> : <Trans>Edit</Trans>}
              </Button>
            )}
            <PurchaseOrderActions
              order={order}
              actions={actions}
              onDone={(action, updated) => {
                if (action === 'approve' || action === 'reject' || action === 'request_changes')
                  setDecidedOn(updated.id);
                if (action === 'close' && updated.buyerId === me?.user.id) setClosingOut(true);
              }}
            />
          </>
        }
      />
      <Stack gap="lg">
        {decidedOn === order.id && <NextInInbox decidedDocumentId={order.id} />}
        {order.warnings.map((w) => (
          <OrderWarningAlert key={w.code} warning={w} supplierId={order.supplierId} />
        ))}
        {order.status === 'on_hold' && (
          <Alert color="orange" variant="light" icon={<IconPlayerPause size={18} />} title={t`On hold`}>
            {order.holdReason ?? t`No reason was given.`}
            {order.heldFromStatus && ` ${i18n._(RELEASE_TO[order.heldFromStatus])}`}
          </Alert>
        )}
        {order.status === 'cancelled' && (
          <Alert color="red" variant="light" icon={<IconCircleX size={18} />} title={t`Cancelled`}>
            {order.cancelReason ?? t`No reason was given.`}
          </Alert>
        )}
        {order.status === 'closed' && order.closeReason && (
          <Alert color="gray" variant="light" icon={<IconLock size={18} />} title={t`Closed`}>
            {order.closeReason}
          </Alert>
        )}
        {order.status === 'draft' && order.returned && (
          <ReturnedAlert
            returned={order.returned}
            nextStep={
              canEditOrder(order, viewer)
                ? t`Edit the order as asked, then submit it again: it gets a new approval route.`
                : t`The buyer edits the order and submits it again.`
            }
          />
        )}
        {sendKind === 'change' && lastRevisionSent !== null && (
          <Alert color="indigo" variant="light" icon={<IconSend size={18} />} title={t`Change not sent yet`}>
            <Trans>
              The supplier has revision {lastRevisionSent}; send revision {revision} as a change order.
            </Trans>
          </Alert>
        )}
        {order.status === 'pending_approval' && (
          <Alert
            color="yellow"
            variant="light"
            icon={<IconAlertTriangle size={18} />}
            title={t`Waiting for approval`}
          >
            {note ?? t`An approver who did not create this order approves or rejects it.`}
          </Alert>
        )}
        <PurchaseOrderSummaryCard order={order} renderSupplier={renderSupplier} />
        <PurchaseOrderLinesCard
          order={order}
          renderItem={renderItemSku}
          onShortCloseLine={actions.includes('short_close') ? (l) => setShortClosing(l.lineNo) : undefined}
        />
        {order.firstSentAt && <SupplierAnswerCard order={order} canDecide={can('purchase_orders:write')} />}
        {order.firstSentAt && <ShipNoticesCard order={order} canWrite={can('purchase_orders:write')} />}
        {order.firstSentAt && can('receiving:read') && (
          <ReceiptsCard
            order={order}
            canReceive={can('receiving:write')}
            canReturn={can('receiving:return')}
            canAttach={can('documents:discuss')}
            canConfirm={can('receiving:confirm') || can('receiving:write')}
          />
        )}
        {order.firstSentAt && can('invoices:read') && (
          <OrderInvoicesCard orderId={order.id} canEnter={can('invoices:write')} />
        )}
        {order.firstSentAt && <OrderRatingsCard orderId={order.id} />}
        {wasSendable(order.status) && (
          <SectionCard
            title={t`Sent to the supplier`}
            description={t`Every send with its recipients and the files exactly as they were sent.`}
          >
            <DispatchHistory
              orderId={order.id}
              dispatches={sends}
              isLoading={dispatches.isPending}
              error={dispatches.error}
              onRetry={() => void dispatches.refetch()}
              hasNextPage={dispatches.hasNextPage}
              isFetchingNextPage={dispatches.isFetchingNextPage}
              onLoadMore={() => void dispatches.fetchNextPage()}
            />
          </SectionCard>
        )}
        <PurchaseOrderApprovalRouteCard order={order} />
        {(order.status === 'draft' || order.status === 'pending_approval') && (
          <BudgetEffectCard
            costCentreId={order.costCentreId}
            date={order.orderDate}
            // In base currency at the rate stored on the order: what submitting checks.
            amount={order.totalBase}
            currency={order.baseCurrency}
            noun="order"
            submitted={order.status === 'pending_approval'}
          />
        )}
        <Grid gutter="lg">
          <Grid.Col span={{ base: 12, md: 6 }}>
            <PurchaseOrderAddressesCard order={order} />
          </Grid.Col>
          <Grid.Col span={{ base: 12, md: 6 }}>
            <PurchaseOrderNotesCard order={order} />
          </Grid.Col>
        </Grid>
        <SectionCard
          title={t`Revisions`}
          description={t`Changes made after approval (change orders), each with what changed field by field and line by line.`}
        >
          {order.revision === 0 ? (
            <Text size="sm" c="dimmed">
              <Trans>This is the original order: it has not been changed since approval.</Trans>
            </Text>
          ) : (
            <RevisionList
              revisions={revisions.data?.pages.flatMap((p) => p.items)}
              isLoading={revisions.isPending}
              error={revisions.error}
              onRetry={() => void revisions.refetch()}
              hasNextPage={revisions.hasNextPage}
              isFetchingNextPage={revisions.isFetchingNextPage}
              onLoadMore={() => void revisions.fetchNextPage()}
              format={formatDiffValue}
            />
          )}
        </SectionCard>
        <AttachmentsCard
          documentType="purchase_order"
          documentId={order.id}
          canAttach={can('documents:discuss')}
          userId={me?.user.id ?? null}
          mayRemoveAny={can('documents:moderate')}
        />
        <CommentsCard
          documentType="purchase_order"
          documentId={order.id}
          canComment={can('documents:discuss')}
        />
        <SectionCard
          title={t`Timeline`}
          description={t`Everything that happened to this order, newest first: created and changed, approvals, each send with its files, the supplier's answers, ship notices, receipts and inspections.`}
        >
          <RecordHistory
            entityType="purchase_order"
            entityId={order.id}
            fieldLabels={fieldLabels}
            formatValue={(field, value, entry) => formatDiffValue(field, value, entry.names)}
          />
        </SectionCard>
      </Stack>
      <ShortCloseLineModal order={order} lineNo={shortClosing} onClose={() => setShortClosing(null)} />
      {sendKind && (
        <SendOrderModal order={order} kind={sendKind} opened={sending} onClose={() => setSending(false)} />
      )}
      <CloseOutRatingModal order={order} opened={closingOut} onClose={endClosingOut} />
    </>
  );
}
