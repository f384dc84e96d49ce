import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { budgetEffect } from '../../src/core/organisation';
import { seedItem } from '../../src/seed/catalog-factories';
import { seedUser } from '../../src/seed/factories';
import { seedCostCentre, seedExchangeRate } from '../../src/seed/organisation-factories';
import { seedRequisition } from '../../src/seed/requisition-factories';
import { createTestApp, type TestApp } from '../helpers/app';
import { seedSupplier } from '../helpers/seed';

/**
 * Budget control: the effect of an amount on a cost centre's budgets, what submitting an order or
 * a requisition that exceeds one does (block or an extra approval step), the release of the
 * commitment on cancel and short-close, the inbox's budget status and the delegate picker.
 */
type Who = { cookie: string; userId: string };
type Json = Record<string, unknown>;
type Doc = Json & { id: string; version: number; status: string };

let t: TestApp;
let admin: Who;
let buyer: Who;
let finance: Who;
let approver: Who;
let ownerId: string;
let costCentreId: string;
let departmentId: string;
let supplierId: string;
let itemId: string;

beforeAll(async () => {
  t = await createTestApp();
  admin = await t.loginAs(['admin']);
  buyer = await t.loginAs(['buyer']);
  finance = await t.loginAs(['finance']);
  approver = await t.loginAs(['approver']);
  ownerId = (await seedUser(t.ctx, { roles: ['approver'], name: 'Olivia Owner' })).id;
  const engineering = await seedCostCentre(t.ctx, { code: 'ENG-01', ownerUserId: ownerId });
  costCentreId = engineering.id;
  departmentId = engineering.departmentId;
  supplierId = (await seedSupplier(t.ctx)).id;
  itemId = (await seedItem(t.ctx, { defaultTaxRate: '0' })).id;
  for (const [periodType, periodStart, amount] of [
    ['month', '2026-11-01', '20000'],
    ['year', '2026-01-01', '100000'],
    ['month', '2026-03-01', '100'],
  ] as const) {
    const res = await t.request({
      method: 'POST',
      url: '/api/v1/budgets',
      as: admin,
      payload: { costCentreId, periodType, periodStart, amount },
    });
    expect(res.statusCode).toBe(201);
  }
}, 60_000);
afterAll(async () => {
  await t.close();
});

const ifMatch = (doc: { version: number }) => ({ 'if-match': `"v${doc.version}"` });
const get = (url: string, as: Who) => t.request({ method: 'GET', url, as });

async function draft(prices: string[], orderDate: string, cc: string = costCentreId): Promise<Doc> {
  const res = await t.request({
    method: 'POST',
    url: '/api/v1/purchase-orders',
    as: buyer,
    payload: {
      supplierId,
      costCentreId: cc,
      orderDate,
      lines: prices.map((unitPrice) => ({ itemId, quantity: '1', unitPrice, taxRate: '0' })),
    },
  });
  expect(res.statusCode).toBe(201);
  return res.json();
}

async function act(doc: Doc, verb: string, as: Who, body: Json = {}, kind = 'purchase-orders') {
  return t.request({
    method: 'POST',
    url: `/api/v1/${kind}/${doc.id}/${verb}`,
    as,
    headers: ifMatch(doc),
    payload: body,
  });
}

async function approved(prices: string[], orderDate: string, cc: string = costCentreId): Promise<Doc> {
  let po = await draft(prices, orderDate, cc);
  const submitted = await act(po, 'submit', buyer);
  expect(submitted.statusCode).toBe(200);
  po = submitted.json();
  if (po.status === 'approved') return po;
  const res = await act(po, 'approve', approver);
  expect(res.statusCode).toBe(200);
  return res.json();
}

async function setControl(budgetControl: 'approval' | 'block', budgetApproverRole = 'finance') {
  const current = (await get('/api/v1/settings', admin)).json();
  const res = await t.request({
    method: 'PATCH',
    url: '/api/v1/settings',
    as: admin,
    headers: ifMatch(current),
    payload: { budgetControl, budgetApproverRole },
  });
  expect(res.statusCode).toBe(200);
  return res.json();
}

