import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SYSTEM_ACTOR } from '../../src/core/identity';
import { changeSupplierStatus } from '../../src/core/suppliers';
import { currencies, items, suppliers } from '../../src/db/schema';
import { seedCategory, seedItem, seedPriceListEntry, seedUnit } from '../../src/seed/catalog-factories';
import { createTestApp, type TestApp } from '../helpers/app';
import { seedSupplier } from '../helpers/seed';

let t: TestApp;
type Who = { cookie: string };
let buyer: Who;
let requester: Who;
let auditor: Who;

beforeAll(async () => {
  t = await createTestApp();
  buyer = await t.loginAs(['buyer']);
  requester = await t.loginAs(['requester']);
  auditor = await t.loginAs(['auditor']);
});
afterAll(async () => {
  await t.close();
});

const uniq = () => Math.random().toString(36).slice(2, 8).toUpperCase();
const paths = (res: { json(): { errors?: { path: string }[] } }) =>
  (res.json().errors ?? []).map((e) => e.path);

const get = (url: string, as: Who = buyer) => t.request({ method: 'GET', url, as });
const post = (url: string, payload: unknown, as: Who = buyer, headers: Record<string, string> = {}) =>
  t.request({ method: 'POST', url, as, payload: payload as Record<string, unknown>, headers });
const patch = (url: string, payload: unknown, ifMatch: string | undefined, as: Who = buyer) =>
  t.request({
    method: 'PATCH',
    url,
    as,
    payload: payload as Record<string, unknown>,
    headers: ifMatch ? { 'if-match': ifMatch } : {},
  });
const postCsv = (url: string, csv: string, as: Who = buyer) =>
  t.request({ method: 'POST', url, as, payload: csv, headers: { 'content-type': 'text/csv' } });

async function auditOf(entityType: string, entityId: string) {
  const res = await get(
    `/api/v1/audit?entityType=${entityType}&entityId=${encodeURIComponent(entityId)}`,
    auditor,
  );
  expect(res.statusCode).toBe(200);
  return res.json().items as {
    action: string;
    changes: Record<string, { before: unknown; after: unknown }>;
    actorName: string;
    reason: string | null;
  }[];
}

/** Walks every page of a list and returns all items, checking no page exceeds the limit. */
async function allPages<T>(url: string, limit: number): Promise<{ items: T[]; pages: number }> {
  const out: T[] = [];
  let cursor: string | null = null;
  let pages = 0;
  do {
    const sep = url.includes('?') ? '&' : '?';
    const res = await get(
      `${url}${sep}limit=${limit}${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`,
    );
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body.items.length).toBeLessThanOrEqual(limit);
    out.push(...body.items);
    cursor = body.nextCursor;
    pages++;
  } while (cursor && pages < 50);
  return { items: out, pages };
}

// ── authentication and permissions, every route ─────────────────────────────

describe('permissions', () => {
  const id = '0190f5a0-0000-7000-8000-000000000000';
  const reads = [
    '/api/v1/item-categories',
    `/api/v1/item-categories/${id}`,
    '/api/v1/units',
    '/api/v1/units/ea',
    '/api/v1/items',
    `/api/v1/items/${id}`,
    '/api/v1/items/export',
    '/api/v1/price-list-entries',
    `/api/v1/price-list-entries/${id}`,
    '/api/v1/price-list-entries/export',
    `/api/v1/price-lookup?supplierId=${id}&itemId=${id}&quantity=1&date=2026-03-01`,
  ];
  const writes: { method: 'POST' | 'PATCH' | 'DELETE'; url: string; csv?: boolean }[] = [
    { method: 'POST', url: '/api/v1/item-categories' },
    { method: 'PATCH', url: `/api/v1/item-categories/${id}` },
    { method: 'POST', url: '/api/v1/units' },
    { method: 'PATCH', url: '/api/v1/units/ea' },
    { method: 'POST', url: '/api/v1/items' },
    { method: 'PATCH', url: `/api/v1/items/${id}` },
    { method: 'POST', url: '/api/v1/items/import', csv: true },
    { method: 'POST', url: '/api/v1/price-list-entries' },
    { method: 'PATCH', url: `/api/v1/price-list-entries/${id}` },
    { method: 'DELETE', url: `/api/v1/price-list-entries/${id}` },
    { method: 'POST', url: '/api/v1/price-list-entries/import', csv: true },
  ];
  const send = (w: (typeof writes)[number], as?: Who) =>
    t.request({
      method: w.method,
      url: w.url,
      ...(as && { as }),
      ...(w.method !== 'DELETE' && {
        payload: w.csv ? 'sku\n' : {},
        headers: { 'content-type': w.csv ? 'text/csv' : 'application/json', 'if-match': '"v1"' },
      }),
    });

  it('answers 401 problem+json to every catalog route without credentials', async () => {
    for (const url of reads) {
      const res = await t.app.inject({ method: 'GET', url });
      expect(res.statusCode, url).toBe(401);
      expect(res.headers['content-type']).toMatch(/application\/problem\+json/);
    }
    for (const w of writes) expect((await send(w)).statusCode, `${w.method} ${w.url}`).toBe(401);
  });

  it('lets every role read but only buyers and admins write (403 for a requester)', async () => {
    for (const w of writes) {
      const res = await send(w, requester);
      expect(res.statusCode, `${w.method} ${w.url}`).toBe(403);
      expect(res.json().detail).toMatch(/catalog:write/);
    }
    for (const role of [
      'requester',
      'approver',
      'receiver',
      'accounts_payable',
      'auditor',
      'finance',
      'compliance',
    ] as const) {
      const who = await t.loginAs([role]);
      expect((await get('/api/v1/items', who)).statusCode, role).toBe(200);
      expect((await post('/api/v1/items', {}, who)).statusCode, role).toBe(403);
    }
    const admin = await t.loginAs(['admin']);
    const res = await post('/api/v1/item-categories', { code: `ADM${uniq()}`, name: 'By admin' }, admin);
    expect(res.statusCode).toBe(201);
  });
});

// ── item categories ─────────────────────────────────────────────────────────

