import { ChangePasswordRequest } from '@contracts/identity';
import { Button, Group, PasswordInput, Stack } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { applyServerErrors, contractValidator, FormErrorAlert } from '@/components/form-errors';
import type { FieldError } from '@/lib/api';
import { useChangePassword } from '../api/change-password';

type Values = { currentPassword: string; newPassword: string; confirmPassword: string };

const toRequest = (v: Values) => ({ currentPassword: v.currentPassword, newPassword: v.newPassword });
const validateContract = contractValidator<Values>(ChangePasswordRequest, toRequest);

function validate(values: Values) {
  const errors = validateContract(values);
  if (!errors.confirmPassword && values.confirmPassword !== values.newPassword)
    errors.confirmPassword = 'Does not match the new password';
  return errors;
}

/** Change your own password; your other sessions end. */
export function ChangePasswordForm() {
  const change = useChangePassword();
  const [error, setError] = useState<unknown>(null);
  const [unmatched, setUnmatched] = useState<FieldError[]>([]);
  const form = useForm<Values>({
    mode: 'controlled',
    initialValues: { currentPassword: '', newPassword: '', confirmPassword: '' },
    validate,
  });

  async function submit(values: Values) {
    setError(null);
    setUnmatched([]);
    try {
      await change.mutateAsync(toRequest(values));
      form.reset();
      notifications.show({
        color: 'teal',
        title: 'Password changed',
        message: 'Your other sessions have been signed out.',
      });
    } catch (err) {
      setError(err);
      setUnmatched(applyServerErrors(form, err));
    }
  }

  return (
    <form onSubmit={form.onSubmit(submit)} noValidate aria-label="Change password">
      <Stack gap="md" maw={420}>
        <FormErrorAlert error={error} unmatched={unmatched} />
        <PasswordInput
          label="Current password"
          autoComplete="current-password"
          required
          {...form.getInputProps('currentPassword')}
        />
        <PasswordInput
          label="New password"
          description="At least 10 characters"
          autoComplete="new-password"
          required
          {...form.getInputProps('newPassword')}
        />
        <PasswordInput
          label="Repeat new password"
          autoComplete="new-password"
          required
          {...form.getInputProps('confirmPassword')}
        />
        <Group>
          <Button type="submit" loading={change.isPending}>
            Change password
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
