import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { IdParams } from '../../contracts/common';
import { NewOrderRating, OrderRating, OrderRatings, OrderRatingsQuery } from '../../contracts/ratings';
import * as evaluation from '../../core/evaluation';
import type { RouteDeps } from '../deps';
import { actorOf } from '../plugins/auth';
import { requestCtx } from '../plugins/idempotency';
import { readProblems as errors, writeProblems as writeErrors } from './problems';

const tags = ['evaluation'];

/**
 * Ratings of orders (docs/evaluation.md#ratings). A supplier's user passes the permission gate
 * (`portal:use`) only to be told the order is not found: ratings are the organisation's.
 */
export const ratingRoutes: FastifyPluginAsyncZod<RouteDeps> = async (app, { ctx }) => {
  app.post(
    '/purchase-orders/:id/ratings',
    {
      config: { permission: ['purchase_orders:read', 'portal:use'], idempotent: true },
      schema: {
        tags,
        summary: 'Rate an order (or one line) 1–5 on delivery, quality and service (send Idempotency-Key)',
        description:
          'Its requesters and whoever received it rate it once something was received (`partially_received`, `received` or `closed`); its buyer gives the close-out evaluation once it is `received` or `closed`. Anyone else: 403; a supplier’s user: 404; too early: 409 naming the status. One rating per person per order and per line (`lineNo`): a second is a 409 and changes nothing. Counted in the supplier’s satisfaction measure once relayed (`purchase_order.rated`).',
        params: IdParams,
        body: NewOrderRating,
        response: { 201: OrderRating, ...writeErrors },
      },
    },
    async (request, reply) => {
      const rating = await evaluation.ratePurchaseOrder(requestCtx(request, ctx), {
        actor: actorOf(request),
        purchaseOrderId: request.params.id,
        input: request.body,
      });
      return reply.code(201).send(rating);
    },
  );

  app.get(
    '/purchase-orders/:id/ratings',
    {
      config: { permission: ['purchase_orders:read', 'portal:use'] },
      schema: {
        tags,
        summary: 'An order’s ratings, newest first, and whether the caller may rate it',
        params: IdParams,
        querystring: OrderRatingsQuery,
        response: { 200: OrderRatings, ...errors },
      },
    },
    async (request) =>
      evaluation.listOrderRatings(ctx, {
        actor: actorOf(request),
        purchaseOrderId: request.params.id,
        limit: request.query.limit,
        cursor: request.query.cursor,
      }),
  );
};