async function committedIn(cc: string, periodStart: string): Promise<string> {
  const items = (await get(`/api/v1/budgets?costCentreId=${cc}&periodType=month`, admin)).json()
    .items as Json[];
  return items.find((b) => b.periodStart === periodStart)!.committed as string;
}

const REFUSAL =
  'Cost centre ENG-01 has 4,000.00 USD left of its November 2026 budget; this order needs 31,200.00 USD.';
const OVERRUN =
  'Budget overrun — because this order exceeds the ENG-01 budget for November 2026 by 27,200.00 USD';

describe('the budget effect', () => {
  let committedOrder: Doc;

  it('gives every covering budget (month and fiscal year) now and after, and never counts an approved order twice', async () => {
    committedOrder = await approved(['16000'], '2026-11-05');
    expect(committedOrder.status).toBe('approved');
    const effect = await budgetEffect(t.ctx, { costCentreId, date: '2026-11-10', amountBase: '31200' });
    expect(effect).toMatchObject({ costCentreCode: 'ENG-01', baseCurrency: 'USD', exceeded: true });
    expect(
      effect.budgets.map((b) => [b.periodLabel, b.committed, b.availableNow, b.availableAfter, b.exceeded]),
    ).toEqual([
      ['November 2026', '16000', '4000', '-27200', true],
      ['fiscal year 2026', '16000', '84000', '52800', false],
    ]);

    const own = await budgetEffect(t.ctx, {
      costCentreId,
      date: '2026-11-05',
      amountBase: '16000',
      purchaseOrderId: committedOrder.id,
    });
    expect(own.exceeded).toBe(false);
    expect(own.budgets[0]).toMatchObject({
      documentCommitted: '16000',
      availableNow: '4000',
      availableAfter: '4000',
    });
  });

  it('is empty without a covering budget or a cost centre', async () => {
    const later = await budgetEffect(t.ctx, { costCentreId, date: '2027-02-01', amountBase: '1000000' });
    expect(later).toMatchObject({ budgets: [], exceeded: false, costCentreCode: 'ENG-01' });
    const none = await budgetEffect(t.ctx, { costCentreId: null, date: '2026-11-10', amountBase: '5' });
    expect(none).toMatchObject({ budgets: [], exceeded: false, costCentreCode: null });
  });

  it('is served converted at the rate of the date, with 422 on bad input and the permission checked', async () => {
    await seedExchangeRate(t.ctx, { currency: 'EUR', rate: '1.2', validOn: '2026-10-01' });
    const url = (q: string) => `/api/v1/budgets/effect?${q}`;
    const ok = await get(url(`costCentreId=${costCentreId}&date=2026-11-10&amount=1000&currency=EUR`), buyer);
    expect(ok.statusCode).toBe(200);
    expect(ok.json()).toMatchObject({ amountBase: '1200', exceeded: false, control: 'approval' });
    expect(ok.json().budgets[0]).toMatchObject({ availableNow: '4000', availableAfter: '2800' });

    const noRate = await get(
      url(`costCentreId=${costCentreId}&date=2026-11-10&amount=1&currency=GBP`),
      buyer,
    );
    expect(noRate.statusCode).toBe(422);
    expect(noRate.json().errors[0].path).toBe('currency');
    const badAmount = await get(
      url(`costCentreId=${costCentreId}&date=2026-11-10&amount=1,5&currency=USD`),
      buyer,
    );
    expect(badAmount.statusCode).toBe(422);
    expect(badAmount.json().errors.map((e: Json) => e.path)).toContain('amount');
    const badDate = await get(
      url(`costCentreId=${costCentreId}&date=10.11.2026&amount=1&currency=USD`),
      buyer,
    );
    expect(badDate.json().errors.map((e: Json) => e.path)).toContain('date');
    const unknown = await get(
      url('costCentreId=00000000-0000-7000-8000-000000000000&date=2026-11-10&amount=1&currency=USD'),
      buyer,
    );
    expect(unknown.statusCode).toBe(422);
    expect(unknown.json().errors[0].path).toBe('costCentreId');

    const requester = await t.loginAs(['requester']);
    expect(
      (await get(url(`costCentreId=${costCentreId}&date=2026-11-10&amount=1&currency=USD`), requester))
        .statusCode,
    ).toBe(200);
    const nobody = await t.loginAs([]);
    expect(
      (await get(url(`costCentreId=${costCentreId}&date=2026-11-10&amount=1&currency=USD`), nobody))
        .statusCode,
    ).toBe(403);
    expect(
      (
        await t.request({
          method: 'GET',
          url: url(`costCentreId=${costCentreId}&date=2026-11-10&amount=1&currency=USD`),
        })
      ).statusCode,
    ).toBe(401);
  });
});

