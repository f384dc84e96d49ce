import { useLingui } from '@lingui/react/macro';
import { notifications } from '@mantine/notifications';
import { useNavigate } from 'react-router';
import { PageHeader } from '@/components/page-header';
import { ErrorState, LoadingState } from '@/components/states';
import { useMe } from '@/features/auth/queries';
import { BudgetEffectCard } from '@/features/organisation/components/budget-effect-card';
import { useSettings } from '@/features/organisation/queries';
import { RequisitionForm } from '@/features/requisitions/components/requisition-form';
import { useCreateRequisition, useTransitionRequisition } from '@/features/requisitions/queries';
import { savedNotice } from '@/features/requisitions/requisition-format';
import { todayIso } from '@/lib/dates';
import { usePageTitle } from '@/lib/use-page-title';
import { useOrganisationOptions, useRequisitionCatalog } from '../purchasing/use-purchasing-sources';

export function NewRequisitionPage() {
  const { t, i18n } = useLingui();
  usePageTitle(t`New requisition`);
  const navigate = useNavigate();
  const create = useCreateRequisition();
  const transition = useTransitionRequisition();
  const { data: me } = useMe();
  const settings = useSettings();
  const organisation = useOrganisationOptions();
  const catalog = useRequisitionCatalog();

  if (settings.isPending || organisation.isPending || (!catalog && !settings.error && !organisation.error))
    return <LoadingState />;
  if (!settings.data || !organisation.data || !catalog) {
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

  return (
    <>
      <PageHeader
        breadcrumbs={[{ label: t`Requisitions`, to: '/requisitions' }, { label: t`New` }]}
        title={t`New requisition`}
        description={t`Say what is needed, by when, and where it is charged. A catalog item fills in its unit, category and price.`}
      />
      <RequisitionForm
        departments={organisation.data.departments}
        costCentres={organisation.data.costCentres}
        defaultDepartmentId={me?.user.departmentId ?? null}
        baseCurrency={settings.data.baseCurrency}
        catalog={catalog}
        renderBudget={(f) => (
          <BudgetEffectCard
            costCentreId={f.costCentreId}
            date={todayIso()}
            amount={f.amount}
            currency={f.currency}
            noun="requisition"
          />
        )}
        onCancel={() => navigate('/requisitions')}
        onSubmit={async (request, { submit }) => {
          let requisition = await create.mutateAsync(request);
          if (submit) {
            requisition = await transition
              .mutateAsync({
                id: requisition.id,
                version: requisition.version,
                action: 'submit',
              })
              .catch((err: unknown) => {
                // Saved as a draft: open it so the requester sees why it could not be submitted.
                const number = requisition.number;
                notifications.show({
                  color: 'orange',
                  title: t`${number} saved as a draft`,
                  message: err instanceof Error ? err.message : t`It could not be submitted.`,
                });
                return requisition;
              });
          }
          notifications.show({ color: 'teal', ...savedNotice(i18n, requisition) });
          void navigate(`/requisitions/${requisition.id}`);
        }}
      />
    </>
  );
}
