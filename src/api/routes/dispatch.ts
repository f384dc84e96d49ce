import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { IdParams, PageQuery, pageOf } from '../../contracts/common';
import {
  CreateShipNoticeRequest,
  Dispatch,
  DispatchFileParams,
  SendPurchaseOrderRequest,
  ShipNotice,
  TrackingCounts,
  TrackingLine,
  TrackingQuery,
} from '../../contracts/dispatch';
import { XmlBody } from '../../contracts/portal';
import { PurchaseOrder } from '../../contracts/purchase-orders';
import * as dispatch from '../../core/dispatch';
import type { RouteDeps } from '../deps';
import { actorOf } from '../plugins/auth';
import { versionFromIfMatch, withEtag } from '../plugins/concurrency';
import { XML_MEDIA_TYPES } from '../plugins/csv-file';
import { requestCtx } from '../plugins/idempotency';
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
        response: { 200: z.any().describe('application/octet-stream'), ...errors, 409: writeErrors[409] },
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

  // ── ship notices ───────────────────────────────────────────────────────────

  app.post(
    '/purchase-orders/:id/ship-notices',
    {
      config: { permission: ['portal:use', 'purchase_orders:write'], idempotent: true },
      schema: {
        tags,
        summary:
          "Give a ship notice (ASN) against the order: the supplier's user, or the buyer on the supplier's behalf (send Idempotency-Key)",
        description:
          'Lines with the quantity shipped: at most what is still open on each line (ordered less short-closed, above the over-delivery tolerance of the settings, less what was shipped or received already). Numbered ASN-YYYY-NNNNN. The buyer is told when the supplier sent it. 409 when the order is not sent, is being changed, or is fully received, closed or cancelled; 422 names each line and field at fault.',
        params: IdParams,
        body: CreateShipNoticeRequest,
        response: { 201: ShipNotice, ...writeErrors },
      },
    },
    async (request, reply) => {
      const actor = actorOf(request);
      const notice = await dispatch.createShipNotice(requestCtx(request, ctx), {
        actor,
        purchaseOrderId: request.params.id,
        input: request.body,
        source: actor.supplierId ? 'supplier' : 'buyer',
      });
      reply.code(201);
      return notice;
    },
  );

  app.post(
    '/ship-notices/despatch-advice',
    {
      config: { permission: ['portal:use', 'purchase_orders:write'], idempotent: true },
      schema: {
        tags,
        summary: 'Give a ship notice as a UBL DespatchAdvice (XML body): the order is the one it names',
        description:
          'UBL 2.0 to 2.4, any namespace prefixes (Content-Type: application/xml), checked against the OASIS schema. The order is found by `cac:OrderReference/cbc:ID` (our order number), its lines by `cac:DespatchLine/cac:OrderLineReference/cbc:LineID` (our line numbers; despatch lines of the same order line add up); `cbc:DeliveredQuantity` in its `unitCode` is converted to the line’s unit. Despatch date: `cac:Shipment/cac:Delivery/cac:Despatch/cbc:ActualDespatchDate` (else the issue date); expected delivery: `…/cac:Delivery/cac:EstimatedDeliveryPeriod/cbc:EndDate`; carrier: a `cac:CarrierParty`’s name; tracking: `cac:Delivery/cbc:TrackingID`, else the consignment’s carrier-assigned ID or ID; packages: `cbc:TotalTransportHandlingUnitQuantity`. 422 lists every problem with its place in the document (an unknown order, another supplier’s or one not sent read alike); nothing changes.',
        consumes: XML_MEDIA_TYPES,
        body: XmlBody,
        response: { 201: ShipNotice, ...writeErrors },
      },
    },
    async (request, reply) => {
      const notice = await dispatch.importDespatchAdvice(requestCtx(request, ctx), {
        actor: actorOf(request),
        body: request.xmlBytes ?? Buffer.from(request.body, 'utf8'),
      });
      reply.code(201);
      return notice;
    },
  );

  app.get(
    '/purchase-orders/:id/ship-notices',
    {
      config: { permission: ['purchase_orders:read', 'portal:use'] },
      schema: {
        tags,
        summary: "The order's ship notices, newest first (the buyer, and the supplier's user)",
        params: IdParams,
        querystring: PageQuery,
        response: { 200: pageOf(ShipNotice), ...errors },
      },
    },
    async (request) =>
      dispatch.listShipNotices(ctx, {
        actor: actorOf(request),
        purchaseOrderId: request.params.id,
        limit: request.query.limit,
        cursor: request.query.cursor,
      }),
  );

  // ── delivery tracking ──────────────────────────────────────────────────────

  app.get(
    '/tracking/lines',
    {
      config: { permission: 'purchase_orders:read' },
      schema: {
        tags,
        summary: 'Open lines of sent orders by delivery state, soonest expected first (the tracking board)',
        description:
          'Every line of an order sent and not fully received, with its needed-by, promised and expected dates (the latest ship notice’s, else promised, else needed-by) and its state today: late, at_risk (promised later than needed, expected later than promised, or not acknowledged `acknowledgementDueDays` after sending), not_acknowledged, on_track. Lines without any date come last. Filters: supplier, buyer, the expected-date window, the state. Export: GET /tracking/lines/export.',
        querystring: PageQuery.extend(TrackingQuery.shape),
        response: { 200: pageOf(TrackingLine), ...errors },
      },
    },
    async (request) => {
      const { limit, cursor, ...filter } = request.query;
      return dispatch.listTrackingLines(ctx, { actor: actorOf(request), filter, limit, cursor });
    },
  );

  app.get(
    '/tracking/counts',
    {
      config: { permission: 'purchase_orders:read' },
      schema: {
        tags,
        summary:
          'How many open lines are in each delivery state, under the board’s filters (up to 1,000 each)',
        querystring: TrackingQuery.omit({ state: true }),
        response: { 200: TrackingCounts, ...errors },
      },
    },
    async (request) => dispatch.countTrackingLines(ctx, { actor: actorOf(request), filter: request.query }),
  );
};
