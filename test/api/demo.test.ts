import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD, DEMO_USERS, seedDemo } from '../../src/seed/demo';
import { createTestApp, type TestApp } from '../helpers/app';

/** The demo organisation a new user sees on first start. */
let t: TestApp;
let admin: { cookie: string };

beforeAll(async () => {
  t = await createTestApp();
  await seedDemo(t.ctx);
  const res = await t.app.inject({
    method: 'POST',
    url: '/api/v1/auth/login',
    payload: { email: 'admin@example.com', password: DEMO_PASSWORD },
  });
  const raw = res.headers['set-cookie'];
  admin = { cookie: String(Array.isArray(raw) ? raw[0] : raw).split(';')[0]! };
}, 180_000);
afterAll(async () => {
  await t.close();
});

const all = async (url: string) => {
  const items: Record<string, unknown>[] = [];
  let cursor: string | null = null;
  do {
    const res = await t.request({
      method: 'GET',
      url: `${url}${url.includes('?') ? '&' : '?'}limit=200${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`,
      as: admin,
    });
    expect(res.statusCode).toBe(200);
    items.push(...res.json().items);
    cursor = res.json().nextCursor;
  } while (cursor);
  return items;
};

describe('demo organisation', () => {
  it('has one user per role, each able to sign in with the demo password', async () => {
    for (const u of DEMO_USERS) {
      const res = await t.app.inject({
        method: 'POST',
        url: '/api/v1/auth/login',
        payload: { email: u.email, password: DEMO_PASSWORD },
      });
      expect({ email: u.email, status: res.statusCode }).toEqual({ email: u.email, status: 200 });
      expect(res.json().user.departmentId).toBeTruthy();
    }
  });

  it('has about twenty suppliers in several currencies, one on hold and one blocked', async () => {
    const suppliers = await all('/api/v1/suppliers');
    expect(suppliers).toHaveLength(20);
    expect(suppliers.filter((s) => s.status === 'on_hold')).toHaveLength(1);
    expect(suppliers.filter((s) => s.status === 'blocked')).toHaveLength(1);
    expect(new Set(suppliers.map((s) => s.defaultCurrency))).toEqual(new Set(['USD', 'EUR', 'GBP']));
  });

  it('has about a hundred items across categories, with price lists that have quantity breaks', async () => {
    const items = await all('/api/v1/items');
    expect(items.length).toBeGreaterThanOrEqual(95);
    const categories = await all('/api/v1/item-categories');
    expect(categories.length).toBeGreaterThanOrEqual(8);

    const laptop = items.find((i) => i.sku === 'ITH-2001')!;
    const entries = await all(`/api/v1/price-list-entries?itemId=${laptop.id}`);
    expect(entries.length).toBeGreaterThanOrEqual(4);
    const supplierId = entries[0]!.supplierId as string;
    const one = await t.request({
      method: 'GET',
      url: `/api/v1/price-lookup?supplierId=${supplierId}&itemId=${laptop.id}&quantity=1&date=2026-06-01`,
      as: admin,
    });
    const hundred = await t.request({
      method: 'GET',
      url: `/api/v1/price-lookup?supplierId=${supplierId}&itemId=${laptop.id}&quantity=100&date=2026-06-01`,
      as: admin,
    });
    expect(one.statusCode).toBe(200);
    expect(hundred.statusCode).toBe(200);
    expect(Number(hundred.json().unitPrice)).toBeLessThan(Number(one.json().unitPrice));
  });

  it('has departments with cost centres, exchange rates and the organisation name', async () => {
    expect((await all('/api/v1/departments')).length).toBe(5);
    expect((await all('/api/v1/cost-centres')).length).toBe(10);
    const rate = await t.request({
      method: 'GET',
      url: '/api/v1/exchange-rates/lookup?currency=EUR&date=2026-03-15',
      as: admin,
    });
    expect(rate.statusCode).toBe(200);
    const settings = await t.request({ method: 'GET', url: '/api/v1/settings', as: admin });
    expect(settings.json()).toMatchObject({ organisationName: 'Northwind Labs Inc.', baseCurrency: 'USD' });
  });

  it('has requisitions of the demo requester in every state up to approved, and lines on the workbench', async () => {
    const requisitions = await all('/api/v1/requisitions');
    expect(new Set(requisitions.map((r) => r.status))).toEqual(
      new Set(['draft', 'submitted', 'approved', 'cancelled']),
    );
    // The rejected one is back with its requester, the reason on it.
    expect(requisitions.some((r) => r.status === 'draft' && typeof r.decisionReason === 'string')).toBe(true);
    const lines = await all('/api/v1/workbench/lines');
    expect(lines.length).toBeGreaterThanOrEqual(6);
    expect(lines.filter((l) => l.price !== null).length).toBeGreaterThanOrEqual(5);
  });

  it('ships the approval policies of purchase orders and requisitions, explained on a draft', async () => {
    const policies = await t.request({ method: 'GET', url: '/api/v1/approval-policies', as: admin });
    expect(
      policies
        .json()
        .items.map((p: { documentType: string; enabled: boolean; steps: unknown[] }) => [
          p.documentType,
          p.enabled,
          p.steps.length,
        ]),
    ).toEqual([
      ['purchase_order', true, 3],
      ['requisition', true, 1],
    ]);
    const drafts = await all('/api/v1/requisitions?status=draft');
    const route = await t.request({
      method: 'GET',
      url: `/api/v1/requisitions/${drafts[0]!.id}/approval-route`,
      as: admin,
    });
    expect(route.json()).toMatchObject({ kind: 'preview', policy: { name: 'Requisitions by amount' } });
  });

  it('has supplier invoices for accounts payable: one matched (its order closed), one an exception, one approved in a proposed payment run', async () => {
    const invoices = await all('/api/v1/invoices');
    // The rest are the history's invoices (below), matched long ago.
    const statuses = invoices.map((i) => i.status);
    expect(new Set(statuses)).toEqual(new Set(['approved_for_payment', 'exception', 'matched']));
    expect(statuses.filter((s) => s === 'exception')).toHaveLength(1);
    expect(statuses.filter((s) => s === 'approved_for_payment')).toHaveLength(1);
    const exception = invoices.find((i) => i.status === 'exception') as {
      exceptions: { kind: string; message: string }[];
      dueDate: string;
    };
    expect(exception.exceptions[0]).toMatchObject({ kind: 'price' });
    expect(exception.exceptions[0]!.message).toContain('price +');
    const matched = invoices.find((i) => i.supplierInvoiceNumber === '2026-10417')!;
    expect(matched.status).toBe('matched');
    const order = await t.request({
      method: 'GET',
      url: `/api/v1/purchase-orders/${matched.purchaseOrderId}`,
      as: admin,
    });
    expect(order.json().status).toBe('closed');
    const approved = invoices.find((i) => i.status === 'approved_for_payment')!;
    const runs = await all('/api/v1/payment-runs');
    expect(runs).toHaveLength(1);
    const run = await t.request({ method: 'GET', url: `/api/v1/payment-runs/${runs[0]!.id}`, as: admin });
    expect(run.json()).toMatchObject({ status: 'draft', lines: [{ invoiceId: approved.id, reason: 'due' }] });
    // The demo's USD suppliers are paid by bank transfer: nothing stops the run.
    expect(run.json().suppliers[0]).toMatchObject({ method: 'bank_transfer', problems: [] });
  });

  it('has months of history of four suppliers, whose scorecards grade them A, B, C and D', async () => {
    const res = await t.request({ method: 'GET', url: '/api/v1/scorecards?limit=50', as: admin });
    expect(res.statusCode).toBe(200);
    const rows = res.json().items as { supplier: { id: string; code: string }; grade: string | null }[];
    // Best first: the four graded suppliers lead, the others have too few orders for a grade.
    expect(rows.slice(0, 4).map((r) => [r.supplier.code, r.grade])).toEqual([
      ['INDUSUPPLY', 'A'],
      ['BOXMASTER', 'B'],
      ['POLYMERX', 'C'],
      ['QUICKPARTS', 'D'],
    ]);
    expect(rows.slice(4).every((r) => r.grade === null)).toBe(true);

    // Every order of the history (ordered before this month) is closed: nothing of it waits in
    // anyone's queue or report.
    const today = t.clock.now().toISOString().slice(0, 10);
    const thisMonth = `${today.slice(0, 7)}-01`;
    for (const { supplier } of rows.slice(0, 4)) {
      const orders = (await all(`/api/v1/purchase-orders?supplierId=${supplier.id}`)).filter(
        (o) => (o.orderDate as string) < thisMonth,
      );
      expect(orders.length).toBeGreaterThanOrEqual(4);
      expect(new Set(orders.map((o) => o.status))).toEqual(new Set(['closed']));
    }
    const grni = await t.request({ method: 'GET', url: `/api/v1/reports/grni?asOf=${today}`, as: admin });
    const graded = new Set(rows.slice(0, 4).map((r) => r.supplier.code));
    expect(
      (grni.json().orders as { supplierCode: string }[]).filter((o) => graded.has(o.supplierCode)),
    ).toEqual([]);

    // QuickParts' scorecard: five months of trend, and its late lines named by order.
    const quickParts = rows[3]!.supplier.id;
    const card = await t.request({
      method: 'GET',
      url: `/api/v1/suppliers/${quickParts}/scorecard`,
      as: admin,
    });
    expect(card.json()).toMatchObject({ orders: 4, enoughData: true, grade: 'D' });
    expect(card.json().trend.filter((p: { orders: number }) => p.orders > 0)).toHaveLength(4);
    const late = await t.request({
      method: 'GET',
      url: `/api/v1/suppliers/${quickParts}/scorecard/drill-down?measure=onTime&outcome=failed`,
      as: admin,
    });
    expect(late.json()).toMatchObject({ passed: 1, counted: 8 });
    expect(late.json().items).toHaveLength(7);
    expect(late.json().items.every((r: { daysLate: number }) => r.daysLate > 0)).toBe(true);
  });

  it('leaves an intact audit trail, which verifies once sealed', async () => {
    const res = await t.request({ method: 'POST', url: '/api/v1/audit/verify', as: admin });
    expect(res.json()).toMatchObject({ sealed: 0, checkpoints: 0 });
    expect(res.json().unsealed).toBe(res.json().entries);
    // The history's entries were written months back: until the sealer first runs (at start), the
    // one fault is that they wait for it. Nothing is wrong with any entry.
    expect(res.json().problems.map((p: { problem: string }) => p.problem)).toEqual([
      expect.stringMatching(/entries unsealed for more than a minute; is the sealer running\?/),
    ]);
    const seal = await t.request({ method: 'POST', url: '/api/v1/audit/seal', as: admin });
    expect(seal.json()).toMatchObject({
      outcome: 'sealed',
      checkpoint: { id: 1, entryCount: res.json().entries },
    });
    const sealed = await t.request({ method: 'POST', url: '/api/v1/audit/verify', as: admin });
    expect(sealed.json()).toMatchObject({
      ok: true,
      unsealed: 0,
      checkpoints: 1,
      published: 1,
      problems: [],
    });
    expect(sealed.json().sealed).toBe(res.json().entries);
    expect(res.json().entries).toBeGreaterThan(100);
  });
});
