import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { PageQuery, Problem, pageOf } from '../../contracts/common';
import {
  WorkbenchLine,
  WorkbenchLineQuery,
  WorkbenchOrderRequest,
  WorkbenchOrderResult,
} from '../../contracts/requisitions';
import * as purchaseOrders from '../../core/purchase-orders';
import type { RouteDeps } from '../deps';
import { actorOf } from '../plugins/auth';
import { requestCtx } from '../plugins/idempotency';

const errors = { 401: Problem, 403: Problem, 422: Problem } as const;
const tags = ['workbench'];

export const workbenchRoutes: FastifyPluginAsyncZod<RouteDeps> = async (app, { ctx }) => {
  app.get(
    '/workbench/lines',
    {
      config: { permission: 'workbench:use' },
      schema: {
        tags,
        summary: 'Requisition lines waiting to be ordered, by needed-by date',
        description:
          'Lines of approved and partially ordered requisitions that are not fully ordered, with the remaining ' +
          "quantity and the suggested supplier's best price today (a warning says why when there is none).",
        querystring: PageQuery.extend(WorkbenchLineQuery.shape),
        response: { 200: pageOf(WorkbenchLine), ...errors },
      },
    },
    async (request) => {
      const { limit, cursor, ...filter } = request.query;
      return purchaseOrders.listRequisitionLinesToOrder(ctx, { filter, limit, cursor });
    },
  );

  app.post(
    '/workbench/purchase-orders',
    {
      config: { permission: 'workbench:use', idempotent: true },
      schema: {
        tags,
        summary: 'Order picked requisition lines: one draft purchase order per supplier, all or none',
        description:
          "Each line goes to its chosen supplier, else its suggested one. Unit prices come from the supplier's price " +
          'list valid on the order date for the quantity (quantity breaks apply); a line with no valid entry and no ' +
          'given unit price is refused by name. Partial quantities are allowed. Send an Idempotency-Key.',
        body: WorkbenchOrderRequest,
        response: { 201: WorkbenchOrderResult, ...errors, 409: Problem },
      },
    },
    async (request, reply) => {
      const created = await purchaseOrders.createOrdersFromRequisitionLines(requestCtx(request, ctx), {
        actor: actorOf(request),
        input: request.body,
      });
      reply.code(201);
      return { purchaseOrders: created };
    },
  );
};
