import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { ApprovalRoute } from '../../contracts/approvals';
import { CsvBody } from '../../contracts/catalog';
import { IdParams, PageQuery, pageOf } from '../../contracts/common';
import {
  CreateInvoiceRequest,
  Invoice,
  InvoiceableOrder,
  InvoiceCsvImportResult,
  InvoiceListQuery,
  InvoiceTransitionRequest,
  UpdateInvoiceRequest,
} from '../../contracts/invoicing';
import { XmlBody } from '../../contracts/portal';
import * as invoicing from '../../core/invoicing';
import type { Permission } from '../../core/shared/permissions';
import { INVOICE_IMPORT_COLUMNS } from '../../domain/import-columns';
import { attachmentStore, type RouteDeps } from '../deps';
import { actorOf } from '../plugins/auth';
import { versionFromIfMatch, withEtag } from '../plugins/concurrency';
import { IMPORT_MEDIA_TYPES, withFileReport, XML_MEDIA_TYPES } from '../plugins/csv-file';
import { requestCtx } from '../plugins/idempotency';
import { readProblems as errors, writeProblems as writeErrors } from './problems';

const tags = ['invoicing'];

export const invoicingRoutes: FastifyPluginAsyncZod<RouteDeps> = async (app, { ctx, config }) => {
  const files = { store: attachmentStore(config), maxBytes: config.attachmentMaxBytes };
  app.post(
    '/invoices',
    {
      config: { location: true, etag: true, permission: 'invoices:write', idempotent: true },
      schema: {
        tags,
        summary:
          'Enter a supplier invoice or credit note against an order: INV-YYYY-NNNNN (send Idempotency-Key)',
        description:
          'Lines bill order lines (`orderLineNo`): quantity (in the line’s unit or one that converts), net price per `baseQuantity`, line allowances and charges, tax category and rate (the order line’s by default). Header allowances and charges, prepaid and rounding amounts; `totals` the supplier states are checked against the lines to the cent (422 naming every field that does not add up). The currency is the order’s; terms default to the order’s; IBAN and BIC are checked. The same supplier number again (case, spaces, punctuation and leading zeros aside) is a 409 naming the invoice that has it. Unless `submit` is false the invoice is matched at once: `matched`, `matching` (waiting for goods not yet received) or `exception` with every variance in words (docs/accounts-payable.md).',
        body: CreateInvoiceRequest,
        response: { 201: Invoice, ...writeErrors },
      },
    },
    async (request, reply) => {
      const invoice = await invoicing.createInvoice(requestCtx(request, ctx), {
        actor: actorOf(request),
        input: request.body,
        source: 'form',
      });
      reply.code(201).header('location', `/api/v1/invoices/${invoice.id}`);
      return withEtag(reply, invoice);
    },
  );

  app.post(
    '/invoices/import',
    {
      config: { location: true, etag: true, permission: 'invoices:write', idempotent: true },
      schema: {
        tags,
        summary: 'Import a supplier’s UBL Invoice or CreditNote (XML body): INV-YYYY-NNNNN, matched at once',
        description:
          'UBL 2.0, 2.1 or 2.4 (PEPPOL BIS Billing 3 included), any namespace prefixes (Content-Type: application/xml), checked against the OASIS schema. The order is found by `cac:OrderReference/cbc:ID` (our order number), each line’s order line by `cac:OrderLineReference/cbc:LineID`; `cbc:InvoicedQuantity` (`cbc:CreditedQuantity`) in its `unitCode` is converted to the order line’s unit. Allowances and charges at header and line level, prices per `cbc:BaseQuantity`, negative lines and several tax categories are read as the document states them, and its arithmetic (lines → `cbc:LineExtensionAmount` → `cbc:TaxExclusiveAmount` → tax subtotals → `cbc:PayableAmount`) is checked to the cent. A seller whose tax id or `cbc:EndpointID` is not the order’s supplier’s is refused. Files it embeds (`cac:AdditionalDocumentReference/cac:Attachment/cbc:EmbeddedDocumentBinaryObject`, usually its PDF) become the invoice’s attachments when they are of a kind that may be attached. Lines naming no order line are proposed by item (`cac:BuyersItemIdentification`: our SKU) and price, and the invoice is kept as a draft to confirm. 422 lists every problem with its place in the document; nothing is stored. 409 when the supplier’s number was entered already.',
        consumes: XML_MEDIA_TYPES,
        body: XmlBody,
        response: { 201: Invoice, ...writeErrors },
      },
    },
    async (request, reply) => {
      const invoice = await invoicing.importUblInvoice(requestCtx(request, ctx), {
        actor: actorOf(request),
        body: request.xmlBytes ?? Buffer.from(request.body, 'utf8'),
        files,
      });
      reply.code(201).header('location', `/api/v1/invoices/${invoice.id}`);
      return withEtag(reply, invoice);
    },
  );

  app.post(
    '/invoices/import/csv',
    {
      config: { permission: 'invoices:write', idempotent: true },
      schema: {
        tags,
        summary: 'Import supplier invoices from CSV (text/csv) or an Excel workbook: every invoice or none',
        description: `One row per invoice line. Columns: ${INVOICE_IMPORT_COLUMNS.required.join(', ')} (required); ${INVOICE_IMPORT_COLUMNS.optional.join(', ')}. The rows with the same orderNumber and supplierInvoiceNumber are one invoice; its header cells (dates, currency, totals, note) come from the first row that fills them, and a later row saying otherwise is a problem. Each invoice is checked as one entered by hand and matched at once. If any row is bad nothing is imported and the 422 lists every problem as \`line N.column\` (the header is line 1). docs/accounts-payable.md#csv-invoices`,
        consumes: IMPORT_MEDIA_TYPES,
        body: CsvBody,
        response: { 201: InvoiceCsvImportResult, ...writeErrors },
      },
    },
    async (request, reply) => {
      const result = await invoicing.importCsvInvoices(requestCtx(request, ctx), {
        actor: actorOf(request),
        csv: request.body,
      });
      reply.code(201);
      return withFileReport(request, result);
    },
  );

  app.get(
    '/invoices',
    {
      config: { permission: 'invoices:read' },
      schema: {
        tags,
        summary: 'Supplier invoices and credit notes, newest first: by status, supplier, order, due date',
        querystring: PageQuery.extend(InvoiceListQuery.shape),
        response: { 200: pageOf(Invoice), ...errors },
      },
    },
    async (request) => {
      const { limit, cursor, status, ...filter } = request.query;
      return invoicing.listInvoices(ctx, {
        actor: actorOf(request),
        filter: { ...filter, status },
        limit,
        cursor,
      });
    },
  );

  app.get(
    '/invoices/:id',
    {
      config: { etag: true, permission: 'invoices:read' },
      schema: {
        tags,
        summary: 'An invoice with its lines, their match and the ledger entries it consumed',
        params: IdParams,
        response: { 200: Invoice, ...errors },
      },
    },
    async (request, reply) =>
      withEtag(reply, await invoicing.getInvoice(ctx, { actor: actorOf(request), id: request.params.id })),
  );

  app.patch(
    '/invoices/:id',
    {
      config: { ifMatch: true, etag: true, permission: 'invoices:write' },
      schema: {
        tags,
        summary: 'Edit a draft invoice: confirm or change its lines and header (send If-Match)',
        description:
          'Only a draft is edited (409 otherwise): one kept as a draft, or imported with lines the document did not tie to order lines. The fields given replace the draft’s; `lines`, when given, is the complete new set. Checked as at creation: 422 naming every problem, nothing stored; 409 when the supplier’s number belongs to another invoice. Then `POST /invoices/{id}/submit` matches it.',
        params: IdParams,
        body: UpdateInvoiceRequest,
        response: { 200: Invoice, ...writeErrors },
      },
    },
    async (request, reply) => {
      const invoice = await invoicing.updateInvoice(ctx, {
        actor: actorOf(request),
        id: request.params.id,
        version: versionFromIfMatch(request),
        input: request.body,
      });
      return withEtag(reply, invoice);
    },
  );

  app.get(
    '/purchase-orders/:id/invoiceable',
    {
      config: { permission: 'invoices:read' },
      schema: {
        tags,
        summary: 'What there is to invoice on an order, per line: to fill in an invoice',
        description:
          'Per order line: ordered, accepted and billed quantities; what is available — accepted and not yet billed (three-way) or ordered and not yet billed (two-way) —, what the order’s open invoices (drafts, awaiting goods, exceptions) bill already, and `quantityToInvoice`, the difference; the order’s net unit price, unit and tax. `invoiceable` says whether the order takes invoices now.',
        params: IdParams,
        response: { 200: InvoiceableOrder, ...errors },
      },
    },
    async (request) =>
      invoicing.getInvoiceableLines(ctx, { actor: actorOf(request), purchaseOrderId: request.params.id }),
  );

  app.get(
    '/invoices/:id/approval-route',
    {
      config: { permission: 'invoices:read' },
      schema: {
        tags,
        summary:
          'The approval route of the invoice’s variances (the last acceptance the policy routed), with its decisions and what the reader may do; kind none when none was routed',
        params: IdParams,
        response: { 200: ApprovalRoute, ...errors },
      },
    },
    async (request) =>
      invoicing.readInvoiceApprovalRoute(ctx, { actor: actorOf(request), id: request.params.id }),
  );

  const transitions: [
    string,
    Permission,
    string,
    (c: typeof ctx, i: invoicing.InvoiceTransitionInput) => Promise<invoicing.Invoice>,
  ][] = [
    ['submit', 'invoices:write', 'Submit a draft for matching', invoicing.submitInvoice],
    [
      'rematch',
      'invoices:write',
      'Match an invoice that waits for goods or is an exception again (receipts since may settle it)',
      invoicing.rematchInvoice,
    ],
    [
      'accept',
      'invoices:resolve',
      'Accept an exception’s variances with a reason (not by one of the order’s authors: its buyer, creator, editors or requesters); when the invoice_variance approval policy routes their amount, they go to approval instead (`varianceApproval.status` pending)',
      invoicing.acceptInvoiceVariances,
    ],
    [
      'approve-variance',
      'invoices:resolve',
      'Approve the acceptance of the variances on your step of its route (`reason`: an optional comment); the last approval accepts them',
      invoicing.approveInvoiceVariance,
    ],
    [
      'reject-variance',
      'invoices:resolve',
      'Reject the acceptance of the variances with a reason: the invoice stays an exception',
      invoicing.rejectInvoiceVariance,
    ],
    [
      'request-credit-note',
      'invoices:write',
      'Ask the supplier for a credit note against an exception: `reason` is what it is told, with the variances',
      invoicing.requestCreditNote,
    ],
    ['approve', 'invoices:approve', 'Approve a matched invoice for payment', invoicing.approveInvoice],
    ['hold', 'invoices:write', 'Put on hold (reason required)', invoicing.holdInvoice],
    ['release', 'invoices:write', 'Release from hold to where it was', invoicing.releaseInvoice],
    [
      'reject',
      'invoices:write',
      'Reject with a reason (what it consumed is given back; its number may be used again)',
      invoicing.rejectInvoice,
    ],
    [
      'cancel',
      'invoices:write',
      'Cancel an invoice entered in error (reason required)',
      invoicing.cancelInvoice,
    ],
  ];
  for (const [verb, permission, summary, useCase] of transitions) {
    app.post(
      `/invoices/:id/${verb}`,
      {
        config: { ifMatch: true, etag: true, permission },
        schema: {
          tags,
          summary: `${summary} (send If-Match)`,
          params: IdParams,
          body: InvoiceTransitionRequest,
          response: { 200: Invoice, ...writeErrors },
        },
      },
      async (request, reply) => {
        const invoice = await useCase(ctx, {
          actor: actorOf(request),
          id: request.params.id,
          version: versionFromIfMatch(request),
          reason: request.body?.reason,
        });
        return withEtag(reply, invoice);
      },
    );
  }
};