describe('item categories', () => {
  it('creates, reads with an ETag, and updates with If-Match', async () => {
    const code = `OFF${uniq()}`;
    const created = await post('/api/v1/item-categories', { code, name: 'Office supplies' });
    expect(created.statusCode).toBe(201);
    const body = created.json();
    expect(body).toMatchObject({ code, name: 'Office supplies', parentId: null, active: true, version: 1 });
    expect(created.headers.etag).toBe('"v1"');
    expect(created.headers.location).toBe(`/api/v1/item-categories/${body.id}`);

    const child = await post('/api/v1/item-categories', {
      code: `${code}-P`,
      name: 'Paper',
      parentId: body.id,
    });
    expect(child.statusCode).toBe(201);
    expect(child.json().parentId).toBe(body.id);

    const got = await get(`/api/v1/item-categories/${body.id}`);
    expect(got.statusCode).toBe(200);
    expect(got.headers.etag).toBe('"v1"');

    const renamed = await patch(`/api/v1/item-categories/${body.id}`, { name: 'Office' }, '"v1"');
    expect(renamed.statusCode).toBe(200);
    expect(renamed.json()).toMatchObject({ name: 'Office', version: 2 });
    expect(renamed.headers.etag).toBe('"v2"');

    const children = await get(`/api/v1/item-categories?parentId=${body.id}`);
    expect(children.json().items.map((c: { code: string }) => c.code)).toEqual([`${code}-P`]);
  });

  it('refuses a taken code regardless of case with 409 naming code', async () => {
    const code = `DUP${uniq()}`;
    expect((await post('/api/v1/item-categories', { code, name: 'First' })).statusCode).toBe(201);
    const res = await post('/api/v1/item-categories', { code: code.toLowerCase(), name: 'Second' });
    expect(res.statusCode).toBe(409);
    expect(res.headers['content-type']).toMatch(/problem\+json/);
    expect(paths(res)).toEqual(['code']);
  });

  it('validates fields and references with 422', async () => {
    const bad = await post('/api/v1/item-categories', { code: 'has space', name: '' });
    expect(bad.statusCode).toBe(422);
    expect(paths(bad)).toEqual(expect.arrayContaining(['code', 'name']));
    const long = await post('/api/v1/item-categories', { code: 'X'.repeat(31), name: 'x' });
    expect(paths(long)).toEqual(['code']);
    const orphan = await post('/api/v1/item-categories', {
      code: `ORPH${uniq()}`,
      name: 'Orphan',
      parentId: '0190f5a0-0000-7000-8000-000000000000',
    });
    expect(orphan.statusCode).toBe(422);
    expect(paths(orphan)).toEqual(['parentId']);
  });

  it('refuses a parent that would make a loop, and deactivates instead of deleting', async () => {
    const a = await seedCategory(t.ctx);
    const b = await seedCategory(t.ctx, { parentId: a.id });
    const c = await seedCategory(t.ctx, { parentId: b.id });
    const loop = await patch(`/api/v1/item-categories/${a.id}`, { parentId: c.id }, '"v1"');
    expect(loop.statusCode).toBe(422);
    expect(paths(loop)).toEqual(['parentId']);
    const self = await patch(`/api/v1/item-categories/${a.id}`, { parentId: a.id }, '"v1"');
    expect(paths(self)).toEqual(['parentId']);

    const off = await patch(`/api/v1/item-categories/${c.id}`, { active: false }, '"v1"');
    expect(off.statusCode).toBe(200);
    expect(off.json().active).toBe(false);
    const inactive = await get(`/api/v1/item-categories?active=false&parentId=${b.id}`);
    expect(inactive.json().items.map((x: { id: string }) => x.id)).toEqual([c.id]);
    // An inactive category takes no new children and no new items.
    const child = await post('/api/v1/item-categories', { code: `K${uniq()}`, name: 'x', parentId: c.id });
    expect(child.statusCode).toBe(422);
    expect(child.json().errors[0].message).toMatch(/inactive/);
    const unit = await seedUnit(t.ctx);
    const item = await post('/api/v1/items', {
      sku: `S-${uniq()}`,
      name: 'x',
      categoryId: c.id,
      unitCode: unit.code,
    });
    expect(item.statusCode).toBe(422);
    expect(paths(item)).toEqual(['categoryId']);
    expect(
      (await t.request({ method: 'DELETE', url: `/api/v1/item-categories/${c.id}`, as: buyer })).statusCode,
    ).toBe(404);
  });

  it('answers 428 without If-Match, 412 on a stale version, 404 for an unknown id', async () => {
    const cat = await seedCategory(t.ctx);
    const none = await patch(`/api/v1/item-categories/${cat.id}`, { name: 'x' }, undefined);
    expect(none.statusCode).toBe(428);
    expect((await patch(`/api/v1/item-categories/${cat.id}`, { name: 'y' }, '"v1"')).statusCode).toBe(200);
    const stale = await patch(`/api/v1/item-categories/${cat.id}`, { name: 'z' }, '"v1"');
    expect(stale.statusCode).toBe(412);
    expect((await get(`/api/v1/item-categories/${cat.id}`)).json().name).toBe('y');
    const missing = '0190f5a0-0000-7000-8000-00000000abcd';
    expect((await get(`/api/v1/item-categories/${missing}`)).statusCode).toBe(404);
    expect((await patch(`/api/v1/item-categories/${missing}`, { name: 'x' }, '"v1"')).statusCode).toBe(404);
    expect((await get('/api/v1/item-categories/not-a-uuid')).statusCode).toBe(422);
  });

  it('replays a create with the same Idempotency-Key', async () => {
    const payload = { code: `IDEM${uniq()}`, name: 'Once' };
    const headers = { 'idempotency-key': `cat-${uniq()}` };
    const first = await post('/api/v1/item-categories', payload, buyer, headers);
    const again = await post('/api/v1/item-categories', payload, buyer, headers);
    expect(first.statusCode).toBe(201);
    expect(again.statusCode).toBe(201);
    expect(again.headers['idempotent-replayed']).toBe('true');
    expect(again.json().id).toBe(first.json().id);
    const listed = await get(`/api/v1/item-categories?q=${payload.code}`);
    expect(listed.json().items).toHaveLength(1);
  });

  it('records audit entries for create and update', async () => {
    const created = await post('/api/v1/item-categories', { code: `AUD${uniq()}`, name: 'Audited' });
    const id = created.json().id;
    await patch(`/api/v1/item-categories/${id}`, { name: 'Audited twice', active: false }, '"v1"');
    const entries = await auditOf('item_category', id);
    expect(entries.map((e) => e.action)).toEqual(['update', 'create']);
    expect(entries[0]!.changes).toEqual({
      name: { before: 'Audited', after: 'Audited twice' },
      active: { before: true, after: false },
    });
    expect(entries[1]!.changes.code).toEqual({ before: null, after: created.json().code });
  });
});

// ── units ───────────────────────────────────────────────────────────────────

