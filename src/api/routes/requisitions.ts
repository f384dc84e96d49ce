import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { ApprovalRoute } from '../../contracts/approvals';
import { IdParams, PageQuery, Problem, pageOf } from '../../contracts/common';
import {
  CreateRequisitionRequest,
  Requisition,
  RequisitionCommentRequest,
  RequisitionListQuery,
  RequisitionReasonRequest,
  RequisitionRequestChangesRequest,
  RequisitionRoutePreviewRequest,
  RequisitionSummary,
  UpdateRequisitionRequest,
} from '../../contracts/requisitions';
import * as requisitions from '../../core/requisitions';
import type { RouteDeps } from '../deps';
import { actorOf } from '../plugins/auth';
import { versionFromIfMatch, withEtag } from '../plugins/concurrency';
import { requestCtx } from '../plugins/idempotency';
import { readProblems as errors, writeProblems as writeErrors } from './problems';

const tags = ['requisitions'];

export const requisitionRoutes: FastifyPluginAsyncZod<RouteDeps> = async (app, { ctx }) => {
  app.get(
    '/requisitions',
    {
      config: { permission: 'requisitions:read' },
      schema: {
        tags,
        summary: 'List requisitions, newest first',
        description:
          'Approvers, buyers and auditors see every requisition; anyone else their own and their department’s.',
        querystring: PageQuery.extend(RequisitionListQuery.shape),
        response: { 200: pageOf(RequisitionSummary), ...errors },
      },
    },
    async (request) => {
      const { limit, cursor, ...filter } = request.query;
      return requisitions.listRequisitions(ctx, { actor: actorOf(request), filter, limit, cursor });
    },
  );

  app.post(
    '/requisitions',
    {
      config: { location: true, etag: true, permission: 'requisitions:write', idempotent: true },
      schema: {
        tags,
        summary: 'Raise a requisition (a draft, requested by the caller)',
        body: CreateRequisitionRequest,
        response: { 201: Requisition, ...errors, 409: Problem },
      },
    },
    async (request, reply) => {
      const requisition = await requisitions.createRequisition(requestCtx(request, ctx), {
        actor: actorOf(request),
        input: request.body,
      });
      reply.code(201).header('location', `/api/v1/requisitions/${requisition.id}`);
      return withEtag(reply, requisition);
    },
  );

  app.get(
    '/requisitions/:id',
    {
      config: { etag: true, permission: 'requisitions:read' },
      schema: {
        tags,
        summary: 'One requisition with its lines (ordered against requested)',
        params: IdParams,
        response: { 200: Requisition, ...errors },
      },
    },
    async (request, reply) =>
      withEtag(
        reply,
        await requisitions.getRequisition(ctx, { actor: actorOf(request), id: request.params.id }),
      ),
  );

  app.patch(
    '/requisitions/:id',
    {
      config: { ifMatch: true, etag: true, permission: 'requisitions:write' },
      schema: {
        tags,
        summary: 'Edit a draft (its requester only; send If-Match); `lines` replaces every line',
        params: IdParams,
        body: UpdateRequisitionRequest,
        response: { 200: Requisition, ...writeErrors },
      },
    },
    async (request, reply) => {
      const requisition = await requisitions.updateRequisition(ctx, {
        actor: actorOf(request),
        id: request.params.id,
        version: versionFromIfMatch(request),
        input: request.body,
      });
      return withEtag(reply, requisition);
    },
  );

  app.post(
    '/requisitions/:id/submit',
    {
      config: { ifMatch: true, etag: true, permission: 'requisitions:write' },
      schema: {
        tags,
        summary: 'Send a draft for approval (its requester only; send If-Match)',
        params: IdParams,
        body: RequisitionCommentRequest,
        response: { 200: Requisition, ...writeErrors },
      },
    },
    async (request, reply) => {
      const requisition = await requisitions.submitRequisition(ctx, {
        actor: actorOf(request),
        id: request.params.id,
        version: versionFromIfMatch(request),
        comment: request.body.comment,
      });
      return withEtag(reply, requisition);
    },
  );

  app.post(
    '/requisitions/approval-route',
    {
      config: { permission: 'requisitions:write' },
      schema: {
        tags,
        summary: 'What submitting this requisition would do, before it is saved: the approval route and why',
        description:
          'Takes the body of a new requisition (and the id of the draft being edited, if any), checks it as saving would (422 naming the field), writes nothing.',
        body: RequisitionRoutePreviewRequest,
        response: { 200: ApprovalRoute, ...errors, 409: Problem },
      },
    },
    async (request) => {
      const { requisitionId, ...input } = request.body;
      return requisitions.previewRequisitionApprovalRoute(ctx, {
        actor: actorOf(request),
        input,
        requisitionId,
      });
    },
  );

  app.get(
    '/requisitions/:id/approval-route',
    {
      config: { permission: 'requisitions:read' },
      schema: {
        tags,
        summary:
          'The approval route and why: for a draft what submitting would do, once submitted the stored route with its decisions',
        params: IdParams,
        response: { 200: ApprovalRoute, ...errors },
      },
    },
    async (request) =>
      requisitions.readRequisitionApprovalRoute(ctx, { actor: actorOf(request), id: request.params.id }),
  );

  app.post(
    '/requisitions/:id/approve',
    {
      config: { ifMatch: true, etag: true, permission: 'requisitions:approve' },
      schema: {
        tags,
        summary: 'Approve a submitted requisition (send If-Match); nobody approves their own',
        params: IdParams,
        body: RequisitionCommentRequest,
        response: { 200: Requisition, ...writeErrors },
      },
    },
    async (request, reply) => {
      const requisition = await requisitions.approveRequisition(ctx, {
        actor: actorOf(request),
        id: request.params.id,
        version: versionFromIfMatch(request),
        comment: request.body.comment,
      });
      return withEtag(reply, requisition);
    },
  );

  app.post(
    '/requisitions/:id/request-changes',
    {
      config: { ifMatch: true, etag: true, permission: 'requisitions:approve' },
      schema: {
        tags,
        summary:
          'Send a submitted requisition back to its requester as a draft, saying what to change (comment required; send If-Match)',
        params: IdParams,
        body: RequisitionRequestChangesRequest,
        response: { 200: Requisition, ...writeErrors },
      },
    },
    async (request, reply) => {
      const requisition = await requisitions.requestRequisitionChanges(ctx, {
        actor: actorOf(request),
        id: request.params.id,
        version: versionFromIfMatch(request),
        comment: request.body.comment,
      });
      return withEtag(reply, requisition);
    },
  );

  for (const [verb, permission, summary, run] of [
    [
      'reject',
      'requisitions:approve',
      'Reject a submitted requisition, with the reason (send If-Match)',
      requisitions.rejectRequisition,
    ],
    [
      'cancel',
      'requisitions:write',
      'Cancel a draft, submitted or approved requisition nothing was ordered from, with the reason (send If-Match)',
      requisitions.cancelRequisition,
    ],
    [
      'close',
      'workbench:use',
      'Close a partially ordered or ordered requisition: the rest will not be ordered (reason; send If-Match)',
      requisitions.closeRequisition,
    ],
  ] as const) {
    app.post(
      `/requisitions/:id/${verb}`,
      {
        config: { ifMatch: true, etag: true, permission },
        schema: {
          tags,
          summary,
          params: IdParams,
          body: RequisitionReasonRequest,
          response: { 200: Requisition, ...writeErrors },
        },
      },
      async (request, reply) => {
        const requisition = await run(ctx, {
          actor: actorOf(request),
          id: request.params.id,
          version: versionFromIfMatch(request),
          reason: request.body.reason,
        });
        return withEtag(reply, requisition);
      },
    );
  }
};
