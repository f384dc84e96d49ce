import { PingResult } from '@contracts/webhooks';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import { api } from '@/lib/api';
import { webhookKeys } from './query-keys';

/**
 * POST /webhooks/{id}/ping: queues a `webhook.ping` event for this endpoint alone. It goes
 * through the event relay like any event, so its delivery appears in the log a moment later.
 */
export function pingWebhookEndpoint(id: string): Promise<z.output<typeof PingResult>> {
  return api.post(`/webhooks/${encodeURIComponent(id)}/ping`, PingResult);
}

export function usePingWebhookEndpoint() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: pingWebhookEndpoint,
    onSuccess: (_result, id) => void queryClient.invalidateQueries({ queryKey: webhookKeys.deliveries(id) }),
  });
}