describe('units', () => {
  it('creates a base unit and a multiple of it, returning the factor as a decimal string', async () => {
    const base = `ea${uniq()}`;
    const ea = await post('/api/v1/units', { code: base, name: 'each', uneceCode: 'c62' });
    expect(ea.statusCode).toBe(201);
    expect(ea.json()).toEqual({
      code: base,
      name: 'each',
      decimals: 0,
      baseUnitCode: null,
      factor: '1',
      uneceCode: 'C62',
      version: 1,
    });
    // A code outside UN/ECE Recommendation 20 is refused on its field.
    const unknown = await post('/api/v1/units', { code: `x${uniq()}`, name: 'bag', uneceCode: 'BAG' });
    expect(unknown.statusCode).toBe(422);
    expect(unknown.json().errors[0]).toMatchObject({
      path: 'uneceCode',
      message: expect.stringMatching(/Recommendation 20/),
    });
    expect(ea.headers.etag).toBe('"v1"');
    const dz = await post('/api/v1/units', {
      code: `dz${uniq()}`,
      name: 'dozen',
      baseUnitCode: base,
      factor: '12.000',
    });
    expect(dz.statusCode).toBe(201);
    expect(dz.json()).toMatchObject({ baseUnitCode: base, factor: '12' });
    const got = await get(`/api/v1/units/${dz.json().code}`);
    expect(got.statusCode).toBe(200);
    expect(got.json().factor).toBe('12');
    expect((await get('/api/v1/units/nope-unit')).statusCode).toBe(404);
  });

  it('refuses a taken code (also in another case) with 409 naming code', async () => {
    const code = `kg${uniq()}`;
    expect((await post('/api/v1/units', { code, name: 'kilogram', decimals: 3 })).statusCode).toBe(201);
    for (const again of [code, code.toUpperCase()]) {
      const res = await post('/api/v1/units', { code: again, name: 'again' });
      expect(res.statusCode).toBe(409);
      expect(paths(res)).toEqual(['code']);
    }
  });

  it('validates decimals, factor and base unit with 422', async () => {
    const code = `u${uniq()}`;
    const cases: [Record<string, unknown>, string][] = [
      [{ decimals: 7 }, 'decimals'],
      [{ decimals: 1.5 }, 'decimals'],
      [{ baseUnitCode: 'ea', factor: 12 }, 'factor'],
      [{ baseUnitCode: 'ea', factor: '0' }, 'factor'],
      [{ baseUnitCode: 'ea', factor: '1.12345678901' }, 'factor'],
      [{ baseUnitCode: 'ea', factor: '12345678901' }, 'factor'],
      [{ factor: '12' }, 'factor'],
      [{ baseUnitCode: 'no-such-unit', factor: '2' }, 'baseUnitCode'],
      [{ baseUnitCode: code, factor: '2' }, 'baseUnitCode'],
    ];
    for (const [extra, path] of cases) {
      const res = await post('/api/v1/units', { code, name: 'x', ...extra });
      expect(res.statusCode, JSON.stringify(extra)).toBe(422);
      expect(paths(res), JSON.stringify(extra)).toEqual([path]);
    }
    expect((await get(`/api/v1/units/${code}`)).statusCode).toBe(404);
  });

  it('refuses a base unit change that would form a cycle; 428 / 412 on stale versions', async () => {
    const a = await seedUnit(t.ctx);
    const b = await seedUnit(t.ctx, { baseUnitCode: a.code, factor: '10' });
    const c = await seedUnit(t.ctx, { baseUnitCode: b.code, factor: '5' });
    const loop = await patch(`/api/v1/units/${a.code}`, { baseUnitCode: c.code, factor: '2' }, '"v1"');
    expect(loop.statusCode).toBe(422);
    expect(paths(loop)).toEqual(['baseUnitCode']);
    expect((await patch(`/api/v1/units/${a.code}`, { name: 'x' }, undefined)).statusCode).toBe(428);
    const ok = await patch(`/api/v1/units/${c.code}`, { decimals: 2, factor: '6' }, '"v1"');
    expect(ok.statusCode).toBe(200);
    expect(ok.json()).toMatchObject({ decimals: 2, factor: '6', version: 2 });
    expect((await patch(`/api/v1/units/${c.code}`, { decimals: 3 }, '"v1"')).statusCode).toBe(412);
    // Dropping the base makes it a base unit of its own: factor back to 1.
    const rebased = await patch(`/api/v1/units/${c.code}`, { baseUnitCode: null }, '"v2"');
    expect(rebased.json()).toMatchObject({ baseUnitCode: null, factor: '1' });
    expect((await patch('/api/v1/units/nope-unit', { name: 'x' }, '"v1"')).statusCode).toBe(404);
    const entries = await auditOf('unit', c.code);
    expect(entries.map((e) => e.action)).toEqual(['update', 'update', 'create']);
    expect(entries[1]!.changes.factor).toEqual({ before: '5', after: '6' });
  });

  it('lists units in code order across pages, with q', async () => {
    const marker = `zq${uniq().toLowerCase()}`;
    for (let i = 0; i < 5; i++) await seedUnit(t.ctx, { code: `${marker}${i}`, name: `Marker ${i}` });
    const { items, pages } = await allPages<{ code: string }>(`/api/v1/units?q=${marker}`, 2);
    expect(pages).toBe(3);
    expect(items.map((u) => u.code)).toEqual([0, 1, 2, 3, 4].map((i) => `${marker}${i}`));
  });
});

// ── items ───────────────────────────────────────────────────────────────────

