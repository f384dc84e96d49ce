import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApprovalPolicy } from '../../src/core/approvals';
import * as dispatch from '../../src/core/dispatch';
import * as receiving from '../../src/core/receiving';
import type { Actor } from '../../src/core/shared/actor';
import { seedItem, seedPriceListEntry } from '../../src/seed/catalog-factories';
import { actorFor, seedPurchaseOrder } from '../../src/seed/purchase-order-factories';
import { createTestApp, type TestApp } from '../helpers/app';
import { ifMatch, portalFixture } from '../helpers/portal';
import { seedSupplier, seedUser } from '../helpers/seed';

/**
 * The scorecard API's contract: who may read and change what, every bad input a 422 naming its field,
 * and supplier choice steered by grades — the ranking of an item's suppliers with its reason, the
 * policy condition `supplierGradeBelow`, the warning an approver sees, a hold that keeps the scorecard.
 * With the minimum of orders set to 1, one order decides a grade: a late one is a D, an on-time one an A.
 */
let t: TestApp;
let f: Awaited<ReturnType<typeof portalFixture>>;
let admin: { cookie: string; userId: string; email: string };
let buyerCookie: { cookie: string };
let receiver: Actor;
let good: string;
let late: string;
let itemId: string;

const V1 = '/api/v1';

beforeAll(async () => {
  t = await createTestApp();
  f = await portalFixture(t);
  admin = await t.loginAs(['admin']);
  buyerCookie = f.buyer;
  receiver = actorFor(await seedUser(t.ctx, { roles: ['receiver'] }));
  const settings = await t.request({ method: 'GET', url: `${V1}/scorecard-settings`, as: admin });
  expect(settings.statusCode).toBe(200);
  const put = await t.request({
    method: 'PUT',
    url: `${V1}/scorecard-settings`,
    as: admin,
    headers: { 'if-match': settings.headers.etag as string },
    payload: {
      ...(settings.json() as object),
      minimumOrders: 1,
      factsBuiltAt: undefined,
      version: undefined,
      updatedAt: undefined,
    },
  });
  expect(put.statusCode, put.body).toBe(200);

  const contact = (name: string) => [
    { name, email: `${name.toLowerCase()}@example.test`, orderContact: true },
  ];
  good = (await seedSupplier(t.ctx, { legalName: 'Punctual Parts AG', contacts: contact('Anna') })).id;
  late = (await seedSupplier(t.ctx, { legalName: 'Tardy Tools Ltd', contacts: contact('Ben') })).id;
  itemId = (await seedItem(t.ctx, { name: 'Hex bolt M8', defaultTaxRate: '19' })).id;
  const ordered = { itemId, quantity: '10', unitPrice: '1.00', neededBy: '2026-03-05' };
  const onTime = await f.sentOrder(good, [ordered]);
  const overdue = await f.sentOrder(late, [ordered]);
  // The punctual supplier answers its order at once; the other never does.
  await dispatch.submitSupplierResponse(t.ctx, {
    actor: actorFor(await seedUser(t.ctx, { roles: ['supplier'], supplierId: good })),
    purchaseOrderId: onTime.id,
    source: 'portal',
    input: { orderRevision: onTime.revision, lines: [{ lineNo: 1, decision: 'accept' }] },
  });
  t.clock.set(new Date('2026-03-20T09:00:00Z'));
  await receiving.createReceipt(t.ctx, {
    actor: receiver,
    input: { purchaseOrderId: onTime.id, receivedOn: '2026-03-05', lines: [{ lineNo: 1, quantity: '10' }] },
  });
  await receiving.createReceipt(t.ctx, {
    actor: receiver,
    input: { purchaseOrderId: overdue.id, receivedOn: '2026-03-19', lines: [{ lineNo: 1, quantity: '5' }] },
  });
  // The late supplier is cheaper: ranking has a choice to make.
  await seedPriceListEntry(t.ctx, {
    supplierId: good,
    itemId,
    currency: 'USD',
    unitPrice: '1.10',
    validFrom: '2026-01-01',
  });
  await seedPriceListEntry(t.ctx, {
    supplierId: late,
    itemId,
    currency: 'USD',
    unitPrice: '1.00',
    validFrom: '2026-01-01',
  });
  buyerCookie = { cookie: await t.signIn((await seedUser(t.ctx, { roles: ['buyer'] })).email) };
  admin = { ...admin, cookie: await t.signIn(admin.email) };
}, 120_000);
afterAll(async () => {
  await t.close();
});

