import { Trans, useLingui } from '@lingui/react/macro';
import { Anchor, Badge, Button, List, Stack, Text } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { Link } from 'react-router';
import { type Column, DataTable } from '@/components/data-table';
import { PageHeader } from '@/components/page-header';
import { usePolicyOptions } from '@/features/approval-policies/components/use-policy-options';
import {
  DOCUMENT_TYPE_LABELS,
  describeApprovers,
  describeCondition,
} from '@/features/approval-policies/policy-format';
import { type ApprovalPolicy, useApprovalPolicies } from '@/features/approval-policies/queries';
import { usePageTitle } from '@/lib/use-page-title';

export function ApprovalPoliciesPage() {
  const { t, i18n } = useLingui();
  usePageTitle(t`Approval policies`);
  const policies = useApprovalPolicies();
  const { names } = usePolicyOptions();
  const columns: Column<ApprovalPolicy>[] = [
    {
      key: 'name',
      header: t`Policy`,
      width: '24%',
      render: (p) => (
        <Stack gap={2}>
          <Anchor component={Link} to={`/admin/approval-policies/${p.id}`} size="sm" fw={500}>
            {p.name}
          </Anchor>
          <Text size="xs" c="dimmed">
            {i18n._(DOCUMENT_TYPE_LABELS[p.documentType])}
          </Text>
        </Stack>
      ),
    },
    {
      key: 'steps',
      header: t`Steps`,
      render: (p) =>
        p.steps.length === 0 ? (
          <Text size="sm" c="dimmed">
            <Trans>No step: everything is approved on submission</Trans>
          </Text>
        ) : (
          <List size="sm" type="ordered" spacing={2}>
            {p.steps.map((s) => {
              const { level } = s;
              const condition = describeCondition(s.condition, names, i18n);
              const approvers = describeApprovers(s.approvers, names.user, i18n);
              return (
                <List.Item key={s.position}>
                  <Text span size="sm" fw={500}>
                    {s.name}
                  </Text>{' '}
                  <Text span size="sm" c="dimmed">
                    {s.mode === 'all' ? (
                      <Trans>
                        (level {level}) when {condition} — {approvers}, all of them
                      </Trans>
                    ) : (
                      <Trans>
                        (level {level}) when {condition} — {approvers}, any one
                      </Trans>
                    )}
                  </Text>
                </List.Item>
              );
            })}
          </List>
        ),
    },
    {
      key: 'enabled',
      header: t`Status`,
      width: 130,
      render: (p) => (
        <Badge variant="light" color={p.enabled ? 'teal' : 'gray'} radius="sm">
          {p.enabled ? <Trans>Enabled</Trans> : <Trans>Disabled</Trans>}
        </Badge>
      ),
    },
  ];
  return (
    <>
      <PageHeader
        title={t`Approval policies`}
        description={t`Who approves what, per document type. Documents already submitted keep the route they were given.`}
        actions={
          <Button component={Link} to="/admin/approval-policies/new" leftSection={<IconPlus size={16} />}>
            <Trans>New policy</Trans>
          </Button>
        }
      />
      <DataTable
        label={t`Approval policies`}
        columns={columns}
        rows={policies.data}
        rowKey={(p) => p.id}
        isLoading={policies.isPending}
        error={policies.error}
        onRetry={() => void policies.refetch()}
        emptyTitle={t`No approval policy`}
        emptyText={t`Without a policy, documents need a single approval.`}
      />
    </>
  );
}
