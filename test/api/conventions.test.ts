import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../helpers/app';
import { seedSupplier } from '../helpers/seed';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => {
  await t.close();
});

describe('service endpoints', () => {
  it('answers /healthz', async () => {
    const res = await t.request({ method: 'GET', url: '/healthz' });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ status: 'ok' });
  });

  it('keeps /metrics off unless a metrics token is set', async () => {
    const res = await t.request({ method: 'GET', url: '/metrics' });
    expect(res.statusCode).toBe(404);
    expect(res.json().detail).toMatch(/OPENPO_METRICS_TOKEN/);
  });

  it('exposes Prometheus metrics, request counts by route included, to the scraper with the token only', async () => {
    const token = 'metrics-token-0123456789';
    const scraped = await createTestApp({ env: { OPENPO_METRICS_TOKEN: token } });
    try {
      await scraped.request({ method: 'GET', url: '/healthz' });
      for (const authorization of [undefined, 'Bearer wrong-token-0123456789', token]) {
        const res = await scraped.request({
          method: 'GET',
          url: '/metrics',
          headers: authorization ? { authorization } : {},
        });
        expect(res.statusCode).toBe(401);
      }
      const res = await scraped.request({
        method: 'GET',
        url: '/metrics',
        headers: { authorization: `Bearer ${token}` },
      });
      expect(res.statusCode).toBe(200);
      expect(res.body).toMatch(
        /openpo_http_requests_total\{method="GET",route="\/healthz",status="200"\} \d+/,
      );
      expect(res.body).toContain('process_cpu_user_seconds_total');
    } finally {
      await scraped.close();
    }
  });

  it('serves an OpenAPI 3.1 document describing the API, and the interactive docs', async () => {
    const res = await t.request({ method: 'GET', url: '/api/openapi.json' });
    expect(res.statusCode).toBe(200);
    const doc = res.json();
    expect(doc.openapi).toBe('3.1.0');
    expect(Object.keys(doc.paths)).toEqual(
      expect.arrayContaining(['/api/v1/suppliers', '/api/v1/suppliers/{id}', '/api/v1/auth/login']),
    );
    expect(doc.paths['/api/v1/suppliers'].post.requestBody).toBeDefined();
    const docs = await t.request({ method: 'GET', url: '/api/docs/' });
    expect(docs.statusCode).toBe(200);
    expect(docs.headers['content-type']).toMatch(/text\/html/);
  });
});

