import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SYSTEM_ACTOR } from '../../src/core/identity';
import type { CostCentre, Department } from '../../src/core/organisation';
import { recordOrderedQuantities } from '../../src/core/requisitions';
import type { Role } from '../../src/core/shared/permissions';
import { changeSupplierStatus, type Supplier } from '../../src/core/suppliers';
import { seedCategory, seedItem, seedUnit } from '../../src/seed/catalog-factories';
import { seedCostCentre, seedDepartment, seedExchangeRate } from '../../src/seed/organisation-factories';
import { seedApprovedRequisition, seedRequisition } from '../../src/seed/requisition-factories';
import { createTestApp, type TestApp } from '../helpers/app';
import { seedSupplier, seedUser, TEST_PASSWORD } from '../helpers/seed';

type Who = { cookie: string; userId: string };
type Res = Awaited<ReturnType<TestApp['request']>>;

let t: TestApp;
let deptA: Department;
let deptB: Department;
let ccA: CostCentre;
let ccA2: CostCentre;
let ccB: CostCentre;
let requesterA: Who; // raises most requisitions below
let colleagueA: Who; // same department, not the requester
let requesterB: Who; // another department
let headA: Who; // approver and requester in department A
let approver: Who;
let buyer: Who;
let admin: Who;
let finance: Who;
let receiverB: Who;
let itemEach: { id: string; sku: string; name: string; categoryId: string; unitCode: string };
let itemKg: { id: string; unitCode: string };
let inactiveItem: { id: string };
let supplier: Supplier;
let blocked: Supplier;
let freeCategory: { id: string };

const uniq = () => Math.random().toString(36).slice(2, 8);

async function login(roles: Role[], departmentId: string | null): Promise<Who> {
  const email = `${roles.join('-') || 'none'}-${uniq()}@req.test`;
  const user = await seedUser(t.ctx, { email, roles, departmentId });
  const res = await t.app.inject({
    method: 'POST',
    url: '/api/v1/auth/login',
    payload: { email, password: TEST_PASSWORD },
  });
  expect(res.statusCode).toBe(200);
  const raw = res.headers['set-cookie'];
  return { cookie: String(Array.isArray(raw) ? raw[0] : raw).split(';')[0]!, userId: user.id };
}

beforeAll(async () => {
  t = await createTestApp();
  deptA = await seedDepartment(t.ctx, { name: 'Research' });
  deptB = await seedDepartment(t.ctx, { name: 'Operations' });
  ccA = await seedCostCentre(t.ctx, { departmentId: deptA.id });
  ccA2 = await seedCostCentre(t.ctx, { departmentId: deptA.id });
  ccB = await seedCostCentre(t.ctx, { departmentId: deptB.id });
  requesterA = await login(['requester'], deptA.id);
  colleagueA = await login(['requester'], deptA.id);
  requesterB = await login(['requester'], deptB.id);
  headA = await login(['approver', 'requester'], deptA.id);
  approver = await login(['approver'], deptB.id);
  buyer = await login(['buyer'], deptB.id);
  admin = await login(['admin'], deptB.id);
  finance = await login(['finance'], deptB.id);
  receiverB = await login(['receiver'], deptB.id);
  const each = await seedUnit(t.ctx, { decimals: 0 });
  const kg = await seedUnit(t.ctx, { decimals: 3 });
  const item = await seedItem(t.ctx, { unitCode: each.code, name: 'Pipette tips 200 µl' });
  itemEach = item;
  itemKg = await seedItem(t.ctx, { unitCode: kg.code });
  inactiveItem = await seedItem(t.ctx, { active: false });
  freeCategory = await seedCategory(t.ctx);
  supplier = await seedSupplier(t.ctx);
  blocked = await seedSupplier(t.ctx);
  await changeSupplierStatus(t.ctx, {
    actor: SYSTEM_ACTOR,
    id: blocked.id,
    version: blocked.version,
    status: 'blocked',
    reason: 'fraud check',
  });
  await seedExchangeRate(t.ctx, { currency: 'EUR', rate: '1.1', validOn: '2026-01-01' });
}, 120_000);
afterAll(async () => {
  await t.close();
});

const paths = (res: Res) => (res.json().errors ?? []).map((e: { path: string }) => e.path);
const get = (url: string, as?: Who) => t.request({ method: 'GET', url, as });
const post = (url: string, payload: unknown, as?: Who, headers: Record<string, string> = {}) =>
  t.request({ method: 'POST', url, as, payload: payload as Record<string, unknown>, headers });
