import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { Problem } from '../../contracts/common';
import { SpendReport, SpendReportQuery, SpendSummaryReport } from '../../contracts/reports';
import { spendBySupplier, verifySpendSummary } from '../../core/reporting';
import type { RouteDeps } from '../deps';

export const reportRoutes: FastifyPluginAsyncZod<RouteDeps> = async (app, { ctx }) => {
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
