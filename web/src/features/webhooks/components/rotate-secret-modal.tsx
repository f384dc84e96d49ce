import { RotateWebhookSecretRequest } from '@contracts/webhooks';
import type { I18n } from '@lingui/core';
import { msg } from '@lingui/core/macro';
import { Trans, useLingui } from '@lingui/react/macro';
import { Alert, Button, Group, Modal, NumberInput, Stack, Text } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { type FormEvent, useEffect, useState } from 'react';
import { errorMessage, isApiError } from '@/lib/api';
import { useRotateWebhookSecret, type WebhookEndpoint, type WebhookEndpointWithSecret } from '../queries';
import { WebhookSecretPanel } from './webhook-secret-panel';

export const DEFAULT_OVERLAP_HOURS = 24;

function overlapProblem(i18n: I18n, hours: number | string): string | null {
  if (hours === '') return i18n._(msg`Enter a number of hours (0 to stop the current secret at once)`);
  const result = RotateWebhookSecretRequest.shape.overlapHours.safeParse(Number(hours));
  if (!result.success) {
    const message = result.error.issues[0]?.message ?? i18n._(msg`is not valid`);
    return message.charAt(0).toUpperCase() + message.slice(1);
  }
  return null;
}

/**
 * "Rotate secret": asks how long the current secret should keep signing next to the new one,
 * confirms, and shows the new secret once.
 */
export function RotateSecretModal({
  endpoint,
  opened,
  onClose,
}: {
  endpoint: WebhookEndpoint;
  opened: boolean;
  onClose: () => void;
}) {
  const { t, i18n } = useLingui();
  const rotate = useRotateWebhookSecret();
  const [hours, setHours] = useState<number | string>(DEFAULT_OVERLAP_HOURS);
  const [hoursError, setHoursError] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [rotated, setRotated] = useState<WebhookEndpointWithSecret | null>(null);

  useEffect(() => {
    if (opened) {
      setHours(DEFAULT_OVERLAP_HOURS);
      setHoursError(null);
      setError(null);
      setRotated(null);
    }
  }, [opened]);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const problem = overlapProblem(i18n, hours);
    setHoursError(problem);
    if (problem) return;
    setError(null);
    try {
      setRotated(
        await rotate.mutateAsync({
          id: endpoint.id,
          version: endpoint.version,
          input: { overlapHours: Number(hours) },
        }),
      );
    } catch (err) {
      const field = isApiError(err) ? err.fieldErrors.find((f) => f.path === 'overlapHours') : undefined;
      if (field) setHoursError(field.message.charAt(0).toUpperCase() + field.message.slice(1));
      else setError(err);
    }
  }

  const stale = isApiError(error) && error.status === 412;
  const { secretHint } = endpoint;
  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title={rotated ? t`New signing secret` : t`Rotate signing secret`}
      centered
      size="lg"
      closeOnClickOutside={!rotated}
    >
      {rotated ? (
        <WebhookSecretPanel secret={rotated.secret} url={rotated.url} onDone={onClose} />
      ) : (
        <form onSubmit={(e) => void submit(e)} noValidate aria-label={t`Rotate signing secret`}>
          <Stack gap="md">
            <Text size="sm">
              <Trans>
                OpenPO makes a new secret and shows it once. Deliveries are signed with both the new and the
                current secret (<code>{secretHint}</code>) for the overlap below, so the receiver can switch
                over without rejecting any; after that only the new one signs.
              </Trans>
            </Text>
            <NumberInput
              label={t`Overlap (hours)`}
              description={t`How long the current secret keeps signing: 0 stops it at once, at most 168 (a week)`}
              min={0}
              max={168}
              step={1}
              allowDecimal={false}
              allowNegative={false}
              clampBehavior="none"
              w={{ base: '100%', xs: 260 }}
              value={hours}
              onChange={setHours}
              error={hoursError}
              data-autofocus
            />
            {error !== null && (
              <Alert
                color={stale ? 'orange' : 'red'}
                variant="light"
                icon={<IconAlertTriangle size={18} />}
                role="alert"
              >
                {stale
                  ? t`Someone else changed this endpoint after you opened it. The page now shows the current version: check it and rotate again.`
                  : errorMessage(error)}
              </Alert>
            )}
            <Group justify="flex-end" gap="xs">
              <Button variant="default" onClick={onClose} disabled={rotate.isPending}>
                <Trans>Cancel</Trans>
              </Button>
              <Button type="submit" color="orange" loading={rotate.isPending}>
                <Trans>Rotate secret</Trans>
              </Button>
            </Group>
          </Stack>
        </form>
      )}
    </Modal>
  );
}
