import type { PurchaseOrderStatus } from '@contracts/purchase-orders';
import type { I18n } from '@lingui/core';
import { msg } from '@lingui/core/macro';
import { useLingui } from '@lingui/react/macro';
import { Alert } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconLock } from '@tabler/icons-react';
import { useMemo } from 'react';
import { useNavigate, useParams } from 'react-router';
import { PageHeader } from '@/components/page-header';
import { ErrorState, LoadingState } from '@/components/states';
import { useMe } from '@/features/auth/queries';
import { useCan } from '@/features/auth/use-can';
import { BudgetEffectCard } from '@/features/organisation/components/budget-effect-card';
import { useSettings } from '@/features/organisation/queries';
import { PurchaseOrderForm } from '@/features/purchase-orders/components/purchase-order-form';
import { canEditOrder } from '@/features/purchase-orders/purchase-order-actions';
import { usePurchaseOrder, useUpdatePurchaseOrder } from '@/features/purchase-orders/queries';
import { isApiError } from '@/lib/api';
import { todayIso } from '@/lib/dates';
import { countryOptions } from '@/lib/format';
import { usePageTitle } from '@/lib/use-page-title';
import { NotFoundPage } from '../not-found-page';
import { useOrderCatalog, useOrganisationOptions } from '../purchasing/use-purchasing-sources';
import { showOrderWarnings } from './order-warnings';

/** Why the order cannot be edited, in the words of its status. */
function notEditableReason(i18n: I18n, status: PurchaseOrderStatus): string {
  switch (status) {
    case 'pending_approval':
      return i18n._(msg`It is awaiting approval. An approver must approve or reject it first.`);
    case 'on_hold':
      return i18n._(msg`It is on hold. Release it from hold first.`);
    case 'closed':
      return i18n._(msg`It is closed. Closed and cancelled orders stay as they are.`);
    case 'cancelled':
      return i18n._(msg`It is cancelled. Closed and cancelled orders stay as they are.`);
    // Editable statuses, when the viewer may not edit.
    case 'draft':
      return i18n._(msg`It is draft. Closed and cancelled orders stay as they are.`);
    case 'approved':
      return i18n._(msg`It is approved. Closed and cancelled orders stay as they are.`);
    case 'sent':
      return i18n._(msg`It is sent. Closed and cancelled orders stay as they are.`);
    case 'acknowledged':
      return i18n._(msg`It is acknowledged. Closed and cancelled orders stay as they are.`);
    case 'partially_received':
      return i18n._(msg`It is partially received. Closed and cancelled orders stay as they are.`);
    case 'received':
      return i18n._(msg`It is received. Closed and cancelled orders stay as they are.`);
  }
}

export function EditPurchaseOrderPage() {
  const { t, i18n } = useLingui();
  const { id = '' } = useParams();
  const navigate = useNavigate();
  const query = usePurchaseOrder(id);
  const update = useUpdatePurchaseOrder();
  const settings = useSettings();
  const organisation = useOrganisationOptions();
  const catalog = useOrderCatalog();
  const { data: me } = useMe();
  const can = useCan();
  const countries = useMemo(() => countryOptions(), []);
  const order = query.data;
  const number = order?.number;
  usePageTitle(order ? t`Edit ${number}` : t`Edit purchase order`);

  if (query.isPending || settings.isPending || organisation.isPending) return <LoadingState />;
  if (isApiError(query.error) && (query.error.status === 404 || query.error.status === 422))
    return <NotFoundPage />;
  if (!order || !settings.data || !organisation.data) {
    return (
      <ErrorState
        error={query.error ?? settings.error ?? organisation.error}
        onRetry={() => void query.refetch()}
      />
    );
  }
  if (!catalog) return <LoadingState />;

  const crumbs = [
    { label: t`Purchase orders`, to: '/purchase-orders' },
    { label: order.number, to: `/purchase-orders/${order.id}` },
    { label: t`Edit` },
  ];
  if (!canEditOrder(order, { userId: me?.user.id ?? '', can })) {
    return (
      <>
        <PageHeader breadcrumbs={crumbs} title={t`Edit ${number}`} />
        <Alert
          color="gray"
          variant="light"
          icon={<IconLock size={18} />}
          title={t`This order cannot be edited now`}
        >
          {notEditableReason(i18n, order.status)}
        </Alert>
      </>
    );
  }

  return (
    <>
      <PageHeader breadcrumbs={crumbs} title={t`Edit ${number}`} />
      <PurchaseOrderForm
        key={order.id}
        order={order}
        catalog={catalog}
        departments={organisation.data.departments}
        costCentres={organisation.data.costCentres}
        countries={countries}
        defaults={{
          orderDate: todayIso(),
          address: settings.data.address,
          currency: settings.data.baseCurrency,
        }}
        renderBudget={
          order.status === 'draft'
            ? (f) => (
                <BudgetEffectCard
                  costCentreId={f.costCentreId}
                  date={f.orderDate}
                  amount={f.total}
                  currency={f.currency}
                  noun="order"
                />
              )
            : undefined
        }
        submitLabel={order.status === 'draft' ? t`Save changes` : t`Save change order`}
        onCancel={() => navigate(`/purchase-orders/${order.id}`)}
        onReload={async () => (await query.refetch()).data}
        onSubmit={async (submission) => {
          if (submission.kind !== 'update') return;
          const saved = await update.mutateAsync({
            id: order.id,
            version: submission.version,
            input: submission.request,
          });
          const savedRevision = saved.revision;
          const savedNumber = saved.number;
          notifications.show({
            color: 'teal',
            title:
              savedRevision > order.revision ? t`Revision ${savedRevision} saved` : t`Purchase order saved`,
            message:
              saved.status === 'pending_approval' && order.status !== 'pending_approval'
                ? t`${savedNumber} went back for approval.`
                : t`${savedNumber} was updated.`,
          });
          showOrderWarnings(i18n, saved);
          void navigate(`/purchase-orders/${saved.id}`);
        }}
      />
    </>
  );
}
