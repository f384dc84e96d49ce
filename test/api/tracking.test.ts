import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runTrackingReminders } from '../../src/core/dispatch';
import { countTrackingRows } from '../../src/core/dispatch/repository';
import { seedPurchaseOrder } from '../../src/seed/purchase-order-factories';
import { createTestApp, relayNow, type TestApp } from '../helpers/app';
import { countingCtx } from '../helpers/counting';
import { ifMatch, PO, portalFixture, type Who } from '../helpers/portal';

/**
 * Delivery tracking: the board's lines and states as the order goes (sent, acknowledged, shipped,
 * late), the counts, the export, and the reminders. The test clock starts on 2026-03-02.
 */

let t: TestApp;
let f: Awaited<ReturnType<typeof portalFixture>>;
const DAY = 86_400_000;

const day = (offset: number) => new Date(t.clock.now().getTime() + offset * DAY).toISOString().slice(0, 10);

async function as(email: string): Promise<Who> {
  return { cookie: await t.signIn(email) };
}

async function board(who: Who, query = '', limit = 100) {
  const res = await t.request({
    method: 'GET',
    url: `/api/v1/tracking/lines?limit=${limit}${query}`,
    as: who,
  });
  expect(res.statusCode, res.body).toBe(200);
  return res.json() as {
    items: {
      orderNumber: string;
      lineNo: number;
      state: string;
      risk: string[];
      expectedDate: string | null;
    }[];
    nextCursor: string | null;
  };
}

async function sendOrder(supplierId: string, neededBy: string, quantities = ['10', '20']) {
  const po = await seedPurchaseOrder(t.ctx, {
    buyer: f.buyerActor,
    supplierId,
    orderDate: day(0),
    lines: quantities.map((quantity) => ({ itemId: f.itemId, quantity, unitPrice: '5.00', neededBy })),
    status: 'approved',
  });
  const buyer = await as(f.buyerEmail);
  const res = await t.request({
    method: 'POST',
    url: `${PO}/${po.id}/send`,
    as: buyer,
    headers: ifMatch(po),
    payload: {},
  });
  expect(res.statusCode, res.body).toBe(200);
  await relayNow(t.ctx);
  return res.json() as { id: string; number: string; revision: number };
}

beforeAll(async () => {
  t = await createTestApp();
  f = await portalFixture(t);
}, 60_000);
afterAll(async () => {
  await t.close();
});

