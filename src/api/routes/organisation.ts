import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { IdParams, PageQuery, Problem, pageOf } from '../../contracts/common';
import {
  Budget,
  BudgetEffect,
  BudgetEffectQuery,
  BudgetListQuery,
  CostCentre,
  CostCentreListQuery,
  CreateBudgetRequest,
  CreateCostCentreRequest,
  CreateDepartmentRequest,
  CreateExchangeRateRequest,
  CreateToleranceRuleRequest,
  Currency,
  CurrencyListQuery,
  CurrencyParams,
  Department,
  DepartmentListQuery,
  EffectiveToleranceQuery,
  EffectiveTolerances,
  ExchangeRate,
  ExchangeRateListQuery,
  ExchangeRateLookupQuery,
  RateQuote,
  RoleList,
  Settings,
  ToleranceRule,
  ToleranceRuleListQuery,
  UpdateBudgetRequest,
  UpdateCostCentreRequest,
  UpdateCurrencyRequest,
  UpdateDepartmentRequest,
  UpdateExchangeRateRequest,
  UpdateSettingsRequest,
  UpdateToleranceRuleRequest,
} from '../../contracts/organisation';
import * as catalog from '../../core/catalog';
import * as organisation from '../../core/organisation';
import { FieldErrors } from '../../core/shared/errors';
import * as suppliers from '../../core/suppliers';
import type { RouteDeps } from '../deps';
import { actorOf } from '../plugins/auth';
import { versionFromIfMatch, withEtag } from '../plugins/concurrency';
import { requestCtx } from '../plugins/idempotency';
import { readProblems as errors, writeProblems as writeErrors } from './problems';

