import { pageOf } from '@contracts/common';
import {
  type WEBHOOK_DELIVERY_STATUSES,
  WebhookDelivery as WebhookDeliverySchema,
} from '@contracts/webhooks';
import { infiniteQueryOptions, useInfiniteQuery } from '@tanstack/react-query';
import type { z } from 'zod';
import { api } from '@/lib/api';
import { webhookKeys } from './query-keys';

export type WebhookDelivery = z.output<typeof WebhookDeliverySchema>;
export type WebhookDeliveryStatus = (typeof WEBHOOK_DELIVERY_STATUSES)[number];

const DeliveryPage = pageOf(WebhookDeliverySchema);
export type WebhookDeliveryPage = z.output<typeof DeliveryPage>;

/** GET /webhooks/{id}/deliveries: the endpoint's delivery log, newest first. */
export function listWebhookDeliveries(
  id: string,
  opts: { cursor?: string; limit?: number; signal?: AbortSignal } = {},
): Promise<WebhookDeliveryPage> {
  return api.get(`/webhooks/${encodeURIComponent(id)}/deliveries`, DeliveryPage, {
    query: { cursor: opts.cursor, limit: opts.limit ?? 25 },
    signal: opts.signal,
  });
}

export const webhookDeliveriesQueryOptions = (id: string) =>
  infiniteQueryOptions({
    queryKey: webhookKeys.deliveries(id),
    queryFn: ({ pageParam, signal }) => listWebhookDeliveries(id, { cursor: pageParam, signal }),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });

/**
 * The log. `poll` says, from the rows loaded, how often to fetch it again (in ms), or false: a
 * page watches deliveries on their way without fetching a settled log over and over.
 */
export function useWebhookDeliveries(
  id: string,
  opts: { poll?: (deliveries: WebhookDelivery[]) => number | false } = {},
) {
  const poll = opts.poll;
  return useInfiniteQuery({
    ...webhookDeliveriesQueryOptions(id),
    refetchInterval: poll ? (query) => poll(query.state.data?.pages.flatMap((p) => p.items) ?? []) : false,
  });
}
