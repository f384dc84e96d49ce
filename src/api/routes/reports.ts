import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { IdParams, Problem } from '../../contracts/common';
import {
  AgingReport,
  AsOfQuery,
  DiscountReport,
  DiscountReportQuery,
  ExchangeDifferencesQuery,
  ExchangeDifferencesReport,
  GrniReport,
  Home,
  OrderGrni,
  OrderGrniQuery,
  SpendReport,
  SpendReportQuery,
  SpendSummaryReport,
} from '../../contracts/reports';
import {
  apAgingReport,
  exchangeDifferencesReport,
  grniReport,
  orderGrni,
  paymentDiscountsReport,
  readHome,
  spendBySupplier,
  verifySpendSummary,
} from '../../core/reporting';
import type { RouteDeps } from '../deps';
import { actorOf } from '../plugins/auth';

export const reportRoutes: FastifyPluginAsyncZod<RouteDeps> = async (app, { ctx }) => {
  app.get(
    '/home',
    {
      config: { permission: 'authenticated' },
      schema: {
        tags: ['reports'],
        summary: 'Your home page: what waits for you, and the figures of your roles',
        description:
          'Each part is there for the roles whose work it is (approvals for approvers, requisitions for requesters, the workbench and purchasing for buyers, spend for report readers) and null otherwise. Every count is an indexed query that stops at 1,000 (`more`: there may be more).',
        response: { 200: Home, 401: Problem },
      },
    },
    async (request) => readHome(ctx, { actor: actorOf(request) }),
  );

  app.get(
    '/reports/spend-by-supplier',
    {
      config: { permission: 'reports:read' },
      schema: {
        tags: ['reports'],
        summary: 'Committed spend by supplier and month for one year, largest supplier first',
        description:
          'Spend is the base-currency total of approved orders and every state after them (closed included, on hold from one of those), by month of the order date. Read from a summary kept in the same transaction as every order change.',
        querystring: SpendReportQuery,
        response: { 200: SpendReport, 401: Problem, 403: Problem, 422: Problem },
      },
    },
    async (request) => spendBySupplier(ctx, request.query),
  );

  app.post(
    '/reports/spend-summary/verify',
    {
      config: { permission: 'audit:verify' },
      schema: {
        tags: ['reports'],
        summary: 'Prove the spend summary equal to the raw sum over purchase orders',
        response: { 200: SpendSummaryReport, 401: Problem, 403: Problem },
      },
    },
    async () => verifySpendSummary(ctx),
  );

  app.get(
    '/reports/grni',
    {
      config: { permission: 'reports:read' },
      schema: {
        tags: ['reports'],
        summary: 'Goods received not invoiced (GRNI) as of the end of a day, per order and supplier',
        description:
          "Per order line: accepted by the end of `asOf` (receipts of goods not inspected, inspections' accepted quantities, less reversals, each by its own date) less what the match ledger had invoiced by then, never below zero, at the line's net price; per order in its currency and in base currency at the order's rate, per supplier, and totals. A past day gives that day's figure.",
        querystring: AsOfQuery,
        response: { 200: GrniReport, 401: Problem, 403: Problem, 422: Problem },
      },
    },
    async (request) => grniReport(ctx, request.query),
  );

  app.get(
    '/reports/ap-aging',
    {
      config: { permission: 'reports:read' },
      schema: {
        tags: ['reports'],
        summary: 'AP aging as of the end of a day: open payables by days past due, per supplier and currency',
        description:
          'Invoices issued by `asOf`, submitted (matching, matched, exception, approved for payment, scheduled, on hold except held drafts) or paid after it, never rejected or cancelled; payable amounts (credit notes negative) in buckets of days past the due date: current (not yet due), 1–30, 31–60, 61–90, over 90. Base-currency amounts at each invoice’s rate.',
        querystring: AsOfQuery,
        response: { 200: AgingReport, 401: Problem, 403: Problem, 422: Problem },
      },
    },
    async (request) => apAgingReport(ctx, request.query),
  );

  app.get(
    '/reports/payment-discounts',
    {
      config: { permission: 'reports:read' },
      schema: {
        tags: ['reports'],
        summary: 'Early-payment discounts taken and missed: invoices whose discount date falls in a period',
        description:
          'Each invoice with early-payment terms whose discount date is between `from` and `to`: what the discount was worth (the percentage of the payable amount), whether a payment run took it (`taken`), it was lost (`missed`: the date passed, or the invoice was paid without it) or can still be (`open`); totals per currency and in base currency at each invoice’s rate.',
        querystring: DiscountReportQuery,
        response: { 200: DiscountReport, 401: Problem, 403: Problem, 422: Problem },
      },
    },
    async (request) => paymentDiscountsReport(ctx, request.query),
  );

  app.get(
    '/reports/exchange-differences',
    {
      config: { permission: 'reports:read' },
      schema: {
        tags: ['reports'],
        summary:
          'Exchange differences in base currency: invoices against their orders, payments against their invoices',
        description:
          'Each invoice or credit note in another currency than the base one, issued between `from` and `to` and booked as actual spend (approved for payment and after): its payable amount at its order’s rate and at its own, and the difference. Each payment in another currency scheduled or paid on a payment date in the period: its base amount at the payment date’s rate against what its invoices were booked at. Totals per currency and overall; positive differences cost more in base currency.',
        querystring: ExchangeDifferencesQuery,
        response: { 200: ExchangeDifferencesReport, 401: Problem, 403: Problem, 422: Problem },
      },
    },
    async (request) => exchangeDifferencesReport(ctx, request.query),
  );

  app.get(
    '/purchase-orders/:id/goods-received-not-invoiced',
    {
      config: { permission: 'invoices:read' },
      schema: {
        tags: ['invoicing'],
        summary: "An order's goods received not invoiced, per line (accepted value less invoiced value)",
        params: IdParams,
        querystring: OrderGrniQuery,
        response: { 200: OrderGrni, 401: Problem, 403: Problem, 404: Problem, 422: Problem },
      },
    },
    async (request) =>
      orderGrni(ctx, { actor: actorOf(request), id: request.params.id, asOf: request.query.asOf }),
  );
};
