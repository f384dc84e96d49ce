import { Badge } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useNavigate, useParams } from 'react-router';
import { SectionCard } from '@/components/detail-section';
import { PageHeader } from '@/components/page-header';
import { ErrorState, LoadingState } from '@/components/states';
import { useCreateApprovalPolicy } from '@/features/approval-policies/api/create-approval-policy';
import { useApprovalPolicy } from '@/features/approval-policies/api/get-approval-policy';
import { useUpdateApprovalPolicy } from '@/features/approval-policies/api/update-approval-policy';
import { ApprovalPolicyForm } from '@/features/approval-policies/components/approval-policy-form';
import { usePolicyOptions } from '@/features/approval-policies/components/use-policy-options';
import { DOCUMENT_TYPE_LABELS } from '@/features/approval-policies/policy-format';
import { RecordHistory } from '@/features/audit/components/record-history';
import { useCan } from '@/features/auth/use-can';
import { isApiError } from '@/lib/api';
import { usePageTitle } from '@/lib/use-page-title';
import { NotFoundPage } from '../not-found-page';

const CRUMB = { label: 'Approval policies', to: '/admin/approval-policies' };

export function NewApprovalPolicyPage() {
  usePageTitle('New approval policy');
  const navigate = useNavigate();
  const create = useCreateApprovalPolicy();
  const options = usePolicyOptions();
  if (options.isLoading) return <LoadingState />;
  return (
    <>
      <PageHeader breadcrumbs={[CRUMB, { label: 'New' }]} title="New approval policy" />
      <ApprovalPolicyForm
        {...options}
        submitLabel="Create policy"
        onCancel={() => navigate(CRUMB.to)}
        onSubmit={async (request) => {
          const policy = await create.mutateAsync(request);
          notifications.show({ color: 'teal', title: 'Policy created', message: policy.name });
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
  const policy = query.data;
  usePageTitle(policy ? policy.name : 'Approval policy');
  if (query.isPending || options.isLoading) return <LoadingState />;
  if (isApiError(query.error) && (query.error.status === 404 || query.error.status === 422))
    return <NotFoundPage />;
  if (!policy) return <ErrorState error={query.error} onRetry={() => void query.refetch()} />;
  return (
    <>
      <PageHeader
        breadcrumbs={[CRUMB, { label: policy.name }]}
        title={policy.name}
        description={`${DOCUMENT_TYPE_LABELS[policy.documentType]} · documents already submitted keep their route`}
        badge={
          <Badge variant="light" color={policy.enabled ? 'teal' : 'gray'} size="lg" radius="sm">
            {policy.enabled ? 'Enabled' : 'Disabled'}
          </Badge>
        }
      />
      <ApprovalPolicyForm
        key={`${policy.id}-${policy.version}`}
        policy={policy}
        {...options}
        submitLabel="Save policy"
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
          notifications.show({ color: 'teal', title: 'Policy saved', message: saved.name });
        }}
      />
      {can('audit:read') && (
        <div style={{ marginTop: 'var(--mantine-spacing-lg)' }}>
          <SectionCard title="History">
            <RecordHistory entityType="approval_policy" entityId={policy.id} />
          </SectionCard>
        </div>
      )}
    </>
  );
}
