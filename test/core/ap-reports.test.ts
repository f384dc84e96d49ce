import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as invoicing from '../../src/core/invoicing';
import * as receiving from '../../src/core/receiving';
import { apAgingReport, grniReport, orderGrni } from '../../src/core/reporting';
import type { Actor } from '../../src/core/shared/actor';
import { agingBucketOf } from '../../src/domain/invoicing';
import { seedExchangeRate } from '../../src/seed/organisation-factories';
import { actorFor, seedPurchaseOrder } from '../../src/seed/purchase-order-factories';
import { createTestApp, type TestApp } from '../helpers/app';
import { ifMatch, PO, portalFixture } from '../helpers/portal';
import { seedSupplier, seedUser } from '../helpers/seed';

/**
 * GRNI and AP aging on the database itself (PGlite, or PostgreSQL with TEST_DATABASE_URL), with
 * figures computed by hand. Each supplier is new, so each report is read for that supplier alone.
 * The clock stands at 2026-03-02 09:00 UTC; tax is 19 %.
 */
let t: TestApp;
let f: Awaited<ReturnType<typeof portalFixture>>;
let ap: Actor;
let receiver: Actor;

beforeAll(async () => {
  t = await createTestApp();
  f = await portalFixture(t);
  ap = actorFor(await seedUser(t.ctx, { roles: ['accounts_payable'] }));
  receiver = actorFor(await seedUser(t.ctx, { roles: ['receiver'] }));
  await seedExchangeRate(t.ctx, { currency: 'EUR', rate: '1.0837', validOn: '2026-01-01' });
}, 60_000);
afterAll(async () => {
  await t.close();
});

async function sentOrder(supplierId: string, quantity: string, unitPrice: string, currency?: string) {
  const po = await seedPurchaseOrder(t.ctx, {
    buyer: f.buyerActor,
    supplierId,
    orderDate: '2026-02-01',
    ...(currency ? { currency } : {}),
    lines: [{ itemId: f.itemId, quantity, unitPrice, neededBy: '2027-01-15' }],
    status: 'approved',
  });
  const res = await t.request({
    method: 'POST',
    url: `${PO}/${po.id}/send`,
    as: f.buyer,
    headers: ifMatch(po),
    payload: {},
  });
  expect(res.statusCode, res.body).toBe(200);
  return po;
}

function invoiceOf(
  orderId: string,
  quantity: string,
  unitPrice: string,
  extra: Partial<invoicing.InvoiceInput> = {},
) {
  return invoicing.createInvoice(t.ctx, {
    actor: ap,
    source: 'form',
    input: {
      purchaseOrderId: orderId,
      supplierInvoiceNumber: `SI-${Math.random().toString(36).slice(2, 10)}`,
      issueDate: '2026-03-01',
      lines: [{ orderLineNo: 1, quantity, unitPrice }],
      ...extra,
    },
  });
}

