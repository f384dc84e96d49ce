import { Anchor, Badge, Button, List, Stack, Text } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { Link } from 'react-router';
import { type Column, DataTable } from '@/components/data-table';
import { PageHeader } from '@/components/page-header';
import {
  type ApprovalPolicy,
  useApprovalPolicies,
} from '@/features/approval-policies/api/list-approval-policies';
import { usePolicyOptions } from '@/features/approval-policies/components/use-policy-options';
import {
  DOCUMENT_TYPE_LABELS,
  describeApprovers,
  describeCondition,
} from '@/features/approval-policies/policy-format';
import { usePageTitle } from '@/lib/use-page-title';

export function ApprovalPoliciesPage() {
  usePageTitle('Approval policies');
  const policies = useApprovalPolicies();
  const { names } = usePolicyOptions();
  const columns: Column<ApprovalPolicy>[] = [
    {
      key: 'name',
      header: 'Policy',
      width: '24%',
      render: (p) => (
        <Stack gap={2}>
          <Anchor component={Link} to={`/admin/approval-policies/${p.id}`} size="sm" fw={500}>
            {p.name}
          </Anchor>
          <Text size="xs" c="dimmed">
            {DOCUMENT_TYPE_LABELS[p.documentType]}
          </Text>
        </Stack>
      ),
    },
    {
      key: 'steps',
      header: 'Steps',
      render: (p) =>
        p.steps.length === 0 ? (
          <Text size="sm" c="dimmed">
            No step: everything is approved on submission
          </Text>
        ) : (
          <List size="sm" type="ordered" spacing={2}>
            {p.steps.map((s) => (
              <List.Item key={s.position}>
                <Text span size="sm" fw={500}>
                  {s.name}
                </Text>{' '}
                <Text span size="sm" c="dimmed">
                  (level {s.level}) when {describeCondition(s.condition, names)} —{' '}
                  {describeApprovers(s.approvers, names.user)}, {s.mode === 'all' ? 'all of them' : 'any one'}
                </Text>
              </List.Item>
            ))}
          </List>
        ),
    },
    {
      key: 'enabled',
      header: 'Status',
      width: 130,
      render: (p) => (
        <Badge variant="light" color={p.enabled ? 'teal' : 'gray'} radius="sm">
          {p.enabled ? 'Enabled' : 'Disabled'}
        </Badge>
      ),
    },
  ];
  return (
    <>
      <PageHeader
        title="Approval policies"
        description="Who approves what, per document type. Documents already submitted keep the route they were given."
        actions={
          <Button component={Link} to="/admin/approval-policies/new" leftSection={<IconPlus size={16} />}>
            New policy
          </Button>
        }
      />
      <DataTable
        label="Approval policies"
        columns={columns}
        rows={policies.data}
        rowKey={(p) => p.id}
        isLoading={policies.isPending}
        error={policies.error}
        onRetry={() => void policies.refetch()}
        emptyTitle="No approval policy"
        emptyText="Without a policy, documents need a single approval."
      />
    </>
  );
}