const act = (id: string, verb: string, as: Who | undefined, version: number | null, payload: unknown = {}) =>
  post(
    `/api/v1/requisitions/${id}/${verb}`,
    payload,
    as,
    version === null ? {} : { 'if-match': `"v${version}"` },
  );
const patch = (id: string, payload: unknown, as: Who, version: number | null) =>
  t.request({
    method: 'PATCH',
    url: `/api/v1/requisitions/${id}`,
    as,
    payload: payload as Record<string, unknown>,
    headers: version === null ? {} : { 'if-match': `"v${version}"` },
  });

const line = (over: Record<string, unknown> = {}) => ({
  itemId: itemEach.id,
  quantity: '10',
  estimatedUnitPrice: '2.50',
  neededBy: '2026-04-01',
  suggestedSupplierId: supplier.id,
  ...over,
});
const body = (over: Record<string, unknown> = {}) => ({
  costCentreId: ccA.id,
  justification: 'Tips for the assay run',
  lines: [line()],
  ...over,
});
const create = async (as: Who = requesterA, over: Record<string, unknown> = {}) => {
  const res = await post('/api/v1/requisitions', body(over), as);
  expect(res.statusCode).toBe(201);
  return res.json();
};

async function auditOf(id: string) {
  const res = await get(`/api/v1/audit?entityType=requisition&entityId=${id}`, admin);
  expect(res.statusCode).toBe(200);
  return res.json().items as {
    action: string;
    actorId: string;
    reason: string | null;
    changes: Record<string, { before: unknown; after: unknown }>;
  }[];
}

// ── create ───────────────────────────────────────────────────────────────────

