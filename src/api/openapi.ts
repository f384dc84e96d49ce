import type { FastifyContextConfig, FastifyInstance } from 'fastify';

/**
 * The finishing touches of the API description (docs/openapi.json) that the route schemas do not
 * carry themselves: a stable operationId for every operation, the request headers (If-Match,
 * Idempotency-Key) and response headers (ETag, Location, Retry-After) each route uses, the right
 * media type of every answer (problem+json, PDF, XML, CSV, XLSX), request body examples, servers,
 * licence and contact. Route flags (`config.ifMatch`, `config.etag`, `config.idempotent`) say
 * which headers apply; the helpers that read and write those headers check the flags, so the
 * description cannot drift from what the routes do.
 */

type Json = Record<string, unknown>;
type RouteFlags = Pick<FastifyContextConfig, 'ifMatch' | 'etag' | 'idempotent' | 'location'> & {
  /** The route takes a multipart/form-data upload (one part named "file"), read by the handler. */
  upload?: boolean;
};

const API_PREFIX = '/api/v1';

/** The capabilities the operations are grouped by. */
const TAGS: Record<string, string> = {
  auth: 'Signing in and out, the session, one’s own account, password and preferences',
  users: 'Accounts and their roles (administrators)',
  'api-tokens': 'Tokens for programs that call the API (Authorization: Bearer)',
  suppliers: 'Suppliers: master data, status, CSV import and export',
  catalog: 'Items, categories, units and supplier price lists',
  organisation: 'Settings, departments, cost centres, budgets, currencies and exchange rates',
  tolerances:
    'What may differ from the order: over-receipt now, price and quantity variance for invoice matching; rules per organisation, supplier, category or item',
  requisitions: 'Requisitions: what people need, from draft to approval',
  workbench: 'The buyer’s workbench: approved requisition lines turned into orders',
  'purchase-orders': 'Purchase orders: drafts, approval, change orders, PDF and PEPPOL documents',
  dispatch:
    'Sending orders to suppliers (e-mail with the PDF and UBL, every send kept byte for byte), ship notices and delivery tracking',
  receiving:
    'Goods receipts (partial, over-receipt within tolerance, reversals) and quality inspection; the order’s progress follows accepted quantity',
  invoicing:
    'Supplier invoices and credit notes: capture, the three-way match against the order and what was accepted, exceptions and their resolution, approval for payment',
  payments:
    'Payment runs: due invoices proposed with their discounts and credit notes set off, confirmed into one payment per supplier and currency, the ISO 20022 pain.001 file and a bank CSV, remittance advices, paid',
  evaluation:
    'Supplier evaluation: scorecards (on time, in full, quality, price, invoice accuracy, responsiveness, satisfaction), grades, the orders behind every figure, their settings, and supplier ranking by price and score',
  events: 'Live updates: what changed, as server-sent events',
  portal:
    'The supplier portal: invitations, the supplier’s orders, its answers per line and the buyer’s decisions',
  approvals: 'Approval policies, the inbox, decisions and delegations',
  discussion: 'Comments, mentions and attachments on documents',
  notifications: 'In-app notifications and the e-mail outbox',
  reports: 'Spend, goods received not invoiced (GRNI) and AP aging reports',
  audit: 'The sealed audit trail',
  webhooks: 'Webhook endpoints and their deliveries',
  'saved-views': 'Named filter sets of the lists',
};

/** Collects the flags of every API route as it is registered. */
export function collectRouteFlags(app: FastifyInstance): Map<string, RouteFlags> {
  const flags = new Map<string, RouteFlags>();
  app.addHook('onRoute', (route) => {
    if (!route.url.startsWith(API_PREFIX)) return;
    const path = route.url.replace(/:(\w+)/g, '{$1}');
    for (const method of [route.method].flat()) {
      flags.set(`${method.toLowerCase()} ${path}`, {
        ifMatch: route.config?.ifMatch,
        etag: route.config?.etag,
        idempotent: route.config?.idempotent,
        location: route.config?.location,
        upload: ((route.schema?.consumes as string[] | undefined) ?? []).includes('multipart/form-data'),
      });
    }
  });
  return flags;
}

