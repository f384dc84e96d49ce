import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { AuditChainReport, AuditEntry, AuditQuery } from '../../contracts/audit';
import { PageQuery, Problem, pageOf } from '../../contracts/common';
import { listAuditEntries } from '../../core/audit';
import { verifyAuditChain } from '../../core/shared/audit';
import type { RouteDeps } from '../deps';

export const auditRoutes: FastifyPluginAsyncZod<RouteDeps> = async (app, { ctx }) => {
  app.get(
    '/audit',
    {
      config: { permission: 'audit:read' },
      schema: {
        tags: ['audit'],
        summary: 'Audit entries, newest first, optionally of one record',
        querystring: PageQuery.extend(AuditQuery.shape),
        response: { 200: pageOf(AuditEntry), 401: Problem, 403: Problem, 422: Problem },
      },
    },
    async (request) => {
      const { limit, cursor, ...filter } = request.query;
      return listAuditEntries(ctx, { filter, limit, cursor });
    },
  );

  app.post(
    '/audit/verify',
    {
      config: { permission: 'audit:verify' },
      schema: {
        tags: ['audit'],
        summary: 'Walk the hash chain and report the first broken link',
        response: { 200: AuditChainReport, 401: Problem, 403: Problem },
      },
    },
    async () => verifyAuditChain(ctx.db),
  );
};
