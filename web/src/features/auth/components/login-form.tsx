import type { I18n } from '@lingui/core';
import { msg } from '@lingui/core/macro';
import { Trans, useLingui } from '@lingui/react/macro';
import { Alert, Button, PasswordInput, Stack, TextInput } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { type ChangeEvent, type ReactNode, useRef, useState } from 'react';
import { contractValidator } from '@/components/form-errors';
import { isApiError } from '@/lib/api';
import { identityContract, type Me, useLogIn } from '../queries';

type Values = { email: string; password: string };

/** The contract's check of a sign-in request; the contract loads once the user starts typing. */
async function validate(values: Values) {
  return contractValidator<Values>((await identityContract()).LoginRequest, (v) => v)(values);
}

function loginProblem(i18n: I18n, error: unknown): string {
  if (isApiError(error)) {
    // One message for a wrong e-mail and a wrong password alike.
    if (error.status === 401 || error.status === 422)
      return i18n._(msg`The e-mail address or password is not correct.`);
    if (error.status === 429) return i18n._(msg`Too many attempts. Wait a few minutes and try again.`);
    if (error.status === 0)
      return i18n._(msg`The server could not be reached. Check your connection and try again.`);
  }
  return i18n._(msg`Signing in failed. Try again in a moment.`);
}

export function LoginForm({ onSignedIn, onIntent }: { onSignedIn: (me: Me) => void; onIntent?: () => void }) {
  const { t, i18n } = useLingui();
  const intended = useRef(false);
  const logIn = useLogIn();
  const [problem, setProblem] = useState<string | null>(null);
  // Two fields: plain state rather than a form library, which the sign-in page would load for them
  // alone (docs/performance.md#first-load).
  const [values, setValues] = useState<Values>({ email: '', password: '' });
  const [errors, setErrors] = useState<Record<string, ReactNode>>({});
  const field = (name: keyof Values) => ({
    value: values[name],
    error: errors[name],
    onChange: (event: ChangeEvent<HTMLInputElement>) => {
      const value = event.currentTarget.value;
      setValues((v) => ({ ...v, [name]: value }));
      setErrors(({ [name]: _, ...rest }) => rest);
    },
  });

  return (
    <form
      noValidate
      aria-label={t`Sign in`}
      onInput={() => {
        // Typing means signing in: fetch the contract and what comes after, once.
        if (intended.current) return;
        intended.current = true;
        void identityContract();
        onIntent?.();
      }}
      onSubmit={async (event) => {
        event.preventDefault();
        setProblem(null);
        const found = await validate(values);
        setErrors(found);
        if (Object.keys(found).length > 0) return;
        try {
          onSignedIn(await logIn.mutateAsync(values));
        } catch (err) {
          setProblem(loginProblem(i18n, err));
          setValues((v) => ({ ...v, password: '' }));
        }
      }}
    >
      <Stack gap="md">
        {problem && (
          <Alert color="red" variant="light" icon={<IconAlertTriangle size={18} />} role="alert">
            {problem}
          </Alert>
        )}
        <TextInput
          label={t`E-mail`}
          type="email"
          autoComplete="username"
          required
          autoFocus
          {...field('email')}
        />
        <PasswordInput label={t`Password`} autoComplete="current-password" required {...field('password')} />
        <Button type="submit" fullWidth loading={logIn.isPending} mt="xs">
          <Trans>Sign in</Trans>
        </Button>
      </Stack>
    </form>
  );
}