describe('budget control settings', () => {
  it('are read and changed with the settings; the approver role must be a role', async () => {
    const settings = (await get('/api/v1/settings', buyer)).json();
    expect(settings).toMatchObject({ budgetControl: 'approval', budgetApproverRole: 'finance' });
    const bad = await t.request({
      method: 'PATCH',
      url: '/api/v1/settings',
      as: admin,
      headers: ifMatch(settings),
      payload: { budgetControl: 'warn', budgetApproverRole: 'cfo' },
    });
    expect(bad.statusCode).toBe(422);
    expect(
      bad
        .json()
        .errors.map((e: Json) => e.path)
        .sort(),
    ).toEqual(['budgetApproverRole', 'budgetControl']);
    expect((await get('/api/v1/settings', admin)).json().version).toBe(settings.version);
    const changed = await setControl('block', 'compliance');
    expect(changed).toMatchObject({ budgetControl: 'block', budgetApproverRole: 'compliance' });
    const audit = await get('/api/v1/audit?entityType=settings&entityId=1&limit=5', admin);
    expect(audit.statusCode).toBe(200);
    expect((audit.json().items as Json[])[0]?.changes).toMatchObject({
      budgetControl: { before: 'approval', after: 'block' },
      budgetApproverRole: { before: 'finance', after: 'compliance' },
    });
    await setControl('approval', 'finance');
  });
});

