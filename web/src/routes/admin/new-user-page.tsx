import { useLingui } from '@lingui/react/macro';
import { notifications } from '@mantine/notifications';
import { useNavigate } from 'react-router';
import { PageHeader } from '@/components/page-header';
import { LoadingState } from '@/components/states';
import { useCan } from '@/features/auth/use-can';
import { useDepartmentOptions } from '@/features/organisation/queries';
import { UserForm } from '@/features/users/components/user-form';
import { useCreateUser } from '@/features/users/queries';
import { usePageTitle } from '@/lib/use-page-title';

export function NewUserPage() {
  const { t } = useLingui();
  usePageTitle(t`New user`);
  const navigate = useNavigate();
  const create = useCreateUser();
  const can = useCan();
  const departments = useDepartmentOptions({ enabled: can('organisation:read') });
  if (departments.isLoading) return <LoadingState />;
  return (
    <>
      <PageHeader
        breadcrumbs={[{ label: t`Users`, to: '/admin/users' }, { label: t`New` }]}
        title={t`New user`}
      />
      <UserForm
        departmentOptions={
          departments.data
            ? departments.data
                .filter((d) => d.active)
                .map((d) => ({ value: d.id, label: `${d.name} (${d.code})` }))
            : null
        }
        submitLabel={t`Create user`}
        onCancel={() => navigate('/admin/users')}
        onSubmit={async (request) => {
          const user = await create.mutateAsync({ ...request, password: request.password ?? '' });
          const { name, email } = user;
          notifications.show({
            color: 'teal',
            title: t`User created`,
            message: t`${name} can now sign in with ${email}.`,
          });
          void navigate(`/admin/users/${user.id}`);
          return user;
        }}
      />
    </>
  );
}
