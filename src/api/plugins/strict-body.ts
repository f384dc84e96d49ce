import type { FastifySchemaCompiler } from 'fastify';
import { validatorCompiler } from 'fastify-type-provider-zod';
import type { z } from 'zod';
import { AppError, type FieldError } from '../../core/shared/errors';
import { pathToString } from './errors';

/**
 * Request bodies are checked against their contract as it is, with no field left unsaid: a field
 * the contract does not have (a typo such as `quantiy`, a field of another version) is a 422
 * naming it, before anything else, instead of being dropped in silence. Queries and paths are not
 * concerned (a query may carry a cache-buster).
 */
export const strictBodyValidatorCompiler: FastifySchemaCompiler<z.ZodType> = (route) => {
  const validate = validatorCompiler(route);
  if (route.httpPart !== 'body') return validate;
  return (data) => {
    const errors: FieldError[] = [];
    unknownFields(route.schema, data, [], errors);
    if (errors.length > 0) {
      return {
        error: new AppError(
          'validation',
          `Invalid body: ${errors.map((e) => `${e.path} ${e.message}`).join('; ')}`,
          { errors },
        ),
      };
    }
    return validate(data);
  };
};

type Def = {
  type: string;
  shape?: Record<string, z.ZodType>;
  catchall?: z.ZodType;
  element?: z.ZodType;
  innerType?: z.ZodType;
  in?: z.ZodType;
  options?: z.ZodType[];
  left?: z.ZodType;
  right?: z.ZodType;
  valueType?: z.ZodType;
  getter?: () => z.ZodType;
};

const defOf = (schema: z.ZodType): Def => (schema as unknown as { _zod: { def: Def } })._zod.def;

/** The object shapes a value of this schema may take at this level (through wrappers and unions). */
function shapesOf(schema: z.ZodType, depth = 0): Def[] {
  if (depth > 20) return [];
  const def = defOf(schema);
  switch (def.type) {
    case 'object':
      return [def];
    case 'optional':
    case 'nullable':
    case 'default':
    case 'prefault':
    case 'nonoptional':
    case 'readonly':
    case 'catch':
      return shapesOf(def.innerType!, depth + 1);
    case 'pipe':
      return shapesOf(def.in!, depth + 1);
    case 'lazy':
      return shapesOf(def.getter!(), depth + 1);
    case 'union':
      return (def.options ?? []).flatMap((o) => shapesOf(o, depth + 1));
    case 'intersection':
      return [...shapesOf(def.left!, depth + 1), ...shapesOf(def.right!, depth + 1)];
    default:
      return [];
  }
}

function elementOf(schema: z.ZodType, depth = 0): z.ZodType | null {
  if (depth > 20) return null;
  const def = defOf(schema);
  if (def.type === 'array') return def.element!;
  if (def.innerType) return elementOf(def.innerType, depth + 1);
  if (def.type === 'pipe') return elementOf(def.in!, depth + 1);
  return null;
}

function recordValueOf(schema: z.ZodType, depth = 0): z.ZodType | null {
  if (depth > 20) return null;
  const def = defOf(schema);
  if (def.type === 'record') return def.valueType!;
  if (def.innerType) return recordValueOf(def.innerType, depth + 1);
  if (def.type === 'pipe') return recordValueOf(def.in!, depth + 1);
  return null;
}

function unknownFields(schema: z.ZodType, value: unknown, path: PropertyKey[], errors: FieldError[]): void {
  if (errors.length >= 20 || value === null || typeof value !== 'object') return;
  if (Array.isArray(value)) {
    const element = elementOf(schema);
    if (element) {
      for (const [i, v] of value.entries()) unknownFields(element, v, [...path, i], errors);
    }
    return;
  }
  const recordValue = recordValueOf(schema);
  if (recordValue) {
    for (const [key, v] of Object.entries(value)) unknownFields(recordValue, v, [...path, key], errors);
    return;
  }
  const shapes = shapesOf(schema);
  if (shapes.length === 0) return;
  // A shape that takes any further field (a catch-all) makes every field known.
  if (shapes.some((s) => s.catchall && defOf(s.catchall).type !== 'never')) return;
  for (const [key, v] of Object.entries(value)) {
    const owners = shapes.filter((s) => s.shape && Object.hasOwn(s.shape, key));
    if (owners.length === 0) {
      errors.push({ path: pathToString([...path, key]), message: 'is not a field of this request' });
      continue;
    }
    // Checked further only where one shape says what the field is.
    if (owners.length === 1) unknownFields(owners[0]!.shape![key]!, v, [...path, key], errors);
  }
}
