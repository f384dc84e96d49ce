import { Trans, useLingui } from '@lingui/react/macro';
import { Alert, Button, PasswordInput, Stack, Text, Title } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { type FormEvent, useState } from 'react';
import { useLocation, useNavigate } from 'react-router';
import { AuthFrame } from '@/components/auth-frame';
import { useLogIn } from '@/features/auth/queries';
import { acceptInvitation } from '@/features/portal/queries';
import { errorMessage, isApiError } from '@/lib/api';
import { translateFieldMessage } from '@/lib/contract-messages';
import { usePageTitle } from '@/lib/use-page-title';

const MIN_PASSWORD = 10;

/**
 * Where an invitation's link leads: the invited person chooses a password (the link works once,
 * for seven days), is signed in, and lands on its orders. The token travels in the address's
 * fragment, which browsers never send to a server or a log.
 */
export function WelcomePage() {
  const { t } = useLingui();
  usePageTitle(t`Welcome to the supplier portal`);
  const { hash } = useLocation();
  const token = hash.replace(/^#/, '');
  const navigate = useNavigate();
  const logIn = useLogIn();
  const [password, setPassword] = useState('');
  const [again, setAgain] = useState('');
  const [fieldError, setFieldError] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    setError(null);
    setFieldError(null);
    if (password.length < MIN_PASSWORD) return setFieldError(t`Use at least ${MIN_PASSWORD} characters`);
    if (password !== again) return setFieldError(t`The two passwords differ`);
    setBusy(true);
    try {
      const { email } = await acceptInvitation(token, password);
      await logIn.mutateAsync({ email, password });
      void navigate('/portal', { replace: true });
    } catch (err) {
      const field = isApiError(err) ? err.fieldErrors[0] : undefined;
      setError(field ? translateFieldMessage(field.message) : errorMessage(err));
    } finally {
      setBusy(false);
    }
  }

  return (
    <AuthFrame width={420}>
      <form onSubmit={(e) => void onSubmit(e)} noValidate>
        <Stack gap="md">
          <Stack gap={4}>
            <Title order={1} fz={22}>
              <Trans>Welcome to the supplier portal</Trans>
            </Title>
            <Text size="sm" c="dimmed">
              <Trans>Choose your password: you sign in with it and the address the invitation went to.</Trans>
            </Text>
          </Stack>
          {!token && (
            <Alert color="red" variant="light" icon={<IconAlertTriangle size={18} />}>
              <Trans>This address has no invitation in it: open the link from the e-mail as it is.</Trans>
            </Alert>
          )}
          <PasswordInput
            label={t`New password`}
            description={t`At least ${MIN_PASSWORD} characters`}
            autoComplete="new-password"
            value={password}
            onChange={(e) => setPassword(e.currentTarget.value)}
            error={fieldError}
            required
          />
          <PasswordInput
            label={t`The same password again`}
            autoComplete="new-password"
            value={again}
            onChange={(e) => setAgain(e.currentTarget.value)}
            required
          />
          {error && (
            <Alert color="red" variant="light" icon={<IconAlertTriangle size={18} />}>
              {error}
            </Alert>
          )}
          <Button type="submit" loading={busy} disabled={!token} fullWidth>
            <Trans>Set password and sign in</Trans>
          </Button>
        </Stack>
      </form>
    </AuthFrame>
  );
}