describe('problem details', () => {
  it('answers an unknown route with a 404 problem', async () => {
    const res = await t.request({ method: 'GET', url: '/api/v1/nothing-here' });
    expect(res.statusCode).toBe(404);
    expect(res.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(res.json()).toMatchObject({
      status: 404,
      title: 'Not found',
      type: expect.stringContaining('not-found'),
    });
  });

  it('answers malformed JSON with a 400 problem that does not leak internals', async () => {
    const buyer = await t.loginAs(['buyer']);
    const res = await t.request({
      method: 'POST',
      url: '/api/v1/suppliers',
      as: buyer,
      headers: { 'content-type': 'application/json' },
      payload: '{"code": ',
    });
    expect(res.statusCode).toBe(400);
    expect(res.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(res.body).not.toMatch(/at .*\.ts:\d+/);
  });

  it('answers a malformed If-Match with 412', async () => {
    const buyer = await t.loginAs(['buyer']);
    const s = await seedSupplier(t.ctx);
    const res = await t.request({
      method: 'PATCH',
      url: `/api/v1/suppliers/${s.id}`,
      as: buyer,
      headers: { 'if-match': 'whatever' },
      payload: { notes: 'x' },
    });
    expect(res.statusCode).toBe(412);
  });
});

describe('audit trail', () => {
  it('is append-only in the database', async () => {
    await seedSupplier(t.ctx);
    const outcome = (q: Promise<unknown>) =>
      q.then(
        () => 'accepted',
        (e: { message: string; cause?: { message: string } }) => e.cause?.message ?? e.message,
      );
    expect(await outcome(t.ctx.db.execute(sql`update audit_log set actor_name = 'mallory'`))).toMatch(
      /append-only/,
    );
    expect(await outcome(t.ctx.db.execute(sql`delete from audit_log`))).toMatch(/append-only/);
  });

  it('records concurrent writes without a shared lock and seals them after commit', async () => {
    const buyer = await t.loginAs(['buyer']);
    const auditor = await t.loginAs(['auditor']);
    const results = await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        t.request({
          method: 'POST',
          url: '/api/v1/suppliers',
          as: buyer,
          payload: { code: `PAR-${i}`, legalName: `Parallel ${i} Ltd`, defaultCurrency: 'USD' },
        }),
      ),
    );
    expect(results.map((r) => r.statusCode)).toEqual(Array(20).fill(201));
    const list = await t.request({ method: 'GET', url: '/api/v1/suppliers?q=PAR-&limit=50', as: buyer });
    expect(list.json().items).toHaveLength(20);
    const seal = await t.request({ method: 'POST', url: '/api/v1/audit/seal', as: auditor });
    expect(seal.statusCode).toBe(200);
    expect(seal.json()).toMatchObject({
      outcome: 'sealed',
      publication: { filed: 1, sent: 0, failed: null },
    });
    const verify = await t.request({ method: 'POST', url: '/api/v1/audit/verify', as: auditor });
    expect(verify.json()).toMatchObject({ ok: true, unsealed: 0, faults: 0, problems: [] });
    expect(verify.json().sealed).toBe(verify.json().entries);
    expect(verify.json().published).toBe(verify.json().checkpoints);
    const again = await t.request({ method: 'POST', url: '/api/v1/audit/seal', as: auditor });
    expect(again.json()).toMatchObject({ outcome: 'nothing' });
  });

  it('lets only auditors and administrators seal on demand', async () => {
    const buyer = await t.loginAs(['buyer']);
    const admin = await t.loginAs(['admin']);
    expect((await t.request({ method: 'POST', url: '/api/v1/audit/seal', as: buyer })).statusCode).toBe(403);
    const res = await t.request({ method: 'POST', url: '/api/v1/audit/seal', as: admin });
    expect(res.statusCode).toBe(200);
    expect(['sealed', 'nothing']).toContain(res.json().outcome);
  });

  it('verifies the hash chain and reports the first tampered entry', async () => {
    const auditor = await t.loginAs(['auditor']);
    await seedSupplier(t.ctx);
    await seedSupplier(t.ctx);
    const ok = await t.request({ method: 'POST', url: '/api/v1/audit/verify', as: auditor });
    expect(ok.statusCode).toBe(200);
    expect(ok.json().ok).toBe(true);
    expect(ok.json().entries).toBeGreaterThan(3);

    const list = await t.request({
      method: 'GET',
      url: '/api/v1/audit?entityType=supplier&limit=2',
      as: auditor,
    });
    const target = list.json().items[1].seq as number;
    // Someone with database access bypasses the guard and edits history.
    await t.ctx.db.execute(sql`alter table audit_log disable trigger audit_log_no_update`);
    await t.ctx.db.execute(sql`update audit_log set actor_name = 'mallory' where seq = ${target}`);
    await t.ctx.db.execute(sql`alter table audit_log enable trigger audit_log_no_update`);

    const broken = await t.request({ method: 'POST', url: '/api/v1/audit/verify', as: auditor });
    expect(broken.json()).toMatchObject({
      ok: false,
      brokenAt: target,
      problem: `entry ${target}: its content does not match its hash`,
    });
  });

  it('lists entries newest first with cursor pagination', async () => {
    const auditor = await t.loginAs(['auditor']);
    const first = await t.request({ method: 'GET', url: '/api/v1/audit?limit=2', as: auditor });
    const page = first.json();
    expect(page.items).toHaveLength(2);
    expect(page.items[0].seq).toBeGreaterThan(page.items[1].seq);
    const second = await t.request({
      method: 'GET',
      url: `/api/v1/audit?limit=2&cursor=${page.nextCursor}`,
      as: auditor,
    });
    expect(second.json().items[0].seq).toBeLessThan(page.items[1].seq);
  });
});

describe('record history', () => {
  it('lets a reader of a record read its history, but only auditors the whole log', async () => {
    const requester = await t.loginAs(['requester']);
    const s = await seedSupplier(t.ctx);
    const own = await t.request({
      method: 'GET',
      url: `/api/v1/audit?entityType=supplier&entityId=${s.id}`,
      as: requester,
    });
    expect(own.statusCode).toBe(200);
    expect(own.json().items[0]).toMatchObject({ entityId: s.id, action: 'create' });
    const whole = await t.request({ method: 'GET', url: '/api/v1/audit', as: requester });
    expect(whole.statusCode).toBe(403);
    const users = await t.request({
      method: 'GET',
      url: `/api/v1/audit?entityType=user&entityId=${s.id}`,
      as: requester,
    });
    expect(users.statusCode).toBe(403);
    expect(users.json().detail).toMatch(/history of user records/);
  });
});
