import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  ApprovalPolicy,
  ApprovalPolicyListQuery,
  BulkApproveRequest,
  BulkApproveResponse,
  CreateApprovalPolicyRequest,
  CreateDelegationRequest,
  DelegateCandidate,
  DelegateCandidateQuery,
  Delegation,
  InboxItem,
  UpdateApprovalPolicyRequest,
} from '../../contracts/approvals';
import { IdParams, PageQuery, Problem, pageOf } from '../../contracts/common';

import * as approvals from '../../core/approvals';
import type { RouteDeps } from '../deps';
import { actorOf } from '../plugins/auth';
import { versionFromIfMatch, withEtag } from '../plugins/concurrency';
import { statusOf } from '../plugins/errors';
import { requestCtx } from '../plugins/idempotency';
import { readProblems as errors, writeProblems as writeErrors } from './problems';

const tags = ['approvals'];

export const approvalRoutes: FastifyPluginAsyncZod<RouteDeps> = async (app, { ctx }) => {
  app.get(
    '/approval-policies',
    {
      config: { permission: 'approvals:admin' },
      schema: {
        tags,
        summary: 'Every approval policy, by document type and name',
        querystring: ApprovalPolicyListQuery,
        response: { 200: z.object({ items: z.array(ApprovalPolicy) }), ...errors },
      },
    },
    async (request) => ({ items: await approvals.listApprovalPolicies(ctx, request.query) }),
  );

  app.post(
    '/approval-policies',
    {
      config: { location: true, etag: true, permission: 'approvals:admin', idempotent: true },
      schema: {
        tags,
        summary: 'Create an approval policy (one enabled policy per document type)',
        body: CreateApprovalPolicyRequest,
        response: { 201: ApprovalPolicy, ...errors, 409: Problem },
      },
    },
    async (request, reply) => {
      const policy = await approvals.createApprovalPolicy(requestCtx(request, ctx), {
        actor: actorOf(request),
        input: request.body,
      });
      reply.code(201).header('location', `/api/v1/approval-policies/${policy.id}`);
      return withEtag(reply, policy);
    },
  );

  app.get(
    '/approval-policies/:id',
    {
      config: { etag: true, permission: 'approvals:admin' },
      schema: {
        tags,
        summary: 'One approval policy',
        params: IdParams,
        response: { 200: ApprovalPolicy, ...errors },
      },
    },
    async (request, reply) =>
      withEtag(reply, await approvals.getApprovalPolicy(ctx, { id: request.params.id })),
  );

  app.patch(
    '/approval-policies/:id',
    {
      config: { ifMatch: true, etag: true, permission: 'approvals:admin' },
      schema: {
        tags,
        summary: 'Rename, enable, disable or redefine (steps replace all steps) a policy; send If-Match',
        description: 'Documents already submitted keep the route they were given.',
        params: IdParams,
        body: UpdateApprovalPolicyRequest,
        response: { 200: ApprovalPolicy, ...writeErrors },
      },
    },
    async (request, reply) => {
      const policy = await approvals.updateApprovalPolicy(ctx, {
        actor: actorOf(request),
        id: request.params.id,
        version: versionFromIfMatch(request),
        input: request.body,
      });
      return withEtag(reply, policy);
    },
  );

  // ── delegations of the signed-in user ────────────────────────────────────
  app.get(
    '/delegations',
    {
      config: { permission: 'approvals:act' },
      schema: {
        tags,
        summary: 'Your delegations, given and received, that have not ended',
        response: { 200: z.object({ items: z.array(Delegation) }), ...errors },
      },
    },
    async (request) => ({ items: await approvals.listDelegations(ctx, { actor: actorOf(request) }) }),
  );

  app.get(
    '/delegations/candidates',
    {
      config: { permission: 'approvals:act' },
      schema: {
        tags,
        summary:
          'Whom you may choose as delegate: active users other than you who hold an approval permission',
        querystring: DelegateCandidateQuery,
        response: { 200: z.object({ items: z.array(DelegateCandidate) }), ...errors },
      },
    },
    async (request) => ({
      items: await approvals.listDelegateCandidates(ctx, { actor: actorOf(request), ...request.query }),
    }),
  );

  app.post(
    '/delegations',
    {
      config: { location: true, permission: 'approvals:act', idempotent: true },
      schema: {
        tags,
        summary: 'Let somebody act on your approvals for a time (out of office)',
        body: CreateDelegationRequest,
        response: { 201: Delegation, ...errors },
      },
    },
    async (request, reply) => {
      const delegation = await approvals.createDelegation(requestCtx(request, ctx), {
        actor: actorOf(request),
        input: request.body,
      });
      reply.code(201).header('location', `/api/v1/delegations/${delegation.id}`);
      return delegation;
    },
  );

  app.delete(
    '/delegations/:id',
    {
      config: { permission: 'approvals:act' },
      schema: {
        tags,
        summary: 'End a delegation you gave',
        params: IdParams,
        response: { 204: z.null(), ...errors },
      },
    },
    async (request, reply) => {
      await approvals.revokeDelegation(ctx, { actor: actorOf(request), id: request.params.id });
      return reply.code(204).send(null);
    },
  );

  // ── the inbox ────────────────────────────────────────────────────────────
  app.get(
    '/approvals/inbox',
    {
      config: { permission: 'approvals:act' },
      schema: {
        tags,
        summary: 'What waits for your decision (or for those you are delegate of), oldest first',
        querystring: PageQuery,
        response: { 200: pageOf(InboxItem), ...errors },
      },
    },
    async (request) =>
      approvals.readApprovalInbox(ctx, {
        actor: actorOf(request),
        limit: request.query.limit,
        cursor: request.query.cursor,
      }),
  );

  app.post(
    '/approvals/bulk-approve',
    {
      config: { permission: 'approvals:act' },
      schema: {
        tags,
        summary: 'Approve several documents; each succeeds or fails on its own, with the reason',
        body: BulkApproveRequest,
        response: { 200: BulkApproveResponse, ...errors },
      },
    },
    async (request) => {
      const results = await approvals.bulkApprove(ctx, {
        actor: actorOf(request),
        items: request.body.items,
        comment: request.body.comment,
      });
      return {
        results: results.map((r) =>
          r.ok
            ? { documentType: r.documentType, id: r.id, ok: true, status: r.status, version: r.version }
            : {
                documentType: r.documentType,
                id: r.id,
                ok: false,
                httpStatus: statusOf(r.code),
                detail: r.message,
              },
        ),
      };
    },
  );
};