describe('items', () => {
  let categoryId: string;
  let unitCode: string;
  beforeAll(async () => {
    categoryId = (await seedCategory(t.ctx)).id;
    unitCode = (await seedUnit(t.ctx, { decimals: 2 })).code;
  });

  const validItem = (over: Record<string, unknown> = {}) => ({
    sku: `SKU-${uniq()}`,
    name: 'Copy paper A4',
    description: '80 g/m², 500 sheets',
    categoryId,
    unitCode,
    defaultTaxRate: '19.50',
    inspectionRequired: true,
    ...over,
  });

  it('creates an item with defaults and decimal strings', async () => {
    const res = await post('/api/v1/items', validItem());
    expect(res.statusCode).toBe(201);
    const body = res.json();
    expect(body).toMatchObject({
      name: 'Copy paper A4',
      categoryId,
      unitCode,
      defaultTaxRate: '19.5',
      inspectionRequired: true,
      active: true,
      version: 1,
    });
    expect(res.headers.location).toBe(`/api/v1/items/${body.id}`);
    expect(new Date(body.createdAt).toISOString()).toBe('2026-03-02T09:00:00.000Z');
    const minimal = await post('/api/v1/items', {
      sku: `MIN-${uniq()}`,
      name: 'Minimal',
      categoryId,
      unitCode,
    });
    expect(minimal.json()).toMatchObject({
      description: '',
      defaultTaxRate: '0',
      inspectionRequired: false,
      active: true,
    });
    const got = await get(`/api/v1/items/${body.id}`);
    expect(got.statusCode).toBe(200);
    expect(got.json()).toEqual(body);
  });

  it('refuses decimals sent as numbers, too many decimals and out-of-range rates with 422', async () => {
    for (const [rate, message] of [
      [19.5, /string/],
      ['1.23456', /at most 4 decimal places/],
      ['100.5', /at most 100/],
      ['-1', /negative/],
      ['abc', /decimal number/],
    ] as const) {
      const res = await post('/api/v1/items', validItem({ defaultTaxRate: rate }));
      expect(res.statusCode, String(rate)).toBe(422);
      expect(paths(res)).toEqual(['defaultTaxRate']);
      expect(res.json().errors[0].message).toMatch(message);
    }
    const long = await post(
      '/api/v1/items',
      validItem({ name: 'n'.repeat(201), description: 'd'.repeat(2001), sku: 'has space' }),
    );
    expect(paths(long)).toEqual(expect.arrayContaining(['name', 'description', 'sku']));
  });

  it('refuses a taken SKU regardless of case with 409 naming sku', async () => {
    const sku = `TAKEN-${uniq()}`;
    expect((await post('/api/v1/items', validItem({ sku }))).statusCode).toBe(201);
    const res = await post('/api/v1/items', validItem({ sku: sku.toLowerCase() }));
    expect(res.statusCode).toBe(409);
    expect(paths(res)).toEqual(['sku']);
    const other = (await post('/api/v1/items', validItem())).json();
    const renamed = await patch(`/api/v1/items/${other.id}`, { sku }, '"v1"');
    expect(renamed.statusCode).toBe(409);
    expect(paths(renamed)).toEqual(['sku']);
  });

  it('names a missing category or unit in a 422', async () => {
    const res = await post(
      '/api/v1/items',
      validItem({ categoryId: '0190f5a0-0000-7000-8000-000000000001', unitCode: 'no-such-unit' }),
    );
    expect(res.statusCode).toBe(422);
    expect(paths(res).sort()).toEqual(['categoryId', 'unitCode']);
  });

  it('updates with If-Match, deactivates, and answers 428 / 412 / 404', async () => {
    const item = (await post('/api/v1/items', validItem())).json();
    expect((await patch(`/api/v1/items/${item.id}`, { name: 'x' }, undefined)).statusCode).toBe(428);
    expect((await patch(`/api/v1/items/${item.id}`, { name: 'x' }, 'v1')).statusCode).toBe(412);
    const updated = await patch(
      `/api/v1/items/${item.id}`,
      { name: 'Copy paper A3', defaultTaxRate: '7' },
      '"v1"',
    );
    expect(updated.statusCode).toBe(200);
    expect(updated.json()).toMatchObject({ name: 'Copy paper A3', defaultTaxRate: '7', version: 2 });
    expect(updated.headers.etag).toBe('"v2"');
    const stale = await patch(`/api/v1/items/${item.id}`, { active: false }, '"v1"');
    expect(stale.statusCode).toBe(412);
    expect(stale.json().detail).toMatch(/version 2/);
    const off = await patch(`/api/v1/items/${item.id}`, { active: false }, '"v2"');
    expect(off.json().active).toBe(false);
    // Nothing changes: no new version.
    const same = await patch(`/api/v1/items/${item.id}`, { active: false, defaultTaxRate: '7.000' }, '"v3"');
    expect(same.statusCode).toBe(200);
    expect(same.json().version).toBe(3);
    expect(
      (await patch('/api/v1/items/0190f5a0-0000-7000-8000-000000000002', { name: 'x' }, '"v1"')).statusCode,
    ).toBe(404);
    expect((await get('/api/v1/items/0190f5a0-0000-7000-8000-000000000002')).statusCode).toBe(404);

    const entries = await auditOf('item', item.id);
    expect(entries.map((e) => e.action)).toEqual(['update', 'update', 'create']);
    expect(entries[1]!.changes).toEqual({
      name: { before: 'Copy paper A4', after: 'Copy paper A3' },
      defaultTaxRate: { before: '19.5', after: '7' },
    });
    expect(entries[0]!.changes).toEqual({ active: { before: true, after: false } });
  });

  it('keeps the unit of an item that has prices (409), and allows it otherwise', async () => {
    const other = await seedUnit(t.ctx);
    const free = (await post('/api/v1/items', validItem())).json();
    const moved = await patch(`/api/v1/items/${free.id}`, { unitCode: other.code }, '"v1"');
    expect(moved.statusCode).toBe(200);
    expect(moved.json().unitCode).toBe(other.code);
    const priced = (await post('/api/v1/items', validItem())).json();
    await seedPriceListEntry(t.ctx, { itemId: priced.id });
    const refused = await patch(`/api/v1/items/${priced.id}`, { unitCode: other.code }, '"v1"');
    expect(refused.statusCode).toBe(409);
    expect(paths(refused)).toEqual(['unitCode']);
  });

  it('searches SKU, name and description regardless of case, filters, and pages with a cursor', async () => {
    const marker = `Zebra${uniq()}`;
    const category = await seedCategory(t.ctx);
    const made: string[] = [];
    for (let i = 0; i < 7; i++) {
      const item = await seedItem(t.ctx, {
        sku: i === 0 ? `${marker}-SKU` : `S${uniq()}${i}`,
        name: i === 1 ? `Item ${marker.toUpperCase()}` : `Item ${String.fromCharCode(65 + i)}`,
        description: i >= 2 ? `described as ${marker.toLowerCase()}` : '',
        categoryId: i < 5 ? category.id : categoryId,
        unitCode,
        active: i !== 3,
      });
      made.push(item.id);
    }
    const { items: found, pages } = await allPages<{ id: string; name: string }>(
      `/api/v1/items?q=${marker.toLowerCase()}`,
      3,
    );
    expect(pages).toBe(3);
    expect(found.map((i) => i.id).sort()).toEqual([...made].sort());
    expect(new Set(found.map((i) => i.id)).size).toBe(7);
    const names = found.map((i) => i.name);
    expect(names).toEqual([...names].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));

    const inCategory = await allPages<{ id: string }>(`/api/v1/items?categoryId=${category.id}`, 2);
    expect(inCategory.items.map((i) => i.id).sort()).toEqual(made.slice(0, 5).sort());
    const inactive = await get(`/api/v1/items?q=${marker}&active=false`);
    expect(inactive.json().items.map((i: { id: string }) => i.id)).toEqual([made[3]]);
    const activeInCategory = await get(`/api/v1/items?q=${marker}&active=true&categoryId=${category.id}`);
    expect(activeInCategory.json().items).toHaveLength(4);
    const wildcard = await get('/api/v1/items?q=%25');
    expect(wildcard.statusCode).toBe(200);
    expect(wildcard.json().items).toHaveLength(0);
  });

  it('refuses bad list parameters with 422', async () => {
    expect(paths(await get('/api/v1/items?limit=0'))).toEqual(['limit']);
    expect(paths(await get('/api/v1/items?limit=201'))).toEqual(['limit']);
    expect(paths(await get('/api/v1/items?active=maybe'))).toEqual(['active']);
    expect(paths(await get('/api/v1/items?categoryId=nope'))).toEqual(['categoryId']);
    expect(paths(await get('/api/v1/items?cursor=garbage'))).toEqual(['cursor']);
    const forged = Buffer.from(JSON.stringify({ k: 'a', id: "x'; drop table items; --" })).toString(
      'base64url',
    );
    expect(paths(await get(`/api/v1/items?cursor=${forged}`))).toEqual(['cursor']);
  });
});

// ── price list entries ──────────────────────────────────────────────────────