describe('submitting a purchase order that exceeds a budget', () => {
  it('is refused under block, naming the cost centre, period and figures, and changes nothing', async () => {
    await setControl('block');
    const po = await draft(['31200'], '2026-11-10');
    const preview = (await get(`/api/v1/purchase-orders/${po.id}/approval-route`, buyer)).json();
    expect(preview.problems).toContain(REFUSAL);
    const res = await act(po, 'submit', buyer);
    expect(res.statusCode).toBe(409);
    expect(res.json().detail).toBe(REFUSAL);
    const after = (await get(`/api/v1/purchase-orders/${po.id}`, buyer)).json();
    expect(after).toMatchObject({ status: 'draft', version: po.version });
    // Within the budget it goes through.
    const small = await draft(['3999'], '2026-11-10');
    expect((await act(small, 'submit', buyer)).statusCode).toBe(200);
    await setControl('approval');
  });

  it('gets a "Budget overrun" step under approval, shown in the preview and decided by finance', async () => {
    const po = await draft(['31200'], '2026-11-11');
    const preview = (await get(`/api/v1/purchase-orders/${po.id}/approval-route`, buyer)).json();
    expect(preview.steps.map((s: Json) => [s.name, s.explanation])).toEqual([['Budget overrun', OVERRUN]]);
    expect(preview.steps[0].approvers.map((a: Json) => a.id)).toEqual(
      expect.arrayContaining([finance.userId, ownerId]),
    );
    const submitted = await act(po, 'submit', buyer);
    expect(submitted.statusCode).toBe(200);
    expect(submitted.json().status).toBe('pending_approval');
    const stored = (await get(`/api/v1/purchase-orders/${po.id}/approval-route`, buyer)).json();
    expect(stored).toMatchObject({ kind: 'stored' });
    expect(stored.steps.map((s: Json) => [s.name, s.explanation, s.status])).toEqual([
      ['Budget overrun', OVERRUN, 'pending'],
    ]);

    const inbox = (await get('/api/v1/approvals/inbox?limit=100', finance)).json().items as Json[];
    const item = inbox.find((i) => i.documentId === po.id);
    expect(item).toMatchObject({
      stepName: 'Budget overrun',
      budget: { status: 'exceeds', available: '4000.00', costCentreCode: 'ENG-01' },
    });

    expect((await act(submitted.json(), 'approve', approver)).statusCode).toBe(403);
    const decided = await act(submitted.json(), 'approve', finance);
    expect(decided.statusCode).toBe(200);
    expect(decided.json().status).toBe('approved');
  });

  it('comes after the policy steps, unless a policy step already applies because of the budget', async () => {
    const policy = await t.request({
      method: 'POST',
      url: '/api/v1/approval-policies',
      as: admin,
      payload: {
        documentType: 'purchase_order',
        name: 'Orders by amount',
        steps: [
          {
            level: 1,
            name: 'Approver',
            condition: { amountAtLeast: '5000' },
            approvers: { roles: ['approver'], userIds: [], departmentHead: false, costCentreOwner: false },
          },
        ],
      },
    });
    expect(policy.statusCode).toBe(201);
    const po = await draft(['90000'], '2026-11-12');
    const preview = (await get(`/api/v1/purchase-orders/${po.id}/approval-route`, buyer)).json();
    expect(preview.steps.map((s: Json) => [s.name, s.level])).toEqual([
      ['Approver', 1],
      ['Budget overrun', 2],
    ]);
    expect(preview.explanation).toBe(
      'Approval under policy Orders by amount: Approver, then Budget overrun.',
    );

    const withBudgetStep = await t.request({
      method: 'PATCH',
      url: `/api/v1/approval-policies/${policy.json().id}`,
      as: admin,
      headers: ifMatch(policy.json()),
      payload: {
        steps: [
          {
            level: 1,
            name: 'Approver',
            condition: { amountAtLeast: '5000' },
            approvers: { roles: ['approver'], userIds: [], departmentHead: false, costCentreOwner: false },
          },
          {
            level: 2,
            name: 'Controller',
            condition: { budgetExceeded: true },
            approvers: { roles: ['finance'], userIds: [], departmentHead: false, costCentreOwner: false },
          },
        ],
      },
    });
    expect(withBudgetStep.statusCode).toBe(200);
    const covered = (await get(`/api/v1/purchase-orders/${po.id}/approval-route`, buyer)).json();
    expect(covered.steps.map((s: Json) => s.name)).toEqual(['Approver', 'Controller']);
    const disabled = await t.request({
      method: 'PATCH',
      url: `/api/v1/approval-policies/${policy.json().id}`,
      as: admin,
      headers: ifMatch(withBudgetStep.json()),
      payload: { enabled: false },
    });
    expect(disabled.statusCode).toBe(200);
  });
});

describe('submitting a requisition that exceeds a budget', () => {
  it('is refused under block and gets the budget step under approval', async () => {
    const requester = await seedUser(t.ctx, { roles: ['requester'], departmentId });
    const requisition = await seedRequisition(t.ctx, {
      requester,
      departmentId,
      costCentreId,
      lines: [{ itemId, quantity: '10', estimatedUnitPrice: '12.50', neededBy: '2026-04-01' }],
    });
    const session = await t.request({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { email: requester.email, password: 'correct horse battery staple' },
    });
    const cookie = (session.headers['set-cookie'] as string | string[]).toString().split(';')[0]!;
    const as = { cookie, userId: requester.id };

    await setControl('block');
    const refused = await act(requisition as unknown as Doc, 'submit', as, {}, 'requisitions');
    expect(refused.statusCode).toBe(409);
    expect(refused.json().detail).toBe(
      'Cost centre ENG-01 has 100.00 USD left of its March 2026 budget; this requisition needs 125.00 USD.',
    );
    expect((await get(`/api/v1/requisitions/${requisition.id}`, as)).json().status).toBe('draft');

    await setControl('approval');
    const preview = (await get(`/api/v1/requisitions/${requisition.id}/approval-route`, as)).json();
    expect(preview.steps.map((s: Json) => s.explanation)).toEqual([
      'Budget overrun — because this requisition exceeds the ENG-01 budget for March 2026 by 25.00 USD',
    ]);
    const submitted = await act(requisition as unknown as Doc, 'submit', as, {}, 'requisitions');
    expect(submitted.statusCode).toBe(200);
    const item = ((await get('/api/v1/approvals/inbox?limit=100', finance)).json().items as Json[]).find(
      (i) => i.documentId === requisition.id,
    );
    expect(item).toMatchObject({
      budget: { status: 'exceeds', available: '100.00', costCentreCode: 'ENG-01' },
    });
    const approvedReq = await act(submitted.json(), 'approve', finance, {}, 'requisitions');
    expect(approvedReq.statusCode).toBe(200);
    expect(approvedReq.json().status).toBe('approved');
  });
});

