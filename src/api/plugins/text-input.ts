import type { FastifyInstance } from 'fastify';
import { AppError, type FieldError } from '../../core/shared/errors';
import { LONE_SURROGATE } from '../../core/shared/sql';
import { pathToString } from './errors';

/**
 * Text the database and the documents can carry, checked once for every request: a control
 * character (U+0000–U+001F but tab, line feed and carriage return; U+007F–U+009F) anywhere in the
 * body, the query or the path is a 422 naming the field (PostgreSQL text cannot hold a NUL; XML
 * cannot carry the others, and no one types them), and half a surrogate pair is replaced by
 * U+FFFD, as the database would store it, so what a request is answered with is what was stored.
 * A text body (a CSV import) names the line and column.
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

/** A control character no field takes (tab, line feed and carriage return are text). */
// biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what it looks for
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/;

function controlProblem(value: string): { message: string; index: number } | null {
  const match = CONTROL.exec(value);
  if (!match) return null;
  const code = match[0].codePointAt(0)!;
  const name = `U+${code.toString(16).toUpperCase().padStart(4, '0')}`;
  return {
    index: match.index,
    message:
      code === 0
        ? 'must not contain NUL characters'
        : `must not contain control characters (${name}); only tab and line breaks are allowed`,
  };
}

function cleaned(value: unknown, path: PropertyKey[], errors: FieldError[]): unknown {
  if (typeof value === 'string') {
    const problem = controlProblem(value);
    if (problem) {
      if (errors.length < 20)
        errors.push({
          path: pathToString(path) || textPosition(value, problem.index),
          message: problem.message,
        });
      return value;
    }
    return value.replace(LONE_SURROGATE, '\ufffd');
  }
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) value[i] = cleaned(value[i], [...path, i], errors);
    return value;
  }
  if (value !== null && typeof value === 'object' && !Buffer.isBuffer(value)) {
    const record = value as Record<string, unknown>;
    for (const key of Object.keys(record)) {
      if (controlProblem(key) && errors.length < 20)
        errors.push({
          path: pathToString([...path, key]),
          message: 'is not a field name (it holds a control character)',
        });
      record[key] = cleaned(record[key], [...path, key], errors);
    }
    return value;
  }
  return value;
}

/** Where in a text body (a CSV file) a character is: "line 3, column 12". */
function textPosition(text: string, index: number): string {
  const before = text.slice(0, index);
  const line = before.split('\n').length;
  const column = index - before.lastIndexOf('\n');
  return `line ${line}, column ${column}`;
}