describe('reading scorecards', () => {
  it('gives an internal user a supplier’s scorecard, and nobody signed out or a supplier’s user', async () => {
    const ok = await t.request({
      method: 'GET',
      url: `${V1}/suppliers/${late}/scorecard?period=2026-Q1`,
      as: buyerCookie,
    });
    expect(ok.statusCode, ok.body).toBe(200);
    expect(ok.json()).toMatchObject({
      grade: 'D',
      orders: 1,
      period: { key: '2026-Q1', from: '2026-01-01', to: '2026-03-01' },
    });
    expect((await t.request({ method: 'GET', url: `${V1}/suppliers/${late}/scorecard` })).statusCode).toBe(
      401,
    );
    const portalUser = await f.supplierUser(late);
    const own = await t.request({ method: 'GET', url: `${V1}/suppliers/${late}/scorecard`, as: portalUser });
    expect(own.statusCode).toBe(403);
  });

  it('answers a bad period, category, measure, cursor or unknown supplier with a specific error', async () => {
    const bad = async (url: string, field: string) => {
      const res = await t.request({ method: 'GET', url, as: buyerCookie });
      expect(res.statusCode, res.body).toBe(422);
      expect(res.json().errors.map((e: { path: string }) => e.path.replace(/\[\d+\]$/, ''))).toContain(field);
    };
    await bad(`${V1}/suppliers/${late}/scorecard?period=2026-13`, 'period');
    await bad(`${V1}/suppliers/${late}/scorecard?period=last-year`, 'period');
    await bad(`${V1}/suppliers/${late}/scorecard?categoryId=nope`, 'categoryId');
    await bad(`${V1}/suppliers/${late}/scorecard/drill-down?measure=speed`, 'measure');
    await bad(`${V1}/suppliers/${late}/scorecard/drill-down?measure=onTime&cursor=abc`, 'cursor');
    await bad(`${V1}/scorecards?sort=price-desc`, 'sort');
    await bad(`${V1}/supplier-grades?ids=1,2`, 'ids');
    const missing = await t.request({
      method: 'GET',
      url: `${V1}/suppliers/00000000-0000-7000-8000-000000000000/scorecard`,
      as: buyerCookie,
    });
    expect(missing.statusCode).toBe(404);
  });

  it('drills a figure down to its orders and pages through them with the cursor', async () => {
    const res = await t.request({
      method: 'GET',
      url: `${V1}/suppliers/${late}/scorecard/drill-down?period=2026-03&measure=inFull&limit=1`,
      as: buyerCookie,
    });
    // The late order is not settled (5 of 10 received): nothing to count for in full yet.
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ counted: 0, passed: 0, items: [], nextCursor: null });
    const qty = await t.request({
      method: 'GET',
      url: `${V1}/scorecards?period=2026-03&sort=name&limit=1`,
      as: buyerCookie,
    });
    expect(qty.statusCode).toBe(200);
    const first = qty.json();
    expect(first.items).toHaveLength(1);
    expect(first.nextCursor).not.toBeNull();
    const next = await t.request({
      method: 'GET',
      url: `${V1}/scorecards?period=2026-03&sort=name&limit=1&cursor=${first.nextCursor}`,
      as: buyerCookie,
    });
    expect(next.json().items[0].supplier.name.localeCompare(first.items[0].supplier.name)).toBeGreaterThan(0);
  });

  it('answers the pickers’ grades, and a later delivery of the rest keeps the late supplier a D', async () => {
    const res = await t.request({
      method: 'GET',
      url: `${V1}/supplier-grades?ids=${good},${late}`,
      as: buyerCookie,
    });
    expect(res.statusCode, res.body).toBe(200);
    const grades = Object.fromEntries(
      res.json().items.map((g: { supplierId: string; grade: string }) => [g.supplierId, g]),
    );
    expect(grades[good]).toMatchObject({ grade: 'A', belowWarning: false });
    expect(grades[late]).toMatchObject({ grade: 'D', belowWarning: true });
    expect(res.json().warnBelowGrade).toBe('C');
  });
});

describe('scorecard settings', () => {
  it('needs If-Match, refuses a stale one, names each bad field, and is for administrators only', async () => {
    const current = await t.request({ method: 'GET', url: `${V1}/scorecard-settings`, as: admin });
    const body = {
      graceDays: 1,
      responseDays: 2,
      minimumOrders: 1,
      weights: {
        onTime: 25,
        inFull: 15,
        quality: 20,
        price: 10,
        invoiceAccuracy: 10,
        responsiveness: 10,
        satisfaction: 10,
      },
      gradeBands: { A: 90, B: 75, C: 60 },
      warnBelowGrade: 'C',
      rankingPriceWeight: 50,
    };
    const put = (as: { cookie: string }, payload: unknown, headers: Record<string, string> = {}) =>
      t.request({ method: 'PUT', url: `${V1}/scorecard-settings`, as, headers, payload: payload as object });
    expect((await put(admin, body)).statusCode).toBe(428);
    expect((await put(admin, body, { 'if-match': '"v999"' })).statusCode).toBe(412);
    expect((await put(buyerCookie, body, { 'if-match': current.headers.etag as string })).statusCode).toBe(
      403,
    );
    const wrong = await put(
      admin,
      {
        ...body,
        graceDays: -1,
        weights: {
          onTime: 0,
          inFull: 0,
          quality: 0,
          price: 0,
          invoiceAccuracy: 0,
          responsiveness: 0,
          satisfaction: 0,
        },
        gradeBands: { A: 70, B: 75, C: 60 },
      },
      { 'if-match': current.headers.etag as string },
    );
    expect(wrong.statusCode).toBe(422);
    expect(
      wrong
        .json()
        .errors.map((e: { path: string }) => e.path)
        .sort(),
    ).toEqual(['graceDays', 'gradeBands.A', 'weights']);
    const unchanged = await t.request({ method: 'GET', url: `${V1}/scorecard-settings`, as: admin });
    expect(unchanged.headers.etag).toBe(current.headers.etag);
  });
});

