import type { Actor } from '../../core/shared/actor';
import type { CsvEncoding } from '../../core/shared/csv';
import type { RoutePermission, RoutePermissionRule } from './auth';

declare module 'fastify' {
  interface FastifyContextConfig {
    /**
     * Who may call the route: a permission, any signed-in user ('authenticated'), or anyone
     * ('public'). Every /api/v1 route must say; a route without it fails at start-up.
     */
    permission?: RoutePermissionRule;
    /** POST that creates something: honours Idempotency-Key. */
    idempotent?: boolean;
    /** Changes a versioned resource: needs If-Match (versionFromIfMatch checks that the route says so). */
    ifMatch?: boolean;
    /** Answers a versioned resource with its ETag (withEtag checks that the route says so). */
    etag?: boolean;
    /** Answers 201 with the Location of what it created. */
    location?: boolean;
  }
  interface FastifyInstance {
    routePermissions: RoutePermission[];
  }
  interface FastifyRequest {
    actor: Actor | null;
    /** How an uploaded CSV file's bytes were read (UTF-8, UTF-16, Windows-1252); null otherwise. */
    csvEncoding: CsvEncoding | null;
    /** The sheet an uploaded Excel workbook was read from; null for any other body. */
    importedSheet: string | null;
    /** The bytes of an XML body (a UBL document), exactly as sent; null for any other body. */
    xmlBytes: Buffer | null;
    sessionToken: string | null;
  }
}
