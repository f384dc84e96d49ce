import { WebhookEndpoint } from '@contracts/webhooks';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api';
import type { WebhookEndpoint as Endpoint } from './list-webhook-endpoints';
import { webhookKeys } from './query-keys';

/** GET /webhooks/{id}: one endpoint; its `version` is what the next change sends as If-Match. */
export function getWebhookEndpoint(id: string, signal?: AbortSignal): Promise<Endpoint> {
  return api.get(`/webhooks/${encodeURIComponent(id)}`, WebhookEndpoint, { signal });
}

export const webhookEndpointQueryOptions = (id: string) =>
  queryOptions({ queryKey: webhookKeys.detail(id), queryFn: ({ signal }) => getWebhookEndpoint(id, signal) });

export function useWebhookEndpoint(id: string) {
  return useQuery(webhookEndpointQueryOptions(id));
}