describe('raising a requisition', () => {
  it('creates a numbered draft for the caller, defaulting the department and the item fields', async () => {
    const res = await post(
      '/api/v1/requisitions',
      body({
        lines: [
          line({ quantity: '10', estimatedUnitPrice: '2.50' }),
          {
            description: 'Calibration service',
            categoryId: freeCategory.id,
            unitCode: itemEach.unitCode,
            quantity: '1',
            estimatedUnitPrice: '100',
            currency: 'EUR',
          },
          line({ itemId: itemKg.id, quantity: '1.255', estimatedUnitPrice: '3', suggestedSupplierId: null }),
        ],
      }),
      requesterA,
    );
    expect(res.statusCode).toBe(201);
    const r = res.json();
    expect(r.number).toMatch(/^REQ-2026-\d{5}$/);
    expect(res.headers.etag).toBe('"v1"');
    expect(res.headers.location).toBe(`/api/v1/requisitions/${r.id}`);
    expect(r).toMatchObject({
      status: 'draft',
      requesterId: requesterA.userId,
      departmentId: deptA.id,
      departmentCode: deptA.code,
      costCentreId: ccA.id,
      createdBy: requesterA.userId,
      baseCurrency: 'USD',
      lineCount: 3,
      // 25.00 + 100 EUR × 1.1 = 110.00 + 1.255 × 3 = 3.765 → 3.77
      estimatedTotalBase: '138.77',
    });
    expect(r.lines[0]).toMatchObject({
      lineNo: 1,
      itemId: itemEach.id,
      description: 'Pipette tips 200 µl',
      categoryId: itemEach.categoryId,
      unitCode: itemEach.unitCode,
      quantity: '10',
      estimatedUnitPrice: '2.5',
      currency: 'USD',
      quantityOrdered: '0',
      quantityRemaining: '10',
      orderStatus: 'open',
    });
    expect(r.lines[1]).toMatchObject({ itemId: null, description: 'Calibration service', currency: 'EUR' });
    const [entry] = await auditOf(r.id);
    expect(entry).toMatchObject({ action: 'create', actorId: requesterA.userId });
    expect(entry!.changes.number).toEqual({ before: null, after: r.number });
    expect(entry!.changes.lines!.after).toHaveLength(3);
  });

  it('allocates consecutive numbers', async () => {
    const a = await create();
    const b = await create();
    expect(Number(b.number.slice(-5))).toBe(Number(a.number.slice(-5)) + 1);
  });

  it('names every bad field in one 422 and writes nothing', async () => {
    const marker = `nothing-written-${uniq()}`;
    const res = await post(
      '/api/v1/requisitions',
      body({
        justification: marker,
        costCentreId: ccB.id,
        lines: [
          line({ itemId: inactiveItem.id }),
          line({ quantity: '1.5' }),
          line({ neededBy: '2026-03-01' }),
          line({ suggestedSupplierId: blocked.id }),
          line({ currency: 'XYZ' }),
          { quantity: '1', estimatedUnitPrice: '1' },
          line({ unitCode: itemKg.unitCode }),
          line({ itemId: itemKg.id, quantity: '0.0005' }),
        ],
      }),
      requesterA,
    );
    expect(res.statusCode).toBe(422);
    expect(paths(res)).toEqual(
      expect.arrayContaining([
        'costCentreId',
        'lines[0].itemId',
        'lines[1].quantity',
        'lines[2].neededBy',
        'lines[3].suggestedSupplierId',
        'lines[4].currency',
        'lines[5].description',
        'lines[5].categoryId',
        'lines[5].unitCode',
        'lines[6].unitCode',
        'lines[7].quantity',
      ]),
    );
    const messages = res
      .json()
      .errors.map((e: { message: string }) => e.message)
      .join(' | ');
    expect(messages).toContain(`does not belong to department ${deptA.code}`);
    expect(messages).toContain('is blocked');
    expect(messages).toContain('must have at most 0 decimal places');
    const list = await get(`/api/v1/requisitions?q=${marker}`, admin);
    expect(list.json().items).toHaveLength(0);
  });

  it('refuses what the schema sees: no lines, over 1000 lines, negative prices, zero quantities', async () => {
    const none = await post('/api/v1/requisitions', body({ lines: [] }), requesterA);
    expect(none.statusCode).toBe(422);
    expect(paths(none)).toContain('lines');
    const many = await post(
      '/api/v1/requisitions',
      body({ lines: Array.from({ length: 1001 }, () => line()) }),
      requesterA,
    );
    expect(many.statusCode).toBe(422);
    expect(paths(many)).toContain('lines');
    const bad = await post(
      '/api/v1/requisitions',
      body({ lines: [line({ estimatedUnitPrice: '-1' }), line({ quantity: '0' }), line({ quantity: 3 })] }),
      requesterA,
    );
    expect(bad.statusCode).toBe(422);
    expect(paths(bad)).toEqual(
      expect.arrayContaining(['lines[0].estimatedUnitPrice', 'lines[1].quantity', 'lines[2].quantity']),
    );
  });

  it('needs an exchange rate for a foreign currency and a department', async () => {
    const noRate = await post(
      '/api/v1/requisitions',
      body({ lines: [line({ currency: 'JPY' })] }),
      requesterA,
    );
    expect(noRate.statusCode).toBe(422);
    expect(noRate.json().errors).toEqual([
      { path: 'lines[0].currency', message: 'JPY has no exchange rate to USD on or before 2026-03-02' },
    ]);
    const homeless = await login(['requester'], null);
    const noDept = await post('/api/v1/requisitions', body(), homeless);
    expect(noDept.statusCode).toBe(422);
    expect(paths(noDept)).toEqual(['departmentId']);
    const named = await post('/api/v1/requisitions', body({ departmentId: deptA.id }), homeless);
    expect(named.statusCode).toBe(201);
  });

  it('checks the department and cost centre a requester names', async () => {
    const mismatch = await post(
      '/api/v1/requisitions',
      body({ departmentId: deptB.id, costCentreId: ccA.id }),
      requesterA,
    );
    expect(mismatch.statusCode).toBe(422);
    expect(paths(mismatch)).toEqual(['costCentreId']);
    const unknown = await post(
      '/api/v1/requisitions',
      body({ departmentId: '0190b9a0-0000-7000-8000-0000000000ab' }),
      requesterA,
    );
    expect(unknown.statusCode).toBe(422);
    expect(paths(unknown)).toContain('departmentId');
  });

  it('replays a retried Idempotency-Key instead of raising a second requisition', async () => {
    const headers = { 'idempotency-key': `req-${uniq()}` };
    const payload = body({ justification: `idem-${uniq()}` });
    const a = await post('/api/v1/requisitions', payload, requesterA, headers);
    const b = await post('/api/v1/requisitions', payload, requesterA, headers);
    expect(a.statusCode).toBe(201);
    expect(b.statusCode).toBe(201);
    expect(b.headers['idempotent-replayed']).toBe('true');
    expect(b.json().id).toBe(a.json().id);
    const list = await get(`/api/v1/requisitions?q=${payload.justification}`, admin);
    expect(list.json().items).toHaveLength(1);
  });

  it('needs a session (401) and requisitions:write (403)', async () => {
    expect((await post('/api/v1/requisitions', body())).statusCode).toBe(401);
    const res = await post('/api/v1/requisitions', body(), finance);
    expect(res.statusCode).toBe(403);
    expect(res.json().detail).toContain('requisitions:write');
  });
});

