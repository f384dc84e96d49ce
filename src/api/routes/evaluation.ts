import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { IdParams } from '../../contracts/common';
import {
  DrillDown,
  DrillDownQuery,
  Scorecard,
  ScorecardHoldRequest,
  ScorecardList,
  ScorecardListQuery,
  ScorecardQuery,
  ScorecardSettings,
  ScorecardSettingsInput,
  SupplierGrades,
  SupplierGradesQuery,
  SupplierRanking,
  SupplierRankingQuery,
} from '../../contracts/evaluation';
import { Supplier } from '../../contracts/suppliers';
import * as evaluation from '../../core/evaluation';
import type { RouteDeps } from '../deps';
import { actorOf } from '../plugins/auth';
import { versionFromIfMatch, withEtag } from '../plugins/concurrency';
import { readProblems as errors, writeProblems as writeErrors } from './problems';

/** Supplier evaluation: scorecards, their drill-down and their settings (docs/evaluation.md). */
export const evaluationRoutes: FastifyPluginAsyncZod<RouteDeps> = async (app, { ctx }) => {
  app.get(
    '/suppliers/:id/scorecard',
    {
      config: { permission: 'scorecards:read' },
      schema: {
        tags: ['evaluation'],
        summary: 'A supplier’s scorecard for a period: measures, score, grade and 12-month trend',
        params: IdParams,
        querystring: ScorecardQuery,
        response: { 200: Scorecard, ...errors },
      },
    },
    async (request) =>
      evaluation.getSupplierScorecard(ctx, {
        actor: actorOf(request),
        supplierId: request.params.id,
        ...request.query,
      }),
  );

  app.get(
    '/suppliers/:id/scorecard/drill-down',
    {
      config: { permission: 'scorecards:read' },
      schema: {
        tags: ['evaluation'],
        summary: 'The orders, lines and invoices behind one figure of a supplier’s scorecard',
        params: IdParams,
        querystring: DrillDownQuery,
        response: { 200: DrillDown, ...errors },
      },
    },
    async (request) =>
      evaluation.drillDownScore(ctx, {
        actor: actorOf(request),
        supplierId: request.params.id,
        ...request.query,
      }),
  );

  app.get(
    '/scorecards',
    {
      config: { permission: 'scorecards:read' },
      schema: {
        tags: ['evaluation'],
        summary: 'Every supplier with orders in the period, scored and sorted (one category, or all)',
        querystring: ScorecardListQuery,
        response: { 200: ScorecardList, ...errors },
      },
    },
    async (request) => evaluation.listScorecards(ctx, request.query),
  );

  app.get(
    '/scorecard-settings',
    {
      config: { etag: true, permission: 'scorecards:read' },
      schema: {
        tags: ['evaluation'],
        summary: 'How scores are computed: grace and response days, minimum orders, weights, grade bands',
        response: { 200: ScorecardSettings, ...errors },
      },
    },
    async (_request, reply) => withEtag(reply, await evaluation.getScorecardSettings(ctx)),
  );

  app.put(
    '/scorecard-settings',
    {
      config: { ifMatch: true, etag: true, permission: 'scorecards:admin' },
      schema: {
        tags: ['evaluation'],
        summary: 'Change how scores are computed (send If-Match with the ETag)',
        description:
          'New grace or response days score every sent order again in the background (`factsBuiltAt` is null until done); weights, bands and the minimum apply at once.',
        body: ScorecardSettingsInput,
        response: { 200: ScorecardSettings, ...writeErrors },
      },
    },
    async (request, reply) =>
      withEtag(
        reply,
        await evaluation.updateScorecardSettings(ctx, {
          actor: actorOf(request),
          version: versionFromIfMatch(request),
          input: request.body,
        }),
      ),
  );

  app.get(
    '/items/:id/supplier-ranking',
    {
      config: { permission: 'scorecards:read' },
      schema: {
        tags: ['evaluation'],
        summary:
          'The suppliers with a valid price for an item, ranked by price and scorecard, with the reason',
        params: IdParams,
        querystring: SupplierRankingQuery,
        response: { 200: SupplierRanking, ...errors },
      },
    },
    async (request) => evaluation.rankSuppliersForItem(ctx, { itemId: request.params.id, ...request.query }),
  );

  app.get(
    '/supplier-grades',
    {
      config: { permission: 'scorecards:read' },
      schema: {
        tags: ['evaluation'],
        summary: 'Suppliers’ grades over the last 12 months (the badges of supplier pickers)',
        querystring: SupplierGradesQuery,
        response: { 200: SupplierGrades, ...errors },
      },
    },
    async (request) => evaluation.readSupplierGrades(ctx, { ids: request.query.ids }),
  );

  app.post(
    '/suppliers/:id/scorecard-hold',
    {
      config: { ifMatch: true, etag: true, permission: 'suppliers:write' },
      schema: {
        tags: ['evaluation'],
        summary: 'Put a supplier on hold because of its scorecard (send If-Match with the supplier’s ETag)',
        description:
          'The reason and a snapshot of the scorecard for the period (score, grade, each measure) are kept in the supplier’s history.',
        params: IdParams,
        body: ScorecardHoldRequest,
        response: { 200: Supplier, ...writeErrors },
      },
    },
    async (request, reply) =>
      withEtag(
        reply,
        await evaluation.holdSupplierForScorecard(ctx, {
          actor: actorOf(request),
          supplierId: request.params.id,
          version: versionFromIfMatch(request),
          reason: request.body.reason,
          period: request.body.period,
        }),
      ),
  );
};