/** `post /api/v1/purchase-orders/{id}/submit` → `postPurchaseOrdersByIdSubmit`: stable, unique, readable. */
export function operationIdOf(method: string, path: string): string {
  const words = path
    .slice(API_PREFIX.length)
    .split('/')
    .filter(Boolean)
    .map((segment) => {
      const param = /^\{(\w+)\}$/.exec(segment);
      const text = param ? `by-${param[1]}` : segment;
      return text
        .split(/[-_]/)
        .filter(Boolean)
        .map((w) => w[0]!.toUpperCase() + w.slice(1))
        .join('');
    });
  return method.toLowerCase() + words.join('');
}

const MEDIA_TYPE = /^[a-z]+\/[\w.+-]+$/;

/** A response described as `application/pdf` (or `text/csv or application/…sheet`): its media types. */
function declaredMediaTypes(schema: Json | undefined): string[] | null {
  const description = typeof schema?.description === 'string' ? schema.description : '';
  const types = description.split(/\s+or\s+/).map((t) => t.trim());
  return types.length > 0 && types.every((t) => MEDIA_TYPE.test(t)) ? types : null;
}

const header = (description: string, schema: Json = { type: 'string' }) => ({ description, schema });

/** An example value for a JSON schema: the schema's own example, else one built from its type. */
export function exampleOf(raw: Json | undefined, components: Record<string, Json>, depth = 0): unknown {
  if (!raw || depth > 8) return null;
  const schema = typeof raw.$ref === 'string' ? (components[raw.$ref.split('/').at(-1)!] ?? {}) : raw;
  if (Array.isArray(schema.examples) && schema.examples.length > 0) return schema.examples[0];
  if (schema.default !== undefined) return schema.default;
  if (schema.const !== undefined) return schema.const;
  if (Array.isArray(schema.enum)) return schema.enum[0];
  const variants = (schema.anyOf ?? schema.oneOf ?? schema.allOf) as Json[] | undefined;
  if (Array.isArray(variants)) {
    const first = variants.find((v) => v.type !== 'null') ?? variants[0];
    return exampleOf(first, components, depth + 1);
  }
  const type = Array.isArray(schema.type) ? schema.type.find((t) => t !== 'null') : schema.type;
  switch (type) {
    case 'object': {
      const properties = (schema.properties ?? {}) as Record<string, Json>;
      const required = new Set((schema.required as string[] | undefined) ?? []);
      const example: Json = {};
      for (const [key, value] of Object.entries(properties)) {
        // Required fields, and optional ones that are simple enough to show.
        if (required.has(key) || depth === 0) example[key] = exampleOf(value, components, depth + 1);
      }
      return example;
    }
    case 'array':
      return [exampleOf(schema.items as Json, components, depth + 1)];
    case 'integer':
      return typeof schema.minimum === 'number' ? Math.max(schema.minimum, 1) : 1;
    case 'number':
      return 1;
    case 'boolean':
      return true;
    case 'string':
      return stringExample(schema);
    default:
      return null;
  }
}

function stringExample(schema: Json): string {
  switch (schema.format) {
    case 'uuid':
      return '0190b9a0-0000-7000-8000-000000000001';
    case 'date':
      return '2026-03-14';
    case 'date-time':
      return '2026-03-14T09:30:00Z';
    case 'email':
      return 'buyer@example.com';
    case 'uri':
      return 'https://example.com/hook';
  }
  const pattern = typeof schema.pattern === 'string' ? schema.pattern : '';
  if (pattern.includes('\\d') && pattern.includes('\\.')) return '10.00';
  if (pattern === '^[A-Z]{3}$') return 'USD';
  if (pattern === '^[A-Z]{2}$') return 'US';
  const min = typeof schema.minLength === 'number' ? schema.minLength : 0;
  return 'text'.padEnd(min, 'x');
}

