import { Trans, useLingui } from '@lingui/react/macro';
import { Badge } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useNavigate, useParams } from 'react-router';
import { SectionCard } from '@/components/detail-section';
import { PageHeader } from '@/components/page-header';
import { ErrorState, LoadingState } from '@/components/states';
import { ApprovalPolicyForm } from '@/features/approval-policies/components/approval-policy-form';
import { usePolicyOptions } from '@/features/approval-policies/components/use-policy-options';
import { DOCUMENT_TYPE_LABELS } from '@/features/approval-policies/policy-format';
import {
  useApprovalPolicy,
  useCreateApprovalPolicy,
  useUpdateApprovalPolicy,
} from '@/features/approval-policies/queries';
import { RecordHistory } from '@/features/audit/components/record-history';
import { useCan } from '@/features/auth/use-can';
import { isApiError } from '@/lib/api';
import { usePageTitle } from '@/lib/use-page-title';
import { NotFoundPage } from '../not-found-page';

const POLICIES_PATH = '/admin/approval-policies';

export function NewApprovalPolicyPage() {
  const { t } = useLingui();
  usePageTitle(t`New approval policy`);
  const navigate = useNavigate();
  const create = useCreateApprovalPolicy();
  const options = usePolicyOptions();
  if (options.isLoading) return <LoadingState />;
  return (
    <>
      <PageHeader
        breadcrumbs={[{ label: t`Approval policies`, to: POLICIES_PATH }, { label: t`New` }]}
        title={t`New approval policy`}
      />
      <ApprovalPolicyForm
        {...options}
        submitLabel={t`Create policy`}
        onCancel={() => navigate(POLICIES_PATH)}
        onSubmit={async (request) => {
          const policy = await create.mutateAsync(request);
          notifications.show({ color: 'teal', title: t`Policy created`, message: policy.name });
          void navigate(`/admin/approval-policies/${policy.id}`);
        }}
      />
    </>
  );
}

export function ApprovalPolicyPage() {
  const { id = '' } = useParams();
  const query = useApprovalPolicy(id);
  const update = useUpdateApprovalPolicy();
  const options = usePolicyOptions();
  const can = useCan();
  const { t, i18n } = useLingui();
  const policy = query.data;
  usePageTitle(policy ? policy.name : t`Approval policy`);
  if (query.isPending || options.isLoading) return <LoadingState />;
  if (isApiError(query.error) && (query.error.status === 404 || query.error.status === 422))
    return <NotFoundPage />;
  if (!policy) return <ErrorState error={query.error} onRetry={() => void query.refetch()} />;
  const documentType = i18n._(DOCUMENT_TYPE_LABELS[policy.documentType]);
  return (
    <>
      <PageHeader
        breadcrumbs={[{ label: t`Approval policies`, to: POLICIES_PATH }, { label: policy.name }]}
        title={policy.name}
        description={t`${documentType} · documents already submitted keep their route`}
        badge={
          <Badge variant="light" color={policy.enabled ? 'teal' : 'gray'} size="lg" radius="sm">
            {policy.enabled ? <Trans>Enabled</Trans> : <Trans>Disabled</Trans>}
          </Badge>
        }
      />
      <ApprovalPolicyForm
        key={`${policy.id}-${policy.version}`}
        policy={policy}
        {...options}
        submitLabel={t`Save policy`}
        onSubmit={async (request) => {
          const saved = await update.mutateAsync({
            id: policy.id,
            version: policy.version,
            input: {
              name: request.name,
              enabled: request.enabled,
              steps: request.steps,
              reapproveWhenTotalRises: request.reapproveWhenTotalRises,
            },
          });
          notifications.show({ color: 'teal', title: t`Policy saved`, message: saved.name });
        }}
      />
      {can('audit:read') && (
        <div style={{ marginTop: 'var(--mantine-spacing-lg)' }}>
          <SectionCard title={t`History`}>
            <RecordHistory entityType="approval_policy" entityId={policy.id} />
          </SectionCard>
        </div>
      )}
    </>
  );
}