describe('price list entries', () => {
  let supplierId: string;
  let itemId: string;
  beforeAll(async () => {
    supplierId = (await seedSupplier(t.ctx)).id;
    const unit = await seedUnit(t.ctx, { decimals: 2 });
    itemId = (await seedItem(t.ctx, { unitCode: unit.code })).id;
  });

  const validEntry = (over: Record<string, unknown> = {}) => ({
    supplierId,
    itemId,
    supplierPartNumber: 'AC-100',
    currency: 'USD',
    minQuantity: '0',
    unitPrice: '12.50',
    validFrom: '2026-01-01',
    validTo: '2026-12-31',
    leadTimeDays: 5,
    ...over,
  });

  it('creates an entry, reads it, and refuses the same key twice with 409', async () => {
    const res = await post(
      '/api/v1/price-list-entries',
      validEntry({ validFrom: '2025-06-01', validTo: null }),
    );
    expect(res.statusCode).toBe(201);
    const body = res.json();
    expect(body).toMatchObject({
      supplierId,
      itemId,
      currency: 'USD',
      minQuantity: '0',
      unitPrice: '12.5',
      validFrom: '2025-06-01',
      validTo: null,
      leadTimeDays: 5,
      version: 1,
    });
    expect(res.headers.location).toBe(`/api/v1/price-list-entries/${body.id}`);
    expect((await get(`/api/v1/price-list-entries/${body.id}`)).json()).toEqual(body);
    const dup = await post(
      '/api/v1/price-list-entries',
      validEntry({ validFrom: '2025-06-01', minQuantity: '0.00', unitPrice: '11' }),
    );
    expect(dup.statusCode).toBe(409);
    expect(paths(dup)).toEqual(['validFrom']);
  });

  it('refuses numbers, too many decimals, negative prices and a reversed period with 422', async () => {
    const cases: [Record<string, unknown>, string][] = [
      [{ unitPrice: 12.5 }, 'unitPrice'],
      [{ unitPrice: '1.1234567' }, 'unitPrice'],
      [{ unitPrice: '-1' }, 'unitPrice'],
      [{ unitPrice: '123456789012345' }, 'unitPrice'],
      [{ minQuantity: 5 }, 'minQuantity'],
      [{ minQuantity: '1.1234567' }, 'minQuantity'],
      [{ validTo: '2025-12-31' }, 'validTo'],
      [{ validFrom: '2026-02-30' }, 'validFrom'],
      [{ leadTimeDays: -1 }, 'leadTimeDays'],
      [{ leadTimeDays: 2.5 }, 'leadTimeDays'],
      [{ currency: 'usd' }, 'currency'],
      [{ supplierPartNumber: 'p'.repeat(101) }, 'supplierPartNumber'],
    ];
    for (const [over, path] of cases) {
      const res = await post('/api/v1/price-list-entries', validEntry(over));
      expect(res.statusCode, JSON.stringify(over)).toBe(422);
      expect(paths(res), JSON.stringify(over)).toEqual([path]);
    }
  });

  it('checks references: supplier, item, currency and the unit’s decimals', async () => {
    const missing = await post(
      '/api/v1/price-list-entries',
      validEntry({
        supplierId: '0190f5a0-0000-7000-8000-000000000003',
        itemId: '0190f5a0-0000-7000-8000-000000000004',
        currency: 'XXY',
      }),
    );
    expect(missing.statusCode).toBe(422);
    expect(paths(missing).sort()).toEqual(['currency', 'itemId', 'supplierId']);

    const blocked = await seedSupplier(t.ctx);
    await changeSupplierStatus(t.ctx, {
      actor: SYSTEM_ACTOR,
      id: blocked.id,
      version: 1,
      status: 'blocked',
      reason: 'fraud',
    });
    const res = await post('/api/v1/price-list-entries', validEntry({ supplierId: blocked.id }));
    expect(paths(res)).toEqual(['supplierId']);
    expect(res.json().errors[0].message).toMatch(/blocked/);

    const inactiveItem = await seedItem(t.ctx, { active: false });
    expect(paths(await post('/api/v1/price-list-entries', validEntry({ itemId: inactiveItem.id })))).toEqual([
      'itemId',
    ]);

    await t.ctx.db.update(currencies).set({ active: false }).where(eq(currencies.code, 'ISK'));
    expect(paths(await post('/api/v1/price-list-entries', validEntry({ currency: 'ISK' })))).toEqual([
      'currency',
    ]);

    // The item's unit allows 2 decimal places.
    const fine = await post(
      '/api/v1/price-list-entries',
      validEntry({ minQuantity: '2.50', validFrom: '2026-01-02' }),
    );
    expect(fine.statusCode).toBe(201);
    const tooFine = await post(
      '/api/v1/price-list-entries',
      validEntry({ minQuantity: '2.505', validFrom: '2026-01-03' }),
    );
    expect(tooFine.statusCode).toBe(422);
    expect(paths(tooFine)).toEqual(['minQuantity']);
  });

  it('updates with If-Match (428 / 412 / 404) and checks the merged period', async () => {
    const entry = await seedPriceListEntry(t.ctx, { validFrom: '2026-01-01', validTo: '2026-06-30' });
    const url = `/api/v1/price-list-entries/${entry.id}`;
    expect((await patch(url, { unitPrice: '9' }, undefined)).statusCode).toBe(428);
    const reversed = await patch(url, { validTo: '2025-12-01' }, '"v1"');
    expect(reversed.statusCode).toBe(422);
    expect(paths(reversed)).toEqual(['validTo']);
    const ok = await patch(url, { unitPrice: '9.990', leadTimeDays: 3 }, '"v1"');
    expect(ok.statusCode).toBe(200);
    expect(ok.json()).toMatchObject({ unitPrice: '9.99', leadTimeDays: 3, version: 2 });
    expect((await patch(url, { unitPrice: '8' }, '"v1"')).statusCode).toBe(412);
    expect(
      (await patch('/api/v1/price-list-entries/0190f5a0-0000-7000-8000-000000000005', {}, '"v1"')).statusCode,
    ).toBe(404);
    // Supplier and item are not editable: asking to change one is a 422 naming it, nothing moves.
    const moved = await patch(url, { supplierId: supplierId }, '"v2"');
    expect(moved.statusCode).toBe(422);
    expect(paths(moved)).toEqual(['supplierId']);
    const entries = await auditOf('price_list_entry', entry.id);
    expect(entries[0]!.action).toBe('update');
    expect(entries[0]!.changes).toEqual({
      unitPrice: { before: '10', after: '9.99' },
      leadTimeDays: { before: 7, after: 3 },
    });
  });

  it('deletes with If-Match (428 / 412), audits the deletion, and then answers 404', async () => {
    const entry = await seedPriceListEntry(t.ctx, { unitPrice: '4.25' });
    const url = `/api/v1/price-list-entries/${entry.id}`;
    expect((await t.request({ method: 'DELETE', url, as: buyer })).statusCode).toBe(428);
    expect(
      (await t.request({ method: 'DELETE', url, as: buyer, headers: { 'if-match': '"v7"' } })).statusCode,
    ).toBe(412);
    const del = await t.request({
      method: 'DELETE',
      url: `${url}?reason=supplier%20withdrew`,
      as: buyer,
      headers: { 'if-match': '"v1"' },
    });
    expect(del.statusCode).toBe(204);
    expect(del.body).toBe('');
    expect((await get(url)).statusCode).toBe(404);
    expect(
      (await t.request({ method: 'DELETE', url, as: buyer, headers: { 'if-match': '"v1"' } })).statusCode,
    ).toBe(404);
    const [last] = await auditOf('price_list_entry', entry.id);
    expect(last!.action).toBe('delete');
    expect(last!.reason).toBe('supplier withdrew');
    expect(last!.changes.unitPrice).toEqual({ before: '4.25', after: null });
  });

  it('filters by supplier, item, currency and validOn, and pages with a cursor', async () => {
    const supplier = await seedSupplier(t.ctx);
    const item = await seedItem(t.ctx);
    const made = [
      await seedPriceListEntry(t.ctx, {
        supplierId: supplier.id,
        itemId: item.id,
        validFrom: '2026-01-01',
        validTo: '2026-01-31',
      }),
      await seedPriceListEntry(t.ctx, {
        supplierId: supplier.id,
        itemId: item.id,
        validFrom: '2026-02-01',
        validTo: null,
      }),
      await seedPriceListEntry(t.ctx, {
        supplierId: supplier.id,
        itemId: item.id,
        validFrom: '2026-02-01',
        currency: 'EUR',
      }),
      await seedPriceListEntry(t.ctx, { supplierId: supplier.id, validFrom: '2026-03-01' }),
      await seedPriceListEntry(t.ctx, { itemId: item.id, validFrom: '2026-01-15' }),
    ];
    const ids = (list: { id: string }[]) => list.map((e) => e.id).sort();
    const bySupplier = await allPages<{ id: string }>(
      `/api/v1/price-list-entries?supplierId=${supplier.id}`,
      2,
    );
    expect(bySupplier.pages).toBe(2);
    expect(ids(bySupplier.items)).toEqual(ids(made.slice(0, 4)));
    const byItem = await allPages<{ id: string }>(`/api/v1/price-list-entries?itemId=${item.id}`, 10);
    expect(ids(byItem.items)).toEqual(ids([made[0]!, made[1]!, made[2]!, made[4]!]));
    const both = await get(
      `/api/v1/price-list-entries?supplierId=${supplier.id}&itemId=${item.id}&currency=EUR`,
    );
    expect(ids(both.json().items)).toEqual([made[2]!.id]);
    const onJan20 = await get(`/api/v1/price-list-entries?itemId=${item.id}&validOn=2026-01-20`);
    expect(ids(onJan20.json().items)).toEqual(ids([made[0]!, made[4]!]));
    const onJan31 = await get(`/api/v1/price-list-entries?supplierId=${supplier.id}&validOn=2026-01-31`);
    expect(ids(onJan31.json().items)).toEqual([made[0]!.id]);
    const onMay = await get(
      `/api/v1/price-list-entries?supplierId=${supplier.id}&validOn=2026-05-01&currency=USD`,
    );
    expect(ids(onMay.json().items)).toEqual(ids([made[1]!, made[3]!]));
    expect(paths(await get('/api/v1/price-list-entries?validOn=01/05/2026'))).toEqual(['validOn']);
  });
});

