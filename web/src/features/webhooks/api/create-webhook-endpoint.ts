import {
  type CreateWebhookEndpointRequest,
  WebhookEndpointWithSecret as WebhookEndpointWithSecretSchema,
} from '@contracts/webhooks';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import { api } from '@/lib/api';
import { webhookKeys } from './query-keys';

export type CreateWebhookEndpointInput = z.input<typeof CreateWebhookEndpointRequest>;
export type WebhookEndpointWithSecret = z.output<typeof WebhookEndpointWithSecretSchema>;

/** POST /webhooks: registers an endpoint; the answer holds its signing secret, shown this once. */
export function createWebhookEndpoint(input: CreateWebhookEndpointInput): Promise<WebhookEndpointWithSecret> {
  return api.post('/webhooks', WebhookEndpointWithSecretSchema, { body: input, idempotent: true });
}

export function useCreateWebhookEndpoint() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createWebhookEndpoint,
    onSuccess: ({ secret: _secret, ...endpoint }) => {
      queryClient.setQueryData(webhookKeys.detail(endpoint.id), endpoint);
      void queryClient.invalidateQueries({ queryKey: webhookKeys.list() });
    },
  });
}
