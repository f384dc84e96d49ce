import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { IdParams, pageOf } from '../../contracts/common';
import {
  CloseCorrectiveActionRequest,
  CorrectiveAction,
  CorrectiveActionListQuery,
  CorrectiveActionParams,
  CorrectiveActionRequest,
  PortalScorecard,
  PortalScorecardQuery,
  ScorecardPdfQuery,
  ScorecardReview,
  ScorecardSendRequest,
} from '../../contracts/evaluation-feedback';
import * as evaluation from '../../core/evaluation';
import { renderScorecardPdf, scorecardFileName } from '../../documents/scorecard-pdf';
import type { RouteDeps } from '../deps';
import { actorOf } from '../plugins/auth';
import { versionFromIfMatch, withEtag } from '../plugins/concurrency';
import { requestCtx } from '../plugins/idempotency';
import { readProblems as errors, writeProblems as writeErrors } from './problems';

const tags = ['evaluation'];

/**
 * The supplier's side of evaluation (docs/evaluation.md): its scorecard in the portal, the
 * corrective actions a buyer asks of it, and its scorecard as a PDF, e-mailed for a review.
 */
export const evaluationFeedbackRoutes: FastifyPluginAsyncZod<RouteDeps> = async (app, { ctx }) => {
  app.get(
    '/portal/scorecard',
    {
      config: { permission: 'portal:use' },
      schema: {
        tags: ['portal'],
        summary:
          'The supplier’s own scorecard: measures, score, grade, trend, the comments shared with it and its open corrective actions',
        description:
          'Only the signed-in supplier’s own: never another supplier’s figures, the comparison of suppliers, unshared comments or who rated (a comment names the rater’s role).',
        querystring: PortalScorecardQuery,
        response: { 200: PortalScorecard, ...errors },
      },
    },
    async (request) =>
      evaluation.getPortalScorecard(ctx, { actor: actorOf(request), period: request.query.period }),
  );

  app.get(
    '/suppliers/:id/corrective-actions',
    {
      config: { permission: 'suppliers:read' },
      schema: {
        tags,
        summary: 'The corrective actions asked of a supplier, newest first, each with whether it is overdue',
        params: IdParams,
        querystring: CorrectiveActionListQuery,
        response: { 200: pageOf(CorrectiveAction), ...errors },
      },
    },
    async (request) => {
      const { status, limit, cursor } = request.query;
      return evaluation.listCorrectiveActions(ctx, { supplierId: request.params.id, status, limit, cursor });
    },
  );

  app.post(
    '/suppliers/:id/corrective-actions',
    {
      config: { permission: 'suppliers:write', idempotent: true, location: true, etag: true },
      schema: {
        tags,
        summary: 'Ask a supplier for a corrective action: a note and a due date (send Idempotency-Key)',
        description:
          'Open until closed. 422 on `note` when empty or longer than 2000 characters, on `dueDate` when in the past; 409 when the supplier has 20 open already. The supplier sees it in its portal scorecard.',
        params: IdParams,
        body: CorrectiveActionRequest,
        response: { 201: CorrectiveAction, ...writeErrors },
      },
    },
    async (request, reply) => {
      const action = await evaluation.requestCorrectiveAction(requestCtx(request, ctx), {
        actor: actorOf(request),
        supplierId: request.params.id,
        input: request.body,
      });
      reply
        .code(201)
        .header('location', `/api/v1/suppliers/${action.supplierId}/corrective-actions/${action.id}`);
      return withEtag(reply, action);
    },
  );

  app.post(
    '/suppliers/:id/corrective-actions/:actionId/close',
    {
      config: { permission: 'suppliers:write', ifMatch: true, etag: true },
      schema: {
        tags,
        summary: 'Close a supplier’s corrective action with its outcome (send If-Match)',
        description: '409 when it is closed already; 422 on `outcome` when empty.',
        params: CorrectiveActionParams,
        body: CloseCorrectiveActionRequest,
        response: { 200: CorrectiveAction, ...writeErrors },
      },
    },
    async (request, reply) =>
      withEtag(
        reply,
        await evaluation.closeCorrectiveAction(ctx, {
          actor: actorOf(request),
          supplierId: request.params.id,
          id: request.params.actionId,
          version: versionFromIfMatch(request),
          outcome: request.body.outcome,
        }),
      ),
  );

  app.get(
    '/suppliers/:id/scorecard.pdf',
    {
      config: { permission: 'scorecards:read' },
      schema: {
        tags,
        summary: 'A supplier’s scorecard as the PDF it is sent for a review',
        description:
          'The period’s measures (n of d), score, grade, trend and the comments shared with the supplier, in the supplier’s language (`language` asks for another). Default period: the last complete quarter.',
        params: IdParams,
        querystring: ScorecardPdfQuery,
        response: { 200: z.any().describe('application/pdf'), ...errors },
      },
    },
    async (request, reply) => {
      const { doc } = await evaluation.scorecardDocumentOf(ctx, {
        actor: actorOf(request),
        supplierId: request.params.id,
        period: request.query.period,
        language: request.query.language,
      });
      const pdf = await renderScorecardPdf(doc);
      return reply
        .type('application/pdf')
        .header('content-disposition', `inline; filename="${scorecardFileName(doc)}"`)
        .send(pdf);
    },
  );

  app.post(
    '/suppliers/:id/scorecard/send',
    {
      config: { permission: 'suppliers:write', idempotent: true },
      schema: {
        tags,
        summary: 'E-mail a supplier its scorecard as a PDF for a review (send Idempotency-Key)',
        description:
          'To its order contacts (else its portal users), in its language: the period (default the last complete quarter), your message and optionally one of its open corrective actions. Answers 202 with what was recorded: the PDF and message are rendered moments later, outside the request, and the e-mail is queued then (`status` becomes `ready`). 409 when the supplier has nobody to send to; 422 on `correctiveActionId` for a closed one or another supplier’s.',
        params: IdParams,
        body: ScorecardSendRequest,
        response: { 202: ScorecardReview, ...writeErrors },
      },
    },
    async (request, reply) => {
      const review = await evaluation.sendScorecard(requestCtx(request, ctx), {
        actor: actorOf(request),
        supplierId: request.params.id,
        period: request.body.period,
        message: request.body.message,
        correctiveActionId: request.body.correctiveActionId,
      });
      return reply.code(202).send(review);
    },
  );

  app.get(
    '/suppliers/:id/scorecard/reviews',
    {
      config: { permission: 'suppliers:read' },
      schema: {
        tags,
        summary: 'The scorecards e-mailed to a supplier for review, newest first (the last 20)',
        params: IdParams,
        response: { 200: z.object({ items: z.array(ScorecardReview) }), ...errors },
      },
    },
    async (request) => ({
      items: await evaluation.listScorecardReviews(ctx, { supplierId: request.params.id }),
    }),
  );
};