describe('delivery tracking', () => {
  it('follows a line from sent to at risk, acknowledged, shipped late and late, with counts and the export', async () => {
    const supplier = await f.supplierWithContact();
    const me = await f.supplierUser(supplier.id);
    const meEmail = me.email!;
    const order = await sendOrder(supplier.id, day(10));
    const buyer = await as(f.buyerEmail);
    const mine = (b: Awaited<ReturnType<typeof board>>) =>
      b.items.filter((l) => l.orderNumber === order.number);

    expect(mine(await board(buyer))).toMatchObject([
      { lineNo: 1, state: 'not_acknowledged', expectedDate: day(10) },
      { lineNo: 2, state: 'not_acknowledged' },
    ]);

    // Two days without an answer (acknowledgementDueDays 2): at risk, and the supplier is reminded.
    t.clock.advance(3 * DAY);
    const buyer2 = await as(f.buyerEmail);
    expect(mine(await board(buyer2))).toMatchObject([
      { lineNo: 1, state: 'at_risk', risk: ['not_acknowledged'] },
      { lineNo: 2, state: 'at_risk', risk: ['not_acknowledged'] },
    ]);
    const first = await runTrackingReminders(t.ctx);
    expect(first.suppliersReminded).toBeGreaterThanOrEqual(1);
    expect(first.buyersTold).toBeGreaterThanOrEqual(1);
    // The same day, nothing twice.
    const again = await runTrackingReminders(t.ctx);
    expect(again).toEqual({ buyersTold: 0, suppliersReminded: 0 });
    const supplierInbox = (
      await t.request({ method: 'GET', url: '/api/v1/notifications?limit=20', as: await as(meEmail) })
    ).json().items as { kind: string; title: string }[];
    expect(supplierInbox.filter((n) => n.kind === 'supplier_reminder').map((n) => n.title)).toEqual([
      `Reminder: please answer order ${order.number}`,
    ]);
    const buyerInbox = (
      await t.request({ method: 'GET', url: '/api/v1/notifications?limit=50', as: buyer2 })
    ).json().items as { kind: string; title: string }[];
    expect(buyerInbox.filter((n) => n.title === `Delivery of ${order.number} is at risk`)).toHaveLength(1);

    // The supplier accepts line 1 as needed and promises line 2 two days late.
    const me2 = await as(meEmail);
    const answered = await t.request({
      method: 'POST',
      url: `${PO}/${order.id}/supplier-response`,
      as: me2,
      payload: {
        orderRevision: order.revision,
        lines: [
          { lineNo: 1, decision: 'accept' },
          { lineNo: 2, decision: 'accept', promisedDate: day(9) },
        ],
      },
    });
    expect(answered.statusCode, answered.body).toBe(201);
    await relayNow(t.ctx);
    expect(mine(await board(buyer2))).toMatchObject([
      { lineNo: 1, state: 'on_track', risk: [] },
      { lineNo: 2, state: 'at_risk', risk: ['promised_late'], expectedDate: day(9) },
    ]);

    // Line 1 ships, expected a day after it was promised: at risk, and the ship notice's date counts.
    const shipped = await t.request({
      method: 'POST',
      url: `${PO}/${order.id}/ship-notices`,
      as: me2,
      payload: { despatchDate: day(0), expectedDeliveryDate: day(8), lines: [{ lineNo: 1, quantity: '10' }] },
    });
    expect(shipped.statusCode, shipped.body).toBe(201);
    await relayNow(t.ctx);
    expect(mine(await board(buyer2))[0]).toMatchObject({
      lineNo: 1,
      state: 'at_risk',
      risk: ['expected_moved'],
      expectedDate: day(8),
    });

    // Filters and counts.
    expect((await board(buyer2, `&supplierId=${supplier.id}&state=at_risk`)).items).toHaveLength(2);
    expect((await board(buyer2, `&supplierId=${supplier.id}&state=on_track`)).items).toHaveLength(0);
    expect(
      (await board(buyer2, `&supplierId=${supplier.id}&from=${day(9)}&to=${day(9)}`)).items,
    ).toMatchObject([{ lineNo: 2 }]);
    const counts = await t.request({
      method: 'GET',
      url: `/api/v1/tracking/counts?supplierId=${supplier.id}`,
      as: buyer2,
    });
    expect(counts.json()).toEqual({
      late: { count: 0, more: false },
      at_risk: { count: 2, more: false },
      not_acknowledged: { count: 0, more: false },
      on_track: { count: 0, more: false },
    });
    // The four counts are one statement (one round trip and one connection under load).
    const counting = countingCtx(t);
    const direct = await countTrackingRows(counting.ctx.db, {
      filter: { supplierId: supplier.id },
      visibility: 'all',
      clock: { today: day(0), ackCutoff: new Date(t.clock.now().getTime() - 3 * DAY) },
      cap: 1000,
    });
    expect(direct).toEqual(counts.json());
    expect(counting.count()).toBe(1);

    // Past the expected dates: late, told once more (late after at risk), never twice.
    t.clock.advance(12 * DAY);
    const buyer3 = await as(f.buyerEmail);
    expect(mine(await board(buyer3)).map((l) => l.state)).toEqual(['late', 'late']);
    const lateRun = await runTrackingReminders(t.ctx);
    expect(lateRun.buyersTold).toBeGreaterThanOrEqual(1);
    const inbox = (
      await t.request({ method: 'GET', url: '/api/v1/notifications?limit=50', as: buyer3 })
    ).json().items as { title: string }[];
    expect(inbox.filter((n) => n.title === `Delivery of ${order.number} is late`)).toHaveLength(1);
    expect((await runTrackingReminders(t.ctx)).buyersTold).toBe(0);

    const csv = await t.request({
      method: 'GET',
      url: `/api/v1/tracking/lines/export?format=csv&supplierId=${supplier.id}`,
      as: buyer3,
    });
    expect(csv.statusCode).toBe(200);
    const rows = csv.body
      .replace(/^\uFEFF/, '')
      .trim()
      .split(/\r?\n/);
    expect(rows[0]).toMatch(/^Order,Line,State,Supplier/);
    expect(rows.slice(1).map((r) => r.split(',').slice(0, 3).join(','))).toEqual([
      `${order.number},1,Late`,
      `${order.number},2,Late`,
    ]);
  });

  it('reminds the supplier of a delivery due, pages with a cursor, drops lines of a cancelled order, and keeps to row access', async () => {
    const supplier = await f.supplierWithContact();
    const me = await f.supplierUser(supplier.id);
    const meEmail = me.email!;
    const due = await sendOrder(supplier.id, day(3), ['1']);
    const answered = await t.request({
      method: 'POST',
      url: `${PO}/${due.id}/supplier-response`,
      as: me,
      payload: { orderRevision: due.revision, lines: [{ lineNo: 1, decision: 'accept' }] },
    });
    expect(answered.statusCode, answered.body).toBe(201);
    await relayNow(t.ctx);
    await runTrackingReminders(t.ctx);
    const inbox = (
      await t.request({ method: 'GET', url: '/api/v1/notifications?limit=20', as: await as(meEmail) })
    ).json().items as { kind: string; title: string }[];
    expect(inbox.filter((n) => n.kind === 'supplier_reminder').map((n) => n.title)).toEqual([
      `Reminder: delivery of ${due.number} is due on ${day(3)}`,
    ]);

    const many = await sendOrder(supplier.id, day(20), ['1', '2', '3', '4', '5']);
    const buyer = await as(f.buyerEmail);
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const page: Awaited<ReturnType<typeof board>> = await board(
        buyer,
        `&supplierId=${supplier.id}${cursor ? `&cursor=${cursor}` : ''}`,
        2,
      );
      seen.push(...page.items.map((l) => `${l.orderNumber}/${l.lineNo}`));
      cursor = page.nextCursor;
    } while (cursor);
    expect(seen).toEqual([`${due.number}/1`, ...[1, 2, 3, 4, 5].map((n) => `${many.number}/${n}`)]);
    const bad = await t.request({
      method: 'GET',
      url: '/api/v1/tracking/lines?cursor=eyJrIjoxLCJpZCI6IngifQ',
      as: buyer,
    });
    expect(bad.statusCode).toBe(422);

    // On hold (as while a change waits for approval), the supplier still delivers what it has.
    const before = (await t.request({ method: 'GET', url: `${PO}/${many.id}`, as: buyer })).json();
    const held = await t.request({
      method: 'POST',
      url: `${PO}/${many.id}/hold`,
      as: buyer,
      headers: ifMatch(before),
      payload: { reason: 'Budget review' },
    });
    expect(held.statusCode, held.body).toBe(200);
    await relayNow(t.ctx);
    expect((await board(buyer, `&supplierId=${supplier.id}`)).items).toHaveLength(6);
    const current = (await t.request({ method: 'GET', url: `${PO}/${many.id}`, as: buyer })).json();
    const cancelled = await t.request({
      method: 'POST',
      url: `${PO}/${many.id}/cancel`,
      as: buyer,
      headers: ifMatch(current),
      payload: { reason: 'Project stopped' },
    });
    expect(cancelled.statusCode, cancelled.body).toBe(200);
    await relayNow(t.ctx);
    expect((await board(buyer, `&supplierId=${supplier.id}`)).items.map((l) => l.orderNumber)).toEqual([
      due.number,
    ]);

    // A supplier's user has no board; a requester sees only its department's orders (none here).
    expect(
      (await t.request({ method: 'GET', url: '/api/v1/tracking/lines', as: await as(meEmail) })).statusCode,
    ).toBe(403);
    const requester = await t.loginAs(['requester']);
    expect((await board(requester)).items).toEqual([]);
  });
});