describe('releasing the commitment', () => {
  let cc: string;
  beforeAll(async () => {
    cc = (await seedCostCentre(t.ctx, { code: 'OPS-02' })).id;
    const res = await t.request({
      method: 'POST',
      url: '/api/v1/budgets',
      as: admin,
      payload: { costCentreId: cc, periodType: 'month', periodStart: '2026-05-01', amount: '10000' },
    });
    expect(res.statusCode).toBe(201);
  });

  it('happens when an approved order is cancelled', async () => {
    const po = await approved(['3000'], '2026-05-04', cc);
    expect(await committedIn(cc, '2026-05-01')).toBe('3000');
    const cancelled = await act(po, 'cancel', buyer, { reason: 'project stopped' });
    expect(cancelled.statusCode).toBe(200);
    expect(await committedIn(cc, '2026-05-01')).toBe('0');
  });

  it('happens for the short-closed quantity', async () => {
    const po = await approved(['1000', '2000'], '2026-05-06', cc);
    expect(await committedIn(cc, '2026-05-01')).toBe('3000');
    const res = await act(po, 'lines/2/short-close', buyer, { reason: 'supplier cannot deliver' });
    expect(res.statusCode).toBe(200);
    expect(res.json().status).toBe('approved');
    expect(await committedIn(cc, '2026-05-01')).toBe('1000');
    const inbox = (await get('/api/v1/approvals/inbox', finance)).json().items as Json[];
    expect(
      inbox.every((i) => ['within', 'exceeds', 'none'].includes((i.budget as Json).status as string)),
    ).toBe(true);
  });
});

describe('delegate candidates', () => {
  it('are the active users other than me who hold an approval permission', async () => {
    const inactive = await seedUser(t.ctx, { roles: ['finance'], name: 'Ina Inactive', active: false });
    const plainBuyer = await seedUser(t.ctx, { roles: ['buyer'], name: 'Bert Buyer' });
    const res = await get('/api/v1/delegations/candidates?limit=100', approver);
    expect(res.statusCode).toBe(200);
    const ids = (res.json().items as Json[]).map((u) => u.id);
    expect(ids).toEqual(expect.arrayContaining([finance.userId, ownerId, admin.userId]));
    expect(ids).not.toContain(approver.userId);
    expect(ids).not.toContain(inactive.id);
    expect(ids).not.toContain(plainBuyer.id);
    expect(ids).not.toContain(buyer.userId);
    const found = (await get('/api/v1/delegations/candidates?q=olivia', approver)).json().items as Json[];
    expect(found.map((u) => [u.id, u.name])).toEqual([[ownerId, 'Olivia Owner']]);
    expect(found[0]).toHaveProperty('email');
    expect(found[0]!.roles).toEqual(['approver']);
    expect((await get('/api/v1/delegations/candidates?limit=0', approver)).statusCode).toBe(422);
    expect((await get('/api/v1/delegations/candidates', buyer)).statusCode).toBe(403);
    expect((await t.request({ method: 'GET', url: '/api/v1/delegations/candidates' })).statusCode).toBe(401);
  });
});
