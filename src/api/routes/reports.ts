import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { Problem } from '../../contracts/common';
import { Home, SpendReport, SpendReportQuery, SpendSummaryReport } from '../../contracts/reports';
import { readHome, spendBySupplier, verifySpendSummary } from '../../core/reporting';
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
};
