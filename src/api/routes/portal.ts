import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { Id, IdParams, PageQuery, pageOf } from '../../contracts/common';
import {
  AcceptInvitationRequest,
  AcceptProposalRequest,
  DeclineProposalRequest,
  InvitePortalUserRequest,
  PortalInvoice,
  PortalInvoiceable,
  PortalInvoiceListQuery,
  PortalInvoiceRequest,
  PortalInvoiceSummary,
  PortalOrder,
  PortalOrderSummary,
  PortalTab,
  SupplierResponse,
  SupplierResponseRequest,
  SupplierUser,
  XmlBody,
} from '../../contracts/portal';
import { PurchaseOrder } from '../../contracts/purchase-orders';
import * as dispatch from '../../core/dispatch';
import * as identity from '../../core/identity';
import * as portal from '../../core/portal';
import type { RouteDeps } from '../deps';
import { actorOf } from '../plugins/auth';
import { versionFromIfMatch, withEtag } from '../plugins/concurrency';
import { XML_MEDIA_TYPES } from '../plugins/csv-file';
import { requestCtx } from '../plugins/idempotency';
import { readProblems as errors, writeProblems as writeErrors } from './problems';

const tags = ['portal'];

export const portalRoutes: FastifyPluginAsyncZod<RouteDeps> = async (app, { ctx }) => {
  // ── the buyer's side: who has access, and the supplier's answers ───────────

  app.post(
    '/suppliers/:id/portal-users',
    {
      config: { permission: 'suppliers:write', idempotent: true },
      schema: {
        tags,
        summary:
          "Invite a supplier's contact to the portal: an e-mail with a one-time link to set a password (7 days)",
        description:
          'The user is bound to this supplier (role supplier) and sees only its orders. Inviting the same address again before it set its password sends a new link and ends the old one. 409 for a blocked supplier, or an address that already has an account.',
        params: IdParams,
        body: InvitePortalUserRequest,
        response: { 201: SupplierUser, ...writeErrors },
      },
    },
    async (request, reply) => {
      const { user } = await portal.invitePortalUser(requestCtx(request, ctx), {
        actor: actorOf(request),
        supplierId: request.params.id,
        name: request.body.name,
        email: request.body.email,
      });
      reply.code(201);
      return user;
    },
  );

  app.get(
    '/suppliers/:id/portal-users',
    {
      config: { permission: 'suppliers:read' },
      schema: {
        tags,
        summary: "The supplier's portal users and where each invitation stands",
        params: IdParams,
        response: { 200: z.object({ items: z.array(SupplierUser) }), ...errors },
      },
    },
    async (request) => ({ items: await portal.listPortalUsers(ctx, { supplierId: request.params.id }) }),
  );

  app.get(
    '/purchase-orders/:id/supplier-responses',
    {
      config: { permission: 'purchase_orders:read' },
      schema: {
        tags,
        summary: "The supplier's answers to the order, newest first (at most 50)",
        params: IdParams,
        response: { 200: z.object({ items: z.array(SupplierResponse) }), ...errors },
      },
    },
    async (request) => ({
      items: await dispatch.listSupplierResponses(ctx, {
        actor: actorOf(request),
        purchaseOrderId: request.params.id,
      }),
    }),
  );

  app.post(
    '/purchase-orders/:id/supplier-response/accept',
    {
      config: { ifMatch: true, etag: true, permission: 'purchase_orders:write' },
      schema: {
        tags,
        summary: "Accept the supplier's proposal: a change order, sent back to the supplier (send If-Match)",
        description:
          'Changed quantities, prices and dates become a new revision (rejected lines are removed), with the approval policy’s re-approval rules. Without re-approval the change is sent to the supplier at once and the order is acknowledged with the promised dates; with it, the order waits for approval. 409 when no proposal awaits a decision.',
        params: IdParams,
        body: AcceptProposalRequest,
        response: { 200: PurchaseOrder, ...writeErrors },
      },
    },
    async (request, reply) => {
      const order = await dispatch.acceptSupplierProposal(ctx, {
        actor: actorOf(request),
        purchaseOrderId: request.params.id,
        version: versionFromIfMatch(request),
        responseId: request.body.responseId,
      });
      return withEtag(reply, order);
    },
  );

  app.post(
    '/purchase-orders/:id/supplier-response/decline',
    {
      config: { permission: 'purchase_orders:write' },
      schema: {
        tags,
        summary: "Decline the supplier's proposal with a message to the supplier; the order stands as sent",
        params: IdParams,
        body: DeclineProposalRequest,
        response: { 200: SupplierResponse, ...writeErrors },
      },
    },
    async (request) =>
      dispatch.declineSupplierProposal(ctx, {
        actor: actorOf(request),
        purchaseOrderId: request.params.id,
        responseId: request.body.responseId,
        message: request.body.message,
      }),
  );

  for (const [url, permission, who] of [
    ['/purchase-orders/:id/supplier-responses/:responseId/ubl', 'purchase_orders:read', 'the buyer'],
    ['/portal/orders/:id/answers/:responseId/ubl', 'portal:use', 'the supplier'],
  ] as const) {
    app.get(
      url,
      {
        config: { permission },
        schema: {
          tags,
          summary: `A supplier's answer as a PEPPOL Order Response (UBL XML), for ${who}`,
          description:
            'Code AP when every line was accepted as ordered, RE when every line was rejected, else CA with each line’s status (UNCL 1229: 5 accepted, 3 changed, 7 not accepted), promised date, quantity and price. 409 names what the order lacks for PEPPOL.',
          params: z.object({ id: Id, responseId: Id }),
          response: { 200: z.string().describe('application/xml'), ...errors },
        },
      },
      async (request, reply) => {
        const { fileName, xml } = await dispatch.supplierResponseUbl(ctx, {
          actor: actorOf(request),
          purchaseOrderId: request.params.id,
          responseId: request.params.responseId,
        });
        return reply
          .type('application/xml; charset=utf-8')
          .header('content-disposition', `attachment; filename="${fileName}"`)
          .send(xml);
      },
    );
  }

  // ── the supplier's side ────────────────────────────────────────────────────

  app.post(
    '/auth/invitations/accept',
    {
      config: { permission: 'public' },
      schema: {
        tags,
        summary: 'Set the password of an invited user through its one-time link; then sign in',
        description:
          '422 on `token` when the link is unknown, used or expired; on `password` when it is too short.',
        body: AcceptInvitationRequest,
        response: { 200: z.object({ email: z.string() }), ...writeErrors },
      },
    },
    async (request) => identity.acceptInvitation(ctx, request.body),
  );

  app.get(
    '/portal/orders',
    {
      config: { permission: 'portal:use' },
      schema: {
        tags,
        summary: "The supplier's orders it was sent, by tab, most recently sent first",
        querystring: PageQuery.extend({ tab: PortalTab.default('to_answer') }),
        response: { 200: pageOf(PortalOrderSummary), ...errors },
      },
    },
    async (request) => {
      const { tab, limit, cursor } = request.query;
      return portal.listPortalOrders(ctx, { actor: actorOf(request), tab, limit, cursor });
    },
  );

  app.get(
    '/portal/orders/:id',
    {
      config: { permission: 'portal:use' },
      schema: {
        tags,
        summary: 'One order as the supplier was sent it, with its answers; 404 for any other supplier’s',
        params: IdParams,
        response: { 200: PortalOrder, ...errors },
      },
    },
    async (request) => portal.getPortalOrder(ctx, { actor: actorOf(request), id: request.params.id }),
  );

  app.post(
    '/purchase-orders/:id/supplier-response',
    {
      config: { permission: 'portal:use', idempotent: true },
      schema: {
        tags,
        summary:
          'Answer a sent order, line by line: accept, change (date, quantity, price) or reject (send Idempotency-Key)',
        description:
          'One submission answers every line. All accepted as ordered: the order is acknowledged with the promised dates. Any change or rejection: a proposal the buyer accepts or declines; until then a new answer replaces it. 409 when the order is not awaiting an answer or changed since it was read (`orderRevision`); 422 names each line and field at fault.',
        params: IdParams,
        body: SupplierResponseRequest,
        response: { 201: SupplierResponse, ...writeErrors },
      },
    },
    async (request, reply) => {
      const answer = await dispatch.submitSupplierResponse(requestCtx(request, ctx), {
        actor: actorOf(request),
        purchaseOrderId: request.params.id,
        input: request.body,
        source: 'portal',
      });
      reply.code(201);
      return answer;
    },
  );

  app.post(
    '/purchase-orders/:id/order-response',
    {
      config: { permission: ['portal:use', 'purchase_orders:write'], idempotent: true },
      schema: {
        tags,
        summary:
          "Answer a sent order with a UBL OrderResponse (the supplier's system), or record one the supplier e-mailed (the buyer)",
        description:
          'The XML document is the body (Content-Type: application/xml), UBL 2.0 to 2.4, any namespace prefixes. It is checked against the OASIS schema, then read as the portal’s answer: `cac:OrderReference/cbc:ID` must be the order’s number; each `cac:OrderLine` names the order line it answers in `cac:OrderLineReference/cbc:LineID` (else the line item’s `cbc:ID`), with `cbc:LineStatusCode` 5 (accepted), 3 (changed: quantity, `cac:Price`, `cac:Delivery/cac:PromisedDeliveryPeriod`) or 7 (not accepted, `cbc:Note` says why). Lines it does not name follow `cbc:OrderResponseCode`: AP and CA accept them as ordered, RE rejects them. Same outcome as the portal: acknowledged, or a proposal for the buyer. 422 lists every problem with its place in the document (a line, or an XML path); nothing changes. The document is kept as sent.',
        consumes: XML_MEDIA_TYPES,
        params: IdParams,
        body: XmlBody,
        response: { 201: SupplierResponse, ...writeErrors },
      },
    },
    async (request, reply) => {
      const answer = await dispatch.importOrderResponse(requestCtx(request, ctx), {
        actor: actorOf(request),
        purchaseOrderId: request.params.id,
        body: request.xmlBytes ?? Buffer.from(request.body, 'utf8'),
      });
      reply.code(201);
      return answer;
    },
  );

  // ── the supplier's invoices and payments ───────────────────────────────────

  app.get(
    '/portal/invoices',
    {
      config: { permission: 'portal:use' },
      schema: {
        tags,
        summary:
          "The supplier's invoices and credit notes, newest first, with where each stands and what was paid",
        description:
          'Only the supplier’s own. `status` in the supplier’s words (received, being_checked, query_raised, approved, payment_scheduled, paid, rejected, cancelled); `q` part of our number or of the supplier’s. Nothing internal: no match, tolerances, approvers or notes.',
        querystring: PageQuery.extend(PortalInvoiceListQuery.shape),
        response: { 200: pageOf(PortalInvoiceSummary), ...errors },
      },
    },
    async (request) => {
      const { status, q, limit, cursor } = request.query;
      return portal.listPortalInvoices(ctx, { actor: actorOf(request), status, q, limit, cursor });
    },
  );

  app.get(
    '/portal/invoices/:id',
    {
      config: { permission: 'portal:use' },
      schema: {
        tags,
        summary:
          'One of the supplier’s invoices: lines, totals, payments and any credit-note request; 404 for any other',
        params: IdParams,
        response: { 200: PortalInvoice, ...errors },
      },
    },
    async (request) => portal.getPortalInvoice(ctx, { actor: actorOf(request), id: request.params.id }),
  );

  app.get(
    '/portal/orders/:id/invoiceable',
    {
      config: { permission: 'portal:use' },
      schema: {
        tags,
        summary:
          'What the supplier may invoice of its order now: received (or, needing no receipt, ordered) and not invoiced',
        params: IdParams,
        response: { 200: PortalInvoiceable, ...errors },
      },
    },
    async (request) =>
      portal.getPortalInvoiceable(ctx, { actor: actorOf(request), purchaseOrderId: request.params.id }),
  );

  app.post(
    '/portal/orders/:id/invoices',
    {
      config: { permission: 'portal:use', idempotent: true, location: true },
      schema: {
        tags,
        summary:
          'Turn the order into the supplier’s invoice: matched at once like any other (send Idempotency-Key)',
        description:
          'The supplier’s invoice number, issue date, optional tax point date and lines (order line, quantity, net unit price); tax and unit are the order line’s. Matched as any invoice (source portal): within tolerance it is checked, otherwise accounts payable looks at it. 404 for an order not sent to the supplier; 409 while the supplier is blocked, or when its invoice number was entered already; 422 when nothing of the order is to invoice yet (the reason in words), or at each line and field at fault — nothing is stored.',
        params: IdParams,
        body: PortalInvoiceRequest,
        response: { 201: PortalInvoice, ...writeErrors },
      },
    },
    async (request, reply) => {
      const invoice = await portal.createPortalInvoice(requestCtx(request, ctx), {
        actor: actorOf(request),
        purchaseOrderId: request.params.id,
        input: request.body,
      });
      reply.code(201).header('location', `/api/v1/portal/invoices/${invoice.id}`);
      return invoice;
    },
  );
};
