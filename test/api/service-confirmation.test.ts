import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedItem } from '../../src/seed/catalog-factories';
import { seedDepartment } from '../../src/seed/organisation-factories';
import { seedPurchaseOrder } from '../../src/seed/purchase-order-factories';
import { createTestApp, type TestApp } from '../helpers/app';
import { ifMatch, PO, portalFixture, type Who } from '../helpers/portal';
import { seedUser } from '../helpers/seed';

let t: TestApp;
let f: Awaited<ReturnType<typeof portalFixture>>;
let requester: Who;
let outsider: Who;
let receiver: Who;
let departmentId: string;

const RECEIPTS = '/api/v1/receipts';

function confirm(as: Who, purchaseOrderId: string, lines: object[]) {
  return t.request({ method: 'POST', url: RECEIPTS, as, payload: { purchaseOrderId, lines } });
}

/**
 * A sent order of 10 days of consulting at 800.00 with 10 % discount (720.00 net a day) and 5
 * network switches (goods), in the requester's department.
 */
async function serviceOrder() {
  const consulting = await seedItem(t.ctx, { name: 'Consulting day', service: true });
  const supplier = await f.supplierWithContact();
  const po = await seedPurchaseOrder(t.ctx, {
    buyer: f.buyerActor,
    supplierId: supplier.id,
    departmentId,
    status: 'approved',
    lines: [
      {
        itemId: consulting.id,
        quantity: '10',
        unitPrice: '800.00',
        discountPercent: '10',
        unitCode: consulting.unitCode,
      },
      { itemId: f.itemId, quantity: '5', unitPrice: '120.00' },
    ],
  });
  const sent = await t.request({
    method: 'POST',
    url: `${PO}/${po.id}/send`,
    as: f.buyer,
    headers: ifMatch(po),
    payload: {},
  });
  expect(sent.statusCode, sent.body).toBe(200);
  return sent.json();
}

beforeAll(async () => {
  t = await createTestApp();
  f = await portalFixture(t);
  departmentId = (await seedDepartment(t.ctx, { name: 'Research' })).id;
  const user = await seedUser(t.ctx, { roles: ['requester'], departmentId });
  requester = { cookie: await t.signIn(user.email), userId: user.id };
  const other = await seedUser(t.ctx, {
    roles: ['requester'],
    departmentId: (await seedDepartment(t.ctx)).id,
  });
  outsider = { cookie: await t.signIn(other.email), userId: other.id };
  receiver = await t.loginAs(['receiver']);
}, 60_000);
afterAll(async () => {
  await t.close();
});

describe('services confirmed by amount or percentage of completion', () => {
  it('lets the requester confirm a service by percentage, then by amount; the order follows', async () => {
    const order = await serviceOrder();
    expect(order.lines.map((l: { service: boolean }) => l.service)).toEqual([true, false]);

    const first = await confirm(requester, order.id, [{ lineNo: 1, percentComplete: '25' }]);
    expect(first.statusCode, first.body).toBe(201);
    expect(first.json().lines).toMatchObject([
      { lineNo: 1, quantity: '2.5', confirmedPercent: '25', confirmedAmount: null, status: 'accepted' },
    ]);
    // 1,440.00 at 720.00 net a day: 2 days more.
    const second = await confirm(requester, order.id, [{ lineNo: 1, amount: '1440' }]);
    expect(second.statusCode, second.body).toBe(201);
    expect(second.json().lines[0]).toMatchObject({ quantity: '2', confirmedAmount: '1440' });

    let now = await f.getOrder(order.id);
    expect(now.status).toBe('partially_received');
    expect(now.lines[0]).toMatchObject({ quantityAccepted: '4.5', progress: { acceptedPercent: '45.00' } });

    // 40 % is less than the 45 % confirmed: nothing to add.
    const behind = await confirm(requester, order.id, [{ lineNo: 1, percentComplete: '40' }]);
    expect(behind.statusCode).toBe(422);
    expect(behind.json().errors).toEqual([
      {
        path: 'lines[0].percentComplete',
        message: 'is not more than line 1 was confirmed complete already: 45 %',
      },
    ]);

    // The buyer confirms the rest as done; the dock receives the switches: the order is received.
    const done = await confirm(f.buyer, order.id, [{ lineNo: 1, percentComplete: '100' }]);
    expect(done.statusCode, done.body).toBe(201);
    expect(done.json().lines[0].quantity).toBe('5.5');
    const goods = await confirm(receiver, order.id, [{ lineNo: 2, quantity: '5' }]);
    expect(goods.statusCode, goods.body).toBe(201);
    now = await f.getOrder(order.id);
    expect(now.status).toBe('received');
  });

  it('keeps goods for the dock and checks every way of confirming', async () => {
    const order = await serviceOrder();
    const goods = await confirm(requester, order.id, [{ lineNo: 2, quantity: '5' }]);
    expect(goods.statusCode).toBe(422);
    expect(goods.json().errors).toEqual([
      {
        path: 'lines[0].lineNo',
        message: 'line 2 is goods: the dock receives it (a receiver); you may confirm service lines',
      },
    ]);
    const cases: [object, string][] = [
      [{ lineNo: 2, amount: '100' }, 'lines[0].amount'],
      [{ lineNo: 1, amount: '100', percentComplete: '10' }, 'lines[0].quantity'],
      [{ lineNo: 1 }, 'lines[0].quantity'],
      [{ lineNo: 1, percentComplete: '101' }, 'lines[0].percentComplete'],
      [{ lineNo: 1, amount: '-5' }, 'lines[0].amount'],
      // Beyond what an amount can hold: refused before anything is computed or written.
      [{ lineNo: 1, amount: '12345678901234567' }, 'lines[0].amount'],
      // 11 days' worth is beyond the 10 ordered (no tolerance).
      [{ lineNo: 1, amount: '7920' }, 'lines[0].quantity'],
    ];
    for (const [line, path] of cases) {
      const res = await confirm(receiver, order.id, [line]);
      expect(res.statusCode, `${JSON.stringify(line)} ${res.body}`).toBe(422);
      expect(res.json().errors.map((e: { path: string }) => e.path)).toContain(path);
    }
    // A requester of another department does not see the order; a supplier may not confirm.
    expect((await confirm(outsider, order.id, [{ lineNo: 1, percentComplete: '10' }])).statusCode).toBe(404);
    const approver = await t.loginAs(['approver']);
    expect((await confirm(approver, order.id, [{ lineNo: 1, percentComplete: '10' }])).statusCode).toBe(403);
    const received = (await f.getOrder(order.id)).lines.map(
      (l: { quantityReceived: string }) => l.quantityReceived,
    );
    expect(received).toEqual(['0', '0']);
  });
});