describe('choosing a supplier', () => {
  it('ranks the punctual supplier above the cheaper late one, saying why', async () => {
    const res = await t.request({
      method: 'GET',
      url: `${V1}/items/${itemId}/supplier-ranking?quantity=10&date=2026-03-20`,
      as: buyerCookie,
    });
    expect(res.statusCode, res.body).toBe(200);
    const [first, second] = res.json().candidates;
    expect(first).toMatchObject({
      rank: 1,
      supplier: { id: good },
      grade: 'A',
      unitPrice: '1.1',
      priceAboveLowestPercent: '10.0',
    });
    expect(second).toMatchObject({
      rank: 2,
      supplier: { id: late },
      grade: 'D',
      belowWarning: true,
      priceScore: '100.0',
      priceAboveLowestPercent: '0.0',
    });
    expect(first.reason).toContain('price 10.0 % above the lowest, grade A');
    expect(second.reason).toContain('the lowest price, grade D');
    const bad = await t.request({
      method: 'GET',
      url: `${V1}/items/${itemId}/supplier-ranking?quantity=-1`,
      as: buyerCookie,
    });
    expect(bad.statusCode).toBe(422);
    const unknown = await t.request({
      method: 'GET',
      url: `${V1}/items/00000000-0000-7000-8000-000000000000/supplier-ranking`,
      as: buyerCookie,
    });
    expect(unknown.statusCode).toBe(404);
  });

  it('routes an order of a supplier graded below B to an extra step, and warns its approver', async () => {
    await createApprovalPolicy(t.ctx, {
      actor: actorFor(await seedUser(t.ctx, { roles: ['admin'] })),
      input: {
        documentType: 'purchase_order',
        name: 'Weak suppliers',
        enabled: true,
        steps: [
          {
            level: 1,
            name: 'Supplier quality review',
            condition: { supplierGradeBelow: 'B' },
            approvers: { roles: ['compliance'], userIds: [], departmentHead: false, costCentreOwner: false },
            mode: 'any',
            reminderHours: null,
            escalationHours: null,
            fallbackUserId: null,
          },
        ],
      },
    });
    await seedUser(t.ctx, { roles: ['compliance'] });
    const buyer = actorFor(await seedUser(t.ctx, { roles: ['buyer'] }));
    const toLate = await seedPurchaseOrder(t.ctx, {
      buyer,
      supplierId: late,
      lines: [{ itemId, quantity: '1', unitPrice: '1.00' }],
    });
    const toGood = await seedPurchaseOrder(t.ctx, {
      buyer,
      supplierId: good,
      lines: [{ itemId, quantity: '1', unitPrice: '1.00' }],
    });
    const cookie = { cookie: await t.signIn(buyer.email) };
    const submit = (o: { id: string; version: number }) =>
      t.request({
        method: 'POST',
        url: `${V1}/purchase-orders/${o.id}/submit`,
        as: cookie,
        headers: ifMatch(o),
        payload: {},
      });
    const routed = await submit(toLate);
    expect(routed.statusCode, routed.body).toBe(200);
    expect(routed.json().status).toBe('pending_approval');
    expect(routed.json().warnings).toContainEqual(
      expect.objectContaining({ code: 'supplier_grade_low', message: expect.stringContaining('graded D') }),
    );
    const route = await t.request({
      method: 'GET',
      url: `${V1}/purchase-orders/${toLate.id}/approval-route`,
      as: cookie,
    });
    expect(JSON.stringify(route.json())).toContain('the supplier is graded D');
    const approved = await submit(toGood);
    expect(approved.json().status).toBe('approved');
    expect(approved.json().warnings).toEqual([]);
  });

  it('puts a supplier on hold because of its scorecard, keeping the scorecard in its history', async () => {
    const supplier = await t.request({ method: 'GET', url: `${V1}/suppliers/${late}`, as: buyerCookie });
    const hold = (payload: object) =>
      t.request({
        method: 'POST',
        url: `${V1}/suppliers/${late}/scorecard-hold`,
        as: buyerCookie,
        headers: { 'if-match': supplier.headers.etag as string },
        payload,
      });
    const noReason = await hold({ reason: '  ' });
    expect(noReason.statusCode).toBe(422);
    const res = await hold({ reason: 'Late deliveries all quarter', period: '2026-Q1' });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ status: 'on_hold', statusReason: 'Late deliveries all quarter' });
    const history = await t.request({
      method: 'GET',
      url: `${V1}/audit?entityType=supplier&entityId=${late}`,
      as: admin,
    });
    expect(history.statusCode, history.body).toBe(200);
    const entry = history.json().items.find((e: { action: string }) => e.action === 'status:on_hold');
    expect(entry.changes.scorecard.after).toMatchObject({ period: '2026-Q1', grade: 'D', orders: 1 });
  });
});
