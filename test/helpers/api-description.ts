/** The API description (OpenAPI) as the tests that walk every route read it. */
export type Schema = {
  $ref?: string;
  type?: string | string[];
  properties?: Record<string, Schema>;
  required?: string[];
  items?: Schema;
  anyOf?: Schema[];
  oneOf?: Schema[];
  allOf?: Schema[];
  enum?: unknown[];
  const?: unknown;
  format?: string;
  pattern?: string;
  minimum?: number;
  maximum?: number;
  maxLength?: number;
};

export type Operation = {
  parameters?: { name: string; in: string; required?: boolean; schema?: Schema }[];
  requestBody?: { content: Record<string, { schema?: Schema }> };
};

export type Spec = {
  paths: Record<string, Record<string, Operation>>;
  components?: { schemas?: Record<string, Schema> };
};

/** The schema a `$ref` names (an empty one when the description lacks it), or the schema itself. */
export function resolveSchema(spec: Spec, schema: Schema): Schema {
  if (!schema.$ref) return schema;
  return spec.components?.schemas?.[schema.$ref.split('/').at(-1)!] ?? {};
}