// ── price lookup ────────────────────────────────────────────────────────────

describe('price lookup', () => {
  let supplierId: string;
  let itemId: string;
  const lookup = (q: Record<string, string>) =>
    get(
      `/api/v1/price-lookup?${new URLSearchParams({ supplierId, itemId, date: '2026-03-02', ...q }).toString()}`,
    );

  beforeAll(async () => {
    supplierId = (await seedSupplier(t.ctx)).id;
    itemId = (await seedItem(t.ctx, { unitCode: (await seedUnit(t.ctx, { decimals: 3 })).code })).id;
    const e = (over: Parameters<typeof seedPriceListEntry>[1]) =>
      seedPriceListEntry(t.ctx, { supplierId, itemId, validFrom: '2026-01-01', validTo: null, ...over });
    await e({ minQuantity: '0', unitPrice: '10.00', leadTimeDays: 3 });
    await e({ minQuantity: '100', unitPrice: '9.00', leadTimeDays: 5 });
    await e({ minQuantity: '500', unitPrice: '8.50', leadTimeDays: 10 });
    // Cheaper, but expired / not yet valid.
    await e({ minQuantity: '0', unitPrice: '1.00', validFrom: '2025-01-01', validTo: '2025-12-31' });
    await e({ minQuantity: '0', unitPrice: '2.00', validFrom: '2026-04-01' });
  });

  it('returns the lowest applicable price for the quantity on the date', async () => {
    for (const [quantity, price, lead] of [
      ['1', '10', 3],
      ['99.999', '10', 3],
      ['100', '9', 5],
      ['500', '8.5', 10],
      ['100000', '8.5', 10],
    ] as const) {
      const res = await lookup({ quantity });
      expect(res.statusCode, quantity).toBe(200);
      const body = res.json();
      expect(body.unitPrice, quantity).toBe(price);
      expect(body.currency).toBe('USD');
      expect(body.leadTimeDays).toBe(lead);
      expect(body.entry.unitPrice).toBe(price);
      expect(body.entry.itemId).toBe(itemId);
    }
    expect((await lookup({ quantity: '1', date: '2025-06-01' })).json().unitPrice).toBe('1');
    expect((await lookup({ quantity: '1', date: '2026-04-01' })).json().unitPrice).toBe('2');
  });

  it('answers 404 "no valid price" when nothing applies', async () => {
    const res = await lookup({ quantity: '1', date: '2024-12-31' });
    expect(res.statusCode).toBe(404);
    expect(res.headers['content-type']).toMatch(/problem\+json/);
    expect(res.json().detail).toMatch(/^No valid price/);
    expect(res.json().detail).toContain('2024-12-31');
    // Named by supplier code and SKU, which a person recognises, not by ids.
    const [supplier] = await t.ctx.db.select().from(suppliers).where(eq(suppliers.id, supplierId));
    const [item] = await t.ctx.db.select().from(items).where(eq(items.id, itemId));
    expect(res.json().detail).toContain(`${supplier!.code} has no price for ${item!.sku}`);
    expect(res.json().detail).not.toContain(supplierId);
    const gbp = await lookup({ quantity: '1', currency: 'GBP' });
    expect(gbp.statusCode).toBe(404);
    expect(gbp.json().detail).toMatch(/GBP/);
  });

  it('keeps to the currency asked for and never mixes currencies unasked', async () => {
    const item = await seedItem(t.ctx);
    await seedPriceListEntry(t.ctx, {
      supplierId,
      itemId: item.id,
      currency: 'USD',
      unitPrice: '10',
      validFrom: '2026-01-01',
    });
    await seedPriceListEntry(t.ctx, {
      supplierId,
      itemId: item.id,
      currency: 'EUR',
      unitPrice: '9',
      validFrom: '2026-01-01',
    });
    const q = (extra: Record<string, string>) =>
      get(
        `/api/v1/price-lookup?${new URLSearchParams({ supplierId, itemId: item.id, quantity: '1', date: '2026-03-02', ...extra })}`,
      );
    expect((await q({ currency: 'USD' })).json()).toMatchObject({ unitPrice: '10', currency: 'USD' });
    expect((await q({ currency: 'EUR' })).json()).toMatchObject({ unitPrice: '9', currency: 'EUR' });
    const mixed = await q({});
    expect(mixed.statusCode).toBe(404);
    expect(mixed.json().detail).toMatch(/single currency/);
  });

  it('validates the query and answers 404 for an unknown supplier or item', async () => {
    expect(paths(await lookup({ quantity: '0' }))).toEqual(['quantity']);
    expect(paths(await lookup({ quantity: 'ten' }))).toEqual(['quantity']);
    expect(paths(await lookup({ quantity: '1.1234567' }))).toEqual(['quantity']);
    expect(paths(await lookup({ quantity: '1', date: 'tomorrow' }))).toEqual(['date']);
    const noItem = await get(`/api/v1/price-lookup?supplierId=${supplierId}&quantity=1&date=2026-03-02`);
    expect(paths(noItem)).toEqual(['itemId']);
    const unknown = await get(
      `/api/v1/price-lookup?supplierId=0190f5a0-0000-7000-8000-000000000009&itemId=${itemId}&quantity=1&date=2026-03-02`,
    );
    expect(unknown.statusCode).toBe(404);
    expect(unknown.json().detail).toMatch(/Supplier/);
  });
});

// ── CSV ─────────────────────────────────────────────────────────────────────

const csvLines = (text: string) => text.trim().split(/\r?\n/);

