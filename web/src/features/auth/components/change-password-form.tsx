import { ChangePasswordRequest } from '@contracts/identity';
import type { I18n } from '@lingui/core';
import { msg } from '@lingui/core/macro';
import { Trans, useLingui } from '@lingui/react/macro';
import { Button, Group, PasswordInput, Stack } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { applyServerErrors, contractValidator, FormErrorAlert } from '@/components/form-errors';
import type { FieldError } from '@/lib/api';
import { useChangePassword } from '../queries';

type Values = { currentPassword: string; newPassword: string; confirmPassword: string };

const toRequest = (v: Values) => ({ currentPassword: v.currentPassword, newPassword: v.newPassword });
const validateContract = contractValidator<Values>(ChangePasswordRequest, toRequest);

function validate(i18n: I18n, values: Values) {
  const errors = validateContract(values);
  if (!errors.confirmPassword && values.confirmPassword !== values.newPassword)
    errors.confirmPassword = i18n._(msg`Does not match the new password`);
  return errors;
}

/** Change your own password; your other sessions end. */
export function ChangePasswordForm() {
  const { t, i18n } = useLingui();
  const change = useChangePassword();
  const [error, setError] = useState<unknown>(null);
  const [unmatched, setUnmatched] = useState<FieldError[]>([]);
  const form = useForm<Values>({
    mode: 'controlled',
    initialValues: { currentPassword: '', newPassword: '', confirmPassword: '' },
    validate: (values) => validate(i18n, values),
  });

  async function submit(values: Values) {
    setError(null);
    setUnmatched([]);
    try {
      await change.mutateAsync(toRequest(values));
      form.reset();
      notifications.show({
        color: 'teal',
        title: t`Password changed`,
        message: t`Your other sessions have been signed out.`,
      });
    } catch (err) {
      setError(err);
      setUnmatched(applyServerErrors(form, err));
    }
  }

  return (
    <form onSubmit={form.onSubmit(submit)} noValidate aria-label={t`Change password`}>
      <Stack gap="md" maw={420}>
        <FormErrorAlert error={error} unmatched={unmatched} />
        <PasswordInput
          label={t`Current password`}
          autoComplete="current-password"
          required
          {...form.getInputProps('currentPassword')}
        />
        <PasswordInput
          label={t`New password`}
          description={t`At least 10 characters`}
          autoComplete="new-password"
          required
          {...form.getInputProps('newPassword')}
        />
        <PasswordInput
          label={t`Repeat new password`}
          autoComplete="new-password"
          required
          {...form.getInputProps('confirmPassword')}
        />
        <Group>
          <Button type="submit" loading={change.isPending}>
            <Trans>Change password</Trans>
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
