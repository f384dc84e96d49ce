import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedItem } from '../../src/seed/catalog-factories';
import { seedCostCentre } from '../../src/seed/organisation-factories';
import { createTestApp, type TestApp } from '../helpers/app';
import { seedSupplier } from '../helpers/seed';

/** Budgets per cost centre and period: administration, and consumption derived from the orders. */
type Who = { cookie: string; userId: string };
type Json = Record<string, unknown>;

let t: TestApp;
let admin: Who;
let buyer: Who;
let approver: Who;
let costCentreId: string;
let supplierId: string;
let itemId: string;

beforeAll(async () => {
  t = await createTestApp();
  admin = await t.loginAs(['admin']);
  buyer = await t.loginAs(['buyer']);
  approver = await t.loginAs(['approver']);
  costCentreId = (await seedCostCentre(t.ctx)).id;
  supplierId = (await seedSupplier(t.ctx)).id;
  itemId = (await seedItem(t.ctx, { defaultTaxRate: '0' })).id;
}, 60_000);
afterAll(async () => {
  await t.close();
});

const ifMatch = (doc: { version: number }) => ({ 'if-match': `"v${doc.version}"` });
const create = (payload: Json, as: Who = admin) =>
  t.request({ method: 'POST', url: '/api/v1/budgets', as, payload });

async function order(amount: string, orderDate: string, status: 'draft' | 'approved' | 'cancelled') {
  let po = (
    await t.request({
      method: 'POST',
      url: '/api/v1/purchase-orders',
      as: buyer,
      payload: {
        supplierId,
        costCentreId,
        orderDate,
        lines: [{ itemId, quantity: '1', unitPrice: amount, taxRate: '0' }],
      },
    })
  ).json();
  if (status === 'draft') return po;
  const step = async (verb: string, as: Who, body: Json = {}) => {
    const res = await t.request({
      method: 'POST',
      url: `/api/v1/purchase-orders/${po.id}/${verb}`,
      as,
      headers: ifMatch(po),
      payload: body,
    });
    expect(res.statusCode).toBe(200);
    po = res.json();
  };
  await step('submit', buyer);
  await step('approve', approver);
  if (status === 'cancelled') await step('cancel', buyer, { reason: 'not needed' });
  return po;
}

describe('budgets', () => {
  it('are set by administrators only, once per cost centre and period, on a month start', async () => {
    expect(
      (await create({ costCentreId, periodType: 'month', periodStart: '2026-03-01', amount: '10000' }, buyer))
        .statusCode,
    ).toBe(403);
    const bad = await create({
      costCentreId,
      periodType: 'month',
      periodStart: '2026-03-15',
      amount: '10,000',
    });
    expect(bad.statusCode).toBe(422);
    expect(bad.json().errors.map((e: Json) => e.path)).toContain('amount');
    const day = await create({
      costCentreId,
      periodType: 'month',
      periodStart: '2026-03-15',
      amount: '10000',
    });
    expect(day.json().errors).toEqual([{ path: 'periodStart', message: 'must be the first day of a month' }]);
    const ok = await create({
      costCentreId,
      periodType: 'month',
      periodStart: '2026-03-01',
      amount: '10000',
    });
    expect(ok.statusCode).toBe(201);
    expect(ok.json()).toMatchObject({
      periodEnd: '2026-04-01',
      amount: '10000',
      committed: '0',
      available: '10000',
    });
    const twice = await create({ costCentreId, periodType: 'month', periodStart: '2026-03-01', amount: '1' });
    expect(twice.statusCode).toBe(409);
  });

  it('commit approved orders of the cost centre dated in the period; drafts, cancelled and other months do not count', async () => {
    const [budget] = (
      await t.request({ method: 'GET', url: `/api/v1/budgets?costCentreId=${costCentreId}`, as: buyer })
    ).json().items as (Json & { id: string; version: number })[];
    await order('2500', '2026-03-05', 'approved');
    await order('1000.25', '2026-03-20', 'approved');
    await order('4000', '2026-03-06', 'draft');
    await order('3000', '2026-03-07', 'cancelled');
    await order('700', '2026-04-01', 'approved');
    const read = await t.request({ method: 'GET', url: `/api/v1/budgets/${budget!.id}`, as: buyer });
    expect(read.json()).toMatchObject({ committed: '3500.25', actual: '0', available: '6499.75' });

    const lowered = await t.request({
      method: 'PATCH',
      url: `/api/v1/budgets/${budget!.id}`,
      as: admin,
      headers: ifMatch(read.json()),
      payload: { amount: '3000' },
    });
    expect(lowered.json()).toMatchObject({ amount: '3000', available: '-500.25' });
  });

  it('drive the budgetExceeded condition of approval policies', async () => {
    const april = await create({
      costCentreId,
      periodType: 'month',
      periodStart: '2026-04-01',
      amount: '5000',
    });
    expect(april.json()).toMatchObject({ committed: '700', available: '4300' });
    const policy = await t.request({
      method: 'POST',
      url: '/api/v1/approval-policies',
      as: admin,
      payload: {
        documentType: 'purchase_order',
        name: 'Over budget',
        steps: [
          {
            level: 1,
            name: 'Finance',
            condition: { budgetExceeded: true },
            approvers: { roles: ['finance'], userIds: [], departmentHead: false, costCentreOwner: false },
          },
        ],
      },
    });
    expect(policy.statusCode).toBe(201);
    await t.loginAs(['finance']);
    const route = async (amount: string) => {
      const po = await order(amount, '2026-04-10', 'draft');
      return (
        await t.request({ method: 'GET', url: `/api/v1/purchase-orders/${po.id}/approval-route`, as: buyer })
      ).json();
    };
    expect((await route('4300')).steps).toEqual([]);
    const over = await route('4300.01');
    expect(over.steps.map((s: Json) => s.explanation)).toEqual(['Finance — because the budget is exceeded']);
  });
});
