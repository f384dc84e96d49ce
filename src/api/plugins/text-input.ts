import type { FastifyInstance } from 'fastify';
import { AppError, type FieldError } from '../../core/shared/errors';
import { LONE_SURROGATE } from '../../core/shared/sql';
import { pathToString } from './errors';

/**
 * Text the database can store, checked once for every request: a NUL character anywhere in the
 * body, the query or the path is a 422 naming the field (PostgreSQL text cannot hold one), and
 * half a surrogate pair is replaced by U+FFFD, as the database would store it, so what a request
 * is answered with is what was stored.
 */
export function registerTextInput(app: FastifyInstance): void {
  app.addHook('preValidation', async (request) => {
    const errors: FieldError[] = [];
    request.body = cleaned(request.body, [], errors);
    request.query = cleaned(request.query, [], errors);
    request.params = cleaned(request.params, [], errors);
    if (errors.length > 0) {
      throw new AppError(
        'validation',
        `Invalid request: ${errors.map((e) => `${e.path} ${e.message}`).join('; ')}`,
        {
          errors,
        },
      );
    }
  });
}

function cleaned(value: unknown, path: PropertyKey[], errors: FieldError[]): unknown {
  if (typeof value === 'string') {
    if (value.includes('\u0000')) {
      if (errors.length < 20)
        errors.push({ path: pathToString(path) || 'body', message: 'must not contain NUL characters' });
      return value;
    }
    return value.replace(LONE_SURROGATE, '\ufffd');
  }
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) value[i] = cleaned(value[i], [...path, i], errors);
    return value;
  }
  if (value !== null && typeof value === 'object') {
    const record = value as Record<string, unknown>;
    for (const key of Object.keys(record)) {
      if (key.includes('\u0000') && errors.length < 20)
        errors.push({
          path: pathToString([...path, key]),
          message: 'is not a field name (it holds a NUL character)',
        });
      record[key] = cleaned(record[key], [...path, key], errors);
    }
    return value;
  }
  return value;
}
