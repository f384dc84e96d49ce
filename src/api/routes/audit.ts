import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { AuditChainReport, AuditEntry, AuditQuery, AuditSealResult } from '../../contracts/audit';
import { PageQuery, Problem, pageOf } from '../../contracts/common';
import { listAuditEntries, sealAuditLog, verifyAuditTrail } from '../../core/audit';
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
        summary: 'Verify the audit trail and report its faults, the first one named',
        description:
          'Hashes every entry again, recounts and recomputes each checkpoint’s batch and MAC, follows the checkpoints’ chain, compares them with the published file, and reports entries unsealed (or checkpoints unpublished) for more than a minute.',
        response: { 200: AuditChainReport, 401: Problem, 403: Problem },
      },
    },
    async () => verifyAuditTrail(ctx),
  );

  app.post(
    '/audit/seal',
    {
      config: { permission: 'audit:verify' },
      schema: {
        tags: ['audit'],
        summary: 'Seal the committed audit entries into a checkpoint now, and publish it',
        description:
          'The sealer runs every second anyway; this seals at once (before a verification, say). Nothing to seal is not an error.',
        response: { 200: AuditSealResult, 401: Problem, 403: Problem, 409: Problem },
      },
    },
    async () => sealAuditLog(ctx),
  );
};
