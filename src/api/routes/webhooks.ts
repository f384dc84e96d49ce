import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { IdParams, pageOf } from '../../contracts/common';
import {
  CreateWebhookEndpointRequest,
  EventTypeList,
  PingResult,
  RotateWebhookSecretRequest,
  UpdateWebhookEndpointRequest,
  WebhookDeliveriesQuery,
  WebhookDelivery,
  WebhookDeliveryParams,
  WebhookEndpoint,
  WebhookEndpointWithSecret,
} from '../../contracts/webhooks';
import * as webhooks from '../../core/webhooks';
import type { RouteDeps } from '../deps';
import { actorOf } from '../plugins/auth';
import { versionFromIfMatch, withEtag } from '../plugins/concurrency';
import { requestCtx } from '../plugins/idempotency';
import { readProblems as errors, writeProblems as writeErrors } from './problems';

const tags = ['webhooks'];
const config = { permission: 'webhooks:admin' } as const;

export const webhookRoutes: FastifyPluginAsyncZod<RouteDeps> = async (app, { ctx, config: settings }) => {
  const allowPrivate = settings.webhooksAllowPrivate;

  app.get(
    '/webhooks/event-types',
    {
      config,
      schema: {
        tags,
        summary: 'The event types an endpoint can subscribe to',
        response: { 200: EventTypeList, ...errors },
      },
    },
    async () => ({ items: [...webhooks.listEventTypes()] }),
  );

  app.get(
    '/webhooks',
    {
      config,
      schema: {
        tags,
        summary: 'Registered webhook endpoints, newest first',
        response: { 200: z.object({ items: z.array(WebhookEndpoint) }), ...errors },
      },
    },
    async () => ({ items: await webhooks.listWebhookEndpoints(ctx) }),
  );

  app.post(
    '/webhooks',
    {
      config: { location: true, etag: true, ...config, idempotent: true },
      schema: {
        tags,
        summary: 'Register an HTTPS endpoint for event types; the answer shows its signing secret once',
        body: CreateWebhookEndpointRequest,
        response: { 201: WebhookEndpointWithSecret, ...errors },
      },
    },
    async (request, reply) => {
      const endpoint = await webhooks.createWebhookEndpoint(requestCtx(request, ctx), {
        actor: actorOf(request),
        input: request.body,
        allowPrivate,
      });
      reply.code(201).header('location', `/api/v1/webhooks/${endpoint.id}`);
      return withEtag(reply, endpoint);
    },
  );

  app.get(
    '/webhooks/:id',
    {
      config: { ...config, etag: true },
      schema: {
        tags,
        summary: 'One webhook endpoint',
        params: IdParams,
        response: { 200: WebhookEndpoint, ...errors },
      },
    },
    async (request, reply) =>
      withEtag(reply, await webhooks.getWebhookEndpoint(ctx, { id: request.params.id })),
  );

  app.patch(
    '/webhooks/:id',
    {
      config: { ...config, ifMatch: true, etag: true },
      schema: {
        tags,
        summary:
          'Change an endpoint’s URL, description or event types, or disable / enable it (send If-Match)',
        params: IdParams,
        body: UpdateWebhookEndpointRequest,
        response: { 200: WebhookEndpoint, ...writeErrors },
      },
    },
    async (request, reply) =>
      withEtag(
        reply,
        await webhooks.updateWebhookEndpoint(ctx, {
          actor: actorOf(request),
          id: request.params.id,
          version: versionFromIfMatch(request),
          input: request.body,
          allowPrivate,
        }),
      ),
  );

  app.post(
    '/webhooks/:id/rotate-secret',
    {
      config: { ...config, ifMatch: true, etag: true },
      schema: {
        tags,
        summary:
          'A new signing secret, shown once; the previous one keeps signing for overlapHours (default 24) (send If-Match)',
        params: IdParams,
        body: RotateWebhookSecretRequest,
        response: { 200: WebhookEndpointWithSecret, ...writeErrors },
      },
    },
    async (request, reply) =>
      withEtag(
        reply,
        await webhooks.rotateWebhookSecret(ctx, {
          actor: actorOf(request),
          id: request.params.id,
          version: versionFromIfMatch(request),
          overlapHours: request.body.overlapHours,
        }),
      ),
  );

  app.post(
    '/webhooks/:id/ping',
    {
      config,
      schema: {
        tags,
        summary: 'Send a webhook.ping event to this endpoint (it appears in the delivery log)',
        params: IdParams,
        response: { 202: PingResult, ...writeErrors },
      },
    },
    async (request, reply) => {
      const result = await webhooks.pingWebhookEndpoint(ctx, {
        actor: actorOf(request),
        id: request.params.id,
      });
      return reply.code(202).send(result);
    },
  );

  app.get(
    '/webhooks/:id/deliveries',
    {
      config,
      schema: {
        tags,
        summary: 'The endpoint’s delivery log, newest first, with each answer’s HTTP status',
        params: IdParams,
        querystring: WebhookDeliveriesQuery,
        response: { 200: pageOf(WebhookDelivery), ...errors },
      },
    },
    async (request) =>
      webhooks.listWebhookDeliveries(ctx, {
        id: request.params.id,
        limit: request.query.limit,
        cursor: request.query.cursor,
      }),
  );

  app.post(
    '/webhooks/:id/deliveries/:deliveryId/redeliver',
    {
      config,
      schema: {
        tags,
        summary: 'Try a pending or failed delivery again now',
        params: WebhookDeliveryParams,
        response: { 200: WebhookDelivery, ...writeErrors },
      },
    },
    async (request) =>
      webhooks.redeliverWebhook(ctx, {
        endpointId: request.params.id,
        deliveryId: request.params.deliveryId,
      }),
  );
};
