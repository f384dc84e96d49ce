import { useLingui } from '@lingui/react/macro';
import { Center, Container, Loader } from '@mantine/core';
import type { ReactNode } from 'react';
import { Navigate, Outlet, useLocation } from 'react-router';
import { ErrorState, ForbiddenState } from '@/components/states';
import { useMe } from '@/features/auth/queries';
import { type PermissionName, useCan } from '@/features/auth/use-can';

/** Pages behind this need a session; without one the user goes to the login page and comes back after. */
export function RequireAuth() {
  const { t } = useLingui();
  const { data: me, isPending, error, refetch } = useMe();
  const location = useLocation();
  if (isPending) {
    return (
      <Center h="100vh" role="status" aria-label={t`Loading`}>
        <Loader />
      </Center>
    );
  }
  if (error) {
    return (
      <Container size="sm" py="xl">
        <ErrorState error={error} onRetry={() => void refetch()} title={t`OpenPO could not start`} />
      </Container>
    );
  }
  if (!me) {
    const next = `${location.pathname}${location.search}`;
    return <Navigate to={next === '/' ? '/login' : `/login?next=${encodeURIComponent(next)}`} replace />;
  }
  return <Outlet />;
}

/** Shows the page only to users with the permission; the others see why not. */
export function RequirePermission({
  permission,
  children,
}: {
  permission: PermissionName;
  children: ReactNode;
}) {
  const can = useCan();
  return can(permission) ? children : <ForbiddenState />;
}

/** The organisation's pages: a supplier's user is taken to its portal instead. */
export function InternalOnly({ children }: { children: ReactNode }) {
  const { data: me } = useMe();
  if (me?.user.supplierId) return <Navigate to="/portal" replace />;
  return children;
}
