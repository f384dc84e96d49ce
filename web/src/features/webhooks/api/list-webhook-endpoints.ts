import { WebhookEndpoint as WebhookEndpointSchema } from '@contracts/webhooks';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { z } from 'zod';
import { api } from '@/lib/api';
import { webhookKeys } from './query-keys';

export type WebhookEndpoint = z.output<typeof WebhookEndpointSchema>;

const WebhookEndpointList = z.object({ items: z.array(WebhookEndpointSchema) });

/** GET /webhooks: every registered endpoint, newest first. */
export function listWebhookEndpoints(signal?: AbortSignal): Promise<WebhookEndpoint[]> {
  return api.get('/webhooks', WebhookEndpointList, { signal }).then((r) => r.items);
}

export const webhookEndpointsQueryOptions = () =>
  queryOptions({ queryKey: webhookKeys.list(), queryFn: ({ signal }) => listWebhookEndpoints(signal) });

export function useWebhookEndpoints() {
  return useQuery(webhookEndpointsQueryOptions());
}
