import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { clientTypesOf, currentApiDescription } from '../../scripts/openapi';

/**
 * The API description clients are generated from: the committed docs/openapi.json is the one the
 * routes describe (run `npm run openapi:write` after changing a route), and it says what a
 * generated client needs — ids, headers, media types, examples.
 */
type Operation = {
  operationId?: string;
  summary?: string;
  tags?: string[];
  parameters?: { in: string; name: string; required?: boolean }[];
  requestBody?: { content: Record<string, { example?: unknown }> };
  responses: Record<string, { content?: Record<string, unknown>; headers?: Record<string, unknown> }>;
};
type Spec = {
  servers: unknown[];
  info: { license?: unknown };
  paths: Record<string, Record<string, Operation>>;
};

describe('the API description', () => {
  it('is the committed docs/openapi.json', async () => {
    const current = await currentApiDescription();
    const committed = readFileSync(new URL('../../docs/openapi.json', import.meta.url), 'utf8');
    // A difference means a route changed without `npm run openapi:write`.
    expect(committed === current).toBe(true);
    // The web app's client is generated from it: its types must be the ones this description gives.
    const types = readFileSync(new URL('../../web/src/lib/api-schema.d.ts', import.meta.url), 'utf8');
    expect(types === (await clientTypesOf(current))).toBe(true);
  }, 60_000);

  it('gives every operation an id, a summary, a tag, its headers, media types and body examples', () => {
    const spec = JSON.parse(
      readFileSync(new URL('../../docs/openapi.json', import.meta.url), 'utf8'),
    ) as Spec;
    expect(spec.servers).toHaveLength(1);
    expect(spec.info.license).toBeTruthy();
    const operations = Object.entries(spec.paths).flatMap(([path, ops]) =>
      Object.entries(ops).map(([method, op]) => ({ path, method, op })),
    );
    expect(operations.length).toBeGreaterThan(150);
    const ids = operations.map((o) => o.op.operationId);
    expect(ids.every(Boolean)).toBe(true);
    expect(new Set(ids).size).toBe(ids.length);
    expect(operations.filter((o) => !o.op.summary || !o.op.tags?.length)).toEqual([]);
    expect(
      operations.filter(
        (o) =>
          o.op.requestBody && Object.values(o.op.requestBody.content).some((m) => m.example === undefined),
      ),
    ).toEqual([]);

    const op = (method: string, path: string) => spec.paths[path]![method]!;
    const update = op('patch', '/api/v1/purchase-orders/{id}');
    expect(update.operationId).toBe('patchPurchaseOrdersById');
    expect(update.parameters).toContainEqual(
      expect.objectContaining({ in: 'header', name: 'If-Match', required: true }),
    );
    expect(Object.keys(update.responses['200']!.headers ?? {})).toContain('ETag');
    expect(Object.keys(update.responses['422']!.content ?? {})).toEqual(['application/problem+json']);
    const create = op('post', '/api/v1/purchase-orders');
    expect(create.parameters).toContainEqual(
      expect.objectContaining({ in: 'header', name: 'Idempotency-Key' }),
    );
    expect(Object.keys(create.responses['201']!.headers ?? {})).toContain('Location');
    expect(
      Object.keys(op('get', '/api/v1/purchase-orders/{id}/pdf').responses['200']!.content ?? {}),
    ).toEqual(['application/pdf']);
    expect(
      Object.keys(op('get', '/api/v1/purchase-orders/{id}/ubl').responses['200']!.content ?? {}),
    ).toEqual(['application/xml']);
    expect(Object.keys(op('get', '/api/v1/purchase-orders/export').responses['200']!.content ?? {})).toEqual([
      'text/csv',
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    ]);
  });
});
