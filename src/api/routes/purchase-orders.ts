import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ApprovalRoute } from '../../contracts/approvals';
import { IdParams, PageQuery, Problem, pageOf } from '../../contracts/common';
import {
  CreatePurchaseOrderRequest,
  LineParams,
  PurchaseOrder,
  PurchaseOrderListQuery,
  PurchaseOrderRevision,
  PurchaseOrderRevisionDetail,
  PurchaseOrderSummary,
  RequestChangesRequest,
  RevisionParams,
  ShortCloseRequest,
  TransitionRequest,
  UpdatePurchaseOrderRequest,
} from '../../contracts/purchase-orders';
import * as purchaseOrders from '../../core/purchase-orders';
import { AppError } from '../../core/shared/errors';
import { renderPurchaseOrderPdf } from '../../documents/purchase-order-pdf';
import {
  orderDocumentProblems,
  renderPurchaseOrderUbl,
  ublFileName,
} from '../../documents/purchase-order-ubl';
import { LANGUAGES } from '../../domain/languages';
import type { RouteDeps } from '../deps';
import { actorOf } from '../plugins/auth';
import { versionFromIfMatch, withEtag } from '../plugins/concurrency';
import { requestCtx } from '../plugins/idempotency';
import { readProblems as errors, writeProblems as writeErrors } from './problems';

const tags = ['purchase-orders'];