// ── read ─────────────────────────────────────────────────────────────────────

describe('reading requisitions', () => {
  it('shows a requisition to its requester, their department and approvers; 404 to anyone else', async () => {
    const r = await create();
    for (const who of [requesterA, colleagueA, headA, approver, buyer, admin]) {
      const res = await get(`/api/v1/requisitions/${r.id}`, who);
      expect(res.statusCode).toBe(200);
      expect(res.headers.etag).toBe('"v1"');
      expect(res.json().lines).toHaveLength(1);
    }
    for (const who of [requesterB, receiverB]) {
      const res = await get(`/api/v1/requisitions/${r.id}`, who);
      expect(res.statusCode).toBe(404);
    }
    expect((await get(`/api/v1/requisitions/${r.id}`)).statusCode).toBe(401);
    expect((await get('/api/v1/requisitions/0190b9a0-0000-7000-8000-000000000000', admin)).statusCode).toBe(
      404,
    );
    const malformed = await get('/api/v1/requisitions/nope', admin);
    expect(malformed.statusCode).toBe(422);
    expect(paths(malformed)).toEqual(['id']);
  });

  it('lists only what the caller may see, newest first, with filters and a cursor', async () => {
    const tag = `list-${uniq()}`;
    const mine = [];
    for (let i = 0; i < 5; i++) {
      t.clock.advance(1000);
      mine.push(await create(requesterA, { justification: `${tag} ${i}` }));
    }
    t.clock.advance(1000);
    const colleague = await create(colleagueA, { justification: `${tag} colleague` });
    t.clock.advance(1000);
    const other = await create(requesterB, {
      justification: `${tag} other`,
      costCentreId: ccB.id,
    });

    const ids = async (query: string, as: Who) => {
      const res = await get(`/api/v1/requisitions?${query}`, as);
      expect(res.statusCode).toBe(200);
      return res.json().items.map((r: { id: string }) => r.id);
    };
    expect(await ids(`q=${tag}`, requesterA)).toEqual([colleague.id, ...mine.map((r) => r.id).reverse()]);
    expect(await ids(`q=${tag}`, requesterB)).toEqual([other.id]);
    expect(await ids(`q=${tag}`, approver)).toEqual([
      other.id,
      colleague.id,
      ...mine.map((r) => r.id).reverse(),
    ]);
    expect(await ids(`q=${tag}&mine=true`, colleagueA)).toEqual([colleague.id]);
    expect(await ids(`q=${tag}&requesterId=${requesterB.userId}`, requesterA)).toEqual([]);
    expect(await ids(`q=${tag}&departmentId=${deptB.id}`, admin)).toEqual([other.id]);
    expect(await ids(`q=${mine[2].number}`, requesterA)).toEqual([mine[2].id]);
    expect(await ids(`q=${tag}&status=submitted`, admin)).toEqual([]);
    // line text
    const special = await create(requesterA, {
      justification: tag,
      lines: [line({ description: `Centrifuge rotor ${tag}-x` })],
    });
    expect(await ids(`q=${tag}-x`, requesterA)).toEqual([special.id]);

    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const res = await get(
        `/api/v1/requisitions?q=${tag}&limit=2${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`,
        admin,
      );
      expect(res.json().items.length).toBeLessThanOrEqual(2);
      seen.push(...res.json().items.map((r: { id: string }) => r.id));
      cursor = res.json().nextCursor;
    } while (cursor);
    expect(seen).toEqual(await ids(`q=${tag}&limit=50`, admin));
    expect(seen).toHaveLength(8);
    const summary = (await get(`/api/v1/requisitions?q=${mine[0].number}`, admin)).json().items[0];
    expect(summary).toMatchObject({
      lineCount: 1,
      requesterName: expect.any(String),
      estimatedTotalBase: '25.00',
    });
    expect(summary.lines).toBeUndefined();

    const badCursor = await get('/api/v1/requisitions?cursor=garbage', admin);
    expect(badCursor.statusCode).toBe(422);
    expect(paths(badCursor)).toEqual(['cursor']);
  });
});

// ── update ───────────────────────────────────────────────────────────────────

