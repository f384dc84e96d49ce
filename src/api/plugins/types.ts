import type { Actor } from '../../core/shared/actor';
import type { Permission } from '../../core/shared/permissions';

declare module 'fastify' {
  interface FastifyContextConfig {
    /**
     * Who may call the route: a permission, any signed-in user ('authenticated'), or anyone
     * ('public'). Every /api/v1 route must say; a route without it fails at start-up.
     */
    permission?: Permission | 'authenticated' | 'public';
    /** POST that creates something: honours Idempotency-Key. */
    idempotent?: boolean;
  }
  interface FastifyInstance {
    routePermissions: { method: string; url: string; permission: Permission | 'authenticated' | 'public' }[];
  }
  interface FastifyRequest {
    actor: Actor | null;
    sessionToken: string | null;
  }
}
