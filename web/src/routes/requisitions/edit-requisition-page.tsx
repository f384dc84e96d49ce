import { Trans, useLingui } from '@lingui/react/macro';
import { Alert } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconLock } from '@tabler/icons-react';
import { useNavigate, useParams } from 'react-router';
import { PageHeader } from '@/components/page-header';
import { ErrorState, LoadingState } from '@/components/states';
import { useMe } from '@/features/auth/queries';
import { useCan } from '@/features/auth/use-can';
import { BudgetEffectCard } from '@/features/organisation/components/budget-effect-card';
import { useSettings } from '@/features/organisation/queries';
import { RequisitionForm } from '@/features/requisitions/components/requisition-form';
import {
  useRequisition,
  useTransitionRequisition,
  useUpdateRequisition,
} from '@/features/requisitions/queries';
import { canEditRequisition } from '@/features/requisitions/requisition-actions';
import { savedNotice } from '@/features/requisitions/requisition-format';
import { isApiError } from '@/lib/api';
import { todayIso } from '@/lib/dates';
import { usePageTitle } from '@/lib/use-page-title';
import { NotFoundPage } from '../not-found-page';
import { useOrganisationOptions, useRequisitionCatalog } from '../purchasing/use-purchasing-sources';

export function EditRequisitionPage() {
  const { t, i18n } = useLingui();
  const { id = '' } = useParams();
  const navigate = useNavigate();
  const query = useRequisition(id);
  const update = useUpdateRequisition();
  const transition = useTransitionRequisition();
  const { data: me } = useMe();
  const can = useCan();
  const settings = useSettings();
  const organisation = useOrganisationOptions();
  const catalog = useRequisitionCatalog();
  const requisition = query.data;
  const number = requisition?.number;
  usePageTitle(requisition ? t`Edit ${number}` : t`Edit requisition`);

  if (query.isPending || settings.isPending || organisation.isPending) return <LoadingState />;
  if (isApiError(query.error) && (query.error.status === 404 || query.error.status === 422))
    return <NotFoundPage />;
  if (!requisition || !settings.data || !organisation.data) {
    return (
      <ErrorState
        error={query.error ?? settings.error ?? organisation.error}
        onRetry={() => void query.refetch()}
      />
    );
  }
  if (!catalog) return <LoadingState />;

  const crumbs = [
    { label: t`Requisitions`, to: '/requisitions' },
    { label: requisition.number, to: `/requisitions/${requisition.id}` },
    { label: t`Edit` },
  ];
  if (!me || !canEditRequisition(requisition, { userId: me.user.id, can })) {
    return (
      <>
        <PageHeader breadcrumbs={crumbs} title={t`Edit ${number}`} />
        <Alert
          color="gray"
          variant="light"
          icon={<IconLock size={18} />}
          title={t`This requisition cannot be edited`}
        >
          <Trans>Only its requester can change it, and only while it is a draft.</Trans>
        </Alert>
      </>
    );
  }

  return (
    <>
      <PageHeader breadcrumbs={crumbs} title={t`Edit ${number}`} />
      <RequisitionForm
        key={requisition.id}
        requisition={requisition}
        departments={organisation.data.departments}
        costCentres={organisation.data.costCentres}
        defaultDepartmentId={me.user.departmentId}
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
        onCancel={() => navigate(`/requisitions/${requisition.id}`)}
        onReload={async () => (await query.refetch()).data}
        onSubmit={async (request, { submit, version }) => {
          let saved = await update.mutateAsync({
            id: requisition.id,
            version: version ?? requisition.version,
            input: request,
          });
          if (submit)
            saved = await transition.mutateAsync({ id: saved.id, version: saved.version, action: 'submit' });
          notifications.show({ color: 'teal', ...savedNotice(i18n, saved) });
          void navigate(`/requisitions/${saved.id}`);
        }}
      />
    </>
  );
}
