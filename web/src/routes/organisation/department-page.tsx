import type { CostCentre } from '@contracts/organisation';
import { Trans, useLingui } from '@lingui/react/macro';
import { Button, SimpleGrid, Stack, Text } from '@mantine/core';
import { IconPencil, IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { useParams } from 'react-router';
import { ActiveBadge } from '@/components/active-badge';
import { DetailField, Muted, SectionCard } from '@/components/detail-section';
import { PageHeader } from '@/components/page-header';
import { ErrorState, LoadingState } from '@/components/states';
import { RecordHistory } from '@/features/audit/components/record-history';
import { useCan } from '@/features/auth/use-can';
import { CostCentreFormModal } from '@/features/organisation/components/cost-centre-form-modal';
import { CostCentreTable } from '@/features/organisation/components/cost-centre-table';
import { DepartmentFormModal } from '@/features/organisation/components/department-form-modal';
import { useCostCentres, useDepartment, useDepartmentOptions } from '@/features/organisation/queries';
import { isApiError } from '@/lib/api';
import { formatDateTime } from '@/lib/format';
import { usePageTitle } from '@/lib/use-page-title';
import { NotFoundPage } from '../not-found-page';
import { useUserRenderers } from './use-user-renderers';

export function DepartmentPage() {
  const { t } = useLingui();
  const { id = '' } = useParams();
  const { data: department, isPending, error, refetch } = useDepartment(id);
  const can = useCan();
  const costCentres = useCostCentres({ departmentId: id });
  const departments = useDepartmentOptions();
  const { renderUser, renderUserSelect } = useUserRenderers();
  const [editingDepartment, setEditingDepartment] = useState(false);
  // undefined: closed; null: a new cost centre; otherwise the one being edited.
  const [editingCentre, setEditingCentre] = useState<CostCentre | null | undefined>(undefined);
  usePageTitle(department ? department.name : t`Department`);

  if (isPending) return <LoadingState />;
  if (isApiError(error) && (error.status === 404 || error.status === 422)) return <NotFoundPage />;
  if (error || !department) return <ErrorState error={error} onRetry={() => void refetch()} />;

  const canWrite = can('organisation:write');
  const addCentre = canWrite && department.active && (
    <Button
      size="xs"
      variant="light"
      leftSection={<IconPlus size={14} />}
      onClick={() => setEditingCentre(null)}
    >
      <Trans>New cost centre</Trans>
    </Button>
  );

  return (
    <>
      <PageHeader
        breadcrumbs={[{ label: t`Departments`, to: '/organisation/departments' }, { label: department.code }]}
        title={department.name}
        badge={<ActiveBadge active={department.active} size="lg" />}
        description={department.code}
        actions={
          canWrite && (
            <Button leftSection={<IconPencil size={16} />} onClick={() => setEditingDepartment(true)}>
              <Trans>Edit</Trans>
            </Button>
          )
        }
      />
      <Stack gap="lg">
        <SectionCard title={t`General`}>
          <SimpleGrid cols={{ base: 1, sm: 2, md: 4 }} spacing="lg" verticalSpacing="md">
            <DetailField label={t`Code`}>
              <Text ff="monospace" size="sm">
                {department.code}
              </Text>
            </DetailField>
            <DetailField label={t`Name`}>{department.name}</DetailField>
            <DetailField label={t`Head of department`}>
              {department.headUserId ? (
                renderUser(department.headUserId)
              ) : (
                <Muted>
                  <Trans>None</Trans>
                </Muted>
              )}
            </DetailField>
            <DetailField label={t`Last changed`}>{formatDateTime(department.updatedAt)}</DetailField>
          </SimpleGrid>
        </SectionCard>
        <SectionCard
          title={t`Cost centres`}
          description={t`What this department's requisitions and orders are charged to.`}
          extra={addCentre}
        >
          <CostCentreTable
            costCentres={costCentres.data?.pages.flatMap((p) => p.items)}
            isLoading={costCentres.isPending}
            error={costCentres.error}
            onRetry={() => void costCentres.refetch()}
            hasNextPage={costCentres.hasNextPage}
            isFetchingNextPage={costCentres.isFetchingNextPage}
            onLoadMore={() => void costCentres.fetchNextPage()}
            filtered={false}
            emptyText={t`This department has no cost centres yet.`}
            emptyAction={addCentre || undefined}
            renderUser={renderUser}
            onEdit={canWrite ? setEditingCentre : undefined}
          />
        </SectionCard>
        {can('audit:read') && (
          <SectionCard title={t`History`}>
            <RecordHistory
              entityType="department"
              entityId={department.id}
              fieldLabels={{
                code: t`Code`,
                name: t`Name`,
                headUserId: t`Head of department`,
                active: t`Active`,
              }}
              formatValue={(field, value) =>
                field === 'headUserId' && typeof value === 'string' ? renderUser(value) : undefined
              }
            />
          </SectionCard>
        )}
      </Stack>
      <DepartmentFormModal
        opened={editingDepartment}
        onClose={() => setEditingDepartment(false)}
        department={department}
        renderUserSelect={renderUserSelect}
      />
      <CostCentreFormModal
        opened={editingCentre !== undefined}
        onClose={() => setEditingCentre(undefined)}
        costCentre={editingCentre ?? undefined}
        departments={departments.data ?? [department]}
        defaultDepartmentId={department.id}
        renderUserSelect={renderUserSelect}
      />
    </>
  );
}