describe('goods received not invoiced', () => {
  it('is what was accepted less what was invoiced by the day asked: before the receipt, after it, after the invoice', async () => {
    const supplier = await f.supplierWithContact();
    // 10 at 20.00; 6 received on 20 February, 4 of them invoiced (matched) today, 2 March.
    const order = await sentOrder(supplier.id, '10', '20.00');
    await receiving.createReceipt(t.ctx, {
      actor: receiver,
      input: { purchaseOrderId: order.id, receivedOn: '2026-02-20', lines: [{ lineNo: 1, quantity: '6' }] },
    });
    const inv = await invoiceOf(order.id, '4', '20.00');
    expect(inv.status).toBe('matched');

    const before = await grniReport(t.ctx, { asOf: '2026-02-19', supplierId: supplier.id });
    expect(before).toMatchObject({
      asOf: '2026-02-19',
      baseCurrency: 'USD',
      orders: [],
      suppliers: [],
      totalBase: '0.00',
    });

    // 6 × 20.00 = 120.00, nothing invoiced yet on 1 March.
    const received = await grniReport(t.ctx, { asOf: '2026-03-01', supplierId: supplier.id });
    expect(received).toMatchObject({
      orders: [
        {
          purchaseOrderId: order.id,
          purchaseOrderNumber: order.number,
          supplierId: supplier.id,
          currency: 'USD',
          amount: '120.00',
          amountBase: '120.00',
        },
      ],
      suppliers: [
        {
          supplierId: supplier.id,
          amountBase: '120.00',
          amounts: [{ currency: 'USD', amount: '120.00' }],
          orderCount: 1,
        },
      ],
      totalBase: '120.00',
      totals: [{ currency: 'USD', amount: '120.00' }],
    });

    // On 2 March 4 are invoiced: (6 − 4) × 20.00 = 40.00.
    const invoiced = await grniReport(t.ctx, { asOf: '2026-03-02', supplierId: supplier.id });
    expect(invoiced.orders.map((o) => o.amount)).toEqual(['40.00']);
    expect(invoiced.totalBase).toBe('40.00');

    // The order's own view, per line, today and as of 1 March.
    const today = await orderGrni(t.ctx, { actor: f.buyerActor, id: order.id });
    expect(today).toMatchObject({
      asOf: '2026-03-02',
      amount: '40.00',
      lines: [
        {
          lineNo: 1,
          quantityAccepted: '6',
          quantityInvoiced: '4',
          quantityNotInvoiced: '2',
          unitPrice: '20.000000',
          amount: '40.0000',
        },
      ],
    });
    expect((await orderGrni(t.ctx, { actor: f.buyerActor, id: order.id, asOf: '2026-03-01' })).amount).toBe(
      '120.00',
    );
  });

  it('values a foreign-currency order at its own price and in base currency at its rate; a reversal counts from its day', async () => {
    const supplier = await seedSupplier(t.ctx, {
      defaultCurrency: 'EUR',
      contacts: [
        { name: 'Orders', email: `o-${Math.random().toString(36).slice(2)}@eur.example`, orderContact: true },
      ],
    });
    // 5 at 10.00 EUR = 50.00 EUR; at 1.0837: 54.185 → 54.19 USD.
    const order = await sentOrder(supplier.id, '5', '10.00', 'EUR');
    const receipt = await receiving.createReceipt(t.ctx, {
      actor: receiver,
      input: { purchaseOrderId: order.id, receivedOn: '2026-02-10', lines: [{ lineNo: 1, quantity: '5' }] },
    });
    await receiving.reverseReceipt(t.ctx, {
      actor: receiver,
      receiptId: receipt.id,
      input: { reason: 'Counted twice', lines: [{ lineNo: 1, quantity: '2' }] },
    });
    const early = await grniReport(t.ctx, { asOf: '2026-02-12', supplierId: supplier.id });
    expect(early.orders).toMatchObject([{ currency: 'EUR', amount: '50.00', amountBase: '54.19' }]);
    expect(early.totals).toEqual([{ currency: 'EUR', amount: '50.00' }]);
    // The reversal is dated today (2 March): 3 × 10.00 = 30.00 EUR = 32.511 → 32.51.
    const now = await grniReport(t.ctx, { asOf: '2026-03-02', supplierId: supplier.id });
    expect(now.orders).toMatchObject([{ amount: '30.00', amountBase: '32.51' }]);
  });
});