export const organisationRoutes: FastifyPluginAsyncZod<RouteDeps> = async (app, { ctx }) => {
  // ── departments ──────────────────────────────────────────────────────────
  app.get(
    '/departments',
    {
      config: { permission: 'organisation:read' },
      schema: {
        tags: ['organisation'],
        summary: 'List departments in code order; q searches code and name',
        querystring: PageQuery.extend(DepartmentListQuery.shape),
        response: { 200: pageOf(Department), ...errors },
      },
    },
    async (request) => {
      const { limit, cursor, ...filter } = request.query;
      return organisation.listDepartments(ctx, { filter, limit, cursor });
    },
  );

  app.post(
    '/departments',
    {
      config: { location: true, etag: true, permission: 'organisation:write', idempotent: true },
      schema: {
        tags: ['organisation'],
        summary: 'Create a department',
        body: CreateDepartmentRequest,
        response: { 201: Department, ...errors, 409: Problem },
      },
    },
    async (request, reply) => {
      const department = await organisation.createDepartment(requestCtx(request, ctx), {
        actor: actorOf(request),
        input: request.body,
      });
      reply.code(201).header('location', `/api/v1/departments/${department.id}`);
      return withEtag(reply, department);
    },
  );

  app.get(
    '/departments/:id',
    {
      config: { etag: true, permission: 'organisation:read' },
      schema: {
        tags: ['organisation'],
        summary: 'One department',
        params: IdParams,
        response: { 200: Department, ...errors },
      },
    },
    async (request, reply) =>
      withEtag(reply, await organisation.getDepartment(ctx, { id: request.params.id })),
  );

  app.patch(
    '/departments/:id',
    {
      config: { ifMatch: true, etag: true, permission: 'organisation:write' },
      schema: {
        tags: ['organisation'],
        summary: 'Update a department (send If-Match with the ETag)',
        params: IdParams,
        body: UpdateDepartmentRequest,
        response: { 200: Department, ...writeErrors },
      },
    },
    async (request, reply) => {
      const department = await organisation.updateDepartment(ctx, {
        actor: actorOf(request),
        id: request.params.id,
        version: versionFromIfMatch(request),
        input: request.body,
      });
      return withEtag(reply, department);
    },
  );

  // ── cost centres ─────────────────────────────────────────────────────────
  app.get(
    '/cost-centres',
    {
      config: { permission: 'organisation:read' },
      schema: {
        tags: ['organisation'],
        summary: 'List cost centres in code order; q searches code and name',
        querystring: PageQuery.extend(CostCentreListQuery.shape),
        response: { 200: pageOf(CostCentre), ...errors },
      },
    },
    async (request) => {
      const { limit, cursor, ...filter } = request.query;
      return organisation.listCostCentres(ctx, { filter, limit, cursor });
    },
  );

  app.post(
    '/cost-centres',
    {
      config: { location: true, etag: true, permission: 'organisation:write', idempotent: true },
      schema: {
        tags: ['organisation'],
        summary: 'Create a cost centre in an active department',
        body: CreateCostCentreRequest,
        response: { 201: CostCentre, ...errors, 409: Problem },
      },
    },
    async (request, reply) => {
      const costCentre = await organisation.createCostCentre(requestCtx(request, ctx), {
        actor: actorOf(request),
        input: request.body,
      });
      reply.code(201).header('location', `/api/v1/cost-centres/${costCentre.id}`);
      return withEtag(reply, costCentre);
    },
  );

  app.get(
    '/cost-centres/:id',
    {
      config: { etag: true, permission: 'organisation:read' },
      schema: {
        tags: ['organisation'],
        summary: 'One cost centre',
        params: IdParams,
        response: { 200: CostCentre, ...errors },
      },
    },
    async (request, reply) =>
      withEtag(reply, await organisation.getCostCentre(ctx, { id: request.params.id })),
  );

  app.patch(
    '/cost-centres/:id',
    {
      config: { ifMatch: true, etag: true, permission: 'organisation:write' },
      schema: {
        tags: ['organisation'],
        summary: 'Update a cost centre (send If-Match with the ETag)',
        params: IdParams,
        body: UpdateCostCentreRequest,
        response: { 200: CostCentre, ...writeErrors },
      },
    },
    async (request, reply) => {
      const costCentre = await organisation.updateCostCentre(ctx, {
        actor: actorOf(request),
        id: request.params.id,
        version: versionFromIfMatch(request),
        input: request.body,
      });
      return withEtag(reply, costCentre);
    },
  );

  // ── currencies ───────────────────────────────────────────────────────────
  app.get(
    '/currencies',
    {
      config: { permission: 'organisation:read' },
      schema: {
        tags: ['organisation'],
        summary: 'List currencies in code order; q searches code and name',
        querystring: PageQuery.extend(CurrencyListQuery.shape),
        response: { 200: pageOf(Currency), ...errors },
      },
    },
    async (request) => {
      const { limit, cursor, ...filter } = request.query;
      return organisation.listCurrencies(ctx, { filter, limit, cursor });
    },
  );

  app.patch(
    '/currencies/:code',
    {
      config: { permission: 'organisation:write' },
      schema: {
        tags: ['organisation'],
        summary: 'Activate or deactivate a currency (the base currency cannot be deactivated)',
        params: CurrencyParams,
        body: UpdateCurrencyRequest,
        response: { 200: Currency, ...errors, 409: Problem },
      },
    },
    async (request) =>
      organisation.setCurrencyActive(ctx, {
        actor: actorOf(request),
        code: request.params.code,
        active: request.body.active,
      }),
  );

  // ── exchange rates ───────────────────────────────────────────────────────
  app.get(
    '/exchange-rates',
    {
      config: { permission: 'organisation:read' },
      schema: {
        tags: ['organisation'],
        summary: 'List exchange rates, newest date first; from/to bound the date (inclusive)',
        querystring: PageQuery.extend(ExchangeRateListQuery.shape),
        response: { 200: pageOf(ExchangeRate), ...errors },
      },
    },
    async (request) => {
      const { limit, cursor, ...filter } = request.query;
      return organisation.listExchangeRates(ctx, { filter, limit, cursor });
    },
  );

  app.get(
    '/exchange-rates/lookup',
    {
      config: { permission: 'organisation:read' },
      schema: {
        tags: ['organisation'],
        summary: 'The rate converting a currency to the base currency on a date: the latest on or before it',
        querystring: ExchangeRateLookupQuery,
        response: { 200: RateQuote, ...errors },
      },
    },
    async (request) =>
      organisation.rateOn(ctx, {
        currency: request.query.currency,
        date: request.query.date ?? ctx.clock.now(),
      }),
  );

  app.post(
    '/exchange-rates',
    {
      config: { location: true, etag: true, permission: 'organisation:write', idempotent: true },
      schema: {
        tags: ['organisation'],
        summary: 'Enter an exchange rate valid from a date (one per currency pair and date)',
        body: CreateExchangeRateRequest,
        response: { 201: ExchangeRate, ...errors, 409: Problem },
      },
    },
    async (request, reply) => {
      const rate = await organisation.createExchangeRate(requestCtx(request, ctx), {
        actor: actorOf(request),
        input: request.body,
      });
      reply.code(201).header('location', `/api/v1/exchange-rates/${rate.id}`);
      return withEtag(reply, rate);
    },
  );

  app.get(
    '/exchange-rates/:id',
    {
      config: { etag: true, permission: 'organisation:read' },
      schema: {
        tags: ['organisation'],
        summary: 'One exchange rate',
        params: IdParams,
        response: { 200: ExchangeRate, ...errors },
      },
    },
    async (request, reply) =>
      withEtag(reply, await organisation.getExchangeRate(ctx, { id: request.params.id })),
  );

  app.patch(
    '/exchange-rates/:id',
    {
      config: { ifMatch: true, etag: true, permission: 'organisation:write' },
      schema: {
        tags: ['organisation'],
        summary: 'Correct an exchange rate (send If-Match with the ETag)',
        params: IdParams,
        body: UpdateExchangeRateRequest,
        response: { 200: ExchangeRate, ...writeErrors },
      },
    },
    async (request, reply) => {
      const rate = await organisation.updateExchangeRate(ctx, {
        actor: actorOf(request),
        id: request.params.id,
        version: versionFromIfMatch(request),
        input: request.body,
      });
      return withEtag(reply, rate);
    },
  );

  app.delete(
    '/exchange-rates/:id',
    {
      config: { ifMatch: true, permission: 'organisation:write' },
      schema: {
        tags: ['organisation'],
        summary: 'Delete an exchange rate (send If-Match with the ETag)',
        params: IdParams,
        response: { 204: z.null(), ...writeErrors },
      },
    },
    async (request, reply) => {
      await organisation.deleteExchangeRate(ctx, {
        actor: actorOf(request),
        id: request.params.id,
        version: versionFromIfMatch(request),
      });
      return reply.code(204).send(null);
    },
  );

  // ── settings ─────────────────────────────────────────────────────────────
  app.get(
    '/settings',
    {
      config: { etag: true, permission: 'organisation:read' },
      schema: {
        tags: ['organisation'],
        summary: 'The organisation settings',
        response: { 200: Settings, ...errors },
      },
    },
    async (_request, reply) => withEtag(reply, await organisation.getSettings(ctx)),
  );

  app.patch(
    '/settings',
    {
      config: { ifMatch: true, etag: true, permission: 'organisation:write' },
      schema: {
        tags: ['organisation'],
        summary:
          'Update the settings (send If-Match with the ETag); numberFormats are merged by document type',
        body: UpdateSettingsRequest,
        response: { 200: Settings, ...writeErrors },
      },
    },
    async (request, reply) => {
      const settings = await organisation.updateSettings(ctx, {
        actor: actorOf(request),
        version: versionFromIfMatch(request),
        input: request.body,
      });
      return withEtag(reply, settings);
    },
  );

  // ── roles ────────────────────────────────────────────────────────────────
  app.get(
    '/roles',
    {
      config: { permission: 'users:read' },
      schema: {
        tags: ['organisation'],
        summary: 'Every role with its label and the permissions it grants',
        response: { 200: RoleList, 401: Problem, 403: Problem },
      },
    },
    async () => ({ items: organisation.listRoles() }),
  );

  // ── budgets ──────────────────────────────────────────────────────────────
  app.get(
    '/budgets',
    {
      config: { permission: 'organisation:read' },
      schema: {
        tags: ['organisation'],
        summary: 'Budgets by period, with committed, actual and available derived from the orders',
        querystring: PageQuery.extend(BudgetListQuery.shape),
        response: { 200: pageOf(Budget), ...errors },
      },
    },
    async (request) => {
      const { limit, cursor, ...filter } = request.query;
      return organisation.listBudgets(ctx, { filter, limit, cursor });
    },
  );

  app.get(
    '/budgets/effect',
    {
      config: { permission: 'organisation:read' },
      schema: {
        tags: ['organisation'],
        summary:
          'What an amount would do to the budgets of a cost centre on a date: every covering budget now and after (converted at the rate on that date)',
        querystring: BudgetEffectQuery,
        response: { 200: BudgetEffect, ...errors },
      },
    },
    async (request) => organisation.budgetEffectOf(ctx, request.query),
  );

  app.post(
    '/budgets',
    {
      config: { location: true, etag: true, permission: 'organisation:write', idempotent: true },
      schema: {
        tags: ['organisation'],
        summary: 'Set the budget of a cost centre for a month or a fiscal year (base currency)',
        body: CreateBudgetRequest,
        response: { 201: Budget, ...errors, 409: Problem },
      },
    },
    async (request, reply) => {
      const budget = await organisation.createBudget(requestCtx(request, ctx), {
        actor: actorOf(request),
        input: request.body,
      });
      reply.code(201).header('location', `/api/v1/budgets/${budget.id}`);
      return withEtag(reply, budget);
    },
  );

  app.get(
    '/budgets/:id',
    {
      config: { etag: true, permission: 'organisation:read' },
      schema: {
        tags: ['organisation'],
        summary: 'One budget and its consumption',
        params: IdParams,
        response: { 200: Budget, ...errors },
      },
    },
    async (request, reply) => withEtag(reply, await organisation.getBudget(ctx, { id: request.params.id })),
  );

  app.patch(
    '/budgets/:id',
    {
      config: { ifMatch: true, etag: true, permission: 'organisation:write' },
      schema: {
        tags: ['organisation'],
        summary: 'Change a budget amount (send If-Match)',
        params: IdParams,
        body: UpdateBudgetRequest,
        response: { 200: Budget, ...writeErrors },
      },
    },
    async (request, reply) => {
      const budget = await organisation.updateBudget(ctx, {
        actor: actorOf(request),
        id: request.params.id,
        version: versionFromIfMatch(request),
        input: request.body,
      });
      return withEtag(reply, budget);
    },
  );

  // ── tolerances ───────────────────────────────────────────────────────────
  const toleranceTags = ['tolerances'];

  app.get(
    '/tolerances',
    {
      config: { permission: 'organisation:read' },
      schema: {
        tags: toleranceTags,
        summary: 'The tolerance rules, least specific first: global, suppliers, categories, items',
        querystring: PageQuery.extend(ToleranceRuleListQuery.shape),
        response: { 200: pageOf(ToleranceRule), ...errors },
      },
    },
    async (request) => {
      const { limit, cursor, ...filter } = request.query;
      return organisation.listToleranceRules(ctx, { filter, limit, cursor });
    },
  );

  app.get(
    '/tolerances/effective',
    {
      config: { permission: 'organisation:read' },
      schema: {
        tags: toleranceTags,
        summary: 'The tolerances that apply to a supplier and an item, and which rule decided each',
        description:
          'For each measure the most specific rule that sets it decides: the item’s, then its category’s, then the supplier’s, then the global rule. A measure no rule sets allows nothing.',
        querystring: EffectiveToleranceQuery,
        response: { 200: EffectiveTolerances, ...errors },
      },
    },
    async (request) => {
      const { supplierId, itemId } = request.query;
      // The item's category (a tolerance may be set for it), and whether both exist: at once.
      const [items, found] = await Promise.all([
        itemId ? catalog.getItemsByIds(ctx, { ids: [itemId] }) : null,
        supplierId ? suppliers.findSuppliersByIds(ctx, { ids: [supplierId] }) : null,
      ]);
      const errors = new FieldErrors();
      const item = itemId ? items?.get(itemId) : undefined;
      if (itemId && !item) errors.add('itemId', 'is not a catalog item');
      if (supplierId && found?.length === 0) errors.add('supplierId', 'is not a supplier');
      errors.throwIfAny();
      const categoryId = item?.categoryId ?? null;
      const effective = await organisation.effectiveTolerances(ctx, { supplierId, itemId, categoryId });
      return { supplierId: supplierId ?? null, itemId: itemId ?? null, categoryId, ...effective };
    },
  );

  app.post(
    '/tolerances',
    {
      config: { location: true, etag: true, permission: 'organisation:write', idempotent: true },
      schema: {
        tags: toleranceTags,
        summary: 'Set a tolerance rule for the organisation, a supplier, an item category or an item',
        body: CreateToleranceRuleRequest,
        response: { 201: ToleranceRule, ...errors, 409: Problem },
      },
    },
    async (request, reply) => {
      const rule = await organisation.createToleranceRule(requestCtx(request, ctx), {
        actor: actorOf(request),
        input: request.body,
      });
      reply.code(201).header('location', `/api/v1/tolerances/${rule.id}`);
      return withEtag(reply, rule);
    },
  );

  app.get(
    '/tolerances/:id',
    {
      config: { etag: true, permission: 'organisation:read' },
      schema: {
        tags: toleranceTags,
        summary: 'One tolerance rule',
        params: IdParams,
        response: { 200: ToleranceRule, ...errors },
      },
    },
    async (request, reply) =>
      withEtag(reply, await organisation.getToleranceRule(ctx, { id: request.params.id })),
  );

  app.patch(
    '/tolerances/:id',
    {
      config: { ifMatch: true, etag: true, permission: 'organisation:write' },
      schema: {
        tags: toleranceTags,
        summary:
          'Change a rule’s limits or note; a measure set to null falls back to less specific rules (send If-Match)',
        params: IdParams,
        body: UpdateToleranceRuleRequest,
        response: { 200: ToleranceRule, ...writeErrors },
      },
    },
    async (request, reply) => {
      const rule = await organisation.updateToleranceRule(ctx, {
        actor: actorOf(request),
        id: request.params.id,
        version: versionFromIfMatch(request),
        input: request.body,
      });
      return withEtag(reply, rule);
    },
  );

  app.delete(
    '/tolerances/:id',
    {
      config: { ifMatch: true, permission: 'organisation:write' },
      schema: {
        tags: toleranceTags,
        summary: 'Remove a tolerance rule: what it set falls back to less specific rules (send If-Match)',
        params: IdParams,
        response: { 204: z.null(), ...writeErrors },
      },
    },
    async (request, reply) => {
      await organisation.deleteToleranceRule(ctx, {
        actor: actorOf(request),
        id: request.params.id,
        version: versionFromIfMatch(request),
      });
      return reply.code(204).send(null);
    },
  );
};
