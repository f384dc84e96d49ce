import { type RotateWebhookSecretRequest, WebhookEndpointWithSecret } from '@contracts/webhooks';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import { api, isApiError } from '@/lib/api';
import type { WebhookEndpointWithSecret as EndpointWithSecret } from './create-webhook-endpoint';
import { auditRootKey, webhookKeys } from './query-keys';

export type RotateWebhookSecretInput = z.input<typeof RotateWebhookSecretRequest>;

/**
 * POST /webhooks/{id}/rotate-secret as of `version` (If-Match): a new secret, shown once; the
 * previous one keeps signing for `overlapHours` (the server's default is 24).
 */
export function rotateWebhookSecret(args: {
  id: string;
  version: number;
  input: RotateWebhookSecretInput;
}): Promise<EndpointWithSecret> {
  return api.post(`/webhooks/${encodeURIComponent(args.id)}/rotate-secret`, WebhookEndpointWithSecret, {
    body: args.input,
    version: args.version,
  });
}

export function useRotateWebhookSecret() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: rotateWebhookSecret,
    onSuccess: ({ secret: _secret, ...endpoint }) => {
      queryClient.setQueryData(webhookKeys.detail(endpoint.id), endpoint);
      void queryClient.invalidateQueries({ queryKey: webhookKeys.list() });
      void queryClient.invalidateQueries({ queryKey: auditRootKey });
    },
    onError: (error, { id }) => {
      if (isApiError(error) && error.status === 412)
        void queryClient.invalidateQueries({ queryKey: webhookKeys.detail(id) });
    },
  });
}
