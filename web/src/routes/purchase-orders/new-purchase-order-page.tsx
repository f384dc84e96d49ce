import { useLingui } from '@lingui/react/macro';
import { notifications } from '@mantine/notifications';
import { useMemo } from 'react';
import { useNavigate } from 'react-router';
import { PageHeader } from '@/components/page-header';
import { ErrorState, LoadingState } from '@/components/states';
import { BudgetEffectCard } from '@/features/organisation/components/budget-effect-card';
import { useSettings } from '@/features/organisation/queries';
import { PurchaseOrderForm } from '@/features/purchase-orders/components/purchase-order-form';
import { useCreatePurchaseOrder } from '@/features/purchase-orders/queries';
import { todayIso } from '@/lib/dates';
import { countryOptions } from '@/lib/format';
import { usePageTitle } from '@/lib/use-page-title';
import { useOrderCatalog, useOrganisationOptions } from '../purchasing/use-purchasing-sources';
import { showOrderWarnings } from './order-warnings';

export function NewPurchaseOrderPage() {
  const { t, i18n } = useLingui();
  usePageTitle(t`New purchase order`);
  const navigate = useNavigate();
  const create = useCreatePurchaseOrder();
  const settings = useSettings();
  const organisation = useOrganisationOptions();
  const catalog = useOrderCatalog();
  const countries = useMemo(() => countryOptions(), []);

  if (settings.isPending || organisation.isPending) return <LoadingState />;
  if (!settings.data || !organisation.data) {
    return (
      <ErrorState
        error={settings.error ?? organisation.error}
        onRetry={() => {
          void settings.refetch();
          organisation.refetch();
        }}
      />
    );
  }
  if (!catalog) return <LoadingState />;

  return (
    <>
      <PageHeader
        breadcrumbs={[{ label: t`Purchase orders`, to: '/purchase-orders' }, { label: t`New` }]}
        title={t`New purchase order`}
        description={t`Saved as a draft; submit it for approval from its page.`}
      />
      <PurchaseOrderForm
        catalog={catalog}
        departments={organisation.data.departments}
        costCentres={organisation.data.costCentres}
        countries={countries}
        defaults={{
          orderDate: todayIso(),
          address: settings.data.address,
          currency: settings.data.baseCurrency,
        }}
        renderBudget={(f) => (
          <BudgetEffectCard
            costCentreId={f.costCentreId}
            date={f.orderDate}
            amount={f.total}
            currency={f.currency}
            noun="order"
          />
        )}
        submitLabel={t`Create draft`}
        onCancel={() => navigate('/purchase-orders')}
        onSubmit={async (submission) => {
          if (submission.kind !== 'create') return;
          const order = await create.mutateAsync(submission.request);
          const number = order.number;
          notifications.show({
            color: 'teal',
            title: t`Purchase order created`,
            message: t`${number} is saved as a draft.`,
          });
          showOrderWarnings(i18n, order);
          void navigate(`/purchase-orders/${order.id}`);
        }}
      />
    </>
  );
}
