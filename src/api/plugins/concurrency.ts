import type { FastifyReply, FastifyRequest } from 'fastify';
import { AppError } from '../../core/shared/errors';

/** Strong entity tag of a versioned resource. */
export function etagOf(version: number): string {
  return `"v${version}"`;
}

export function withEtag<T extends { version: number }>(reply: FastifyReply, resource: T): T {
  // The API description declares the ETag header of the routes that say they send it.
  if (!reply.request.routeOptions.config?.etag) {
    throw new Error(`${reply.request.routeOptions.url} sends an ETag without config.etag`);
  }
  reply.header('etag', etagOf(resource.version));
  return resource;
}

/**
 * The version an update is based on, from `If-Match`. Updates without it are refused (428) so that
 * no client can overwrite a change it has not seen.
 */
export function versionFromIfMatch(request: FastifyRequest): number {
  // The API description declares If-Match on the routes that say they read it.
  if (!request.routeOptions.config?.ifMatch) {
    throw new Error(`${request.routeOptions.url} reads If-Match without config.ifMatch`);
  }
  const header = request.headers['if-match'];
  if (!header) {
    throw new AppError(
      'precondition_required',
      'Send If-Match with the ETag of the version you are changing (GET the resource to read it).',
    );
  }
  const match = /^\s*(?:W\/)?"v(\d+)"\s*$/.exec(header);
  if (!match) {
    throw new AppError(
      'precondition_failed',
      `If-Match ${header} is not an ETag of this resource (expected e.g. "v3").`,
    );
  }
  return Number(match[1]);
}
