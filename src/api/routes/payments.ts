import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { IdParams, PageQuery, pageOf } from '../../contracts/common';
import {
  InvoicePayment,
  PaymentListItem,
  PaymentListQuery,
  PaymentRun,
  PaymentRunListQuery,
  PaymentRunSummary,
  PaymentRunTransitionRequest,
  PaymentStatusReportResult,
  ProposePaymentRunRequest,
  RevisePaymentRunRequest,
} from '../../contracts/payments';
import { XmlBody } from '../../contracts/portal';
import * as payments from '../../core/payments';
import type { Permission } from '../../core/shared/permissions';
import type { RouteDeps } from '../deps';
import { actorOf } from '../plugins/auth';
import { versionFromIfMatch, withEtag } from '../plugins/concurrency';
import { XML_MEDIA_TYPES } from '../plugins/csv-file';
import { requestCtx } from '../plugins/idempotency';
import { readProblems as errors, writeProblems as writeErrors } from './problems';

const tags = ['payments'];

export const paymentRoutes: FastifyPluginAsyncZod<RouteDeps> = async (app, { ctx }) => {
  app.post(
    '/payment-runs',
    {
      config: { location: true, etag: true, permission: 'payments:write', idempotent: true },
      schema: {
        tags,
        summary: 'Propose a payment run: PAY-YYYY-NNNNN, a draft (send Idempotency-Key)',
        description:
          'Every invoice approved for payment that is due by `dueBy`, or whose early-payment discount expires before `nextRunDate`, in full less the discount paying on `paymentDate` earns; the same suppliers’ approved credit notes are set off while something is left to pay. The draft reserves nothing: `suppliers` shows per supplier and currency what would be paid and what stops it (no bank account …). 422 when nothing is to be paid (docs/accounts-payable.md#payment-runs).',
        body: ProposePaymentRunRequest,
        response: { 201: PaymentRun, ...writeErrors },
      },
    },
    async (request, reply) => {
      const run = await payments.proposePaymentRun(requestCtx(request, ctx), {
        actor: actorOf(request),
        input: request.body ?? {},
      });
      reply.code(201).header('location', `/api/v1/payment-runs/${run.id}`);
      return withEtag(reply, run);
    },
  );

  app.get(
    '/payment-runs',
    {
      config: { permission: 'payments:read' },
      schema: {
        tags,
        summary: 'Payment runs, newest first, with their totals per currency',
        querystring: PageQuery.extend(PaymentRunListQuery.shape),
        response: { 200: pageOf(PaymentRunSummary), ...errors },
      },
    },
    async (request) => {
      const { limit, cursor, status } = request.query;
      return payments.listPaymentRuns(ctx, { actor: actorOf(request), filter: { status }, limit, cursor });
    },
  );

  app.get(
    '/payment-runs/:id',
    {
      config: { etag: true, permission: 'payments:read' },
      schema: {
        tags,
        summary: 'A payment run: its lines, per supplier and currency what is paid, its payments',
        params: IdParams,
        response: { 200: PaymentRun, ...errors },
      },
    },
    async (request, reply) =>
      withEtag(reply, await payments.getPaymentRun(ctx, { actor: actorOf(request), id: request.params.id })),
  );

  app.patch(
    '/payment-runs/:id',
    {
      config: { ifMatch: true, etag: true, permission: 'payments:write' },
      schema: {
        tags,
        summary: 'Trim a draft run: remove lines, or pay an invoice in part (send If-Match)',
        description:
          'Each entry names a line: `remove: true` takes it out; `amount` pays that much of the invoice (more than 0, at most what is open; the discount stays only when the amount and it settle the invoice). A credit note is set off in full or removed. Every problem in one 422; nothing changes unless all are right.',
        params: IdParams,
        body: RevisePaymentRunRequest,
        response: { 200: PaymentRun, ...writeErrors },
      },
    },
    async (request, reply) =>
      withEtag(
        reply,
        await payments.revisePaymentRun(ctx, {
          actor: actorOf(request),
          id: request.params.id,
          version: versionFromIfMatch(request),
          lines: request.body.lines,
        }),
      ),
  );

  const transitions: [
    string,
    Permission | readonly Permission[],
    string,
    (c: typeof ctx, i: payments.PaymentRunTransitionInput) => Promise<payments.PaymentRun>,
  ][] = [
    [
      'confirm',
      'payments:approve',
      'Confirm a draft: one payment per supplier and currency, its invoices scheduled (409 naming any another run took or that was held), the bank files and remittance advices follow',
      payments.confirmPaymentRun,
    ],
    [
      'mark-paid',
      'payments:approve',
      'The bank paid the run: its payments and their invoices are paid (in part: approved for the rest)',
      payments.markPaymentRunPaid,
    ],
    [
      'cancel',
      ['payments:write', 'payments:approve'],
      'Discard a draft (payments:write), or withdraw a confirmed run with a reason (payments:approve; its invoices are approved for payment again)',
      payments.cancelPaymentRun,
    ],
  ];
  for (const [verb, permission, summary, useCase] of transitions) {
    app.post(
      `/payment-runs/:id/${verb}`,
      {
        config: { ifMatch: true, etag: true, permission },
        schema: {
          tags,
          summary: `${summary} (send If-Match)`,
          params: IdParams,
          body: PaymentRunTransitionRequest,
          response: { 200: PaymentRun, ...writeErrors },
        },
      },
      async (request, reply) =>
        withEtag(
          reply,
          await useCase(ctx, {
            actor: actorOf(request),
            id: request.params.id,
            version: versionFromIfMatch(request),
            reason: request.body?.reason,
          }),
        ),
    );
  }

  app.post(
    '/payment-runs/:id/status-report',
    {
      config: { ifMatch: true, etag: true, permission: 'payments:approve' },
      schema: {
        tags,
        summary:
          'Import the bank’s payment status report (ISO 20022 pain.002, XML body): payments paid, rejected or still pending (send If-Match)',
        description:
          'pain.002.001.10 (the answer to pain.001.001.09 in the EPC SEPA profile) or pain.002.001.03, told by the namespace, any prefixes (Content-Type: application/xml). `OrgnlGrpInfAndSts/OrgnlMsgId` must be the run’s number and each `TxInfAndSts/OrgnlEndToEndId` one of its payments’ numbers. The status of a transfer is its `TxSts`, else its block’s `PmtInfSts`, else the group’s `GrpSts` (which also speaks for the file’s unnamed payments when no transaction is named, and always when it is RJCT). ACSC, ACSP, ACWC, ACCC: paid, as marking the run paid pays it; RJCT: rejected with the reason of `StsRsnInf` (`Rsn/Cd`, `AddtlInf`), its invoices approved for payment again; RCVD, ACTC, ACCP, PDNG and the like: nothing changes. When no payment is left scheduled the run is paid (cancelled when every payment was rejected). The same report again changes nothing. 422 with every problem (not XML, not a pain.002, another run’s file, unknown end-to-end ids, unknown status codes), nothing applied; 409 for a draft or a run a person cancelled, or a report contradicting a payment already paid or rejected (docs/accounts-payable.md#bank-status-reports).',
        consumes: XML_MEDIA_TYPES,
        params: IdParams,
        body: XmlBody,
        response: { 200: PaymentStatusReportResult, ...writeErrors },
      },
    },
    async (request, reply) => {
      const result = await payments.importPaymentStatusReport(ctx, {
        actor: actorOf(request),
        id: request.params.id,
        version: versionFromIfMatch(request),
        body: request.xmlBytes ?? Buffer.from(request.body, 'utf8'),
      });
      withEtag(reply, result.run);
      return result;
    },
  );

  app.get(
    '/payments',
    {
      config: { permission: 'payments:read' },
      schema: {
        tags,
        summary:
          'Payments of every confirmed run, newest run first, with their status and any rejection reason',
        querystring: PageQuery.extend(PaymentListQuery.shape),
        response: { 200: pageOf(PaymentListItem), ...errors },
      },
    },
    async (request) => {
      const { limit, cursor, ...filter } = request.query;
      return payments.listPayments(ctx, { actor: actorOf(request), filter, limit, cursor });
    },
  );

  app.get(
    '/invoices/:id/payments',
    {
      config: { permission: 'invoices:read' },
      schema: {
        tags,
        summary: 'How an invoice is paid: the payment runs it is in and what each pays of it, oldest first',
        params: IdParams,
        response: { 200: z.object({ items: z.array(InvoicePayment) }), ...errors },
      },
    },
    async (request) => ({
      items: await payments.listInvoicePayments(ctx, {
        actor: actorOf(request),
        invoiceId: request.params.id,
      }),
    }),
  );

  app.get(
    '/payment-runs/:id/pain001',
    {
      config: { permission: 'payments:approve' },
      schema: {
        tags,
        summary: 'The run’s SEPA payments as an ISO 20022 pain.001.001.09 credit-transfer file (XML)',
        description:
          'Euros to an IBAN, in the European Payments Council’s SEPA profile (EPC132-08 2023, validated against its schema): one payment information block for the run (execution date, the organisation’s account), one transfer per payment with its number as end-to-end id and the supplier’s invoice numbers as remittance text. The same file every time; 409 before confirmation or when the run has no SEPA payment.',
        params: IdParams,
        response: { 200: z.string().describe('application/xml'), ...errors },
      },
    },
    async (request, reply) => {
      const file = await payments.creditTransferFile(ctx, { actor: actorOf(request), id: request.params.id });
      return reply
        .type('application/xml; charset=utf-8')
        .header('content-disposition', `attachment; filename="${file.fileName}"`)
        .send(file.xml);
    },
  );

  app.get(
    '/payment-runs/:id/bank-transfers.csv',
    {
      config: { permission: 'payments:approve' },
      schema: {
        tags,
        summary: 'The run’s other payments (not euros to an IBAN) as a CSV for the bank’s upload',
        params: IdParams,
        response: { 200: z.string().describe('text/csv'), ...errors },
      },
    },
    async (request, reply) => {
      const file = await payments.bankTransferCsv(ctx, { actor: actorOf(request), id: request.params.id });
      return reply
        .type('text/csv; charset=utf-8')
        .header('content-disposition', `attachment; filename="${file.fileName}"`)
        .send(file.csv);
    },
  );
};
