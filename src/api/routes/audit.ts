import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { AuditChainReport, AuditEntry, AuditQuery } from '../../contracts/audit';
import { PageQuery, Problem, pageOf } from '../../contracts/common';
import { listAuditEntries } from '../../core/audit';
import { verifyAuditChain } from '../../core/shared/audit';
import type { RouteDeps } from '../deps';
import { actorOf } from '../plugins/auth';

export const auditRoutes: FastifyPluginAsyncZod<RouteDeps> = async (app, { ctx }) => {
  app.get(
    '/audit',
    {
      config: { permission: 'authenticated' },
      schema: {
        tags: ['audit'],
        summary:
          'Audit entries, newest first: the whole log (auditors, administrators) or one record’s history',
        description:
          'With entityType and entityId, anyone who may read that record may read its history. Without them, audit:read is needed.',
        querystring: PageQuery.extend(AuditQuery.shape),
        response: { 200: pageOf(AuditEntry), 401: Problem, 403: Problem, 422: Problem },
      },
    },
    async (request) => {
      const { limit, cursor, ...filter } = request.query;
      return listAuditEntries(ctx, { actor: actorOf(request), filter, limit, cursor });
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
