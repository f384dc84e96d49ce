import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rateOn } from '../../src/core/organisation';
import { AppError } from '../../src/core/shared/errors';
import {
  PERMISSIONS,
  type Permission,
  permissionsFor,
  ROLE_LABELS,
  ROLES,
} from '../../src/core/shared/permissions';
import { seedCostCentre, seedDepartment, seedExchangeRate } from '../../src/seed/organisation-factories';
import { createTestApp, type TestApp } from '../helpers/app';
import { seedUser } from '../helpers/seed';

type Session = { cookie: string; userId: string };
type AuditItem = {
  action: string;
  actorId: string | null;
  changes: Record<string, { before: unknown; after: unknown }>;
};

let t: TestApp;
let admin: Session;
let requester: Session;

beforeAll(async () => {
  t = await createTestApp();
  admin = await t.loginAs(['admin']);
  requester = await t.loginAs(['requester']);
});
afterAll(async () => {
  await t.close();
});

const NO_SUCH_ID = '01890000-0000-7000-8000-000000000000';

/** Audit entries of one record, newest first, read through the audit API. */
async function auditOf(entityType: string, entityId: string): Promise<AuditItem[]> {
  const res = await t.request({
    method: 'GET',
    url: `/api/v1/audit?entityType=${entityType}&entityId=${entityId}`,
    as: admin,
  });
  expect(res.statusCode).toBe(200);
  return res.json().items;
}

const paths = (res: { json(): { errors?: { path: string }[] } }) =>
  (res.json().errors ?? []).map((e) => e.path);

/** Walks every page of a list and returns the items in order. */
async function allPages<T>(url: string, as: Session, limit: number): Promise<{ items: T[]; pages: number }> {
  const items: T[] = [];
  let cursor: string | null = null;
  let pages = 0;
  do {
    const sep = url.includes('?') ? '&' : '?';
    const res = await t.request({
      method: 'GET',
      url: `${url}${sep}limit=${limit}${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`,
      as,
    });
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body.items.length).toBeLessThanOrEqual(limit);
    items.push(...body.items);
    cursor = body.nextCursor;
    pages++;
  } while (cursor);
  return { items, pages };
}

// ── departments ─────────────────────────────────────────────────────────────

