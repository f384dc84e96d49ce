import { LoginRequest } from '@contracts/identity';
import { Alert, Button, PasswordInput, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useState } from 'react';
import { contractValidator } from '@/components/form-errors';
import { isApiError } from '@/lib/api';
import type { Me } from '../api/get-me';
import { useLogIn } from '../api/log-in';

type Values = { email: string; password: string };
const validate = contractValidator<Values>(LoginRequest, (v) => v);

function loginProblem(error: unknown): string {
  if (isApiError(error)) {
    // One message for a wrong e-mail and a wrong password alike.
    if (error.status === 401 || error.status === 422) return 'The e-mail address or password is not correct.';
    if (error.status === 429) return error.detail ?? 'Too many attempts. Wait a moment and try again.';
    if (error.status === 0) return 'The server could not be reached. Check your connection and try again.';
  }
  return 'Signing in failed. Try again in a moment.';
}

export function LoginForm({ onSignedIn }: { onSignedIn: (me: Me) => void }) {
  const logIn = useLogIn();
  const [problem, setProblem] = useState<string | null>(null);
  const form = useForm<Values>({ mode: 'controlled', initialValues: { email: '', password: '' }, validate });

  return (
    <form
      noValidate
      aria-label="Sign in"
      onSubmit={form.onSubmit(async (values) => {
        setProblem(null);
        try {
          onSignedIn(await logIn.mutateAsync(values));
        } catch (err) {
          setProblem(loginProblem(err));
          form.setFieldValue('password', '');
        }
      })}
    >
      <Stack gap="md">
        {problem && (
          <Alert color="red" variant="light" icon={<IconAlertTriangle size={18} />} role="alert">
            {problem}
          </Alert>
        )}
        <TextInput
          label="E-mail"
          type="email"
          autoComplete="username"
          required
          autoFocus
          {...form.getInputProps('email')}
        />
        <PasswordInput
          label="Password"
          autoComplete="current-password"
          required
          {...form.getInputProps('password')}
        />
        <Button type="submit" fullWidth loading={logIn.isPending} mt="xs">
          Sign in
        </Button>
      </Stack>
    </form>
  );
}
