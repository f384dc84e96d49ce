import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { authenticateSession, authenticateToken, SESSION_ABSOLUTE_MS } from '../../core/identity';
import { can } from '../../core/shared/actor';
import type { Ctx } from '../../core/shared/context';
import { AppError } from '../../core/shared/errors';
import type { Permission } from '../../core/shared/permissions';

export const SESSION_COOKIE = 'openpo_session';
/**
 * A hint the web app can read (the session cookie is httpOnly): "this browser signed in". Without
 * it the app shows the sign-in page at once instead of asking the server first; it holds no
 * secret, grants nothing, and a stale one only costs that question (docs/performance.md#first-load).
 */
export const SIGNED_IN_HINT_COOKIE = 'openpo_signed_in';

/** Every /api/v1 route with the permission it declared (read by the permission-matrix test and docs). */
export type RoutePermission = {
  method: string;
  url: string;
  /** One permission, or several of which any one will do. */
  permission: RoutePermissionRule;
};
export type RoutePermissionRule = Permission | readonly Permission[] | 'authenticated' | 'public';

/**
 * What a supplier's user may reach among the routes open to every signed-in user: its own account.
 * The rest of them (people, the audit trail, home, saved views, attachments) are the
 * organisation's; everything else needs a permission the supplier role does not have.
 */
const SUPPLIER_ACCOUNT_ROUTES = new Set([
  '/api/v1/auth/me',
  '/api/v1/auth/me/preferences',
  '/api/v1/auth/password',
  // Filtered to its own supplier's orders (core/events/live-events.ts).
  '/api/v1/events/stream',
]);

/**
 * Resolves who is calling (session cookie or bearer token) and enforces the route's declared
 * permission. Deny by default: an /api/v1 route that declares nothing does not start.
 */
export function registerAuth(app: FastifyInstance, ctx: Ctx): void {
  app.decorateRequest('actor', null);
  app.decorateRequest('sessionToken', null);

  const table: RoutePermission[] = [];
  app.decorate('routePermissions', table);
  app.addHook('onRoute', (route) => {
    if (!route.url.startsWith('/api/v1')) return;
    const permission = route.config?.permission;
    if (!permission) throw new Error(`Route ${route.method} ${route.url} declares no permission`);
    for (const method of [route.method].flat()) {
      if (method !== 'HEAD') table.push({ method, url: route.url, permission });
    }
  });

  app.addHook('onRequest', async (request) => {
    const permission = request.routeOptions.config?.permission;
    if (!permission) return;
    const header = request.headers.authorization;
    if (header) {
      const match = /^Bearer\s+(\S+)$/i.exec(header);
      if (!match) throw new AppError('unauthenticated', 'The Authorization header must be "Bearer <token>".');
      request.actor = await authenticateToken(ctx, match[1]!);
    } else {
      const token = request.cookies[SESSION_COOKIE];
      if (token) {
        request.actor = (await authenticateSession(ctx, token)) ?? null;
        if (request.actor) request.sessionToken = token;
      }
    }
    if (permission === 'public') return;
    if (!request.actor)
      throw new AppError('unauthenticated', 'Sign in, or send an API token, to use this resource.');
    if (permission !== 'authenticated') {
      const anyOf = [permission].flat();
      const actor = request.actor;
      if (!anyOf.some((p) => can(actor, p))) {
        throw AppError.forbidden(
          `Your roles do not include the permission ${anyOf.map((p) => `"${p}"`).join(' or ')}.`,
        );
      }
    }
    if (
      permission === 'authenticated' &&
      request.actor.supplierId &&
      !SUPPLIER_ACCOUNT_ROUTES.has(request.routeOptions.url ?? '')
    ) {
      throw AppError.forbidden('A supplier’s user sees only the supplier portal.');
    }
  });
}

export function setSessionCookie(reply: FastifyReply, token: string, secure: boolean): void {
  reply.setCookie(SESSION_COOKIE, token, {
    path: '/',
    httpOnly: true,
    sameSite: 'lax',
    secure,
    maxAge: Math.floor(SESSION_ABSOLUTE_MS / 1000),
  });
  reply.setCookie(SIGNED_IN_HINT_COOKIE, '1', {
    path: '/',
    httpOnly: false,
    sameSite: 'lax',
    secure,
    maxAge: Math.floor(SESSION_ABSOLUTE_MS / 1000),
  });
}

export function clearSessionCookie(reply: FastifyReply, secure: boolean): void {
  reply.clearCookie(SESSION_COOKIE, { path: '/', httpOnly: true, sameSite: 'lax', secure });
  reply.clearCookie(SIGNED_IN_HINT_COOKIE, { path: '/', sameSite: 'lax', secure });
}

/** The authenticated actor of a route that declared a permission (never null there). */
export function actorOf(request: FastifyRequest) {
  if (!request.actor) throw new AppError('unauthenticated', 'Sign in to use this resource.');
  return request.actor;
}