describe('editing a draft', () => {
  it('needs If-Match (428), the current version (412) and the requester; replaces lines and audits', async () => {
    const r = await create();
    expect((await patch(r.id, { justification: 'x' }, requesterA, null)).statusCode).toBe(428);
    expect((await patch(r.id, { justification: 'x' }, requesterA, 7)).statusCode).toBe(412);
    const colleague = await patch(r.id, { justification: 'x' }, colleagueA, 1);
    expect(colleague.statusCode).toBe(403);
    expect(colleague.json().detail).toContain('Only the requester');
    expect((await patch(r.id, { justification: 'x' }, requesterB, 1)).statusCode).toBe(404);

    const res = await patch(
      r.id,
      {
        justification: 'Two kinds of tips',
        costCentreId: ccA2.id,
        lines: [line({ quantity: '4' }), line({ itemId: itemKg.id, quantity: '2', estimatedUnitPrice: '1' })],
      },
      requesterA,
      1,
    );
    expect(res.statusCode).toBe(200);
    expect(res.headers.etag).toBe('"v2"');
    expect(res.json()).toMatchObject({
      justification: 'Two kinds of tips',
      costCentreId: ccA2.id,
      estimatedTotalBase: '12.00',
      lineCount: 2,
    });
    expect(res.json().lines.map((l: { quantity: string }) => l.quantity)).toEqual(['4', '2']);
    const [entry] = await auditOf(r.id);
    expect(entry!.action).toBe('update');
    expect(Object.keys(entry!.changes).sort()).toEqual([
      'costCentreId',
      'estimatedTotalBase',
      'justification',
      'lines',
    ]);

    const bad = await patch(
      r.id,
      { costCentreId: ccB.id, lines: [line({ quantity: '0.5' })] },
      requesterA,
      2,
    );
    expect(bad.statusCode).toBe(422);
    expect(paths(bad).sort()).toEqual(['costCentreId', 'lines[0].quantity']);
    expect((await get(`/api/v1/requisitions/${r.id}`, requesterA)).json().version).toBe(2);
  });

  it('is refused once submitted (409 naming the state)', async () => {
    const r = await create();
    expect((await act(r.id, 'submit', requesterA, 1)).statusCode).toBe(200);
    const res = await patch(r.id, { justification: 'late' }, requesterA, 2);
    expect(res.statusCode).toBe(409);
    expect(res.json().detail).toContain('The requisition is submitted');
  });
});

// ── transitions ──────────────────────────────────────────────────────────────

describe('submit, approve, reject', () => {
  it('runs draft → submitted → approved with audit entries; nobody approves their own', async () => {
    const r = await create(headA);
    expect((await act(r.id, 'submit', colleagueA, 1)).statusCode).toBe(403);
    expect((await act(r.id, 'submit', headA, null)).statusCode).toBe(428);
    const submitted = await act(r.id, 'submit', headA, 1, { comment: 'please' });
    expect(submitted.statusCode).toBe(200);
    expect(submitted.json()).toMatchObject({ status: 'submitted', version: 2 });
    expect(submitted.json().submittedAt).toBe(t.clock.now().toISOString());
    const again = await act(r.id, 'submit', headA, 2);
    expect(again.statusCode).toBe(409);
    expect(again.json().detail).toContain('The requisition is submitted; it cannot be submitted');

    const own = await act(r.id, 'approve', headA, 2);
    expect(own.statusCode).toBe(403);
    expect(own.json().detail).toContain('you requested it');
    const requesterTries = await act(r.id, 'approve', requesterA, 2);
    expect(requesterTries.statusCode).toBe(403);
    expect(requesterTries.json().detail).toContain('requisitions:approve');
    expect((await act(r.id, 'approve', approver, 1)).statusCode).toBe(412);

    const approved = await act(r.id, 'approve', approver, 2, { comment: 'fine' });
    expect(approved.statusCode).toBe(200);
    expect(approved.headers.etag).toBe('"v3"');
    expect(approved.json()).toMatchObject({
      status: 'approved',
      decidedBy: approver.userId,
      decisionReason: 'fine',
    });
    const twice = await act(r.id, 'approve', finance, 3);
    expect(twice.statusCode).toBe(409);
    expect(twice.json().detail).toContain('The requisition is approved; it cannot be approved');

    const entries = await auditOf(r.id);
    expect(entries.map((e) => e.action)).toEqual(['approve', 'submit', 'create']);
    expect(entries[0]).toMatchObject({ actorId: approver.userId, reason: 'fine' });
    expect(entries[0]!.changes.status).toEqual({ before: 'submitted', after: 'approved' });
  });

  it('does not let whoever entered a requisition approve it either, admins included', async () => {
    const adminInA = await login(['admin'], deptA.id);
    const r = await create(adminInA);
    await act(r.id, 'submit', adminInA, 1);
    const res = await act(r.id, 'approve', adminInA, 2);
    expect(res.statusCode).toBe(403);
    expect((await act(r.id, 'reject', adminInA, 2, { reason: 'no' })).statusCode).toBe(403);
  });

  it('rejects back to draft with the reason shown (422 without); the requester edits and resubmits it', async () => {
    const r = await create();
    await act(r.id, 'submit', requesterA, 1);
    const noReason = await act(r.id, 'reject', approver, 2, {});
    expect(noReason.statusCode).toBe(422);
    expect(paths(noReason)).toEqual(['reason']);
    const blank = await act(r.id, 'reject', approver, 2, { reason: '   ' });
    expect(blank.statusCode).toBe(422);
    const res = await act(r.id, 'reject', approver, 2, { reason: 'Use the stock in room 4' });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ status: 'draft', decisionReason: 'Use the stock in room 4' });
    const approveDraft = await act(r.id, 'approve', approver, 3);
    expect(approveDraft.statusCode).toBe(409);
    expect(approveDraft.json().detail).toContain('draft');
    const [entry] = await auditOf(r.id);
    expect(entry).toMatchObject({
      action: 'reject',
      reason: 'Use the stock in room 4',
      changes: { status: { before: 'submitted', after: 'draft' } },
    });
    const again = await act(r.id, 'submit', requesterA, 3);
    expect(again.statusCode).toBe(200);
    expect(again.json()).toMatchObject({ status: 'submitted', decisionReason: null });
  });

  it('gives 404 for an unknown or invisible requisition on every transition', async () => {
    const r = await create();
    for (const [verb, body] of [
      ['submit', {}],
      ['cancel', { reason: 'x' }],
    ] as const) {
      expect((await act(r.id, verb, requesterB, 1, body)).statusCode).toBe(404);
    }
    for (const [verb, body] of [
      ['approve', {}],
      ['reject', { reason: 'x' }],
    ] as const) {
      const res = await act('0190b9a0-0000-7000-8000-000000000000', verb, approver, 1, body);
      expect(res.statusCode).toBe(404);
    }
  });
});

