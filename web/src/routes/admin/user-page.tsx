import { Trans, useLingui } from '@lingui/react/macro';
import { Badge, Button, Card, Title } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { IconKey } from '@tabler/icons-react';
import { useState } from 'react';
import { useParams } from 'react-router';
import { PageHeader } from '@/components/page-header';
import { ErrorState, LoadingState } from '@/components/states';
import { RecordHistory } from '@/features/audit/components/record-history';
import { useMe } from '@/features/auth/queries';
import { useCan } from '@/features/auth/use-can';
import { useDepartmentOptions } from '@/features/organisation/queries';
import { ResetPasswordModal } from '@/features/users/components/reset-password-modal';
import { RoleBadges } from '@/features/users/components/role-badges';
import { UserForm } from '@/features/users/components/user-form';
import { useUpdateUser, useUser } from '@/features/users/queries';
import { isApiError } from '@/lib/api';
import { usePageTitle } from '@/lib/use-page-title';
import { NotFoundPage } from '../not-found-page';

export function UserPage() {
  const { id = '' } = useParams();
  const userQuery = useUser(id);
  const { data: me } = useMe();
  const can = useCan();
  const update = useUpdateUser();
  const departments = useDepartmentOptions({ enabled: can('organisation:read') });
  const [resetOpened, reset] = useDisclosure();
  const [formGeneration, setFormGeneration] = useState(0);
  const { t } = useLingui();
  const user = userQuery.data;
  usePageTitle(user ? user.name : t`User`);

  if (userQuery.isPending || departments.isLoading) return <LoadingState />;
  if (isApiError(userQuery.error) && (userQuery.error.status === 404 || userQuery.error.status === 422))
    return <NotFoundPage />;
  if (!user) return <ErrorState error={userQuery.error} onRetry={() => void userQuery.refetch()} />;

  const canWrite = can('users:write');
  return (
    <>
      <PageHeader
        breadcrumbs={[{ label: t`Users`, to: '/admin/users' }, { label: user.name }]}
        title={user.name}
        badge={
          user.active ? (
            <Badge color="teal" variant="light" size="lg" radius="sm">
              <Trans>Active</Trans>
            </Badge>
          ) : (
            <Badge color="gray" variant="light" size="lg" radius="sm">
              <Trans>Inactive</Trans>
            </Badge>
          )
        }
        description={user.email}
        actions={
          canWrite && (
            <Button variant="light" color="red" leftSection={<IconKey size={16} />} onClick={reset.open}>
              <Trans>Reset password</Trans>
            </Button>
          )
        }
      />
      {canWrite ? (
        <UserForm
          key={`${user.id}-${formGeneration}`}
          user={user}
          isSelf={me?.user.id === user.id}
          departmentOptions={
            departments.data
              ? departments.data
                  .filter((d) => d.active || d.id === user.departmentId)
                  .map((d) => ({ value: d.id, label: `${d.name} (${d.code})` }))
              : null
          }
          submitLabel={t`Save changes`}
          onReload={async () => (await userQuery.refetch()).data}
          onSubmit={async (request, version) => {
            const saved = await update.mutateAsync({
              id: user.id,
              version: version ?? user.version,
              input: request,
            });
            const { name } = saved;
            notifications.show({ color: 'teal', title: t`User saved`, message: t`${name} was updated.` });
            return saved;
          }}
        />
      ) : (
        <Card withBorder radius="md" padding="lg" component="section">
          <Title order={2} fz="lg" fw={600} mb="md">
            <Trans>Roles</Trans>
          </Title>
          <RoleBadges roles={user.roles} />
        </Card>
      )}
      <Card withBorder radius="md" padding="lg" mt="lg" component="section">
        <Title order={2} fz="lg" fw={600} mb="md">
          <Trans>History</Trans>
        </Title>
        <RecordHistory
          entityType="user"
          entityId={user.id}
          fieldLabels={{ departmentId: t`Department`, email: t`E-mail` }}
        />
      </Card>
      <ResetPasswordModal
        user={user}
        opened={resetOpened}
        onClose={reset.close}
        onDone={() => setFormGeneration((g) => g + 1)}
      />
    </>
  );
}
