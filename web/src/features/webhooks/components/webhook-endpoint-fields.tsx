import { CreateWebhookEndpointRequest } from '@contracts/webhooks';
import { useLingui } from '@lingui/react/macro';
import { Alert, Stack, Textarea, TextInput } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { contractValidator } from '@/components/form-errors';
import { errorMessage } from '@/lib/api';
import { useEventTypes } from '../queries';
import { EventTypeSelect } from './event-type-select';

export type WebhookEndpointValues = { url: string; description: string; eventTypes: string[] };

export const webhookEndpointRequest = (v: WebhookEndpointValues) => ({
  url: v.url.trim(),
  description: v.description.trim(),
  eventTypes: v.eventTypes,
});

/** Checks the values with the schema the server uses; whether an address is public only it can say. */
export const validateWebhookEndpoint = contractValidator<WebhookEndpointValues>(
  CreateWebhookEndpointRequest,
  webhookEndpointRequest,
);

/** URL, description and event types: the same fields to register an endpoint and to change it. */
export function WebhookEndpointFields({
  form,
  autoFocus,
}: {
  form: UseFormReturnType<WebhookEndpointValues>;
  autoFocus?: boolean;
}) {
  const { t } = useLingui();
  const eventTypes = useEventTypes();
  return (
    <Stack gap="md">
      <TextInput
        label={t`Endpoint URL`}
        description={t`An https:// address on the public internet that accepts POST requests`}
        placeholder="https://erp.example.com/openpo-events"
        required
        type="url"
        inputMode="url"
        autoComplete="off"
        spellCheck={false}
        maxLength={2000}
        data-autofocus={autoFocus || undefined}
        {...form.getInputProps('url')}
      />
      <Textarea
        label={t`Description`}
        description={t`What receives the events, for whoever reads this list later`}
        placeholder={t`ERP: purchase orders to accounts payable`}
        autosize
        minRows={1}
        maxRows={3}
        maxLength={200}
        {...form.getInputProps('description')}
      />
      {eventTypes.error ? (
        <Alert color="red" variant="light" title={t`The event types could not be loaded`}>
          {errorMessage(eventTypes.error)}
        </Alert>
      ) : (
        <EventTypeSelect
          types={eventTypes.data}
          required
          description={t`Exact types, every event of a document (purchase_order.*), or * for everything`}
          disabled={eventTypes.isPending}
          {...form.getInputProps('eventTypes')}
          value={form.values.eventTypes}
        />
      )}
    </Stack>
  );
}
