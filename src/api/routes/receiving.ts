import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { IdParams, PageQuery, pageOf } from '../../contracts/common';
import {
  CreateReceiptRequest,
  CreateReturnRequest,
  ExpectedDelivery,
  ExpectedDeliveryQuery,
  InspectionRequest,
  PendingInspection,
  PortalReturnListQuery,
  Receipt,
  ReceiptListQuery,
  ReturnListQuery,
  ReverseReceiptRequest,
  SupplierReturn,
} from '../../contracts/receiving';
import * as receiving from '../../core/receiving';
import type { RouteDeps } from '../deps';
import { actorOf } from '../plugins/auth';
import { requestCtx } from '../plugins/idempotency';
import { readProblems as errors, writeProblems as writeErrors } from './problems';

const tags = ['receiving'];

export const receivingRoutes: FastifyPluginAsyncZod<RouteDeps> = async (app, { ctx }) => {
  app.post(
    '/receipts',
    {
      config: { location: true, permission: ['receiving:write', 'receiving:confirm'], idempotent: true },
      schema: {
        tags,
        summary: 'Receive goods against an order: a goods receipt GR-YYYY-NNNNN (send Idempotency-Key)',
        description:
          'Per order line the quantity that arrived, in the line’s unit or one that converts to it (`unitCode`), with lot and serial numbers; from a ship notice (`shipNoticeId`) or from the order. Only orders in `sent`, `acknowledged` or `partially_received` can be received (409 naming the state otherwise). A quantity beyond what is open plus the over-receipt tolerance (GET /api/v1/tolerances/effective) is a 422 naming the line, its open quantity and the limit, and nothing is recorded; within the tolerance the excess is flagged (`overReceived`). Goods of an item or category that needs inspection await it (`pending_inspection`); others are accepted at once. The order’s progress and state follow from accepted quantity. 409 with the new open quantity when another receipt took it meanwhile. Services (lines of a service item) are confirmed by `amount` (what it pays for at the line’s net unit price) or `percentComplete` (how far the whole line is done; what it adds is received), or by quantity; a requester or buyer (`receiving:confirm`) confirms service lines only, receivers receive anything.',
        body: CreateReceiptRequest,
        response: { 201: Receipt, ...writeErrors },
      },
    },
    async (request, reply) => {
      const receipt = await receiving.createReceipt(requestCtx(request, ctx), {
        actor: actorOf(request),
        input: request.body,
      });
      reply.code(201).header('location', `/api/v1/receipts/${receipt.id}`);
      return receipt;
    },
  );

  app.get(
    '/receipts',
    {
      config: { permission: 'receiving:read' },
      schema: {
        tags,
        summary: 'Goods receipts and reversals of the orders one can see, newest first',
        querystring: PageQuery.extend(ReceiptListQuery.shape),
        response: { 200: pageOf(Receipt), ...errors },
      },
    },
    async (request) => {
      const { limit, cursor, ...filter } = request.query;
      return receiving.listReceipts(ctx, { actor: actorOf(request), filter, limit, cursor });
    },
  );

  app.get(
    '/expected-deliveries',
    {
      config: { permission: 'receiving:read' },
      schema: {
        tags,
        summary:
          'The dock’s lookup: orders awaiting goods, by order, supplier, ship-notice or tracking number',
        description:
          'Orders in `sent`, `acknowledged` or `partially_received` that one can see, found by order number, supplier or item, or by a ship notice’s number, tracking number or the supplier’s delivery-note number (exactly, in any letter case: what a barcode scanner types). An order named by a ship notice comes first, with `matchedShipNoticeId`. At most 10, each with its ship notices.',
        querystring: ExpectedDeliveryQuery,
        response: { 200: z.object({ items: z.array(ExpectedDelivery) }), ...errors },
      },
    },
    async (request) => ({
      items: await receiving.findExpectedDeliveries(ctx, {
        actor: actorOf(request),
        q: request.query.q,
        limit: 10,
      }),
    }),
  );

  app.get(
    '/receipts/:id',
    {
      config: { permission: 'receiving:read' },
      schema: {
        tags,
        summary: 'One goods receipt (or reversal) with its lines and their inspections',
        params: IdParams,
        response: { 200: Receipt, ...errors },
      },
    },
    async (request) => receiving.getReceipt(ctx, { actor: actorOf(request), id: request.params.id }),
  );

  app.get(
    '/receipts/:id/ubl',
    {
      config: { permission: 'receiving:read' },
      schema: {
        tags,
        summary: 'The receipt as a UBL Receipt Advice (XML)',
        description:
          'OASIS UBL 2.1 `ReceiptAdvice`, valid against the schema: per line the quantity received (less reversals), `ShortQuantity` against the ship notice the goods came with, `RejectedQuantity` with `RejectReasonCode` and `RejectReason` from inspection. 409 for a reversal (its receipt’s advice says what is left).',
        params: IdParams,
        response: { 200: z.string().describe('application/xml'), ...errors },
      },
    },
    async (request, reply) => {
      const { fileName, xml } = await receiving.receiptAdvice(ctx, {
        actor: actorOf(request),
        id: request.params.id,
      });
      return reply
        .type('application/xml; charset=utf-8')
        .header('content-disposition', `attachment; filename="${fileName}"`)
        .send(xml);
    },
  );

  app.post(
    '/receipts/:id/reverse',
    {
      config: { permission: 'receiving:write', idempotent: true },
      schema: {
        tags,
        summary:
          'Correct a receipt by a reversal: a new GR record taking back the whole receipt or some of its lines',
        description:
          'A receipt is never edited or deleted. `reason` is required; `lines` names what to take back (left out: everything that can be). Goods accepted on receipt can be taken back whole; goods of an inspected item only while they await inspection (inspected goods go back by a return). The order’s quantities and state follow. Answers the reversal.',
        params: IdParams,
        body: ReverseReceiptRequest,
        response: { 201: Receipt, ...writeErrors },
      },
    },
    async (request, reply) => {
      const reversal = await receiving.reverseReceipt(requestCtx(request, ctx), {
        actor: actorOf(request),
        receiptId: request.params.id,
        input: request.body,
      });
      reply.code(201);
      return reversal;
    },
  );

  app.post(
    '/receipts/:id/inspection',
    {
      config: { permission: 'receiving:inspect', idempotent: true },
      schema: {
        tags,
        summary: 'Record quality inspection results on a receipt’s lines awaiting inspection',
        description:
          'Per line the quantity accepted and the quantity rejected with a reason (`other` needs `rejectionNote`). Accepted + rejected never exceeds what awaits inspection; the rest may be inspected later. Accepted quantity counts as delivered: the order’s progress and state follow. Photos and test reports attach to the receipt (POST /api/v1/receipts/{id}/attachments). Answers the receipt.',
        params: IdParams,
        body: InspectionRequest,
        response: { 200: Receipt, ...writeErrors },
      },
    },
    async (request) =>
      receiving.recordInspection(requestCtx(request, ctx), {
        actor: actorOf(request),
        receiptId: request.params.id,
        input: request.body,
      }),
  );

  app.get(
    '/inspections/pending',
    {
      config: { permission: 'receiving:read' },
      schema: {
        tags,
        summary: 'The inspection queue: receipt lines awaiting inspection, oldest first',
        querystring: PageQuery,
        response: { 200: pageOf(PendingInspection), ...errors },
      },
    },
    async (request) =>
      receiving.listInspectionQueue(ctx, {
        actor: actorOf(request),
        limit: request.query.limit,
        cursor: request.query.cursor,
      }),
  );

  app.post(
    '/returns',
    {
      config: { location: true, permission: 'receiving:return', idempotent: true },
      schema: {
        tags,
        summary:
          'Return rejected goods of a receipt to their supplier: RTV-YYYY-NNNNN (send Idempotency-Key)',
        description:
          'Per line what goes back (`lines`; left out: everything rejected on the receipt and not yet returned) — never more than was rejected at inspection and not yet returned — and what is expected: `replacement` by `replacementExpectedOn` (the quantity stays open on the order line, due on that date) or `credit` (the quantity is no longer expected; the order may be complete with what was accepted). The supplier is told at once: its portal users in the app and by e-mail, otherwise the addresses the order was sent to. 409 when the order is closed, cancelled or on hold.',
        body: CreateReturnRequest,
        response: { 201: SupplierReturn, ...writeErrors },
      },
    },
    async (request, reply) => {
      const created = await receiving.returnToSupplier(requestCtx(request, ctx), {
        actor: actorOf(request),
        input: request.body,
      });
      reply.code(201).header('location', `/api/v1/returns/${created.id}`);
      return created;
    },
  );

  app.get(
    '/returns',
    {
      config: { permission: 'receiving:read' },
      schema: {
        tags,
        summary: 'Returns to supplier of the orders one can see, newest first',
        querystring: PageQuery.extend(ReturnListQuery.shape),
        response: { 200: pageOf(SupplierReturn), ...errors },
      },
    },
    async (request) => {
      const { limit, cursor, ...filter } = request.query;
      return receiving.listReturns(ctx, { actor: actorOf(request), filter, limit, cursor });
    },
  );

  app.get(
    '/returns/:id',
    {
      config: { permission: 'receiving:read' },
      schema: {
        tags,
        summary: 'A return to supplier',
        params: IdParams,
        response: { 200: SupplierReturn, ...errors },
      },
    },
    async (request) => receiving.getReturn(ctx, { actor: actorOf(request), id: request.params.id }),
  );

  app.get(
    '/portal/returns',
    {
      config: { permission: 'portal:use' },
      schema: {
        tags: ['portal'],
        summary: 'The supplier’s returns: goods sent back to it, newest first (its own only)',
        querystring: PageQuery.extend(PortalReturnListQuery.shape),
        response: { 200: pageOf(SupplierReturn), ...errors },
      },
    },
    async (request) => {
      const { limit, cursor, ...filter } = request.query;
      return receiving.listReturns(ctx, { actor: actorOf(request), filter, limit, cursor });
    },
  );

  app.get(
    '/portal/returns/:id',
    {
      config: { permission: 'portal:use' },
      schema: {
        tags: ['portal'],
        summary: 'One of the supplier’s returns; 404 for any other supplier’s',
        params: IdParams,
        response: { 200: SupplierReturn, ...errors },
      },
    },
    async (request) => receiving.getReturn(ctx, { actor: actorOf(request), id: request.params.id }),
  );
};