describe('item CSV import and export', () => {
  let category: { id: string; code: string };
  let unit: { code: string };
  beforeAll(async () => {
    category = await seedCategory(t.ctx);
    unit = await seedUnit(t.ctx, { decimals: 1 });
  });

  const countItems = async () => (await t.ctx.db.select({ id: items.id }).from(items)).length;

  it('imports nothing when any row is bad and reports every bad row by line number', async () => {
    const before = await countItems();
    const p = `BAD${uniq()}`;
    const csv = [
      'sku,name,categoryCode,unitCode,defaultTaxRate,inspectionRequired',
      `${p}-1,Good row,${category.code},${unit.code},7,false`,
      `${p}-2,Unknown category,NOPE-${uniq()},${unit.code},7,true`,
      `${p}-3,Bad rate,${category.code},${unit.code},7.12345,maybe`,
      `${p}-1,Repeated SKU,${category.code},${unit.code},,`,
      `${p}-5,,${category.code},no-such-unit,,`,
    ].join('\n');
    const res = await postCsv('/api/v1/items/import', csv);
    expect(res.statusCode).toBe(422);
    expect(res.json().detail).toMatch(/nothing was imported/);
    expect(paths(res)).toEqual([
      'line 3.categoryCode',
      'line 4.defaultTaxRate',
      'line 4.inspectionRequired',
      'line 5.sku',
      'line 6.name',
      'line 6.unitCode',
    ]);
    expect(await countItems()).toBe(before);
    expect((await get(`/api/v1/items?q=${p}`)).json().items).toHaveLength(0);
  });

  it('rejects a file with missing or unknown columns, or no rows', async () => {
    const missing = await postCsv('/api/v1/items/import', 'sku,name\nA,B\n');
    expect(missing.statusCode).toBe(422);
    expect(paths(missing)).toEqual(['file']);
    expect(missing.json().errors[0].message).toMatch(/categoryCode/);
    const unknown = await postCsv(
      '/api/v1/items/import',
      'sku,name,categoryCode,unitCode,colour\nA,B,C,D,red\n',
    );
    expect(unknown.json().errors[0].message).toMatch(/colour/);
    const empty = await postCsv('/api/v1/items/import', 'sku,name,categoryCode,unitCode\n');
    expect(paths(empty)).toEqual(['file']);
    const json = await post('/api/v1/items/import', { sku: 'x' });
    expect(json.statusCode).toBe(422);
  });

  it('creates new SKUs and updates known ones (case-insensitive), auditing each', async () => {
    const known = await seedItem(t.ctx, {
      categoryId: category.id,
      unitCode: unit.code,
      name: 'Old name',
      defaultTaxRate: '5',
    });
    const p = `IMP${uniq()}`;
    const csv = [
      'sku,name,description,categoryCode,unitCode,defaultTaxRate,inspectionRequired,active',
      `${p}-1,"Stapler, heavy duty","Staples up to 100 sheets",${category.code.toLowerCase()},${unit.code},19,yes,true`,
      `${p}-2,Staples,,${category.code},${unit.code},,,`,
      `${known.sku.toLowerCase()},New name,,${category.code},${unit.code},5.0000,false,false`,
    ].join('\r\n');
    const res = await postCsv('/api/v1/items/import', csv);
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ created: 2, updated: 1 });

    const list = (await get(`/api/v1/items?q=${p}`)).json().items;
    const stapler = list.find((i: { sku: string }) => i.sku === `${p}-1`);
    expect(stapler).toMatchObject({
      name: 'Stapler, heavy duty',
      description: 'Staples up to 100 sheets',
      categoryId: category.id,
      defaultTaxRate: '19',
      inspectionRequired: true,
      active: true,
    });
    expect(list.find((i: { sku: string }) => i.sku === `${p}-2`)).toMatchObject({
      defaultTaxRate: '0',
      inspectionRequired: false,
    });
    const updated = (await get(`/api/v1/items/${known.id}`)).json();
    expect(updated).toMatchObject({ name: 'New name', active: false, defaultTaxRate: '5', version: 2 });
    const [entry] = await auditOf('item', known.id);
    expect(entry!.action).toBe('import:update');
    expect(entry!.changes).toEqual({
      sku: { before: known.sku, after: known.sku.toLowerCase() },
      name: { before: 'Old name', after: 'New name' },
      active: { before: true, after: false },
    });
    expect((await auditOf('item', stapler.id))[0]!.action).toBe('import:create');
  });

  it('leaves fields whose column is not in the file as they are', async () => {
    const known = await seedItem(t.ctx, {
      categoryId: category.id,
      unitCode: unit.code,
      description: 'keep me',
      defaultTaxRate: '12',
      inspectionRequired: true,
    });
    const res = await postCsv(
      '/api/v1/items/import',
      `sku,name,categoryCode,unitCode\n${known.sku},Renamed,${category.code},${unit.code}\n`,
    );
    expect(res.json()).toMatchObject({ created: 0, updated: 1 });
    expect((await get(`/api/v1/items/${known.id}`)).json()).toMatchObject({
      name: 'Renamed',
      description: 'keep me',
      defaultTaxRate: '12',
      inspectionRequired: true,
    });
  });

  it('exports the columns the import accepts, and an export imports back unchanged', async () => {
    const cat = await seedCategory(t.ctx);
    await seedItem(t.ctx, {
      categoryId: cat.id,
      unitCode: unit.code,
      name: 'Tricky, "quoted"\nname',
      description: 'x',
      defaultTaxRate: '7.25',
    });
    await seedItem(t.ctx, {
      categoryId: cat.id,
      unitCode: unit.code,
      inspectionRequired: true,
      service: true,
      active: false,
    });
    const res = await get(`/api/v1/items/export?categoryId=${cat.id}`);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toMatch(/^text\/csv/);
    expect(res.headers['content-disposition']).toMatch(/attachment; filename="items.csv"/);
    expect(csvLines(res.body)[0]).toBe(
      'sku,name,categoryCode,unitCode,description,defaultTaxRate,defaultTaxCategory,inspectionRequired,service,active',
    );
    expect(res.body).toContain('7.25');

    const before = (await get(`/api/v1/items?categoryId=${cat.id}`)).json().items;
    const again = await postCsv('/api/v1/items/import', res.body);
    expect(again.statusCode).toBe(200);
    expect(again.json()).toMatchObject({ created: 0, updated: 0 });
    expect((await get(`/api/v1/items?categoryId=${cat.id}`)).json().items).toEqual(before);
    expect((await get(`/api/v1/items/export?categoryId=${cat.id}`)).body).toBe(res.body);

    const edited = await postCsv('/api/v1/items/import', res.body.replace('7.25', '8'));
    expect(edited.json()).toMatchObject({ created: 0, updated: 1 });
  });

  it('refuses a unit change for a priced item in the file', async () => {
    const other = await seedUnit(t.ctx);
    const item = await seedItem(t.ctx, { categoryId: category.id, unitCode: unit.code });
    await seedPriceListEntry(t.ctx, { itemId: item.id });
    const res = await postCsv(
      '/api/v1/items/import',
      `sku,name,categoryCode,unitCode\n${item.sku},X,${category.code},${other.code}\n`,
    );
    expect(res.statusCode).toBe(422);
    expect(paths(res)).toEqual(['line 2.unitCode']);
    expect((await get(`/api/v1/items/${item.id}`)).json().unitCode).toBe(unit.code);
  });
});