describe('every write and transition', () => {
  it('needs a session (401), If-Match (428) and the current version (412)', async () => {
    const r = await create();
    const cases: [string, Who, Record<string, unknown>][] = [
      ['submit', requesterA, {}],
      ['approve', approver, {}],
      ['reject', approver, { reason: 'x' }],
      ['cancel', requesterA, { reason: 'x' }],
      ['close', buyer, { reason: 'x' }],
    ];
    for (const [verb, who, payload] of cases) {
      const outcome = async (as: Who | undefined, version: number | null) =>
        (await act(r.id, verb, as, version, payload)).statusCode;
      expect({ verb, status: await outcome(undefined, 1) }).toEqual({ verb, status: 401 });
      expect({ verb, status: await outcome(who, null) }).toEqual({ verb, status: 428 });
      expect({ verb, status: await outcome(who, 5) }).toEqual({ verb, status: 412 });
    }
    expect(
      (await t.request({ method: 'PATCH', url: `/api/v1/requisitions/${r.id}`, payload: {} })).statusCode,
    ).toBe(401);
    // Nothing changed on the way.
    expect((await get(`/api/v1/requisitions/${r.id}`, requesterA)).json()).toMatchObject({
      version: 1,
      status: 'draft',
    });
  });

  it('gives a user without roles nothing to read (403)', async () => {
    const nobody = await login([], deptA.id);
    expect((await get('/api/v1/requisitions', nobody)).statusCode).toBe(403);
    expect((await get('/api/v1/requisitions', undefined)).statusCode).toBe(401);
  });
});