export function finishApiDescription(doc: Json, flags: Map<string, RouteFlags>): Json {
  const components = ((doc.components as Json | undefined)?.schemas ?? {}) as Record<string, Json>;
  const paths = (doc.paths ?? {}) as Record<string, Record<string, Json>>;
  for (const [path, operations] of Object.entries(paths)) {
    for (const [method, operation] of Object.entries(operations)) {
      operation.operationId ??= operationIdOf(method, path);
      const route = flags.get(`${method} ${path}`) ?? {};
      const parameters = ((operation.parameters as Json[] | undefined) ?? []).filter(
        (p) => !(p.in === 'header' && ['if-match', 'idempotency-key'].includes(String(p.name).toLowerCase())),
      );
      if (route.ifMatch) {
        parameters.push({
          in: 'header',
          name: 'If-Match',
          required: true,
          description:
            'The ETag of the version you are changing, e.g. "v3" (from a GET). A stale one is a 412; none is a 428.',
          schema: { type: 'string', examples: ['"v3"'] },
        });
      }
      if (route.idempotent) {
        parameters.push({
          in: 'header',
          name: 'Idempotency-Key',
          required: false,
          description:
            'Any unique string (a UUID) that makes a retried create safe: the same key answers the first result.',
          schema: { type: 'string', maxLength: 200, examples: ['3b7d6c1e-4f0a-4a8e-9a51-0c2d7f1e9b42'] },
        });
      }
      if (parameters.length > 0) operation.parameters = parameters;

      if (route.upload && !operation.requestBody) {
        // The handler reads the stream itself, so no body schema validates it; say what it takes.
        operation.requestBody = {
          required: true,
          content: {
            'multipart/form-data': {
              schema: {
                type: 'object',
                required: ['file'],
                properties: { file: { type: 'string', format: 'binary', description: 'The file' } },
              },
            },
          },
        };
      }
      const body = ((operation.requestBody as Json | undefined)?.content ?? {}) as Record<string, Json>;
      for (const media of Object.values(body)) {
        if (media.example === undefined && media.examples === undefined && media.schema) {
          media.example = exampleOf(media.schema as Json, components);
        }
      }

      const responses = (operation.responses ?? {}) as Record<string, Json>;
      for (const [status, response] of Object.entries(responses)) {
        const content = response.content as Record<string, Json> | undefined;
        const json = content?.['application/json'];
        if (/^[45]/.test(status) && json) {
          // Problems are RFC 9457 problem details.
          response.content = { 'application/problem+json': json };
          if (status === '503') {
            response.headers = {
              'Retry-After': header('Seconds to wait before trying again', { type: 'integer' }),
            };
          }
        } else if (json) {
          const types = declaredMediaTypes(json.schema as Json | undefined);
          if (types) {
            response.content = Object.fromEntries(
              types.map((t) => [
                t,
                {
                  schema:
                    t.startsWith('text/') || t.endsWith('xml')
                      ? { type: 'string' }
                      : { type: 'string', format: 'binary' },
                },
              ]),
            );
          }
        }
        if (/^2/.test(status)) {
          const headers: Json = { ...((response.headers as Json | undefined) ?? {}) };
          if (route.etag)
            headers.ETag = header(
              'The version of the resource answered, e.g. "v3": send it as If-Match to change it',
            );
          if (status === '201' && route.location) headers.Location = header('Where the created resource is');
          if (Object.keys(headers).length > 0) response.headers = headers;
        }
      }
      // Every operation says what a client may get wrong.
      if (!Object.keys(responses).some((s) => /^4/.test(s))) {
        responses['401'] = {
          description: 'Not signed in',
          content: { 'application/problem+json': { schema: { $ref: '#/components/schemas/Problem' } } },
        };
      }
    }
  }
  const info = (doc.info ?? {}) as Json;
  doc.info = {
    ...info,
    license: { name: 'AGPL-3.0-or-later', identifier: 'AGPL-3.0-or-later' },
    contact: { name: 'The administrators of the OpenPO you use' },
  };
  doc.tags = Object.entries(TAGS).map(([name, description]) => ({ name, description }));
  // Relative: the paths are those of the server that serves this description (/api/openapi.json).
  doc.servers = [{ url: '/', description: 'The OpenPO serving this description' }];
  dropUnusedSchemas(doc);
  return doc;
}

/**
 * Leaves out the component schemas nothing refers to (the input twins of answer-only schemas
 * that the schema registry writes alongside them).
 */
function dropUnusedSchemas(doc: Json): void {
  const components = doc.components as Json | undefined;
  const schemas = components?.schemas as Record<string, Json> | undefined;
  if (!schemas) return;
  const used = new Set<string>();
  const visit = (value: unknown): void => {
    if (Array.isArray(value)) {
      for (const v of value) visit(v);
    } else if (value && typeof value === 'object') {
      for (const [key, v] of Object.entries(value)) {
        if (key === '$ref' && typeof v === 'string' && v.startsWith('#/components/schemas/')) {
          const name = v.slice('#/components/schemas/'.length);
          if (!used.has(name)) {
            used.add(name);
            visit(schemas[name]);
          }
        } else {
          visit(v);
        }
      }
    }
  };
  visit(doc.paths);
  for (const name of Object.keys(schemas)) if (!used.has(name)) delete schemas[name];
}
