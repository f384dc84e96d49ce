import { pageOf } from '@contracts/common';
import {
  type CreateWebhookEndpointRequest,
  EventTypeList,
  PingResult,
  type RotateWebhookSecretRequest,
  type UpdateWebhookEndpointRequest,
  type WEBHOOK_DELIVERY_STATUSES,
  WebhookDelivery as WebhookDeliverySchema,
  WebhookEndpoint as WebhookEndpointSchema,
  WebhookEndpointWithSecret as WebhookEndpointWithSecretSchema,
} from '@contracts/webhooks';
import { queryOptions, useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import { client, ifMatch, isApiError, newIdempotencyKey, read } from '@/lib/api';
import { pagedQueryOptions } from '@/lib/paged-query';

/**
 * Webhook endpoints, their delivery logs and the event types they can subscribe to, through the
 * generated API client: the queries and changes the pages use, with their cache keys.
 */

export type WebhookEndpoint = z.output<typeof WebhookEndpointSchema>;
export type WebhookEndpointWithSecret = z.output<typeof WebhookEndpointWithSecretSchema>;
export type WebhookDelivery = z.output<typeof WebhookDeliverySchema>;
export type WebhookDeliveryStatus = (typeof WEBHOOK_DELIVERY_STATUSES)[number];
export type CreateWebhookEndpointInput = z.input<typeof CreateWebhookEndpointRequest>;
export type UpdateWebhookEndpointInput = z.input<typeof UpdateWebhookEndpointRequest>;
export type RotateWebhookSecretInput = z.input<typeof RotateWebhookSecretRequest>;

const WebhookEndpointList = z.object({ items: z.array(WebhookEndpointSchema) });
const DeliveryPage = pageOf(WebhookDeliverySchema);
export type WebhookDeliveryPage = z.output<typeof DeliveryPage>;

/** Cache keys of webhook endpoints, their delivery logs and the event types they can subscribe to. */
export const webhookKeys = {
  all: ['webhooks'] as const,
  eventTypes: () => ['webhooks', 'event-types'] as const,
  list: () => ['webhooks', 'list'] as const,
  detail: (id: string) => ['webhooks', 'detail', id] as const,
  deliveries: (id: string) => ['webhooks', 'deliveries', id] as const,
};

/** The audit trail's keys: an endpoint's history changes with every write. */
const auditRootKey = ['audit'] as const;

// ── Reading ───────────────────────────────────────────────────────────────────────────────────────

/** Every event type an endpoint can subscribe to. */
export function listEventTypes(signal?: AbortSignal): Promise<string[]> {
  return read(EventTypeList, () => client.GET('/api/v1/webhooks/event-types', { signal })).then(
    (r) => r.items,
  );
}

export const eventTypesQueryOptions = () =>
  queryOptions({
    queryKey: webhookKeys.eventTypes(),
    queryFn: ({ signal }) => listEventTypes(signal),
    // The catalogue changes only with a new version of the server.
    staleTime: Number.POSITIVE_INFINITY,
  });

export function useEventTypes(opts: { enabled?: boolean } = {}) {
  return useQuery({ ...eventTypesQueryOptions(), enabled: opts.enabled ?? true });
}

/** Every registered endpoint, newest first. */
export function listWebhookEndpoints(signal?: AbortSignal): Promise<WebhookEndpoint[]> {
  return read(WebhookEndpointList, () => client.GET('/api/v1/webhooks', { signal })).then((r) => r.items);
}

export const webhookEndpointsQueryOptions = () =>
  queryOptions({ queryKey: webhookKeys.list(), queryFn: ({ signal }) => listWebhookEndpoints(signal) });

export function useWebhookEndpoints() {
  return useQuery(webhookEndpointsQueryOptions());
}

/** One endpoint; its `version` is what the next change sends as If-Match. */
export function getWebhookEndpoint(id: string, signal?: AbortSignal): Promise<WebhookEndpoint> {
  return read(WebhookEndpointSchema, () =>
    client.GET('/api/v1/webhooks/{id}', { params: { path: { id } }, signal }),
  );
}

export const webhookEndpointQueryOptions = (id: string) =>
  queryOptions({ queryKey: webhookKeys.detail(id), queryFn: ({ signal }) => getWebhookEndpoint(id, signal) });

export function useWebhookEndpoint(id: string) {
  return useQuery(webhookEndpointQueryOptions(id));
}

/** The endpoint's delivery log, newest first. */
export function listWebhookDeliveries(
  id: string,
  opts: { cursor?: string; limit?: number; signal?: AbortSignal } = {},
): Promise<WebhookDeliveryPage> {
  return read(DeliveryPage, () =>
    client.GET('/api/v1/webhooks/{id}/deliveries', {
      params: { path: { id }, query: { cursor: opts.cursor, limit: opts.limit ?? 25 } },
      signal: opts.signal,
    }),
  );
}

export const webhookDeliveriesQueryOptions = (id: string) =>
  pagedQueryOptions({
    queryKey: webhookKeys.deliveries(id),
    page: (cursor, signal) => listWebhookDeliveries(id, { cursor, signal }),
    keepPrevious: false,
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

// ── Changing ──────────────────────────────────────────────────────────────────────────────────────

/** Registers an endpoint; the answer holds its signing secret, shown this once. */
export function createWebhookEndpoint(input: CreateWebhookEndpointInput): Promise<WebhookEndpointWithSecret> {
  const key = newIdempotencyKey();
  return read(
    WebhookEndpointWithSecretSchema,
    () => client.POST('/api/v1/webhooks', { body: input, params: { header: { 'Idempotency-Key': key } } }),
    { retry: true },
  );
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

/**
 * Changes `version` of an endpoint (If-Match): the URL, description or event types, or `active` to
 * disable or enable the endpoint.
 */
export function updateWebhookEndpoint(args: {
  id: string;
  version: number;
  input: UpdateWebhookEndpointInput;
}): Promise<WebhookEndpoint> {
  return read(WebhookEndpointSchema, () =>
    client.PATCH('/api/v1/webhooks/{id}', {
      params: { path: { id: args.id }, header: { 'If-Match': ifMatch(args.version) } },
      body: args.input,
    }),
  );
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

/**
 * A new secret for `version` of an endpoint (If-Match), shown once; the previous one keeps signing
 * for `overlapHours` (the server's default is 24).
 */
export function rotateWebhookSecret(args: {
  id: string;
  version: number;
  input: RotateWebhookSecretInput;
}): Promise<WebhookEndpointWithSecret> {
  return read(WebhookEndpointWithSecretSchema, () =>
    client.POST('/api/v1/webhooks/{id}/rotate-secret', {
      params: { path: { id: args.id }, header: { 'If-Match': ifMatch(args.version) } },
      body: args.input,
    }),
  );
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

/**
 * Queues a `webhook.ping` event for this endpoint alone. It goes through the event relay like any
 * event, so its delivery appears in the log a moment later.
 */
export function pingWebhookEndpoint(id: string): Promise<z.output<typeof PingResult>> {
  return read(PingResult, () => client.POST('/api/v1/webhooks/{id}/ping', { params: { path: { id } } }));
}

export function usePingWebhookEndpoint() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: pingWebhookEndpoint,
    onSuccess: (_result, id) => void queryClient.invalidateQueries({ queryKey: webhookKeys.deliveries(id) }),
  });
}

/** Tries a pending or failed delivery again now. */
export function redeliverWebhook(args: { endpointId: string; deliveryId: string }): Promise<WebhookDelivery> {
  return read(WebhookDeliverySchema, () =>
    client.POST('/api/v1/webhooks/{id}/deliveries/{deliveryId}/redeliver', {
      params: { path: { id: args.endpointId, deliveryId: args.deliveryId } },
    }),
  );
}

export function useRedeliverWebhook() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: redeliverWebhook,
    onSuccess: (_delivery, { endpointId }) =>
      void queryClient.invalidateQueries({ queryKey: webhookKeys.deliveries(endpointId) }),
  });
}