describe('cancel and close', () => {
  it('lets the requester cancel a draft with a reason, and not a colleague', async () => {
    const r = await create();
    expect((await act(r.id, 'cancel', requesterA, 1, {})).statusCode).toBe(422);
    const colleague = await act(r.id, 'cancel', colleagueA, 1, { reason: 'tidy' });
    expect(colleague.statusCode).toBe(403);
    expect((await act(r.id, 'cancel', receiverB, 1, { reason: 'tidy' })).statusCode).toBe(403);
    const res = await act(r.id, 'cancel', requesterA, 1, { reason: 'Bought elsewhere' });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ status: 'cancelled', cancelReason: 'Bought elsewhere' });
    expect((await act(r.id, 'cancel', requesterA, 2, { reason: 'again' })).statusCode).toBe(409);
  });

  it('lets a buyer cancel an approved requisition with nothing ordered, but not one with orders', async () => {
    const approved = await seedApprovedRequisition(t.ctx, { costCentreId: ccB.id, departmentId: deptB.id });
    const res = await act(approved.id, 'cancel', buyer, approved.version, { reason: 'Project stopped' });
    expect(res.statusCode).toBe(200);

    const ordered = await seedApprovedRequisition(t.ctx, { costCentreId: ccB.id, departmentId: deptB.id });
    await t.ctx.db.transaction((tx) =>
      recordOrderedQuantities(tx, [{ requisitionLineId: ordered.lines[0]!.id, quantityDelta: '4' }], {
        actor: SYSTEM_ACTOR,
        clock: t.clock,
      }),
    );
    const current = (await get(`/api/v1/requisitions/${ordered.id}`, buyer)).json();
    expect(current.status).toBe('partially_ordered');
    const refused = await act(ordered.id, 'cancel', buyer, current.version, { reason: 'x' });
    expect(refused.statusCode).toBe(409);
    expect(refused.json().detail).toContain('The requisition is partially ordered');

    // Closing is for that: the rest will not be ordered.
    expect((await act(ordered.id, 'close', requesterB, current.version, { reason: 'x' })).statusCode).toBe(
      403,
    );
    expect((await act(ordered.id, 'close', buyer, current.version, {})).statusCode).toBe(422);
    const closed = await act(ordered.id, 'close', buyer, current.version, {
      reason: 'Rest no longer needed',
    });
    expect(closed.statusCode).toBe(200);
    expect(closed.json()).toMatchObject({ status: 'closed' });
    expect(closed.json().lines[0]).toMatchObject({ quantityOrdered: '4', quantityRemaining: '6' });
    const notApproved = await create();
    const early = await act(notApproved.id, 'close', buyer, 1, { reason: 'x' });
    expect(early.statusCode).toBe(409);
    expect(early.json().detail).toContain('The requisition is draft');
  });
});

// ── ordered quantities ───────────────────────────────────────────────────────