export const purchaseOrderRoutes: FastifyPluginAsyncZod<RouteDeps> = async (app, { ctx }) => {
  app.get(
    '/purchase-orders',
    {
      config: { permission: 'purchase_orders:read' },
      schema: {
        tags,
        summary: 'List purchase orders, newest first',
        description:
          'q matches the start of the PO number (any letter case), a fragment of the supplier name, or of a line description, item SKU or item name. overdue=true: expected delivery passed, not yet fully received; dueSoon=true: not yet fully received and expected from today to 7 days ahead; returned=true: drafts an approver sent back to their buyer. Requesters see their own department’s orders.',
        querystring: PageQuery.extend(PurchaseOrderListQuery.shape),
        response: { 200: pageOf(PurchaseOrderSummary), ...errors },
      },
    },
    async (request) => {
      const { limit, cursor, ...filter } = request.query;
      return purchaseOrders.listPurchaseOrders(ctx, { actor: actorOf(request), filter, limit, cursor });
    },
  );

  app.post(
    '/purchase-orders',
    {
      config: { location: true, etag: true, permission: 'purchase_orders:write', idempotent: true },
      schema: {
        tags,
        summary: 'Create a draft purchase order (send Idempotency-Key to retry safely)',
        description:
          'Currency, payment terms and addresses default from the supplier and the settings; description, unit and tax rate from the item. A supplier on hold is accepted with a warning; a blocked one is refused.',
        body: CreatePurchaseOrderRequest,
        response: { 201: PurchaseOrder, ...errors, 409: Problem },
      },
    },
    async (request, reply) => {
      const order = await purchaseOrders.createPurchaseOrder(requestCtx(request, ctx), {
        actor: actorOf(request),
        input: request.body,
      });
      reply.code(201).header('location', `/api/v1/purchase-orders/${order.id}`);
      return withEtag(reply, order);
    },
  );

  app.get(
    '/purchase-orders/:id',
    {
      config: { etag: true, permission: 'purchase_orders:read' },
      schema: {
        tags,
        summary: 'One purchase order with its lines, totals, progress and sources',
        params: IdParams,
        response: { 200: PurchaseOrder, ...errors },
      },
    },
    async (request, reply) =>
      withEtag(
        reply,
        await purchaseOrders.getPurchaseOrder(ctx, { actor: actorOf(request), id: request.params.id }),
      ),
  );

  app.patch(
    '/purchase-orders/:id',
    {
      config: { ifMatch: true, etag: true, permission: 'purchase_orders:write' },
      schema: {
        tags,
        summary: 'Edit a purchase order (send If-Match); once approved, an edit is a change order (revision)',
        description:
          'lines, when given, is the complete new set: a line with lineNo replaces that line, one without is added, a line left out is removed. A revision that raises the total or changes supplier or currency goes back for approval.',
        params: IdParams,
        body: UpdatePurchaseOrderRequest,
        response: { 200: PurchaseOrder, ...writeErrors },
      },
    },
    async (request, reply) => {
      const order = await purchaseOrders.updatePurchaseOrder(ctx, {
        actor: actorOf(request),
        id: request.params.id,
        version: versionFromIfMatch(request),
        input: request.body,
      });
      return withEtag(reply, order);
    },
  );

  app.get(
    '/purchase-orders/:id/approval-route',
    {
      config: { permission: 'purchase_orders:read' },
      schema: {
        tags,
        summary:
          'The approval route and why: for a draft what submitting would do, once submitted the stored route with its decisions',
        params: IdParams,
        response: { 200: ApprovalRoute, ...errors },
      },
    },
    async (request) =>
      purchaseOrders.readPurchaseOrderApprovalRoute(ctx, { actor: actorOf(request), id: request.params.id }),
  );

  const transitions = [
    ['submit', 'purchase_orders:write', 'Submit a draft for approval', purchaseOrders.submitPurchaseOrder],
    [
      'approve',
      'purchase_orders:approve',
      'Approve (not your own order: its creator and buyer cannot)',
      purchaseOrders.approvePurchaseOrder,
    ],
    [
      'reject',
      'purchase_orders:approve',
      'Reject back to draft (reason required)',
      purchaseOrders.rejectPurchaseOrder,
    ],
    ['hold', 'purchase_orders:write', 'Put on hold (reason required)', purchaseOrders.holdPurchaseOrder],
    [
      'release',
      'purchase_orders:write',
      'Release from hold to where it was',
      purchaseOrders.releasePurchaseOrder,
    ],
    [
      'cancel',
      'purchase_orders:write',
      'Cancel (reason required; not after receipts)',
      purchaseOrders.cancelPurchaseOrder,
    ],
    [
      'close',
      'purchase_orders:write',
      'Close (reason required unless fully received)',
      purchaseOrders.closePurchaseOrder,
    ],
  ] as const;

  for (const [verb, permission, summary, useCase] of transitions) {
    app.post(
      `/purchase-orders/:id/${verb}`,
      {
        config: { ifMatch: true, etag: true, permission },
        schema: {
          tags,
          summary: `${summary} (send If-Match)`,
          params: IdParams,
          body: TransitionRequest,
          response: { 200: PurchaseOrder, ...writeErrors },
        },
      },
      async (request, reply) => {
        const order = await useCase(ctx, {
          actor: actorOf(request),
          id: request.params.id,
          version: versionFromIfMatch(request),
          reason: request.body?.reason,
          comment: request.body?.comment,
        });
        return withEtag(reply, order);
      },
    );
  }

  app.post(
    '/purchase-orders/:id/request-changes',
    {
      config: { ifMatch: true, etag: true, permission: 'purchase_orders:approve' },
      schema: {
        tags,
        summary:
          'Send an order awaiting approval back to its buyer as a draft, saying what to change (comment required; send If-Match)',
        params: IdParams,
        body: RequestChangesRequest,
        response: { 200: PurchaseOrder, ...writeErrors },
      },
    },
    async (request, reply) => {
      const order = await purchaseOrders.requestPurchaseOrderChanges(ctx, {
        actor: actorOf(request),
        id: request.params.id,
        version: versionFromIfMatch(request),
        comment: request.body.comment,
      });
      return withEtag(reply, order);
    },
  );

  app.post(
    '/purchase-orders/:id/short-close',
    {
      config: { ifMatch: true, etag: true, permission: 'purchase_orders:write' },
      schema: {
        tags,
        summary: 'Short-close every line: what is not yet received is no longer expected (send If-Match)',
        params: IdParams,
        body: ShortCloseRequest,
        response: { 200: PurchaseOrder, ...writeErrors },
      },
    },
    async (request, reply) => {
      const order = await purchaseOrders.shortClosePurchaseOrder(ctx, {
        actor: actorOf(request),
        id: request.params.id,
        version: versionFromIfMatch(request),
        reason: request.body.reason,
      });
      return withEtag(reply, order);
    },
  );

  app.post(
    '/purchase-orders/:id/lines/:lineNo/short-close',
    {
      config: { ifMatch: true, etag: true, permission: 'purchase_orders:write' },
      schema: {
        tags,
        summary: 'Short-close one line: what is not yet received is no longer expected (send If-Match)',
        params: LineParams,
        body: ShortCloseRequest,
        response: { 200: PurchaseOrder, ...writeErrors },
      },
    },
    async (request, reply) => {
      const order = await purchaseOrders.shortClosePurchaseOrder(ctx, {
        actor: actorOf(request),
        id: request.params.id,
        lineNo: request.params.lineNo,
        version: versionFromIfMatch(request),
        reason: request.body.reason,
      });
      return withEtag(reply, order);
    },
  );

  app.get(
    '/purchase-orders/:id/revisions',
    {
      config: { permission: 'purchase_orders:read' },
      schema: {
        tags,
        summary: 'Revisions (change orders) of a purchase order, newest first, with their diffs',
        params: IdParams,
        querystring: PageQuery,
        response: { 200: pageOf(PurchaseOrderRevision), ...errors },
      },
    },
    async (request) =>
      purchaseOrders.listRevisions(ctx, {
        actor: actorOf(request),
        id: request.params.id,
        limit: request.query.limit,
        cursor: request.query.cursor,
      }),
  );

  app.get(
    '/purchase-orders/:id/revisions/:revision',
    {
      config: { permission: 'purchase_orders:read' },
      schema: {
        tags,
        summary: 'One revision: the diff and the document as it stood before it',
        params: RevisionParams,
        response: { 200: PurchaseOrderRevisionDetail, ...errors },
      },
    },
    async (request) =>
      purchaseOrders.getRevision(ctx, {
        actor: actorOf(request),
        id: request.params.id,
        revision: request.params.revision,
      }),
  );

  app.get(
    '/purchase-orders/:id/pdf',
    {
      config: { permission: 'purchase_orders:read' },
      schema: {
        tags,
        summary: 'The purchase order as a printable PDF (the standard-format document sent to the supplier)',
        description:
          'Written in the supplier’s language (its `language`, English when it has none); `language` asks for another.',
        params: IdParams,
        querystring: z.object({
          language: z
            .enum(LANGUAGES)
            .optional()
            .meta({ description: 'The language to write it in instead of the supplier’s' }),
        }),
        response: { 200: z.any().describe('application/pdf'), ...errors },
      },
    },
    async (request, reply) => {
      const doc = await purchaseOrders.getPurchaseOrderDocument(ctx, {
        actor: actorOf(request),
        id: request.params.id,
        language: request.query.language,
      });
      const pdf = await renderPurchaseOrderPdf(doc);
      return reply
        .type('application/pdf')
        .header('content-disposition', `inline; filename="${doc.number}-r${doc.revision}.pdf"`)
        .send(pdf);
    },
  );

  app.get(
    '/purchase-orders/:id/ubl',
    {
      config: { permission: 'purchase_orders:read' },
      schema: {
        tags,
        summary:
          'The purchase order as a PEPPOL document (UBL 2.1 XML): the order, its change or its cancellation',
        description:
          'The original order is a PEPPOL Order (T01); a revised one an Order Change (T114) of its latest revision; a cancelled one an Order Cancellation (T115). A 409 names what the order lacks: an electronic address of the organisation or the supplier, a unit without its UN/ECE code.',
        params: IdParams,
        response: { 200: z.string().describe('application/xml'), ...errors },
      },
    },
    async (request, reply) => {
      const doc = await purchaseOrders.getPurchaseOrderDocument(ctx, {
        actor: actorOf(request),
        id: request.params.id,
      });
      const problems = orderDocumentProblems(doc);
      if (problems.length > 0) {
        throw new AppError(
          'conflict',
          `${doc.number} cannot be written as a PEPPOL order yet: ${problems.map((p) => p.message).join('; ')}.`,
          { errors: problems },
        );
      }
      return reply
        .type('application/xml; charset=utf-8')
        .header('content-disposition', `attachment; filename="${ublFileName(doc)}"`)
        .send(renderPurchaseOrderUbl(doc));
    },
  );
};
