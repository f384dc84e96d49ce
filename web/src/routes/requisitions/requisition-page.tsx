import { Trans, useLingui } from '@lingui/react/macro';
import { Button, Stack, Text } from '@mantine/core';
import { IconPencil } from '@tabler/icons-react';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { SectionCard } from '@/components/detail-section';
import { PageHeader } from '@/components/page-header';
import { ErrorState, LoadingState } from '@/components/states';
import { NextInInbox } from '@/features/approvals/components/next-in-inbox';
import { gateDecisions } from '@/features/approvals/route-viewer';
import { RecordHistory } from '@/features/audit/components/record-history';
import { useMe } from '@/features/auth/queries';
import { useCan } from '@/features/auth/use-can';
import { AttachmentsCard } from '@/features/discussion/components/attachments-card';
import { CommentsCard } from '@/features/discussion/components/comments-card';
import { useReadNotificationsAbout } from '@/features/notifications/queries';
import { RequisitionActions } from '@/features/requisitions/components/requisition-actions';
import { RequisitionApprovalRouteCard } from '@/features/requisitions/components/requisition-approval-route';
import {
  RequisitionGeneralCard,
  RequisitionLinesTable,
  RequisitionOutcomeAlert,
} from '@/features/requisitions/components/requisition-details';
import { RequisitionStatusBadge } from '@/features/requisitions/components/requisition-status-badge';
import { useRequisition, useRequisitionApprovalRoute } from '@/features/requisitions/queries';
import {
  allowedRequisitionActions,
  canEditRequisition,
  ownApprovalNote,
} from '@/features/requisitions/requisition-actions';
import {
  formatRequisitionHistoryValue,
  REQUISITION_FIELD_LABELS,
} from '@/features/requisitions/requisition-history-format';
import { isApiError } from '@/lib/api';
import { formatMoney } from '@/lib/format';
import { usePageTitle } from '@/lib/use-page-title';
import { NotFoundPage } from '../not-found-page';
import {
  renderItemSku,
  renderSupplier,
  useCatalogLists,
  useOrganisationOptions,
} from '../purchasing/use-purchasing-sources';

export function RequisitionPage() {
  const { t, i18n } = useLingui();
  const { id = '' } = useParams();
  const { data: requisition, isPending, error, refetch } = useRequisition(id);
  const { data: me } = useMe();
  const can = useCan();
  const lists = useCatalogLists();
  const organisation = useOrganisationOptions();
  const route = useRequisitionApprovalRoute(id, requisition?.version ?? 0, { enabled: !!requisition });
  usePageTitle(requisition ? requisition.number : t`Requisition`);
  useReadNotificationsAbout(requisition ? { type: 'requisition', id: requisition.id } : null, {
    enabled: can('notifications:own'),
  });
  // The document this approver just decided on: the page then offers the next one in the inbox.
  const [decidedOn, setDecidedOn] = useState<string | null>(null);
  // The history's field names in the language shown now.
  const fieldLabels = Object.fromEntries(
    Object.entries(REQUISITION_FIELD_LABELS).map(([field, label]) => [field, i18n._(label)]),
  );

  if (isPending) return <LoadingState />;
  if (isApiError(error) && (error.status === 404 || error.status === 422)) return <NotFoundPage />;
  if (error || !requisition) return <ErrorState error={error} onRetry={() => void refetch()} />;

  const viewer = { userId: me?.user.id ?? '', can };
  const gated = gateDecisions(allowedRequisitionActions(requisition, viewer), route.data?.viewer);
  const actions = gated.actions;
  const note = ownApprovalNote(i18n, requisition, viewer) ?? gated.note;
  const requesterName = requisition.requesterName;
  const departmentCode = requisition.departmentCode;
  const costCentreCode = requisition.costCentreCode;
  const estimated = formatMoney(requisition.estimatedTotalBase, requisition.baseCurrency);

  return (
    <>
      <PageHeader
        breadcrumbs={[{ label: t`Requisitions`, to: '/requisitions' }, { label: requisition.number }]}
        title={requisition.number}
        badge={<RequisitionStatusBadge status={requisition.status} size="lg" />}
        description={t`${requesterName} · ${departmentCode} / ${costCentreCode} · estimated ${estimated}`}
        actions={
          <>
            {canEditRequisition(requisition, viewer) && (
              <Button
                component={Link}
                to={`/requisitions/${requisition.id}/edit`}
                variant="default"
                leftSection={<IconPencil size={16} />}
              >
                <Trans>Edit</Trans>
              </Button>
            )}
            <RequisitionActions
              requisition={requisition}
              actions={actions}
              onDone={(action, updated) => {
                if (action === 'approve' || action === 'reject' || action === 'request_changes')
                  setDecidedOn(updated.id);
              }}
            />
          </>
        }
      />
      <Stack gap="lg">
        {decidedOn === requisition.id && <NextInInbox decidedDocumentId={requisition.id} />}
        <RequisitionOutcomeAlert requisition={requisition} />
        {note && (
          <Text size="sm" c="dimmed">
            {note}
          </Text>
        )}
        <RequisitionGeneralCard requisition={requisition} />
        <SectionCard
          title={t`Lines`}
          description={t`Requested against ordered: buyers order the remaining quantity from the workbench.`}
        >
          <RequisitionLinesTable
            requisition={requisition}
            minorUnitsOf={lists.minorUnitsOf}
            renderItem={renderItemSku}
            renderSupplier={renderSupplier}
            categoryName={lists.categoryName}
          />
        </SectionCard>
        <RequisitionApprovalRouteCard requisition={requisition} />
        <AttachmentsCard
          documentType="requisition"
          documentId={requisition.id}
          canAttach={can('documents:discuss')}
          userId={me?.user.id ?? null}
          mayRemoveAny={can('documents:moderate')}
        />
        <CommentsCard
          documentType="requisition"
          documentId={requisition.id}
          canComment={can('documents:discuss')}
        />
        <SectionCard title={t`History`}>
          <RecordHistory
            entityType="requisition"
            entityId={requisition.id}
            fieldLabels={fieldLabels}
            formatValue={(field, value, entry) =>
              formatRequisitionHistoryValue(i18n, field, value, {
                department: (d) =>
                  organisation.data?.departments.find((o) => o.value === d)?.label ??
                  (d === requisition.departmentId ? requisition.departmentCode : undefined),
                costCentre: (c) =>
                  organisation.data?.costCentres.find((o) => o.value === c)?.label ??
                  (c === requisition.costCentreId ? requisition.costCentreCode : undefined),
                user: (u) => (u === requisition.requesterId ? requisition.requesterName : entry.names[u]),
                baseCurrency: requisition.baseCurrency,
              })
            }
          />
        </SectionCard>
      </Stack>
    </>
  );
}