describe('price list CSV import and export', () => {
  let supplier: { id: string; code: string };
  let item: { id: string; sku: string };
  beforeAll(async () => {
    supplier = await seedSupplier(t.ctx);
    item = await seedItem(t.ctx, { unitCode: (await seedUnit(t.ctx, { decimals: 2 })).code });
  });

  const header =
    'supplierCode,sku,currency,unitPrice,validFrom,minQuantity,validTo,leadTimeDays,supplierPartNumber';

  it('imports nothing when any row is bad and reports every bad row by line number', async () => {
    const csv = [
      header,
      `${supplier.code},${item.sku},USD,10.00,2026-01-01,0,,5,P-1`,
      `NOPE${uniq()},${item.sku},USD,10.00,2026-01-01,0,,5,`,
      `${supplier.code},NOPE-${uniq()},USD,10.00,2026-01-01,0,,5,`,
      `${supplier.code},${item.sku},USD,10.1234567,2026-01-01,1.5,2025-12-31,x,`,
      `${supplier.code},${item.sku},USD,11,2026-01-01,0.000,,,`,
      `${supplier.code},${item.sku},XXY,11,2026-02-01,2.555,,,`,
    ].join('\n');
    const res = await postCsv('/api/v1/price-list-entries/import', csv);
    expect(res.statusCode).toBe(422);
    expect(paths(res)).toEqual([
      'line 3.supplierCode',
      'line 4.sku',
      'line 5.unitPrice',
      'line 5.leadTimeDays',
      'line 5.validTo',
      'line 6.validFrom',
      'line 7.currency',
      'line 7.minQuantity',
    ]);
    const list = await get(`/api/v1/price-list-entries?supplierId=${supplier.id}`);
    expect(list.json().items).toHaveLength(0);
  });

  it('reports a price that is not a number as a bad row, not a server error', async () => {
    const csv = [header, `${supplier.code},${item.sku},USD,abc,2026-01-01,ten,,5,`].join('\n');
    const res = await postCsv('/api/v1/price-list-entries/import', csv);
    expect(res.statusCode).toBe(422);
    expect(paths(res)).toEqual(['line 2.unitPrice', 'line 2.minQuantity']);
  });

  it('creates entries and updates those with the same key, then round-trips through export', async () => {
    const csv = [
      header,
      `${supplier.code},${item.sku},USD,10.00,2026-01-01,0,,5,P-1`,
      `${supplier.code.toLowerCase()},${item.sku.toLowerCase()},USD,9.50,2026-01-01,100,2026-12-31,7,P-1`,
      `${supplier.code},${item.sku},EUR,9,2026-01-01,,,,`,
    ].join('\n');
    const first = await postCsv('/api/v1/price-list-entries/import', csv);
    expect(first.statusCode).toBe(200);
    expect(first.json()).toMatchObject({ created: 3, updated: 0 });
    const lookup = await get(
      `/api/v1/price-lookup?supplierId=${supplier.id}&itemId=${item.id}&quantity=150&date=2026-06-01&currency=USD`,
    );
    expect(lookup.json()).toMatchObject({ unitPrice: '9.5', leadTimeDays: 7 });

    const update = [header, `${supplier.code},${item.sku},USD,9.25,2026-01-01,100.00,,8,P-2`].join('\n');
    expect((await postCsv('/api/v1/price-list-entries/import', update)).json()).toMatchObject({
      created: 0,
      updated: 1,
    });
    const entries = (await get(`/api/v1/price-list-entries?supplierId=${supplier.id}&currency=USD`)).json()
      .items;
    const breakAt100 = entries.find((e: { minQuantity: string }) => e.minQuantity === '100');
    expect(breakAt100).toMatchObject({
      unitPrice: '9.25',
      validTo: null,
      leadTimeDays: 8,
      supplierPartNumber: 'P-2',
      version: 2,
    });
    const [audit] = await auditOf('price_list_entry', breakAt100.id);
    expect(audit!.action).toBe('import:update');
    expect(audit!.changes.unitPrice).toEqual({ before: '9.5', after: '9.25' });
    expect(audit!.changes.validTo).toEqual({ before: '2026-12-31', after: null });

    const exported = await get(`/api/v1/price-list-entries/export?supplierId=${supplier.id}`);
    expect(exported.statusCode).toBe(200);
    expect(exported.headers['content-type']).toMatch(/^text\/csv/);
    const lines = csvLines(exported.body);
    expect(lines[0]).toBe(header);
    expect(lines).toHaveLength(4);
    expect(lines).toContain(`${supplier.code},${item.sku},USD,9.25,2026-01-01,100,,8,P-2`);

    const back = await postCsv('/api/v1/price-list-entries/import', exported.body);
    expect(back.json()).toMatchObject({ created: 0, updated: 0 });
    const after = (await get(`/api/v1/price-list-entries?supplierId=${supplier.id}`)).json().items;
    expect(after).toHaveLength(3);
    expect(after.map((e: { version: number }) => e.version).sort()).toEqual([1, 1, 2]);
  });

  it('refuses new prices for a blocked supplier but lets its existing prices round-trip', async () => {
    const s = await seedSupplier(t.ctx);
    await seedPriceListEntry(t.ctx, { supplierId: s.id, itemId: item.id, validFrom: '2026-01-01' });
    await changeSupplierStatus(t.ctx, {
      actor: SYSTEM_ACTOR,
      id: s.id,
      version: 1,
      status: 'blocked',
      reason: 'audit',
    });
    const exported = (await get(`/api/v1/price-list-entries/export?supplierId=${s.id}`)).body;
    expect((await postCsv('/api/v1/price-list-entries/import', exported)).json()).toMatchObject({
      created: 0,
      updated: 0,
    });
    const fresh = await postCsv(
      '/api/v1/price-list-entries/import',
      `${header}\n${s.code},${item.sku},USD,1,2026-05-01,,,,\n`,
    );
    expect(fresh.statusCode).toBe(422);
    expect(paths(fresh)).toEqual(['line 2.supplierCode']);
  });
});

describe('concurrency', () => {
  it('lets exactly one of several simultaneous creates of the same price win; the rest get 409', async () => {
    const supplier = await seedSupplier(t.ctx);
    const item = await seedItem(t.ctx);
    const payload = {
      supplierId: supplier.id,
      itemId: item.id,
      currency: 'USD',
      unitPrice: '3',
      validFrom: '2026-01-01',
    };
    const results = await Promise.all(
      Array.from({ length: 5 }, (_, i) =>
        post('/api/v1/price-list-entries', { ...payload, unitPrice: `3.${i}` }),
      ),
    );
    expect(results.map((r) => r.statusCode).sort()).toEqual([201, 409, 409, 409, 409]);
    expect((await get(`/api/v1/price-list-entries?supplierId=${supplier.id}`)).json().items).toHaveLength(1);
  });

  it('lets exactly one of several simultaneous creates of the same SKU win', async () => {
    const item = await seedItem(t.ctx);
    const sku = `RACE-${uniq()}`;
    const results = await Promise.all(
      Array.from({ length: 4 }, () =>
        post('/api/v1/items', { sku, name: 'Race', categoryId: item.categoryId, unitCode: item.unitCode }),
      ),
    );
    expect(results.map((r) => r.statusCode).sort()).toEqual([201, 409, 409, 409]);
  });
});

describe('OpenAPI', () => {
  it('documents every catalog route, the CSV bodies and the decimal strings', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/openapi.json' });
    expect(res.statusCode).toBe(200);
    const doc = res.json();
    for (const path of [
      '/api/v1/item-categories',
      '/api/v1/item-categories/{id}',
      '/api/v1/units',
      '/api/v1/units/{code}',
      '/api/v1/items',
      '/api/v1/items/{id}',
      '/api/v1/items/import',
      '/api/v1/items/export',
      '/api/v1/price-list-entries',
      '/api/v1/price-list-entries/{id}',
      '/api/v1/price-list-entries/import',
      '/api/v1/price-list-entries/export',
      '/api/v1/price-lookup',
    ]) {
      expect(doc.paths[path], path).toBeDefined();
    }
    const spreadsheets = ['text/csv', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'];
    expect(Object.keys(doc.paths['/api/v1/items/import'].post.requestBody.content)).toEqual(spreadsheets);
    expect(Object.keys(doc.paths['/api/v1/items/export'].get.responses['200'].content)).toEqual(spreadsheets);
    expect(Object.keys(doc.paths['/api/v1/price-list-entries/{id}'].patch.responses)).toEqual(
      expect.arrayContaining(['200', '401', '403', '404', '409', '412', '422', '428']),
    );
    expect(doc.components.schemas.PriceListEntry.properties.unitPrice.type).toBe('string');
  });
});

describe('audit trail', () => {
  it('is one intact hash chain after all of the above', async () => {
    const res = await post('/api/v1/audit/verify', {}, auditor);
    expect(res.statusCode).toBe(200);
    expect(res.json().ok).toBe(true);
  });
});
