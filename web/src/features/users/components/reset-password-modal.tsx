import type { User } from '@contracts/identity';
import { UpdateUserRequest } from '@contracts/identity';
import { Trans, useLingui } from '@lingui/react/macro';
import { Alert, Button, Group, Modal, PasswordInput, Stack, Text } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useEffect, useState } from 'react';
import { applyServerErrors, contractValidator } from '@/components/form-errors';
import { useModalGuard } from '@/components/leave-guard';
import { errorMessage, isApiError } from '@/lib/api';
import { useUpdateUser } from '../queries';

/** An administrator sets a new password for a user; all of that user's sessions end. */
const checkPassword = contractValidator<{ password: string; confirm: string }>(
  UpdateUserRequest.pick({ password: true }),
  (values) => ({ password: values.password }),
);

export function ResetPasswordModal({
  user,
  opened,
  onClose,
  onDone,
}: {
  user: User;
  opened: boolean;
  onClose: () => void;
  onDone?: (user: User) => void;
}) {
  const { t } = useLingui();
  const update = useUpdateUser();
  const [error, setError] = useState<string | null>(null);
  const form = useForm({
    mode: 'controlled',
    initialValues: { password: '', confirm: '' },
    validate: (values) => ({
      // The password rule is the server's own (UpdateUserRequest).
      ...checkPassword(values),
      ...(values.confirm !== values.password ? { confirm: t`Does not match the new password` } : {}),
    }),
  });
  // biome-ignore lint/correctness/useExhaustiveDependencies: reset only when the modal opens
  useEffect(() => {
    if (opened) {
      form.reset();
      setError(null);
    }
  }, [opened]);

  const { name, email } = user;

  async function submit(values: { password: string }) {
    setError(null);
    try {
      const saved = await update.mutateAsync({
        id: user.id,
        version: user.version,
        input: { password: values.password },
      });
      onDone?.(saved);
      notifications.show({
        color: 'teal',
        title: t`Password reset`,
        message: t`${name} must now sign in with the new password.`,
      });
      onClose();
    } catch (err) {
      const unmatched = applyServerErrors(form, err);
      if (!isApiError(err) || err.fieldErrors.length === 0 || unmatched.length > 0)
        setError(errorMessage(err));
    }
  }

  const guard = useModalGuard({
    opened: opened,
    isDirty: () => form.isDirty(),
    onClose: onClose,
  });
  return (
    <>
      {guard.dialogs}
      <Modal opened={opened} onClose={guard.requestClose} title={t`Reset password of ${name}`} centered>
        <form onSubmit={form.onSubmit(submit)} noValidate>
          <Stack gap="md">
            <Text size="sm">
              <Trans>
                Sets a new password for <strong>{email}</strong>. Every session of this user ends, so they
                must sign in again with the new password.
              </Trans>
            </Text>
            <PasswordInput
              label={t`New password`}
              required
              autoComplete="new-password"
              data-autofocus
              {...form.getInputProps('password')}
            />
            <PasswordInput
              label={t`Repeat new password`}
              required
              autoComplete="new-password"
              {...form.getInputProps('confirm')}
            />
            {error && (
              <Alert color="red" variant="light" role="alert">
                {error}
              </Alert>
            )}
            <Group justify="flex-end" gap="xs">
              <Button variant="default" onClick={guard.requestClose}>
                <Trans>Cancel</Trans>
              </Button>
              <Button type="submit" color="red" loading={update.isPending}>
                <Trans>Reset password</Trans>
              </Button>
            </Group>
          </Stack>
        </form>
      </Modal>
    </>
  );
}
