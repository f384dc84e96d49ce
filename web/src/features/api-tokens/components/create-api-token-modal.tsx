import { CreateApiTokenRequest } from '@contracts/identity';
import { Alert, Button, Code, Group, Modal, Stack, Text, TextInput } from '@mantine/core';
import { DatePickerInput } from '@mantine/dates';
import { useForm } from '@mantine/form';
import { IconAlertTriangle } from '@tabler/icons-react';
import dayjs from 'dayjs';
import { useEffect, useState } from 'react';
import { applyServerErrors, contractValidator, FormErrorAlert } from '@/components/form-errors';
import { SecretValue } from '@/components/secret-value';
import type { FieldError } from '@/lib/api';
import { formatDate } from '@/lib/format';
import { type NewApiToken, useCreateApiToken } from '../api/create-api-token';

type Values = { name: string; expiresOn: string | null };

const toRequest = (v: Values) => ({
  name: v.name,
  // The token stays valid through the whole chosen day, in the user's time zone.
  expiresAt: v.expiresOn ? dayjs(v.expiresOn).endOf('day').toISOString() : null,
});

const validate = contractValidator<Values>(CreateApiTokenRequest, toRequest, { expiresAt: 'expiresOn' });

/** Create a token, then show its secret exactly once with a copy button. */
export function CreateApiTokenModal({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  const create = useCreateApiToken();
  const [created, setCreated] = useState<NewApiToken | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [unmatched, setUnmatched] = useState<FieldError[]>([]);
  const form = useForm<Values>({
    mode: 'controlled',
    initialValues: { name: '', expiresOn: dayjs().add(90, 'day').format('YYYY-MM-DD') },
    validate,
  });

  // biome-ignore lint/correctness/useExhaustiveDependencies: start afresh each time the modal opens
  useEffect(() => {
    if (opened) {
      form.reset();
      setCreated(null);
      setError(null);
      setUnmatched([]);
    }
  }, [opened]);

  async function submit(values: Values) {
    setError(null);
    setUnmatched([]);
    try {
      setCreated(await create.mutateAsync(toRequest(values)));
    } catch (err) {
      setError(err);
      setUnmatched(applyServerErrors(form, err, { expiresAt: 'expiresOn' }));
    }
  }

  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title={created ? 'Your new API token' : 'Create API token'}
      centered
      size="lg"
      closeOnClickOutside={!created}
    >
      {created ? (
        <Stack gap="md">
          <Alert
            color="orange"
            variant="light"
            icon={<IconAlertTriangle size={18} />}
            title="Copy it now — it is shown only once"
          >
            Store the token somewhere safe, such as your integration's secret store. OpenPO keeps only a hash
            of it and cannot show it again; if you lose it, revoke it and create a new one.
          </Alert>
          <Stack gap={4}>
            <Text size="sm" fw={500} id="new-token-label">
              {created.name}
              {created.expiresAt ? ` · expires ${formatDate(created.expiresAt)}` : ' · never expires'}
            </Text>
            <SecretValue
              value={created.token}
              labelledBy="new-token-label"
              copyLabel="Copy token"
              data-token-secret
            />
            <Text size="xs" c="dimmed">
              Send it as <Code>Authorization: Bearer {created.prefix}…</Code>
            </Text>
          </Stack>
          <Group justify="flex-end">
            <Button onClick={onClose} data-autofocus>
              Done
            </Button>
          </Group>
        </Stack>
      ) : (
        <form onSubmit={form.onSubmit(submit)} noValidate>
          <Stack gap="md">
            <FormErrorAlert error={error} unmatched={unmatched} />
            <TextInput
              label="Name"
              description="What the token is for, e.g. “ERP invoice import”"
              required
              maxLength={100}
              autoComplete="off"
              data-autofocus
              {...form.getInputProps('name')}
            />
            <DatePickerInput
              label="Expires on"
              description="Leave empty for a token that never expires (not recommended)"
              placeholder="Never"
              clearable
              minDate={dayjs().add(1, 'day').format('YYYY-MM-DD')}
              valueFormat="D MMM YYYY"
              {...form.getInputProps('expiresOn')}
            />
            <Group justify="flex-end" gap="xs">
              <Button variant="default" onClick={onClose}>
                Cancel
              </Button>
              <Button type="submit" loading={create.isPending}>
                Create token
              </Button>
            </Group>
          </Stack>
        </form>
      )}
    </Modal>
  );
}
