import { type UpdateWebhookEndpointRequest, WebhookEndpoint } from '@contracts/webhooks';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import { api, isApiError } from '@/lib/api';
import type { WebhookEndpoint as Endpoint } from './list-webhook-endpoints';
import { auditRootKey, webhookKeys } from './query-keys';

export type UpdateWebhookEndpointInput = z.input<typeof UpdateWebhookEndpointRequest>;

/**
 * PATCH /webhooks/{id} as of `version` (If-Match): the URL, description or event types, or
 * `active` to disable or enable the endpoint.
 */
export function updateWebhookEndpoint(args: {
  id: string;
  version: number;
  input: UpdateWebhookEndpointInput;
}): Promise<Endpoint> {
  return api.patch(`/webhooks/${encodeURIComponent(args.id)}`, WebhookEndpoint, {
    body: args.input,
    version: args.version,
  });
}

export function useUpdateWebhookEndpoint() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updateWebhookEndpoint,
    onSuccess: (endpoint) => {
      queryClient.setQueryData(webhookKeys.detail(endpoint.id), endpoint);
      void queryClient.invalidateQueries({ queryKey: webhookKeys.list() });
      // Disabling fails the endpoint's pending deliveries.
      void queryClient.invalidateQueries({ queryKey: webhookKeys.deliveries(endpoint.id) });
      void queryClient.invalidateQueries({ queryKey: auditRootKey });
    },
    onError: (error, { id }) => {
      if (isApiError(error) && error.status === 412)
        void queryClient.invalidateQueries({ queryKey: webhookKeys.detail(id) });
    },
  });
}
