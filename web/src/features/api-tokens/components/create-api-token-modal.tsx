import { CreateApiTokenRequest } from '@contracts/identity';
import { Trans, useLingui } from '@lingui/react/macro';
import { Alert, Button, Code, Group, Modal, Stack, Text, TextInput } from '@mantine/core';
import { DatePickerInput } from '@mantine/dates';
import { useForm } from '@mantine/form';
import { IconAlertTriangle } from '@tabler/icons-react';
import dayjs from 'dayjs';
import { useEffect, useState } from 'react';
import { applyServerErrors, contractValidator, FormErrorAlert } from '@/components/form-errors';
import { useModalGuard } from '@/components/leave-guard';
import { SecretValue } from '@/components/secret-value';
import type { FieldError } from '@/lib/api';
import { formatDate } from '@/lib/format';
import { type NewApiToken, useCreateApiToken } from '../queries';

type Values = { name: string; expiresOn: string | null };

/** How the picker shows the chosen day (a dayjs format; month names follow the language). */
const PICKER_DATE_FORMAT = 'D MMM YYYY';

const toRequest = (v: Values) => ({
  name: v.name,
  // The token stays valid through the whole chosen day, in the user's time zone.
  expiresAt: v.expiresOn ? dayjs(v.expiresOn).endOf('day').toISOString() : null,
});

const validate = contractValidator<Values>(CreateApiTokenRequest, toRequest, { expiresAt: 'expiresOn' });

/** Create a token, then show its secret exactly once with a copy button. */
export function CreateApiTokenModal({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  const { t } = useLingui();
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

  const createdName = created?.name;
  const createdPrefix = created?.prefix;
  const expires = created?.expiresAt ? formatDate(created.expiresAt) : null;
  const guard = useModalGuard({
    opened: opened,
    isDirty: () => created === null && form.isDirty(),
    saving: create.isPending,
    onClose: onClose,
  });
  return (
    <>
      {guard.dialogs}
      <Modal
        opened={opened}
        onClose={guard.requestClose}
        title={created ? t`Your new API token` : t`Create API token`}
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
              title={t`Copy it now — it is shown only once`}
            >
              <Trans>
                Store the token somewhere safe, such as your integration's secret store. OpenPO keeps only a
                hash of it and cannot show it again; if you lose it, revoke it and create a new one.
              </Trans>
            </Alert>
            <Stack gap={4}>
              <Text size="sm" fw={500} id="new-token-label">
                {expires ? (
                  <Trans>
                    {createdName} · expires {expires}
                  </Trans>
                ) : (
                  <Trans>{createdName} · never expires</Trans>
                )}
              </Text>
              <SecretValue
                value={created.token}
                labelledBy="new-token-label"
                copyLabel={t`Copy token`}
                data-token-secret
              />
              <Text size="xs" c="dimmed">
                <Trans>
                  Send it as <Code>Authorization: Bearer {createdPrefix}…</Code>
                </Trans>
              </Text>
            </Stack>
            <Group justify="flex-end">
              <Button onClick={onClose} data-autofocus>
                <Trans>Done</Trans>
              </Button>
            </Group>
          </Stack>
        ) : (
          <form onSubmit={form.onSubmit(submit)} noValidate>
            <Stack gap="md">
              <FormErrorAlert error={error} unmatched={unmatched} />
              <TextInput
                label={t`Name`}
                description={t`What the token is for, e.g. “ERP invoice import”`}
                required
                maxLength={100}
                autoComplete="off"
                data-autofocus
                {...form.getInputProps('name')}
              />
              <DatePickerInput
                label={t`Expires on`}
                description={t`Leave empty for a token that never expires (not recommended)`}
                placeholder={t`Never`}
                clearable
                minDate={dayjs().add(1, 'day').format('YYYY-MM-DD')}
                valueFormat={PICKER_DATE_FORMAT}
                {...form.getInputProps('expiresOn')}
              />
              <Group justify="flex-end" gap="xs">
                <Button variant="default" onClick={guard.requestClose}>
                  <Trans>Cancel</Trans>
                </Button>
                <Button type="submit" loading={create.isPending}>
                  <Trans>Create token</Trans>
                </Button>
              </Group>
            </Stack>
          </form>
        )}
      </Modal>
    </>
  );
}