describe('AP aging', () => {
  it('puts each open invoice in its bucket at the boundaries (0, 1, 30, 31, 60, 61, 90, 91 days past due) and leaves out drafts and rejected ones', () => {
    expect([-5, 0, 1, 30, 31, 60, 61, 90, 91].map(agingBucketOf)).toEqual([
      'current',
      'current',
      'days1To30',
      'days1To30',
      'days31To60',
      'days31To60',
      'days61To90',
      'days61To90',
      'over90',
    ]);
  });

  it('on the database: per supplier and currency, credit notes negative, base totals, a past day without the invoices issued after it', async () => {
    const supplier = await f.supplierWithContact();
    const order = await sentOrder(supplier.id, '100', '20.00');
    const asOf = '2026-03-02';
    const dayMs = 86_400_000;
    // Invoice k bills k units (23.80 each with tax) and is `days` past due on 2 March (net 30).
    const cases = [
      { k: 1, days: 0 },
      { k: 2, days: 1 },
      { k: 3, days: 30 },
      { k: 4, days: 31 },
      { k: 5, days: 60 },
      { k: 6, days: 61 },
      { k: 7, days: 90 },
      { k: 8, days: 91 },
    ];
    for (const c of cases) {
      const due = new Date(Date.parse(asOf) - c.days * dayMs);
      const issueDate = new Date(due.getTime() - 30 * dayMs).toISOString().slice(0, 10);
      const inv = await invoiceOf(order.id, String(c.k), '20.00', { issueDate });
      expect(inv.dueDate).toBe(due.toISOString().slice(0, 10));
      expect(['matching', 'exception']).toContain(inv.status);
    }
    // A credit note for 1 unit (−23.80), not yet due.
    await invoiceOf(order.id, '1', '20.00', { kind: 'credit_note', issueDate: '2026-03-01' });
    // Left out: a draft, and a rejected invoice.
    await invoiceOf(order.id, '9', '20.00', { submit: false });
    const rejected = await invoiceOf(order.id, '10', '20.00', { issueDate: '2026-02-27' });
    await invoicing.rejectInvoice(t.ctx, {
      actor: ap,
      id: rejected.id,
      version: rejected.version,
      reason: 'Wrong order',
    });

    const report = await apAgingReport(t.ctx, { asOf, supplierId: supplier.id });
    // current 23.80 − 23.80; 1–30: 5 × 23.80; 31–60: 9 × 23.80; 61–90: 13 × 23.80; over 90: 8 × 23.80.
    const amounts = {
      current: '0.00',
      days1To30: '119.00',
      days31To60: '214.20',
      days61To90: '309.40',
      over90: '190.40',
      total: '833.00',
    };
    expect(report).toEqual({
      asOf,
      baseCurrency: 'USD',
      rows: [
        {
          supplierId: supplier.id,
          supplierCode: supplier.code,
          supplierName: supplier.legalName,
          currency: 'USD',
          amounts,
          amountsBase: amounts,
          invoiceCount: 9,
        },
      ],
      totals: [{ currency: 'USD', amounts }],
      totalsBase: amounts,
    });
    // A month earlier, only the invoices issued by then count, and every one was less overdue.
    const earlier = await apAgingReport(t.ctx, { asOf: '2026-01-31', supplierId: supplier.id });
    // On 31 January the 8 invoices were 30 days less overdue (−30, −29, 0, 1, 30, 31, 60, 61) and the
    // credit note not yet issued: current 6 × 23.80, 1–30 9 × 23.80, 31–60 13 × 23.80, 61–90 8 × 23.80.
    expect(earlier.totalsBase).toEqual({
      current: '142.80',
      days1To30: '214.20',
      days31To60: '309.40',
      days61To90: '190.40',
      over90: '0.00',
      total: '856.80',
    });
  });
});

describe('API', () => {
  it('answers both reports and the order view, with 422 naming a bad asOf and 404 for an unknown order', async () => {
    const finance = await t.loginAs(['finance']);
    const grni = await t.request({ method: 'GET', url: '/api/v1/reports/grni?asOf=2026-03-02', as: finance });
    expect(grni.statusCode, grni.body).toBe(200);
    expect(grni.json()).toMatchObject({ asOf: '2026-03-02', baseCurrency: 'USD' });
    const aging = await t.request({
      method: 'GET',
      url: '/api/v1/reports/ap-aging?asOf=2026-03-02',
      as: finance,
    });
    expect(aging.statusCode, aging.body).toBe(200);
    expect(aging.json().totalsBase).toHaveProperty('over90');
    for (const url of [
      '/api/v1/reports/grni?asOf=2026-02-30',
      '/api/v1/reports/ap-aging',
      '/api/v1/reports/ap-aging?asOf=yesterday',
    ]) {
      const bad = await t.request({ method: 'GET', url, as: finance });
      expect(bad.statusCode, url).toBe(422);
      expect(bad.json().errors.map((e: { path: string }) => e.path)).toEqual(['asOf']);
    }
    const csv = await t.request({
      method: 'GET',
      url: '/api/v1/reports/ap-aging/export?asOf=2026-03-02',
      as: finance,
    });
    expect(csv.statusCode).toBe(200);
    expect(csv.headers['content-type']).toContain('text/csv');
    expect(csv.body).toContain('Supplier code');
    expect(csv.body).toContain('Over 90 days');
    const grniCsv = await t.request({
      method: 'GET',
      url: '/api/v1/reports/grni/export?asOf=2026-03-02',
      as: finance,
    });
    expect(grniCsv.statusCode).toBe(200);
    expect(grniCsv.body).toContain('Not invoiced (base)');
    const missing = await t.request({
      method: 'GET',
      url: '/api/v1/purchase-orders/0190b9a0-0000-7000-8000-0000000000aa/goods-received-not-invoiced',
      as: finance,
    });
    expect(missing.statusCode).toBe(404);
    const requester = await t.loginAs(['requester']);
    const refused = await t.request({
      method: 'GET',
      url: '/api/v1/reports/ap-aging?asOf=2026-03-02',
      as: requester,
    });
    expect(refused.statusCode).toBe(403);
  });
});
