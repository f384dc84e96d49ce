import { Alert } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconLock } from '@tabler/icons-react';
import { useMemo } from 'react';
import { useNavigate, useParams } from 'react-router';
import { PageHeader } from '@/components/page-header';
import { ErrorState, LoadingState } from '@/components/states';
import { useMe } from '@/features/auth/api/get-me';
import { useCan } from '@/features/auth/use-can';
import { useSettings } from '@/features/organisation/api/get-settings';
import { BudgetEffectCard } from '@/features/organisation/components/budget-effect-card';
import { usePurchaseOrder } from '@/features/purchase-orders/api/get-purchase-order';
import { useUpdatePurchaseOrder } from '@/features/purchase-orders/api/update-purchase-order';
import { PurchaseOrderForm } from '@/features/purchase-orders/components/purchase-order-form';
import { canEditOrder } from '@/features/purchase-orders/purchase-order-actions';
import { PURCHASE_ORDER_STATUS_LABELS } from '@/features/purchase-orders/purchase-order-format';
import { isApiError } from '@/lib/api';
import { todayIso } from '@/lib/dates';
import { countryOptions } from '@/lib/format';
import { usePageTitle } from '@/lib/use-page-title';
import { NotFoundPage } from '../not-found-page';
import { useOrderCatalog, useOrganisationOptions } from '../purchasing/use-purchasing-sources';
import { showOrderWarnings } from './order-warnings';

export function EditPurchaseOrderPage() {
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
  usePageTitle(order ? `Edit ${order.number}` : 'Edit purchase order');

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
    { label: 'Purchase orders', to: '/purchase-orders' },
    { label: order.number, to: `/purchase-orders/${order.id}` },
    { label: 'Edit' },
  ];
  if (!canEditOrder(order, { userId: me?.user.id ?? '', can })) {
    return (
      <>
        <PageHeader breadcrumbs={crumbs} title={`Edit ${order.number}`} />
        <Alert
          color="gray"
          variant="light"
          icon={<IconLock size={18} />}
          title="This order cannot be edited now"
        >
          It is {PURCHASE_ORDER_STATUS_LABELS[order.status].toLowerCase()}.{' '}
          {order.status === 'pending_approval'
            ? 'An approver must approve or reject it first.'
            : order.status === 'on_hold'
              ? 'Release it from hold first.'
              : 'Closed and cancelled orders stay as they are.'}
        </Alert>
      </>
    );
  }

  return (
    <>
      <PageHeader breadcrumbs={crumbs} title={`Edit ${order.number}`} />
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
        submitLabel={order.status === 'draft' ? 'Save changes' : 'Save change order'}
        onCancel={() => navigate(`/purchase-orders/${order.id}`)}
        onReload={async () => (await query.refetch()).data}
        onSubmit={async (submission) => {
          if (submission.kind !== 'update') return;
          const saved = await update.mutateAsync({
            id: order.id,
            version: submission.version,
            input: submission.request,
          });
          notifications.show({
            color: 'teal',
            title:
              saved.revision > order.revision ? `Revision ${saved.revision} saved` : 'Purchase order saved',
            message:
              saved.status === 'pending_approval' && order.status !== 'pending_approval'
                ? `${saved.number} went back for approval.`
                : `${saved.number} was updated.`,
          });
          showOrderWarnings(saved);
          void navigate(`/purchase-orders/${saved.id}`);
        }}
      />
    </>
  );
}
