import { Trans, useLingui } from '@lingui/react/macro';
import { Button, Group, Modal, Stack } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useEffect, useRef, useState } from 'react';
import { applyServerErrors, FormErrorAlert, revealFormProblem } from '@/components/form-errors';
import { useModalGuard } from '@/components/leave-guard';
import type { FieldError } from '@/lib/api';
import { useCreateWebhookEndpoint, type WebhookEndpointWithSecret } from '../queries';
import {
  validateWebhookEndpoint,
  WebhookEndpointFields,
  type WebhookEndpointValues,
  webhookEndpointRequest,
} from './webhook-endpoint-fields';
import { WebhookSecretPanel } from './webhook-secret-panel';

const EMPTY: WebhookEndpointValues = { url: '', description: '', eventTypes: [] };

/** Register an endpoint, then show its signing secret exactly once. */
export function RegisterWebhookModal({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  const { t } = useLingui();
  const create = useCreateWebhookEndpoint();
  const [created, setCreated] = useState<WebhookEndpointWithSecret | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [unmatched, setUnmatched] = useState<FieldError[]>([]);
  const formRef = useRef<HTMLFormElement>(null);
  const form = useForm<WebhookEndpointValues>({
    mode: 'controlled',
    initialValues: EMPTY,
    validate: validateWebhookEndpoint,
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

  async function submit(values: WebhookEndpointValues) {
    setError(null);
    setUnmatched([]);
    try {
      setCreated(await create.mutateAsync(webhookEndpointRequest(values)));
    } catch (err) {
      setError(err);
      setUnmatched(applyServerErrors(form, err));
      revealFormProblem(formRef.current);
    }
  }

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
        title={created ? t`Endpoint registered` : t`Register endpoint`}
        centered
        size="lg"
        closeOnClickOutside={!created}
      >
        {created ? (
          <WebhookSecretPanel secret={created.secret} url={created.url} onDone={onClose} />
        ) : (
          <form
            ref={formRef}
            onSubmit={form.onSubmit(submit, () => revealFormProblem(formRef.current))}
            noValidate
            aria-label={t`Register endpoint`}
          >
            <Stack gap="md">
              <FormErrorAlert error={error} unmatched={unmatched} />
              <WebhookEndpointFields form={form} autoFocus />
              <Group justify="flex-end" gap="xs">
                <Button variant="default" onClick={guard.requestClose} disabled={create.isPending}>
                  <Trans>Cancel</Trans>
                </Button>
                <Button type="submit" loading={create.isPending}>
                  <Trans>Register endpoint</Trans>
                </Button>
              </Group>
            </Stack>
          </form>
        )}
      </Modal>
    </>
  );
}
