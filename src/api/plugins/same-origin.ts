import helmet from '@fastify/helmet';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { AppError } from '../../core/shared/errors';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * Where a browser says an unsafe request came from, when that is not one of OpenPO's own pages;
 * null when it is, or when no browser sent it (no Sec-Fetch-Site, no Origin: an API client,
 * which cannot hold a user's cookie by visiting a page). Sec-Fetch-Site and Origin are set by
 * the browser and cannot be chosen by the page that makes the request.
 */
export function foreignSource(request: FastifyRequest, ownOrigins: ReadonlySet<string>): string | null {
  const site = request.headers['sec-fetch-site'];
  if (typeof site === 'string' && site !== '') {
    // `none`: the user made the request themselves (typed an address, a bookmark).
    return site === 'same-origin' || site === 'none' ? null : `a ${site} page`;
  }
  const origin = request.headers.origin;
  if (typeof origin !== 'string' || origin === '') return null;
  if (origin === 'null') return 'a page without an origin';
  const own = `${request.protocol}://${request.headers.host ?? ''}`;
  return origin === own || ownOrigins.has(origin) ? null : origin;
}

/**
 * Cross-site request forgery and framing. SameSite=Lax keeps the session cookie off requests
 * from other sites, but not from other hosts of the same site (another subdomain), and a form
 * can send `text/plain` without asking first. So every unsafe request that does not carry an API
 * token must come from OpenPO's own pages (Sec-Fetch-Site, else Origin), and every answer forbids
 * framing and sniffing and keeps OpenPO's addresses out of other sites' referrers.
 */
export async function registerSameOrigin(
  app: FastifyInstance,
  opts: { baseUrl: string; https: boolean },
): Promise<void> {
  const ownOrigins = new Set([new URL(opts.baseUrl).origin]);
  app.addHook('onRequest', async (request) => {
    if (SAFE_METHODS.has(request.method) || request.headers.authorization) return;
    const source = foreignSource(request, ownOrigins);
    if (source !== null) {
      throw AppError.forbidden(
        `This request came from ${source}. OpenPO accepts changes only from its own pages, or with an API token.`,
      );
    }
  });
  await app.register(helmet, {
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        // Mantine sets CSS variables and positions in style attributes and one style element.
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:', 'blob:'],
        fontSrc: ["'self'", 'data:'],
        connectSrc: ["'self'"],
        objectSrc: ["'none'"],
        baseUri: ["'self'"],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
      },
    },
    frameguard: { action: 'deny' },
    referrerPolicy: { policy: 'same-origin' },
    strictTransportSecurity: opts.https ? { maxAge: 31_536_000, includeSubDomains: true } : false,
    crossOriginEmbedderPolicy: false,
  });
}
