import { Trans, useLingui } from '@lingui/react/macro';
import { Stack, Text, Title } from '@mantine/core';
import { Navigate, useNavigate, useSearchParams } from 'react-router';
import { AuthFrame } from '@/components/auth-frame';
import { LoginForm } from '@/features/auth/components/login-form';
import { useMe } from '@/features/auth/queries';
import { usePageTitle } from '@/lib/use-page-title';

/** Only paths inside this app, never another site ("//evil.example"). */
function safeNext(next: string | null): string {
  if (!next?.startsWith('/') || next.startsWith('//') || next.startsWith('/login')) return '/';
  return next;
}

/** `onIntent`: the user has started signing in (fetch what comes next). */
export function LoginPage({ onIntent }: { onIntent?: (next: string) => void }) {
  const { t } = useLingui();
  usePageTitle(t`Sign in`);
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const { data: me } = useMe();
  const next = safeNext(params.get('next'));
  if (me) return <Navigate to={next} replace />;
  return (
    <AuthFrame>
      <Stack gap="lg">
        <Stack gap={4}>
          <Title order={1} fz={22}>
            <Trans>Sign in</Trans>
          </Title>
          <Text size="sm" c="dimmed">
            <Trans>Purchase orders, suppliers and approvals in one place.</Trans>
          </Text>
        </Stack>
        <LoginForm onIntent={() => onIntent?.(next)} onSignedIn={() => navigate(next, { replace: true })} />
      </Stack>
    </AuthFrame>
  );
}