describe('ordered quantities (recordOrderedQuantities)', () => {
  const order = (changes: { requisitionLineId: string; quantityDelta: string }[]) =>
    t.ctx.db.transaction((tx) =>
      recordOrderedQuantities(tx, changes, { actor: SYSTEM_ACTOR, clock: t.clock }),
    );
  const state = async (id: string) => (await get(`/api/v1/requisitions/${id}`, admin)).json();

  it('moves the requisition approved → partially ordered → ordered and back as lines are ordered and released', async () => {
    const r = await seedApprovedRequisition(t.ctx, {
      lines: [
        { itemId: itemEach.id, quantity: '10', estimatedUnitPrice: '1' },
        { itemId: itemEach.id, quantity: '5', estimatedUnitPrice: '1' },
      ],
    });
    const [a, b] = r.lines;
    await order([{ requisitionLineId: a!.id, quantityDelta: '4' }]);
    let s = await state(r.id);
    expect(s.status).toBe('partially_ordered');
    expect(s.version).toBe(r.version + 1);
    expect(s.lines[0]).toMatchObject({
      quantityOrdered: '4',
      quantityRemaining: '6',
      orderStatus: 'partially_ordered',
    });
    await order([
      { requisitionLineId: a!.id, quantityDelta: '6' },
      { requisitionLineId: b!.id, quantityDelta: '2' },
      { requisitionLineId: b!.id, quantityDelta: '3' },
    ]);
    s = await state(r.id);
    expect(s.status).toBe('ordered');
    expect(s.lines.map((l: { orderStatus: string }) => l.orderStatus)).toEqual(['ordered', 'ordered']);
    await order([{ requisitionLineId: b!.id, quantityDelta: '-5' }]);
    expect((await state(r.id)).status).toBe('partially_ordered');
    await order([{ requisitionLineId: a!.id, quantityDelta: '-10' }]);
    expect((await state(r.id)).status).toBe('approved');
    const entries = await auditOf(r.id);
    expect(entries[0]).toMatchObject({ action: 'ordered-quantities' });
    expect(entries[0]!.changes.status).toEqual({ before: 'partially_ordered', after: 'approved' });
  });

  it('refuses ordering beyond the allowance (422 naming the change) and accepts it within', async () => {
    const r = await seedApprovedRequisition(t.ctx, {
      lines: [{ itemId: itemEach.id, quantity: '10', estimatedUnitPrice: '1' }],
    });
    const id = r.lines[0]!.id;
    await expect(order([{ requisitionLineId: id, quantityDelta: '11' }])).rejects.toMatchObject({
      code: 'validation',
      errors: [
        {
          path: 'changes[0].quantityDelta',
          message: expect.stringContaining('10 requested, 0 already ordered, at most 10, so at most 10 more'),
        },
      ],
    });
    expect((await state(r.id)).lines[0].quantityOrdered).toBe('0');

    const settings = await get('/api/v1/settings', admin);
    const set = await t.request({
      method: 'PATCH',
      url: '/api/v1/settings',
      as: admin,
      headers: { 'if-match': settings.headers.etag as string },
      payload: { overOrderAllowancePercent: '10' },
    });
    expect(set.statusCode).toBe(200);
    expect(set.json().overOrderAllowancePercent).toBe('10');
    try {
      await order([{ requisitionLineId: id, quantityDelta: '11' }]);
      expect((await state(r.id)).status).toBe('ordered');
      await expect(order([{ requisitionLineId: id, quantityDelta: '0.001' }])).rejects.toMatchObject({
        code: 'validation',
      });
    } finally {
      const now = await get('/api/v1/settings', admin);
      await t.request({
        method: 'PATCH',
        url: '/api/v1/settings',
        as: admin,
        headers: { 'if-match': now.headers.etag as string },
        payload: { overOrderAllowancePercent: '0' },
      });
    }
  });

  it('refuses to order from a requisition that is not approved, and to release more than was ordered', async () => {
    const draft = await seedRequisition(t.ctx);
    await expect(
      order([{ requisitionLineId: draft.lines[0]!.id, quantityDelta: '1' }]),
    ).rejects.toMatchObject({
      errors: [{ message: expect.stringContaining('the requisition is draft') }],
    });
    const approved = await seedApprovedRequisition(t.ctx);
    await expect(
      order([{ requisitionLineId: approved.lines[0]!.id, quantityDelta: '-1' }]),
    ).rejects.toMatchObject({ errors: [{ message: expect.stringContaining('cannot release 1') }] });
    await expect(
      order([{ requisitionLineId: '0190b9a0-0000-7000-8000-000000000000', quantityDelta: '1' }]),
    ).rejects.toMatchObject({ errors: [{ path: 'changes[0].requisitionLineId' }] });
  });

  it('keeps the allowance under concurrent orders of the same line', async () => {
    const r = await seedApprovedRequisition(t.ctx, {
      lines: [{ itemId: itemEach.id, quantity: '10', estimatedUnitPrice: '1' }],
    });
    const id = r.lines[0]!.id;
    const results = await Promise.allSettled(
      Array.from({ length: 6 }, () => order([{ requisitionLineId: id, quantityDelta: '3' }])),
    );
    expect(results.filter((x) => x.status === 'fulfilled')).toHaveLength(3);
    expect((await state(r.id)).lines[0].quantityOrdered).toBe('9');
  });
});

describe('the API description', () => {
  it('documents the requisition and workbench routes in the OpenAPI document', async () => {
    const res = await t.request({ method: 'GET', url: '/api/openapi.json' });
    expect(res.statusCode).toBe(200);
    const paths = res.json().paths;
    for (const p of [
      '/api/v1/requisitions',
      '/api/v1/requisitions/{id}',
      '/api/v1/requisitions/{id}/approve',
      '/api/v1/workbench/lines',
      '/api/v1/workbench/purchase-orders',
    ]) {
      expect(paths[p]).toBeDefined();
    }
    expect(paths['/api/v1/requisitions'].post.requestBody).toBeDefined();
  });
});

describe('settings: the over-order allowance', () => {
  it('is a percentage from 0 to 100 with at most 2 decimals that only an admin sets', async () => {
    const settings = await get('/api/v1/settings', requesterA);
    expect(settings.json().overOrderAllowancePercent).toBe('0');
    const etag = settings.headers.etag as string;
    const send = (value: unknown, as: Who = admin) =>
      t.request({
        method: 'PATCH',
        url: '/api/v1/settings',
        as,
        headers: { 'if-match': etag },
        payload: { overOrderAllowancePercent: value },
      });
    for (const bad of ['101', '1.234', '-1', 5]) {
      const res = await send(bad);
      expect(res.statusCode).toBe(422);
      expect(paths(res)).toEqual(['overOrderAllowancePercent']);
    }
    expect((await send('5', requesterA)).statusCode).toBe(403);
  });
});
