import { Trans, useLingui } from '@lingui/react/macro';
import { Button, Group, Stack } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useEffect, useRef, useState } from 'react';
import { FormErrorAlert, revealFormProblem } from '@/components/form-errors';
import { useRecordReload, useSaveState } from '@/components/form-modal';
import { StaleRecordAlert } from '@/components/stale-record-alert';
import { useUpdateWebhookEndpoint, type WebhookEndpoint } from '../queries';
import {
  validateWebhookEndpoint,
  WebhookEndpointFields,
  type WebhookEndpointValues,
  webhookEndpointRequest,
} from './webhook-endpoint-fields';

function valuesOf(endpoint: WebhookEndpoint): WebhookEndpointValues {
  return { url: endpoint.url, description: endpoint.description, eventTypes: [...endpoint.eventTypes] };
}

const sameFields = (a: WebhookEndpoint, b: WebhookEndpoint) =>
  JSON.stringify(valuesOf(a)) === JSON.stringify(valuesOf(b));

/**
 * Change an endpoint's URL, description and event types, as of the version the form was opened
 * with (If-Match). When someone else saved it meanwhile, the save is refused (412) and the form
 * offers to reload.
 */
export function WebhookSettingsForm({
  endpoint,
  onReload,
}: {
  endpoint: WebhookEndpoint;
  onReload: () => Promise<WebhookEndpoint>;
}) {
  const { t } = useLingui();
  const update = useUpdateWebhookEndpoint();
  // Fixed when the form opens: a background refresh must not become the base of this save.
  const [base, setBase] = useState(endpoint);
  const formRef = useRef<HTMLFormElement>(null);
  const form = useForm<WebhookEndpointValues>({
    mode: 'controlled',
    initialValues: valuesOf(endpoint),
    validate: validateWebhookEndpoint,
  });
  const state = useSaveState(form);
  const { reload, reloading } = useRecordReload({
    form,
    state,
    load: onReload,
    valuesOf,
    onLoaded: setBase,
  });

  // Enabling, disabling or rotating the secret on this page makes a new version that leaves these
  // fields as they were: adopt it, or the next save would be refused as if someone else had saved.
  // biome-ignore lint/correctness/useExhaustiveDependencies: follow the endpoint's version only
  useEffect(() => {
    if (endpoint.version <= base.version) return;
    if (!form.isDirty()) {
      setBase(endpoint);
      form.setInitialValues(valuesOf(endpoint));
      form.setValues(valuesOf(endpoint));
    } else if (sameFields(endpoint, base)) setBase(endpoint);
  }, [endpoint.version]);

  async function submit(values: WebhookEndpointValues) {
    const ok = await state.save(async () => {
      const saved = await update.mutateAsync({
        id: base.id,
        version: base.version,
        input: webhookEndpointRequest(values),
      });
      setBase(saved);
      form.setInitialValues(valuesOf(saved));
      form.setValues(valuesOf(saved));
    });
    if (ok) notifications.show({ color: 'teal', title: t`Endpoint saved`, message: values.url.trim() });
    else revealFormProblem(formRef.current);
  }

  return (
    <form
      ref={formRef}
      onSubmit={form.onSubmit(submit, () => revealFormProblem(formRef.current))}
      noValidate
      aria-label={t`Endpoint settings`}
    >
      <Stack gap="md">
        {state.stale ? (
          <StaleRecordAlert onReload={() => void reload()} reloading={reloading} />
        ) : (
          <FormErrorAlert error={state.error} unmatched={state.unmatched} />
        )}
        <WebhookEndpointFields form={form} />
        <Group justify="flex-end" gap="xs">
          <Button
            variant="default"
            onClick={() => {
              form.reset();
              state.reset();
            }}
            disabled={!form.isDirty() || state.saving}
          >
            <Trans>Discard</Trans>
          </Button>
          <Button type="submit" loading={state.saving} disabled={state.stale || !form.isDirty()}>
            <Trans>Save changes</Trans>
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
