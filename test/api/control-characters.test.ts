import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { resolveSchema, type Schema, type Spec } from '../helpers/api-description';
import { createTestApp, type TestApp } from '../helpers/app';

/**
 * Control characters never reach the database or a document: every string field of every request
 * body in the API description, sent one holding a NUL or another control character, is a 422
 * naming that field — never a 500 — while tab and line breaks stay text.
 */
let t: TestApp;
let admin: { cookie: string };
/** The portal's routes are a supplier's user's alone (the organisation's roles do not have portal:use). */
let supplierUser: { cookie: string };
let spec: Spec;

beforeAll(async () => {
  t = await createTestApp();
  admin = await t.loginAs(['admin', 'buyer', 'approver', 'finance', 'auditor', 'receiver']);
  supplierUser = await t.loginAs(['supplier']);
  spec = t.app.swagger() as unknown as Spec;
}, 60_000);
afterAll(async () => {
  await t.close();
});

const resolve = (schema: Schema) => resolveSchema(spec, schema);

/** Every string field of a body schema, as the path of keys (and 0 for an array's item) to it. */
function stringFields(
  raw: Schema | undefined,
  path: (string | number)[] = [],
  depth = 0,
): (string | number)[][] {
  if (!raw || depth > 5) return [];
  const schema = resolve(raw);
  const variants = [...(schema.anyOf ?? []), ...(schema.oneOf ?? []), ...(schema.allOf ?? [])];
  if (variants.length > 0) {
    const seen = new Set<string>();
    return variants
      .flatMap((v) => stringFields(v, path, depth + 1))
      .filter((p) => !seen.has(p.join('.')) && seen.add(p.join('.')));
  }
  const types = Array.isArray(schema.type) ? schema.type : [schema.type];
  if (types.includes('string')) return [path];
  if (types.includes('array')) return stringFields(schema.items, [...path, 0], depth + 1);
  if (types.includes('object') || schema.properties) {
    return Object.entries(schema.properties ?? {}).flatMap(([key, value]) =>
      stringFields(value, [...path, key], depth + 1),
    );
  }
  return [];
}

/** A body holding only `value` at `path`: { lines: [ { description: value } ] }. */
function bodyWith(path: (string | number)[], value: string): unknown {
  if (path.length === 0) return value;
  const [head, ...rest] = path;
  return typeof head === 'number' ? [bodyWith(rest, value)] : { [head!]: bodyWith(rest, value) };
}

const shown = (path: (string | number)[]) =>
  path.reduce<string>((s, k) => (typeof k === 'number' ? `${s}[${k}]` : s ? `${s}.${k}` : k), '');

describe('control characters', () => {
  it('are a 422 naming the field in every string field of every request body', async () => {
    const problems: string[] = [];
    let fields = 0;
    for (const [route, ops] of Object.entries(spec.paths)) {
      for (const [method, op] of Object.entries(ops)) {
        const schema = op.requestBody?.content['application/json']?.schema;
        if (!schema || route.endsWith('/auth/logout')) continue;
        const url = route.replace(/\{[^}]+\}/g, '0190b9a0-0000-7000-8000-0000000000aa');
        const fastifyUrl = route.replace(/\{([^}]+)\}/g, ':$1');
        const permission = t.app.routePermissions.find(
          (r) => r.method === method.toUpperCase() && r.url === fastifyUrl,
        )?.permission;
        const as = [permission].flat().includes('portal:use') ? supplierUser : admin;
        for (const path of stringFields(schema)) {
          fields++;
          const value = fields % 2 === 0 ? 'a\u0000b' : 'bell\u0007';
          const res = await t.request({
            method: method.toUpperCase() as 'POST',
            url,
            as,
            headers: {
              'content-type': 'application/json',
              'if-match': '"v1"',
              'idempotency-key': `cc-${fields}`,
            },
            payload: JSON.stringify(bodyWith(path, value)),
          });
          // A body that is one string (a file's text) is named by line and column.
          const wanted = (p: string) =>
            path.length === 0 ? /^line 1, column \d+$/.test(p) : p === shown(path);
          const named =
            res.statusCode === 422 && res.json().errors?.some((e: { path: string }) => wanted(e.path));
          if (!named)
            problems.push(
              `${method.toUpperCase()} ${route} ${shown(path)} → ${res.statusCode} ${res.body.slice(0, 160)}`,
            );
        }
      }
    }
    expect(fields).toBeGreaterThan(150);
    expect(problems).toEqual([]);
  }, 120_000);

  it('names the character; tab and line breaks are text; a CSV import names the line and column', async () => {
    const buyer = await t.loginAs(['buyer']);
    const bell = await t.request({
      method: 'POST',
      url: '/api/v1/suppliers',
      as: buyer,
      payload: { code: 'CC-1', legalName: 'Bell\u0007 Ltd', defaultCurrency: 'USD' },
    });
    expect(bell.statusCode).toBe(422);
    expect(bell.json().errors).toEqual([
      {
        path: 'legalName',
        message: 'must not contain control characters (U+0007); only tab and line breaks are allowed',
      },
    ]);
    const c1 = await t.request({
      method: 'POST',
      url: '/api/v1/suppliers',
      as: buyer,
      payload: { code: 'CC-1', legalName: 'Next\u0085Line', defaultCurrency: 'USD' },
    });
    expect(c1.statusCode).toBe(422);
    expect(c1.json().errors[0].message).toMatch(/U\+0085/);
    const fine = await t.request({
      method: 'POST',
      url: '/api/v1/suppliers',
      as: buyer,
      payload: {
        code: 'CC-2',
        legalName: 'Tab Ltd',
        notes: 'first\tline\r\nsecond line',
        defaultCurrency: 'USD',
      },
    });
    expect(fine.statusCode, fine.body).toBe(201);
    expect(fine.json().notes).toBe('first\tline\r\nsecond line');
    const csv = await t.request({
      method: 'POST',
      url: '/api/v1/suppliers/import',
      as: await t.loginAs(['buyer', 'admin']),
      headers: { 'content-type': 'text/csv' },
      payload: 'code,legal_name\nCC3,Esc\u001bape\n',
    });
    expect(csv.statusCode).toBe(422);
    expect(csv.json().errors[0]).toMatchObject({
      path: 'line 2, column 8',
      message: expect.stringMatching(/U\+001B/),
    });
    // Nothing was written.
    const list = await t.request({ method: 'GET', url: '/api/v1/suppliers?q=CC', as: buyer });
    expect(list.json().items.map((s: { code: string }) => s.code)).toEqual(['CC-2']);
  });
});
