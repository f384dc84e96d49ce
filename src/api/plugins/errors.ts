import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors, isResponseSerializationError } from 'fastify-type-provider-zod';
import { AppError, type ErrorCode, type FieldError } from '../../core/shared/errors';
import { isDatabaseUnavailable } from '../../db/unavailable';

/** The one place where error codes become HTTP statuses (RFC 9457 problem+json). */
const STATUS: Record<ErrorCode, number> = {
  validation: 422,
  unauthenticated: 401,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  precondition_failed: 412,
  precondition_required: 428,
  rate_limited: 429,
  unavailable: 503,
  internal: 500,
};

const TITLE: Record<ErrorCode, string> = {
  validation: 'Invalid request',
  unauthenticated: 'Not signed in',
  forbidden: 'Forbidden',
  not_found: 'Not found',
  conflict: 'Conflict',
  precondition_failed: 'Precondition failed',
  precondition_required: 'Precondition required',
  rate_limited: 'Too many requests',
  unavailable: 'Service unavailable',
  internal: 'Internal server error',
};

/** The HTTP status of an error code, for results that report errors item by item (bulk actions). */
export function statusOf(code: ErrorCode): number {
  return STATUS[code];
}

export function problemType(code: ErrorCode | string): string {
  return `urn:openpo:problem:${code.replace(/_/g, '-')}`;
}

function sendProblem(
  reply: FastifyReply,
  request: FastifyRequest,
  code: ErrorCode | 'bad_request' | 'payload_too_large' | 'unsupported_media_type' | 'service_unavailable',
  status: number,
  title: string,
  detail: string,
  errors?: FieldError[],
) {
  return reply
    .status(status)
    .type('application/problem+json')
    .send({
      type: problemType(code),
      title,
      status,
      detail,
      instance: request.url.split('?')[0],
      ...(errors && errors.length > 0 ? { errors } : {}),
    });
}

/** "lines[0].quantity" from a Zod issue path. */
export function pathToString(path: readonly PropertyKey[]): string {
  let out = '';
  for (const p of path) {
    if (typeof p === 'number') out += `[${p}]`;
    else out += out ? `.${String(p)}` : String(p);
  }
  return out;
}

export function registerErrorHandling(app: FastifyInstance, opts: { serveSpa: boolean }): void {
  app.setErrorHandler((err: FastifyError, request, reply) => {
    if (err instanceof AppError) {
      if (err.code === 'rate_limited' && typeof err.meta.retryAfterSeconds === 'number') {
        reply.header('retry-after', String(err.meta.retryAfterSeconds));
      }
      if (err.code === 'internal') request.log.error({ err }, 'internal error');
      if (err.code === 'unavailable') {
        request.log.warn({ err }, 'a service OpenPO depends on is unavailable');
        reply.header('retry-after', '10');
      }
      return sendProblem(
        reply,
        request,
        err.code,
        STATUS[err.code],
        TITLE[err.code],
        err.message,
        err.errors,
      );
    }
    if (hasZodFastifySchemaValidationErrors(err)) {
      const where = err.validationContext ?? 'body';
      const errors: FieldError[] = err.validation.map((v) => {
        const segments = v.instancePath
          .split('/')
          .filter(Boolean)
          .map((p) => (/^\d+$/.test(p) ? Number(p) : p));
        return { path: pathToString(segments) || where, message: v.message ?? 'is invalid' };
      });
      const summary = errors.map((e) => `${e.path}: ${e.message}`).join('; ');
      return sendProblem(
        reply,
        request,
        'validation',
        422,
        TITLE.validation,
        `Invalid ${where}: ${summary}`,
        errors,
      );
    }
    if (isResponseSerializationError(err)) {
      request.log.error({ err, issues: err.cause.issues }, 'response does not match its schema');
      return sendProblem(
        reply,
        request,
        'internal',
        500,
        TITLE.internal,
        'The server could not complete the request.',
      );
    }
    const status = err.statusCode ?? 500;
    if (status === 413) {
      return sendProblem(
        reply,
        request,
        'payload_too_large',
        413,
        'Payload too large',
        'The request body is too large.',
      );
    }
    if (status === 415) {
      return sendProblem(
        reply,
        request,
        'unsupported_media_type',
        415,
        'Unsupported media type',
        err.message,
      );
    }
    if (status >= 400 && status < 500) {
      return sendProblem(reply, request, 'bad_request', status, 'Bad request', err.message);
    }
    if (isDatabaseUnavailable(err)) {
      request.log.warn({ err }, 'database unavailable');
      reply.header('retry-after', '5');
      return sendProblem(
        reply,
        request,
        'service_unavailable',
        503,
        'Service unavailable',
        'The database cannot be reached just now; nothing was changed. Try again in a few seconds.',
      );
    }
    request.log.error({ err }, 'unhandled error');
    return sendProblem(
      reply,
      request,
      'internal',
      500,
      TITLE.internal,
      'The server could not complete the request.',
    );
  });

  app.setNotFoundHandler((request, reply) => {
    const url = request.url.split('?')[0] ?? '/';
    // Client-side routes of the web app: any GET for a page (not the API, not a file) gets index.html.
    if (opts.serveSpa && request.method === 'GET' && !url.startsWith('/api/') && !/\.[a-z0-9]+$/i.test(url)) {
      return reply.type('text/html').sendFile('index.html');
    }
    return sendProblem(
      reply,
      request,
      'not_found',
      404,
      TITLE.not_found,
      `No route ${request.method} ${url}.`,
    );
  });
}
