import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { IdParams, PageQuery, pageOf } from '../../contracts/common';
import { Dispatch, DispatchFileParams, SendPurchaseOrderRequest } from '../../contracts/dispatch';
import { PurchaseOrder } from '../../contracts/purchase-orders';
import * as dispatch from '../../core/dispatch';
import type { RouteDeps } from '../deps';
import { actorOf } from '../plugins/auth';
import { versionFromIfMatch, withEtag } from '../plugins/concurrency';
import { readProblems as errors, writeProblems as writeErrors } from './problems';

const tags = ['dispatch'];

export const dispatchRoutes: FastifyPluginAsyncZod<RouteDeps> = async (app, { ctx }) => {
  app.post(
    '/purchase-orders/:id/send',
    {
      config: { ifMatch: true, etag: true, permission: 'purchase_orders:write' },
      schema: {
        tags,
        summary:
          'Send the order to its supplier by e-mail, with the PDF and the UBL document (send If-Match)',
        description:
          "E-mails the supplier's order contacts (or `recipients`, for this send only) a message with the PDF and the PEPPOL document attached; the order becomes `sent`. The first send carries the order; once sent, a later revision goes as a change order (PDF headed “Change order — revision N”, UBL OrderChange); the same revision may be sent again. The UBL document is left out, with the reason recorded, when the order lacks what PEPPOL needs (electronic addresses). 409 when the order cannot be sent in its state, the supplier is blocked or has no order contact: nothing is sent. Every send is kept: GET …/dispatches.",
        params: IdParams,
        body: SendPurchaseOrderRequest,
        response: { 200: PurchaseOrder, ...writeErrors },
      },
    },
    async (request, reply) => {
      const order = await dispatch.sendPurchaseOrder(ctx, {
        actor: actorOf(request),
        id: request.params.id,
        version: versionFromIfMatch(request),
        recipients: request.body?.recipients,
        message: request.body?.message,
      });
      return withEtag(reply, order);
    },
  );

  app.get(
    '/purchase-orders/:id/dispatches',
    {
      config: { permission: 'purchase_orders:read' },
      schema: {
        tags,
        summary:
          'Every send of the order, newest first: recipients, time, revision, files with their SHA-256',
        params: IdParams,
        querystring: PageQuery,
        response: { 200: pageOf(Dispatch), ...errors },
      },
    },
    async (request) =>
      dispatch.listDispatches(ctx, {
        actor: actorOf(request),
        purchaseOrderId: request.params.id,
        limit: request.query.limit,
        cursor: request.query.cursor,
      }),
  );

  app.get(
    '/purchase-orders/:id/dispatches/:dispatchId/files/:role',
    {
      config: { permission: 'purchase_orders:read' },
      schema: {
        tags,
        summary:
          'A file of a send, byte for byte as it was sent: the PDF, the UBL document or the whole e-mail (.eml)',
        params: DispatchFileParams,
        response: { 200: z.any().describe('application/octet-stream'), ...errors },
      },
    },
    async (request, reply) => {
      const file = await dispatch.readDispatchFile(ctx, {
        actor: actorOf(request),
        purchaseOrderId: request.params.id,
        dispatchId: request.params.dispatchId,
        role: request.params.role,
      });
      return reply
        .type(file.mediaType)
        .header('content-disposition', `attachment; filename="${file.fileName}"`)
        .header('x-content-type-options', 'nosniff')
        .header('cache-control', 'private, no-store')
        .header('etag', `"${file.sha256}"`)
        .send(file.bytes);
    },
  );
};