describe('departments', () => {
  it('creates a department with ETag and Location, reads it back and audits the creation', async () => {
    const head = await seedUser(t.ctx, { roles: ['approver'] });
    const res = await t.request({
      method: 'POST',
      url: '/api/v1/departments',
      as: admin,
      payload: { code: ' OPS ', name: ' Operations ', headUserId: head.id },
    });
    expect(res.statusCode).toBe(201);
    const dept = res.json();
    expect(dept).toMatchObject({
      code: 'OPS',
      name: 'Operations',
      headUserId: head.id,
      active: true,
      version: 1,
    });
    expect(res.headers.etag).toBe('"v1"');
    expect(res.headers.location).toBe(`/api/v1/departments/${dept.id}`);
    expect(dept.createdAt).toBe('2026-03-02T09:00:00.000Z');

    const got = await t.request({ method: 'GET', url: `/api/v1/departments/${dept.id}`, as: requester });
    expect(got.statusCode).toBe(200);
    expect(got.headers.etag).toBe('"v1"');
    expect(got.json()).toEqual(dept);

    const [entry] = await auditOf('department', dept.id);
    expect(entry!.action).toBe('create');
    expect(entry!.actorId).toBe(admin.userId);
    expect(entry!.changes.code).toEqual({ before: null, after: 'OPS' });
    expect(entry!.changes.headUserId).toEqual({ before: null, after: head.id });
  });

  it('refuses a head of department who is not an active user (422 on headUserId)', async () => {
    const inactive = await seedUser(t.ctx, { active: false });
    for (const headUserId of [inactive.id, NO_SUCH_ID]) {
      const res = await t.request({
        method: 'POST',
        url: '/api/v1/departments',
        as: admin,
        payload: { code: `HD-${headUserId.slice(0, 4)}`, name: 'Headless', headUserId },
      });
      expect(res.statusCode).toBe(422);
      expect(res.json().errors).toEqual([
        { path: 'headUserId', message: 'does not name an active user of the organisation' },
      ]);
    }
  });

  it('refuses a code already in use, whatever its case (409 on code)', async () => {
    await seedDepartment(t.ctx, { code: 'FIN' });
    const res = await t.request({
      method: 'POST',
      url: '/api/v1/departments',
      as: admin,
      payload: { code: 'fin', name: 'Finance' },
    });
    expect(res.statusCode).toBe(409);
    expect(res.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(paths(res)).toEqual(['code']);
  });

  it('validates the body (422 naming each bad field)', async () => {
    const res = await t.request({
      method: 'POST',
      url: '/api/v1/departments',
      as: admin,
      payload: { code: 'has space', name: '', headUserId: 'nope' },
    });
    expect(res.statusCode).toBe(422);
    expect(paths(res)).toEqual(expect.arrayContaining(['code', 'name', 'headUserId']));
  });

  it('needs a session (401) and organisation:write to create (403)', async () => {
    const anon = await t.request({
      method: 'POST',
      url: '/api/v1/departments',
      payload: { code: 'X1', name: 'X' },
    });
    expect(anon.statusCode).toBe(401);
    const res = await t.request({
      method: 'POST',
      url: '/api/v1/departments',
      as: requester,
      payload: { code: 'X1', name: 'X' },
    });
    expect(res.statusCode).toBe(403);
    const list = await t.request({ method: 'GET', url: '/api/v1/departments?q=X1', as: admin });
    expect(list.json().items).toEqual([]);
  });

  it('answers 404 for an unknown department and 422 for a malformed id', async () => {
    expect(
      (await t.request({ method: 'GET', url: `/api/v1/departments/${NO_SUCH_ID}`, as: admin })).statusCode,
    ).toBe(404);
    const bad = await t.request({ method: 'GET', url: '/api/v1/departments/not-an-id', as: admin });
    expect(bad.statusCode).toBe(422);
    expect(paths(bad)).toEqual(['id']);
  });

  it('replays a create with the same Idempotency-Key instead of creating twice', async () => {
    const send = () =>
      t.request({
        method: 'POST',
        url: '/api/v1/departments',
        as: admin,
        headers: { 'idempotency-key': 'dept-create-1' },
        payload: { code: 'IDEM', name: 'Idempotent' },
      });
    const first = await send();
    const second = await send();
    expect(first.statusCode).toBe(201);
    expect(second.statusCode).toBe(201);
    expect(second.headers['idempotent-replayed']).toBe('true');
    expect(second.json().id).toBe(first.json().id);
    const list = await t.request({ method: 'GET', url: '/api/v1/departments?q=IDEM', as: admin });
    expect(list.json().items).toHaveLength(1);
  });

  it('updates with If-Match: 428 without it, 412 when stale, then 200 with the new version and an audit entry', async () => {
    const dept = await seedDepartment(t.ctx, { name: 'Marketing' });
    const url = `/api/v1/departments/${dept.id}`;
    const missing = await t.request({ method: 'PATCH', url, as: admin, payload: { name: 'Brand' } });
    expect(missing.statusCode).toBe(428);
    const stale = await t.request({
      method: 'PATCH',
      url,
      as: admin,
      headers: { 'if-match': '"v7"' },
      payload: { name: 'Brand' },
    });
    expect(stale.statusCode).toBe(412);
    expect(stale.json().detail).toMatch(/version 1/);

    const ok = await t.request({
      method: 'PATCH',
      url,
      as: admin,
      headers: { 'if-match': '"v1"' },
      payload: { name: 'Brand', active: false },
    });
    expect(ok.statusCode).toBe(200);
    expect(ok.headers.etag).toBe('"v2"');
    expect(ok.json()).toMatchObject({ name: 'Brand', active: false, version: 2, code: dept.code });

    const again = await t.request({
      method: 'PATCH',
      url,
      as: admin,
      headers: { 'if-match': '"v1"' },
      payload: { name: 'Again' },
    });
    expect(again.statusCode).toBe(412);

    const [entry] = await auditOf('department', dept.id);
    expect(entry!.action).toBe('update');
    expect(entry!.changes).toEqual({
      name: { before: 'Marketing', after: 'Brand' },
      active: { before: true, after: false },
    });
  });

  it('refuses an update to a code in use (409), an inactive head (422), and a write without permission (403)', async () => {
    await seedDepartment(t.ctx, { code: 'TAKEN' });
    const dept = await seedDepartment(t.ctx);
    const url = `/api/v1/departments/${dept.id}`;
    const dup = await t.request({
      method: 'PATCH',
      url,
      as: admin,
      headers: { 'if-match': '"v1"' },
      payload: { code: 'taken' },
    });
    expect(dup.statusCode).toBe(409);
    expect(paths(dup)).toEqual(['code']);
    const inactive = await seedUser(t.ctx, { active: false });
    const head = await t.request({
      method: 'PATCH',
      url,
      as: admin,
      headers: { 'if-match': '"v1"' },
      payload: { headUserId: inactive.id },
    });
    expect(head.statusCode).toBe(422);
    expect(paths(head)).toEqual(['headUserId']);
    const forbidden = await t.request({
      method: 'PATCH',
      url,
      as: requester,
      headers: { 'if-match': '"v1"' },
      payload: { name: 'x' },
    });
    expect(forbidden.statusCode).toBe(403);
    expect((await t.request({ method: 'GET', url, as: admin })).json().version).toBe(1);
    const unknown = await t.request({
      method: 'PATCH',
      url: `/api/v1/departments/${NO_SUCH_ID}`,
      as: admin,
      headers: { 'if-match': '"v1"' },
      payload: { name: 'x' },
    });
    expect(unknown.statusCode).toBe(404);
  });

  it('lists in code order across pages, and filters by q and active', async () => {
    const codes = ['PG-05', 'PG-01', 'PG-04', 'PG-02', 'PG-03'];
    for (const code of codes)
      await seedDepartment(t.ctx, { code, name: `Paged ${code}`, active: code !== 'PG-04' });
    const { items, pages } = await allPages<{ code: string }>('/api/v1/departments?q=pg-0', requester, 2);
    expect(items.map((d) => d.code)).toEqual(['PG-01', 'PG-02', 'PG-03', 'PG-04', 'PG-05']);
    expect(pages).toBe(3);

    const byName = await t.request({
      method: 'GET',
      url: '/api/v1/departments?q=paged%20pg-03',
      as: requester,
    });
    expect(byName.json().items.map((d: { code: string }) => d.code)).toEqual(['PG-03']);
    const inactive = await t.request({
      method: 'GET',
      url: '/api/v1/departments?q=pg-&active=false',
      as: requester,
    });
    expect(inactive.json().items.map((d: { code: string }) => d.code)).toEqual(['PG-04']);
    const active = await t.request({
      method: 'GET',
      url: '/api/v1/departments?q=pg-&active=true',
      as: requester,
    });
    expect(active.json().items.map((d: { code: string }) => d.code)).toEqual([
      'PG-01',
      'PG-02',
      'PG-03',
      'PG-05',
    ]);

    const badCursor = await t.request({
      method: 'GET',
      url: '/api/v1/departments?cursor=garbage',
      as: requester,
    });
    expect(badCursor.statusCode).toBe(422);
    const badLimit = await t.request({ method: 'GET', url: '/api/v1/departments?limit=0', as: requester });
    expect(badLimit.statusCode).toBe(422);
  });
});

// ── cost centres ────────────────────────────────────────────────────────────

describe('cost centres', () => {
  it('creates a cost centre in a department, reads it and audits it', async () => {
    const dept = await seedDepartment(t.ctx);
    const owner = await seedUser(t.ctx);
    const res = await t.request({
      method: 'POST',
      url: '/api/v1/cost-centres',
      as: admin,
      payload: { code: 'CC-4100', name: 'Facilities', departmentId: dept.id, ownerUserId: owner.id },
    });
    expect(res.statusCode).toBe(201);
    const cc = res.json();
    expect(cc).toMatchObject({
      code: 'CC-4100',
      departmentId: dept.id,
      ownerUserId: owner.id,
      active: true,
      version: 1,
    });
    expect(res.headers.location).toBe(`/api/v1/cost-centres/${cc.id}`);
    const got = await t.request({ method: 'GET', url: `/api/v1/cost-centres/${cc.id}`, as: requester });
    expect(got.statusCode).toBe(200);
    expect(got.headers.etag).toBe('"v1"');
    const [entry] = await auditOf('cost_centre', cc.id);
    expect(entry!.action).toBe('create');
    expect(entry!.changes.departmentId).toEqual({ before: null, after: dept.id });
  });

  it('needs an existing, active department and an active owner (422 naming the field)', async () => {
    const unknown = await t.request({
      method: 'POST',
      url: '/api/v1/cost-centres',
      as: admin,
      payload: { code: 'CC-X1', name: 'Nowhere', departmentId: NO_SUCH_ID },
    });
    expect(unknown.statusCode).toBe(422);
    expect(unknown.json().errors).toEqual([
      { path: 'departmentId', message: 'does not name an existing department' },
    ]);

    const closed = await seedDepartment(t.ctx, { code: 'CLOSED', active: false });
    const inactiveDept = await t.request({
      method: 'POST',
      url: '/api/v1/cost-centres',
      as: admin,
      payload: { code: 'CC-X2', name: 'Closed', departmentId: closed.id },
    });
    expect(inactiveDept.statusCode).toBe(422);
    expect(inactiveDept.json().errors[0]).toEqual({
      path: 'departmentId',
      message: 'names department CLOSED, which is inactive',
    });

    const dept = await seedDepartment(t.ctx);
    const gone = await seedUser(t.ctx, { active: false });
    const owner = await t.request({
      method: 'POST',
      url: '/api/v1/cost-centres',
      as: admin,
      payload: { code: 'CC-X3', name: 'Orphan', departmentId: dept.id, ownerUserId: gone.id },
    });
    expect(owner.statusCode).toBe(422);
    expect(paths(owner)).toEqual(['ownerUserId']);

    const missing = await t.request({
      method: 'POST',
      url: '/api/v1/cost-centres',
      as: admin,
      payload: { code: 'CC-X4', name: 'x' },
    });
    expect(missing.statusCode).toBe(422);
    expect(paths(missing)).toEqual(['departmentId']);
  });

  it('refuses a duplicate code (409), and writes without a session (401) or permission (403)', async () => {
    const existing = await seedCostCentre(t.ctx, { code: 'CC-DUP' });
    const body = { code: 'cc-dup', name: 'Again', departmentId: existing.departmentId };
    const dup = await t.request({ method: 'POST', url: '/api/v1/cost-centres', as: admin, payload: body });
    expect(dup.statusCode).toBe(409);
    expect(paths(dup)).toEqual(['code']);
    expect((await t.request({ method: 'POST', url: '/api/v1/cost-centres', payload: body })).statusCode).toBe(
      401,
    );
    expect(
      (await t.request({ method: 'POST', url: '/api/v1/cost-centres', as: requester, payload: body }))
        .statusCode,
    ).toBe(403);
    expect(
      (await t.request({ method: 'GET', url: `/api/v1/cost-centres/${NO_SUCH_ID}`, as: admin })).statusCode,
    ).toBe(404);
  });

  it('updates with If-Match, moves to another department, and audits the change', async () => {
    const cc = await seedCostCentre(t.ctx, { name: 'Fleet' });
    const target = await seedDepartment(t.ctx);
    const url = `/api/v1/cost-centres/${cc.id}`;
    expect(
      (await t.request({ method: 'PATCH', url, as: admin, payload: { name: 'Vehicles' } })).statusCode,
    ).toBe(428);
    const stale = await t.request({
      method: 'PATCH',
      url,
      as: admin,
      headers: { 'if-match': '"v2"' },
      payload: { name: 'Vehicles' },
    });
    expect(stale.statusCode).toBe(412);
    const closed = await seedDepartment(t.ctx, { active: false });
    const toClosed = await t.request({
      method: 'PATCH',
      url,
      as: admin,
      headers: { 'if-match': '"v1"' },
      payload: { departmentId: closed.id },
    });
    expect(toClosed.statusCode).toBe(422);
    expect(paths(toClosed)).toEqual(['departmentId']);

    const ok = await t.request({
      method: 'PATCH',
      url,
      as: admin,
      headers: { 'if-match': '"v1"' },
      payload: { name: 'Vehicles', departmentId: target.id },
    });
    expect(ok.statusCode).toBe(200);
    expect(ok.headers.etag).toBe('"v2"');
    expect(ok.json()).toMatchObject({ name: 'Vehicles', departmentId: target.id, version: 2 });
    const [entry] = await auditOf('cost_centre', cc.id);
    expect(entry!.action).toBe('update');
    expect(entry!.changes).toEqual({
      name: { before: 'Fleet', after: 'Vehicles' },
      departmentId: { before: cc.departmentId, after: target.id },
    });
    const forbidden = await t.request({
      method: 'PATCH',
      url,
      as: requester,
      headers: { 'if-match': '"v2"' },
      payload: { name: 'x' },
    });
    expect(forbidden.statusCode).toBe(403);
  });

  it('lists a department’s cost centres in code order across pages, filtered by active and q', async () => {
    const dept = await seedDepartment(t.ctx);
    const other = await seedDepartment(t.ctx);
    for (const code of ['LC-3', 'LC-1', 'LC-2', 'LC-5', 'LC-4']) {
      await seedCostCentre(t.ctx, {
        code,
        name: `Line ${code}`,
        departmentId: dept.id,
        active: code !== 'LC-2',
      });
    }
    await seedCostCentre(t.ctx, { code: 'LC-0', departmentId: other.id });
    const { items, pages } = await allPages<{ code: string; departmentId: string }>(
      `/api/v1/cost-centres?departmentId=${dept.id}`,
      requester,
      2,
    );
    expect(items.map((c) => c.code)).toEqual(['LC-1', 'LC-2', 'LC-3', 'LC-4', 'LC-5']);
    expect(items.every((c) => c.departmentId === dept.id)).toBe(true);
    expect(pages).toBe(3);
    const inactive = await t.request({
      method: 'GET',
      url: `/api/v1/cost-centres?departmentId=${dept.id}&active=false`,
      as: requester,
    });
    expect(inactive.json().items.map((c: { code: string }) => c.code)).toEqual(['LC-2']);
    const q = await t.request({ method: 'GET', url: '/api/v1/cost-centres?q=line%20lc-4', as: requester });
    expect(q.json().items.map((c: { code: string }) => c.code)).toEqual(['LC-4']);
    const badDept = await t.request({
      method: 'GET',
      url: '/api/v1/cost-centres?departmentId=nope',
      as: requester,
    });
    expect(badDept.statusCode).toBe(422);
  });
});

// ── currencies ──────────────────────────────────────────────────────────────

describe('currencies', () => {
  it('lists every seeded currency in code order across pages', async () => {
    const { items, pages } = await allPages<{ code: string; minorUnits: number }>(
      '/api/v1/currencies',
      requester,
      15,
    );
    const codes = items.map((c) => c.code);
    expect(codes).toEqual([...codes].sort());
    expect(codes).toEqual(expect.arrayContaining(['USD', 'EUR', 'JPY', 'BHD']));
    expect(new Set(codes).size).toBe(codes.length);
    expect(pages).toBe(Math.ceil(codes.length / 15) + (codes.length % 15 === 0 ? 1 : 0));
    expect(items.find((c) => c.code === 'JPY')!.minorUnits).toBe(0);
    const q = await t.request({ method: 'GET', url: '/api/v1/currencies?q=yen', as: requester });
    expect(q.json().items.map((c: { code: string }) => c.code)).toEqual(['JPY']);
  });

  it('deactivates and reactivates a currency, auditing both', async () => {
    const off = await t.request({
      method: 'PATCH',
      url: '/api/v1/currencies/THB',
      as: admin,
      payload: { active: false },
    });
    expect(off.statusCode).toBe(200);
    expect(off.json()).toEqual({ code: 'THB', name: 'Baht', minorUnits: 2, active: false });
    const inactive = await t.request({
      method: 'GET',
      url: '/api/v1/currencies?active=false',
      as: requester,
    });
    expect(inactive.json().items.map((c: { code: string }) => c.code)).toContain('THB');
    const on = await t.request({
      method: 'PATCH',
      url: '/api/v1/currencies/THB',
      as: admin,
      payload: { active: true },
    });
    expect(on.json().active).toBe(true);
    const entries = await auditOf('currency', 'THB');
    expect(entries.map((e) => e.action)).toEqual(['activate', 'deactivate']);
    expect(entries[1]!.changes).toEqual({ active: { before: true, after: false } });
  });

  it('refuses to deactivate the base currency (409)', async () => {
    const res = await t.request({
      method: 'PATCH',
      url: '/api/v1/currencies/USD',
      as: admin,
      payload: { active: false },
    });
    expect(res.statusCode).toBe(409);
    expect(res.json().detail).toMatch(/USD is the base currency/);
    const list = await t.request({ method: 'GET', url: '/api/v1/currencies?q=usd', as: admin });
    expect(list.json().items[0].active).toBe(true);
  });

  it('answers 404 for an unknown code, 422 for a malformed one, 403 without organisation:write, 401 without a session', async () => {
    expect(
      (
        await t.request({
          method: 'PATCH',
          url: '/api/v1/currencies/XXX',
          as: admin,
          payload: { active: false },
        })
      ).statusCode,
    ).toBe(404);
    const bad = await t.request({
      method: 'PATCH',
      url: '/api/v1/currencies/usd',
      as: admin,
      payload: { active: false },
    });
    expect(bad.statusCode).toBe(422);
    expect(paths(bad)).toEqual(['code']);
    const noBody = await t.request({
      method: 'PATCH',
      url: '/api/v1/currencies/EUR',
      as: admin,
      payload: {},
    });
    expect(noBody.statusCode).toBe(422);
    expect(
      (
        await t.request({
          method: 'PATCH',
          url: '/api/v1/currencies/EUR',
          as: requester,
          payload: { active: false },
        })
      ).statusCode,
    ).toBe(403);
    expect((await t.request({ method: 'GET', url: '/api/v1/currencies' })).statusCode).toBe(401);
  });
});

// ── exchange rates ──────────────────────────────────────────────────────────

describe('exchange rates', () => {
  it('creates a rate against the base currency by default and audits it', async () => {
    const res = await t.request({
      method: 'POST',
      url: '/api/v1/exchange-rates',
      as: admin,
      payload: { currency: 'CHF', rate: '1.1250000', validOn: '2026-01-15' },
    });
    expect(res.statusCode).toBe(201);
    const rate = res.json();
    expect(rate).toMatchObject({
      currency: 'CHF',
      baseCurrency: 'USD',
      rate: '1.125',
      validOn: '2026-01-15',
      version: 1,
    });
    expect(res.headers.etag).toBe('"v1"');
    expect(res.headers.location).toBe(`/api/v1/exchange-rates/${rate.id}`);
    const got = await t.request({ method: 'GET', url: `/api/v1/exchange-rates/${rate.id}`, as: requester });
    expect(got.json()).toEqual(rate);
    const [entry] = await auditOf('exchange_rate', rate.id);
    expect(entry!.action).toBe('create');
    expect(entry!.changes.rate).toEqual({ before: null, after: '1.125' });
  });

  it('allows one rate per currency pair and date (409 on validOn)', async () => {
    await seedExchangeRate(t.ctx, { currency: 'SEK', rate: '0.095', validOn: '2026-02-01' });
    const res = await t.request({
      method: 'POST',
      url: '/api/v1/exchange-rates',
      as: admin,
      payload: { currency: 'SEK', rate: '0.096', validOn: '2026-02-01' },
    });
    expect(res.statusCode).toBe(409);
    expect(paths(res)).toEqual(['validOn']);
  });

  it('validates currencies, the rate and the date (422 naming the field)', async () => {
    const post = (payload: Record<string, unknown>) =>
      t.request({ method: 'POST', url: '/api/v1/exchange-rates', as: admin, payload });
    const same = await post({ currency: 'USD', rate: '1', validOn: '2026-01-01' });
    expect(same.statusCode).toBe(422);
    expect(same.json().errors).toEqual([
      { path: 'currency', message: 'must differ from the base currency USD' },
    ]);

    await t.request({
      method: 'PATCH',
      url: '/api/v1/currencies/VND',
      as: admin,
      payload: { active: false },
    });
    const inactive = await post({ currency: 'VND', rate: '0.00004', validOn: '2026-01-01' });
    expect(inactive.statusCode).toBe(422);
    expect(inactive.json().errors).toEqual([{ path: 'currency', message: 'VND is not an active currency' }]);
    const inactiveBase = await post({
      currency: 'EUR',
      baseCurrency: 'VND',
      rate: '25000',
      validOn: '2026-01-01',
    });
    expect(inactiveBase.statusCode).toBe(422);
    expect(paths(inactiveBase)).toEqual(['baseCurrency']);

    for (const rate of ['0', '0.0000', '-1.2', '1.12345678901', 'abc', '12345678901']) {
      const res = await post({ currency: 'NOK', rate, validOn: '2026-01-01' });
      expect(res.statusCode, rate).toBe(422);
      expect([...new Set(paths(res))], rate).toEqual(['rate']);
    }
    const numeric = await post({ currency: 'NOK', rate: 1.2, validOn: '2026-01-01' });
    expect(numeric.statusCode).toBe(422);
    for (const validOn of ['2026-02-30', '01/02/2026']) {
      const res = await post({ currency: 'NOK', rate: '0.1', validOn });
      expect(res.statusCode, validOn).toBe(422);
      expect(paths(res)).toEqual(['validOn']);
    }
    const list = await t.request({ method: 'GET', url: '/api/v1/exchange-rates?currency=NOK', as: admin });
    expect(list.json().items).toEqual([]);
  });

  it('looks up the latest rate on or before the date, 1 for the base currency, and 422 naming the currency when there is none', async () => {
    await seedExchangeRate(t.ctx, { currency: 'GBP', rate: '1.25', validOn: '2026-01-01' });
    await seedExchangeRate(t.ctx, { currency: 'GBP', rate: '1.27', validOn: '2026-02-01' });
    await seedExchangeRate(t.ctx, { currency: 'GBP', rate: '1.3', validOn: '2026-03-01' });
    await seedExchangeRate(t.ctx, { currency: 'GBP', rate: '1.4', validOn: '2026-04-01' });
    const lookup = (query: string) =>
      t.request({ method: 'GET', url: `/api/v1/exchange-rates/lookup?${query}`, as: requester });

    const mid = await lookup('currency=GBP&date=2026-02-15');
    expect(mid.statusCode).toBe(200);
    expect(mid.json()).toEqual({
      currency: 'GBP',
      baseCurrency: 'USD',
      date: '2026-02-15',
      rate: '1.27',
      validOn: '2026-02-01',
    });
    expect((await lookup('currency=GBP&date=2026-03-01')).json()).toMatchObject({
      rate: '1.3',
      validOn: '2026-03-01',
    });
    expect((await lookup('currency=GBP&date=2026-02-28')).json()).toMatchObject({
      rate: '1.27',
      validOn: '2026-02-01',
    });
    expect((await lookup('currency=GBP&date=2030-01-01')).json()).toMatchObject({
      rate: '1.4',
      validOn: '2026-04-01',
    });
    // Without a date: today by the clock (2026-03-02).
    expect((await lookup('currency=GBP')).json()).toMatchObject({
      date: '2026-03-02',
      rate: '1.3',
      validOn: '2026-03-01',
    });

    expect((await lookup('currency=USD&date=2026-02-15')).json()).toEqual({
      currency: 'USD',
      baseCurrency: 'USD',
      date: '2026-02-15',
      rate: '1',
      validOn: null,
    });

    const before = await lookup('currency=GBP&date=2025-12-31');
    expect(before.statusCode).toBe(422);
    expect(before.json().detail).toMatch(/no exchange rate from GBP to USD on or before 2025-12-31/);
    expect(paths(before)).toEqual(['currency']);
    expect((await lookup('currency=gbp')).statusCode).toBe(422);
    expect((await lookup('date=2026-01-01')).statusCode).toBe(422);

    const quote = await rateOn(t.ctx, { currency: 'GBP', date: new Date('2026-02-01T00:00:00Z') });
    expect(quote).toMatchObject({ rate: '1.27', validOn: '2026-02-01' });
    const err = await rateOn(t.ctx, { currency: 'KRW', date: '2026-01-01' }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(AppError);
    expect((err as AppError).code).toBe('validation');
    expect((err as AppError).message).toMatch(/KRW/);
  });

  it('corrects a rate with If-Match (428 / 412 / 200) and audits the change', async () => {
    const rate = await seedExchangeRate(t.ctx, { currency: 'CAD', rate: '0.73', validOn: '2026-02-10' });
    const url = `/api/v1/exchange-rates/${rate.id}`;
    expect((await t.request({ method: 'PATCH', url, as: admin, payload: { rate: '0.74' } })).statusCode).toBe(
      428,
    );
    expect(
      (
        await t.request({
          method: 'PATCH',
          url,
          as: admin,
          headers: { 'if-match': '"v3"' },
          payload: { rate: '0.74' },
        })
      ).statusCode,
    ).toBe(412);
    const bad = await t.request({
      method: 'PATCH',
      url,
      as: admin,
      headers: { 'if-match': '"v1"' },
      payload: { rate: '0' },
    });
    expect(bad.statusCode).toBe(422);
    expect(
      (
        await t.request({
          method: 'PATCH',
          url,
          as: requester,
          headers: { 'if-match': '"v1"' },
          payload: { rate: '0.74' },
        })
      ).statusCode,
    ).toBe(403);
    const ok = await t.request({
      method: 'PATCH',
      url,
      as: admin,
      headers: { 'if-match': '"v1"' },
      payload: { rate: '0.7400' },
    });
    expect(ok.statusCode).toBe(200);
    expect(ok.headers.etag).toBe('"v2"');
    expect(ok.json()).toMatchObject({ rate: '0.74', version: 2, currency: 'CAD', validOn: '2026-02-10' });
    const lookup = await t.request({
      method: 'GET',
      url: '/api/v1/exchange-rates/lookup?currency=CAD&date=2026-02-10',
      as: admin,
    });
    expect(lookup.json().rate).toBe('0.74');
    const [entry] = await auditOf('exchange_rate', rate.id);
    expect(entry!.action).toBe('update');
    expect(entry!.changes).toEqual({ rate: { before: '0.73', after: '0.74' } });
    const unknown = await t.request({
      method: 'PATCH',
      url: `/api/v1/exchange-rates/${NO_SUCH_ID}`,
      as: admin,
      headers: { 'if-match': '"v1"' },
      payload: { rate: '1' },
    });
    expect(unknown.statusCode).toBe(404);
  });

  it('deletes a rate with If-Match, after which lookups fall back to the earlier rate', async () => {
    await seedExchangeRate(t.ctx, { currency: 'AUD', rate: '0.65', validOn: '2026-01-01' });
    const later = await seedExchangeRate(t.ctx, { currency: 'AUD', rate: '0.66', validOn: '2026-02-01' });
    const url = `/api/v1/exchange-rates/${later.id}`;
    expect((await t.request({ method: 'DELETE', url, as: admin })).statusCode).toBe(428);
    expect(
      (await t.request({ method: 'DELETE', url, as: admin, headers: { 'if-match': '"v2"' } })).statusCode,
    ).toBe(412);
    expect(
      (await t.request({ method: 'DELETE', url, as: requester, headers: { 'if-match': '"v1"' } })).statusCode,
    ).toBe(403);
    expect((await t.request({ method: 'DELETE', url, headers: { 'if-match': '"v1"' } })).statusCode).toBe(
      401,
    );
    const del = await t.request({ method: 'DELETE', url, as: admin, headers: { 'if-match': '"v1"' } });
    expect(del.statusCode).toBe(204);
    expect(del.body).toBe('');
    expect((await t.request({ method: 'GET', url, as: admin })).statusCode).toBe(404);
    expect(
      (await t.request({ method: 'DELETE', url, as: admin, headers: { 'if-match': '"v1"' } })).statusCode,
    ).toBe(404);
    const lookup = await t.request({
      method: 'GET',
      url: '/api/v1/exchange-rates/lookup?currency=AUD&date=2026-02-15',
      as: admin,
    });
    expect(lookup.json()).toMatchObject({ rate: '0.65', validOn: '2026-01-01' });
    const [entry] = await auditOf('exchange_rate', later.id);
    expect(entry!.action).toBe('delete');
    expect(entry!.changes.rate).toEqual({ before: '0.66', after: null });
    expect(entry!.changes.validOn).toEqual({ before: '2026-02-01', after: null });
  });

  it('lists newest date first across pages, filtered by currency and an inclusive date range', async () => {
    const dates = ['2025-11-01', '2025-11-02', '2025-11-03', '2025-11-04', '2025-11-05'];
    for (const validOn of dates) await seedExchangeRate(t.ctx, { currency: 'MXN', rate: '0.05', validOn });
    await seedExchangeRate(t.ctx, { currency: 'BRL', rate: '0.2', validOn: '2025-11-03' });
    const { items, pages } = await allPages<{ validOn: string; currency: string }>(
      '/api/v1/exchange-rates?currency=MXN',
      requester,
      2,
    );
    expect(items.map((r) => r.validOn)).toEqual([...dates].reverse());
    expect(pages).toBe(3);
    const range = await t.request({
      method: 'GET',
      url: '/api/v1/exchange-rates?currency=MXN&from=2025-11-02&to=2025-11-04',
      as: requester,
    });
    expect(range.json().items.map((r: { validOn: string }) => r.validOn)).toEqual([
      '2025-11-04',
      '2025-11-03',
      '2025-11-02',
    ]);
    const day = await t.request({
      method: 'GET',
      url: '/api/v1/exchange-rates?from=2025-11-03&to=2025-11-03',
      as: requester,
    });
    expect(
      day
        .json()
        .items.map((r: { currency: string }) => r.currency)
        .sort(),
    ).toEqual(['BRL', 'MXN']);
    const backwards = await t.request({
      method: 'GET',
      url: '/api/v1/exchange-rates?from=2025-11-04&to=2025-11-02',
      as: requester,
    });
    expect(backwards.statusCode).toBe(422);
    expect(paths(backwards)).toEqual(['to']);
    expect((await t.request({ method: 'GET', url: '/api/v1/exchange-rates' })).statusCode).toBe(401);
  });
});

// ── settings ────────────────────────────────────────────────────────────────

describe('settings', () => {
  const current = async () => {
    const res = await t.request({ method: 'GET', url: '/api/v1/settings', as: requester });
    expect(res.statusCode).toBe(200);
    expect(res.headers.etag).toBe(`"v${res.json().version}"`);
    return res;
  };

  it('shows the seeded settings with an ETag', async () => {
    const body = (await current()).json();
    expect(body).toMatchObject({
      organisationName: 'My organisation',
      baseCurrency: 'USD',
      fiscalYearStartMonth: 1,
      address: null,
    });
    expect(body.numberFormats.purchase_order).toBe('PO-{YYYY}-{#####}');
    expect((await t.request({ method: 'GET', url: '/api/v1/settings' })).statusCode).toBe(401);
  });

  it('updates with If-Match (428 / 412 / 200), merges number formats and audits the change', async () => {
    const before = await current();
    const { version } = before.json();
    const patch = {
      organisationName: 'Acme Manufacturing',
      fiscalYearStartMonth: 4,
      address: { line1: '1 Factory Road', city: 'Leeds', postalCode: 'LS1 1AA', country: 'GB' },
      numberFormats: { purchase_order: 'PO/{YY}/{######}', credit_note: 'CN-{YYYY}-{####}' },
    };
    expect(
      (await t.request({ method: 'PATCH', url: '/api/v1/settings', as: admin, payload: patch })).statusCode,
    ).toBe(428);
    const stale = await t.request({
      method: 'PATCH',
      url: '/api/v1/settings',
      as: admin,
      headers: { 'if-match': `"v${version + 5}"` },
      payload: patch,
    });
    expect(stale.statusCode).toBe(412);
    const forbidden = await t.request({
      method: 'PATCH',
      url: '/api/v1/settings',
      as: requester,
      headers: { 'if-match': `"v${version}"` },
      payload: patch,
    });
    expect(forbidden.statusCode).toBe(403);

    const ok = await t.request({
      method: 'PATCH',
      url: '/api/v1/settings',
      as: admin,
      headers: { 'if-match': `"v${version}"` },
      payload: patch,
    });
    expect(ok.statusCode).toBe(200);
    expect(ok.headers.etag).toBe(`"v${version + 1}"`);
    const after = ok.json();
    expect(after).toMatchObject({
      organisationName: 'Acme Manufacturing',
      fiscalYearStartMonth: 4,
      address: patch.address,
    });
    expect(after.numberFormats).toEqual({
      ...before.json().numberFormats,
      purchase_order: 'PO/{YY}/{######}',
      credit_note: 'CN-{YYYY}-{####}',
    });
    expect((await current()).json()).toEqual(after);

    const [entry] = await auditOf('settings', '1');
    expect(entry!.action).toBe('update');
    expect(entry!.actorId).toBe(admin.userId);
    expect(entry!.changes.organisationName).toEqual({
      before: 'My organisation',
      after: 'Acme Manufacturing',
    });
    expect(entry!.changes.fiscalYearStartMonth).toEqual({ before: 1, after: 4 });
    expect(Object.keys(entry!.changes).sort()).toEqual([
      'address',
      'fiscalYearStartMonth',
      'numberFormats',
      'organisationName',
    ]);

    const retry = await t.request({
      method: 'PATCH',
      url: '/api/v1/settings',
      as: admin,
      headers: { 'if-match': `"v${version}"` },
      payload: { organisationName: 'Lost update' },
    });
    expect(retry.statusCode).toBe(412);
    expect((await current()).json().organisationName).toBe('Acme Manufacturing');
  });

  it('validates number formats, the fiscal month, the address and the base currency (422 naming the field)', async () => {
    const patch = async (payload: Record<string, unknown>) => {
      const { version } = (await current()).json();
      return t.request({
        method: 'PATCH',
        url: '/api/v1/settings',
        as: admin,
        headers: { 'if-match': `"v${version}"` },
        payload,
      });
    };
    const noCounter = await patch({ numberFormats: { purchase_order: 'PO-{YYYY}' } });
    expect(noCounter.statusCode).toBe(422);
    expect(noCounter.json().errors).toEqual([
      {
        path: 'numberFormats.purchase_order',
        message: 'must contain exactly one counter token such as {#####} (found 0)',
      },
    ]);
    const shortCounter = await patch({ numberFormats: { invoice: 'INV-{##}' } });
    expect(paths(shortCounter)).toEqual(['numberFormats.invoice']);
    const badType = await patch({ numberFormats: { 'Purchase Order': 'X-{###}' } });
    expect(badType.statusCode).toBe(422);
    const clash = await patch({
      numberFormats: { requisition: 'REQ-{YY}-{###}', goods_receipt: 'req-{YYYY}-{####}' },
    });
    expect(clash.statusCode).toBe(422);
    expect(paths(clash)).toEqual(['numberFormats.requisition']);
    expect(clash.json().errors[0].message).toMatch(/same text as the goods_receipt format/);

    for (const fiscalYearStartMonth of [0, 13, 1.5]) {
      const res = await patch({ fiscalYearStartMonth });
      expect(res.statusCode).toBe(422);
      expect(paths(res)).toEqual(['fiscalYearStartMonth']);
    }
    const address = await patch({ address: { line1: '', city: 'Leeds', country: 'England' } });
    expect(paths(address).sort()).toEqual(['address.country', 'address.line1']);
    const name = await patch({ organisationName: '   ' });
    expect(paths(name)).toEqual(['organisationName']);

    await t.request({
      method: 'PATCH',
      url: '/api/v1/currencies/ZAR',
      as: admin,
      payload: { active: false },
    });
    const inactiveBase = await patch({ baseCurrency: 'ZAR' });
    expect(inactiveBase.statusCode).toBe(422);
    expect(inactiveBase.json().errors).toEqual([
      { path: 'baseCurrency', message: 'ZAR is not an active currency' },
    ]);
    const unknownBase = await patch({ baseCurrency: 'XYZ' });
    expect(paths(unknownBase)).toEqual(['baseCurrency']);
    expect((await current()).json().baseCurrency).toBe('USD');
  });

  it('moves the base currency: the new base cannot be deactivated, the old one can, and lookups follow it', async () => {
    const { version } = (await current()).json();
    const res = await t.request({
      method: 'PATCH',
      url: '/api/v1/settings',
      as: admin,
      headers: { 'if-match': `"v${version}"` },
      payload: { baseCurrency: 'EUR' },
    });
    expect(res.statusCode).toBe(200);
    expect(res.json().baseCurrency).toBe('EUR');
    try {
      const eur = await t.request({
        method: 'PATCH',
        url: '/api/v1/currencies/EUR',
        as: admin,
        payload: { active: false },
      });
      expect(eur.statusCode).toBe(409);
      const lookup = await t.request({
        method: 'GET',
        url: '/api/v1/exchange-rates/lookup?currency=EUR',
        as: admin,
      });
      expect(lookup.json()).toMatchObject({ baseCurrency: 'EUR', rate: '1' });
      // Rates entered against USD do not convert to EUR.
      const gbp = await t.request({
        method: 'GET',
        url: '/api/v1/exchange-rates/lookup?currency=GBP',
        as: admin,
      });
      expect(gbp.statusCode).toBe(422);
      expect(gbp.json().detail).toMatch(/from GBP to EUR/);
      const created = await t.request({
        method: 'POST',
        url: '/api/v1/exchange-rates',
        as: admin,
        payload: { currency: 'DKK', rate: '0.134', validOn: '2026-03-01' },
      });
      expect(created.json().baseCurrency).toBe('EUR');
      const usdOff = await t.request({
        method: 'PATCH',
        url: '/api/v1/currencies/USD',
        as: admin,
        payload: { active: false },
      });
      expect(usdOff.statusCode).toBe(200);
      expect(usdOff.json().active).toBe(false);
    } finally {
      await t.request({
        method: 'PATCH',
        url: '/api/v1/currencies/USD',
        as: admin,
        payload: { active: true },
      });
      const back = await t.request({
        method: 'PATCH',
        url: '/api/v1/settings',
        as: admin,
        headers: { 'if-match': `"v${version + 1}"` },
        payload: { baseCurrency: 'USD' },
      });
      expect(back.statusCode).toBe(200);
    }
  });
});

// ── roles ───────────────────────────────────────────────────────────────────

describe('roles', () => {
  it('lists every role with its label and the permissions it grants', async () => {
    const auditor = await t.loginAs(['auditor']);
    const res = await t.request({ method: 'GET', url: '/api/v1/roles', as: auditor });
    expect(res.statusCode).toBe(200);
    const items: { role: string; label: string; permissions: string[] }[] = res.json().items;
    expect(items.map((r) => r.role)).toEqual([...ROLES]);
    for (const item of items) expect(item.label).toBe(ROLE_LABELS[item.role as (typeof ROLES)[number]]);
    const byRole = Object.fromEntries(items.map((r) => [r.role, r.permissions]));
    // Everything but the supplier portal, which is a supplier's users' alone.
    expect(byRole.admin).toEqual(PERMISSIONS.filter((p) => p !== 'portal:use'));
    expect(byRole.supplier).toContain('portal:use');
    expect(byRole.supplier).not.toContain('purchase_orders:read');
    expect(byRole.requester).toEqual(expect.arrayContaining(['organisation:read', 'tokens:own']));
    expect(byRole.requester).not.toContain('organisation:write');
    expect(byRole.auditor).toContain('audit:read');
  });

  it('needs users:read (403) and a session (401)', async () => {
    expect((await t.request({ method: 'GET', url: '/api/v1/roles', as: requester })).statusCode).toBe(403);
    expect((await t.request({ method: 'GET', url: '/api/v1/roles' })).statusCode).toBe(401);
  });
});

// ── every route × every role ────────────────────────────────────────────────

describe('permission matrix', () => {
  /** Requests that reach the handler's validation (or a 404) when allowed, so they change nothing. */
  const ROUTES: {
    method: 'GET' | 'POST' | 'PATCH' | 'DELETE';
    url: string;
    permission: Permission;
    payload?: object;
  }[] = [
    { method: 'GET', url: '/api/v1/departments', permission: 'organisation:read' },
    { method: 'POST', url: '/api/v1/departments', permission: 'organisation:write', payload: {} },
    { method: 'GET', url: `/api/v1/departments/${NO_SUCH_ID}`, permission: 'organisation:read' },
    {
      method: 'PATCH',
      url: `/api/v1/departments/${NO_SUCH_ID}`,
      permission: 'organisation:write',
      payload: {},
    },
    { method: 'GET', url: '/api/v1/cost-centres', permission: 'organisation:read' },
    { method: 'POST', url: '/api/v1/cost-centres', permission: 'organisation:write', payload: {} },
    { method: 'GET', url: `/api/v1/cost-centres/${NO_SUCH_ID}`, permission: 'organisation:read' },
    {
      method: 'PATCH',
      url: `/api/v1/cost-centres/${NO_SUCH_ID}`,
      permission: 'organisation:write',
      payload: {},
    },
    { method: 'GET', url: '/api/v1/currencies', permission: 'organisation:read' },
    { method: 'PATCH', url: '/api/v1/currencies/EUR', permission: 'organisation:write', payload: {} },
    { method: 'GET', url: '/api/v1/exchange-rates', permission: 'organisation:read' },
    { method: 'GET', url: '/api/v1/exchange-rates/lookup?currency=USD', permission: 'organisation:read' },
    { method: 'POST', url: '/api/v1/exchange-rates', permission: 'organisation:write', payload: {} },
    { method: 'GET', url: `/api/v1/exchange-rates/${NO_SUCH_ID}`, permission: 'organisation:read' },
    {
      method: 'PATCH',
      url: `/api/v1/exchange-rates/${NO_SUCH_ID}`,
      permission: 'organisation:write',
      payload: {},
    },
    { method: 'DELETE', url: `/api/v1/exchange-rates/${NO_SUCH_ID}`, permission: 'organisation:write' },
    { method: 'GET', url: '/api/v1/settings', permission: 'organisation:read' },
    { method: 'PATCH', url: '/api/v1/settings', permission: 'organisation:write', payload: {} },
    { method: 'GET', url: '/api/v1/roles', permission: 'users:read' },
  ];

  it('refuses every route without a session (401)', async () => {
    for (const route of ROUTES) {
      const res = await t.request({ method: route.method, url: route.url, payload: route.payload });
      expect(res.statusCode, `${route.method} ${route.url}`).toBe(401);
    }
  });

  it('allows each route exactly to the roles that hold its permission', async () => {
    for (const role of ROLES) {
      const session = await t.loginAs([role]);
      const granted = permissionsFor([role]);
      for (const route of ROUTES) {
        const res = await t.request({
          method: route.method,
          url: route.url,
          payload: route.payload,
          as: session,
        });
        const label = `${role} ${route.method} ${route.url}`;
        if (granted.has(route.permission)) {
          expect([401, 403], label).not.toContain(res.statusCode);
          expect(res.statusCode, label).toBeLessThan(500);
        } else {
          expect(res.statusCode, label).toBe(403);
        }
      }
    }
  });
});

describe('API description and audit chain', () => {
  it('documents every organisation route in the OpenAPI document', async () => {
    const res = await t.request({ method: 'GET', url: '/api/openapi.json' });
    expect(res.statusCode).toBe(200);
    const apiPaths = Object.keys(res.json().paths);
    for (const p of [
      '/api/v1/departments',
      '/api/v1/departments/{id}',
      '/api/v1/cost-centres',
      '/api/v1/cost-centres/{id}',
      '/api/v1/currencies',
      '/api/v1/currencies/{code}',
      '/api/v1/exchange-rates',
      '/api/v1/exchange-rates/lookup',
      '/api/v1/exchange-rates/{id}',
      '/api/v1/settings',
      '/api/v1/roles',
    ]) {
      expect(apiPaths, p).toContain(p);
    }
  });

  it('leaves an unbroken audit chain after all these writes', async () => {
    const res = await t.request({ method: 'POST', url: '/api/v1/audit/verify', as: admin });
    expect(res.statusCode).toBe(200);
    expect(res.json().ok).toBe(true);
    expect(res.json().entries).toBeGreaterThan(50);
  });
});
