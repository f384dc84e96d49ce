import { Trans, useLingui } from '@lingui/react/macro';
import { Text } from '@mantine/core';
import { PageHeader } from '@/components/page-header';
import { ErrorState, LoadingState } from '@/components/states';
import { RolePermissionMatrix } from '@/features/roles/components/role-permission-matrix';
import { useRoles } from '@/features/roles/queries';
import { usePageTitle } from '@/lib/use-page-title';

export function RolesPage() {
  const { t } = useLingui();
  usePageTitle(t`Roles`);
  const { data: roles, isPending, error, refetch } = useRoles();
  return (
    <>
      <PageHeader
        title={t`Roles`}
        description={t`What each role may do. A user holds one or more roles and gets every permission of each; the server checks them on every request.`}
      />
      {isPending ? (
        <LoadingState />
      ) : roles ? (
        <RolePermissionMatrix roles={roles} />
      ) : (
        <ErrorState error={error} onRetry={() => void refetch()} />
      )}
      <Text size="xs" c="dimmed" mt="md">
        <Trans>
          Every signed-in user may also manage their own API tokens. On top of these permissions the server
          checks row access, e.g. that nobody approves a document they raised.
        </Trans>
      </Text>
    </>
  );
}
