import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { IdParams, PageQuery, Problem, pageOf } from '../../contracts/common';
import {
  ApiToken,
  ChangePasswordRequest,
  CreateApiTokenRequest,
  CreatedApiToken,
  CreateSavedViewRequest,
  CreateUserRequest,
  LoginRequest,
  Me,
  SavedView,
  SavedViewQuery,
  UpdatePreferencesRequest,
  UpdateUserRequest,
  User,
  UserListQuery,
} from '../../contracts/identity';
import * as identity from '../../core/identity';
import { permissionsFor } from '../../core/shared/permissions';
import type { RouteDeps } from '../deps';
import { actorOf, clearSessionCookie, setSessionCookie } from '../plugins/auth';
import { versionFromIfMatch, withEtag } from '../plugins/concurrency';
import { requestCtx } from '../plugins/idempotency';
import { readProblems as errors } from './problems';

export const identityRoutes: FastifyPluginAsyncZod<RouteDeps> = async (app, { ctx, config }) => {
  app.post(
    '/auth/login',
    {
      config: { permission: 'public' },
      schema: {
        tags: ['auth'],
        summary: 'Sign in with e-mail and password; sets the session cookie',
        body: LoginRequest,
        response: { 200: Me, 401: Problem, 422: Problem, 429: Problem },
      },
    },
    async (request, reply) => {
      const result = await identity.logIn(ctx, {
        email: request.body.email,
        password: request.body.password,
        ip: request.ip,
        userAgent: request.headers['user-agent'],
      });
      setSessionCookie(reply, result.sessionToken, config.secureCookies);
      const user = await identity.getUser(ctx, { id: result.userId });
      return { user, permissions: [...permissionsFor(user.roles)] };
    },
  );

  app.post(
    '/auth/logout',
    {
      config: { permission: 'public' },
      schema: { tags: ['auth'], summary: 'End the current session', response: { 204: z.null() } },
    },
    async (request, reply) => {
      if (request.sessionToken) await identity.logOut(ctx, request.sessionToken);
      clearSessionCookie(reply, config.secureCookies);
      return reply.code(204).send(null);
    },
  );

  app.get(
    '/auth/me',
    {
      config: { permission: 'authenticated' },
      schema: {
        tags: ['auth'],
        summary: 'The signed-in user with roles and permissions',
        response: { 200: Me, 401: Problem },
      },
    },
    async (request) => {
      const actor = actorOf(request);
      const user = await identity.getUser(ctx, { id: actor.userId! });
      return { user, permissions: [...actor.permissions] };
    },
  );

  app.patch(
    '/auth/me/preferences',
    {
      config: { permission: 'authenticated' },
      schema: {
        tags: ['auth'],
        summary: 'Set your own language and locale for dates, numbers and money',
        body: UpdatePreferencesRequest,
        response: { 200: Me, ...errors },
      },
    },
    async (request) => {
      const actor = actorOf(request);
      const user = await identity.updateOwnPreferences(requestCtx(request, ctx), {
        actor,
        language: request.body.language,
        locale: request.body.locale,
      });
      return { user, permissions: [...actor.permissions] };
    },
  );

  app.post(
    '/auth/password',
    {
      config: { permission: 'authenticated' },
      schema: {
        tags: ['auth'],
        summary: 'Change your own password (ends your other sessions)',
        body: ChangePasswordRequest,
        response: { 204: z.null(), ...errors },
      },
    },
    async (request, reply) => {
      await identity.changeOwnPassword(ctx, {
        actor: actorOf(request),
        currentPassword: request.body.currentPassword,
        newPassword: request.body.newPassword,
        currentSessionToken: request.sessionToken ?? undefined,
      });
      return reply.code(204).send(null);
    },
  );

  // ── users ────────────────────────────────────────────────────────────────
  app.get(
    '/users',
    {
      config: { permission: 'users:read' },
      schema: {
        tags: ['users'],
        summary: 'List users',
        querystring: PageQuery.extend(UserListQuery.shape),
        response: { 200: pageOf(User), ...errors },
      },
    },
    async (request) => {
      const { limit, cursor, active, ...filter } = request.query;
      return identity.listUsers(ctx, {
        filter: { ...filter, active: active === undefined ? undefined : active === 'true' },
        limit,
        cursor,
      });
    },
  );

  app.post(
    '/users',
    {
      config: { location: true, etag: true, permission: 'users:write', idempotent: true },
      schema: {
        tags: ['users'],
        summary: 'Create a user',
        body: CreateUserRequest,
        response: { 201: User, ...errors },
      },
    },
    async (request, reply) => {
      const user = await identity.createUser(requestCtx(request, ctx), {
        actor: actorOf(request),
        input: request.body,
      });
      reply.code(201).header('location', `/api/v1/users/${user.id}`);
      return withEtag(reply, user);
    },
  );

  app.get(
    '/users/:id',
    {
      config: { etag: true, permission: 'users:read' },
      schema: { tags: ['users'], summary: 'One user', params: IdParams, response: { 200: User, ...errors } },
    },
    async (request, reply) => withEtag(reply, await identity.getUser(ctx, { id: request.params.id })),
  );

  app.patch(
    '/users/:id',
    {
      config: { ifMatch: true, etag: true, permission: 'users:write' },
      schema: {
        tags: ['users'],
        summary: 'Update a user (If-Match required); deactivating ends their sessions',
        params: IdParams,
        body: UpdateUserRequest,
        response: { 200: User, 409: Problem, 412: Problem, 428: Problem, ...errors },
      },
    },
    async (request, reply) => {
      const user = await identity.updateUser(ctx, {
        actor: actorOf(request),
        id: request.params.id,
        version: versionFromIfMatch(request),
        input: request.body,
      });
      return withEtag(reply, user);
    },
  );

  // ── personal API tokens ──────────────────────────────────────────────────
  app.get(
    '/api-tokens',
    {
      config: { permission: 'tokens:own' },
      schema: {
        tags: ['api-tokens'],
        summary: 'Your API tokens (admins: ?all=true for everybody’s)',
        querystring: z.object({ all: z.enum(['true', 'false']).optional() }),
        response: { 200: z.object({ items: z.array(ApiToken) }), ...errors },
      },
    },
    async (request) => ({
      items: await identity.listApiTokens(ctx, {
        actor: actorOf(request),
        all: request.query.all === 'true',
      }),
    }),
  );

  app.post(
    '/api-tokens',
    {
      config: { permission: 'tokens:own', idempotent: true },
      schema: {
        tags: ['api-tokens'],
        summary: 'Create a personal API token; the secret is in this response only',
        body: CreateApiTokenRequest,
        response: { 201: CreatedApiToken, ...errors },
      },
    },
    async (request, reply) => {
      const token = await identity.createApiToken(requestCtx(request, ctx), {
        actor: actorOf(request),
        name: request.body.name,
        expiresAt: request.body.expiresAt ? new Date(request.body.expiresAt) : null,
      });
      return reply.code(201).send(token);
    },
  );

  app.post(
    '/api-tokens/:id/revoke',
    {
      config: { permission: 'tokens:own' },
      schema: {
        tags: ['api-tokens'],
        summary: 'Revoke a token',
        params: IdParams,
        response: { 200: ApiToken, ...errors },
      },
    },
    async (request) => identity.revokeApiToken(ctx, { actor: actorOf(request), id: request.params.id }),
  );

  // ── saved views ──────────────────────────────────────────────────────────
  app.get(
    '/saved-views',
    {
      config: { permission: 'authenticated' },
      schema: {
        tags: ['saved-views'],
        summary: 'Your saved views of a list, by name',
        querystring: SavedViewQuery,
        response: { 200: z.object({ items: z.array(SavedView) }), ...errors },
      },
    },
    async (request) => ({
      items: await identity.listSavedViews(ctx, { actor: actorOf(request), list: request.query.list }),
    }),
  );

  app.post(
    '/saved-views',
    {
      config: { permission: 'authenticated', idempotent: true },
      schema: {
        tags: ['saved-views'],
        summary: 'Save a list’s filters (its query string) under a name',
        body: CreateSavedViewRequest,
        response: { 201: SavedView, ...errors, 409: Problem },
      },
    },
    async (request, reply) => {
      const view = await identity.createSavedView(requestCtx(request, ctx), {
        actor: actorOf(request),
        ...request.body,
      });
      return reply.code(201).send(view);
    },
  );

  app.delete(
    '/saved-views/:id',
    {
      config: { permission: 'authenticated' },
      schema: {
        tags: ['saved-views'],
        summary: 'Delete one of your saved views',
        params: IdParams,
        response: { 204: z.null(), ...errors },
      },
    },
    async (request, reply) => {
      await identity.deleteSavedView(ctx, { actor: actorOf(request), id: request.params.id });
      return reply.code(204).send(null);
    },
  );
};
