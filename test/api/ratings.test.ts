import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../helpers/app';
import { PO, type Who } from '../helpers/portal';
import { ratingFixture } from '../helpers/ratings';

/** The ratings API: POST and GET /purchase-orders/{id}/ratings, their statuses and problems. */
let t: TestApp;
let f: Awaited<ReturnType<typeof ratingFixture>>;
let requester: Who;
let receiver: Who;
let received: { id: string; number: string };

const ok = { delivery: 5, quality: 4, service: 3 };
const rate = (as: Who | undefined, orderId: string, payload: unknown, headers: Record<string, string> = {}) =>
  t.request({ method: 'POST', url: `${PO}/${orderId}/ratings`, as, payload: payload as object, headers });
const ratings = (as: Who, orderId: string) =>
  t.request({ method: 'GET', url: `${PO}/${orderId}/ratings`, as });

beforeAll(async () => {
  t = await createTestApp();
  f = await ratingFixture(t);
  requester = await f.as(f.requesterUser);
  receiver = await f.as(f.receiverUser);
  received = await f.requestedOrder(['2', '3']);
  await f.receive(received.id, [
    { lineNo: 1, quantity: '2' },
    { lineNo: 2, quantity: '3' },
  ]);
}, 120_000);
afterAll(async () => {
  await t.close();
});

describe('POST /purchase-orders/{id}/ratings', () => {
  it('rates a received order for its requester (201), listed for whoever sees the order, with an audit entry', async () => {
    const res = await rate(requester, received.id, { ...ok, comment: 'On time, well packed.', shared: true });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json()).toMatchObject({
      purchaseOrderId: received.id,
      lineNo: null,
      raterRole: 'requester',
      ratedBy: { id: f.requesterUser.id, name: 'Mara Quist' },
      ...ok,
      comment: 'On time, well packed.',
      shared: true,
    });
    const list = await ratings(f.buyer, received.id);
    expect(list.statusCode).toBe(200);
    expect(list.json()).toMatchObject({
      items: [{ id: res.json().id, raterRole: 'requester', comment: 'On time, well packed.' }],
      nextCursor: null,
      you: { raterRole: 'buyer', state: 'can_rate', reason: null, ratedLineNos: [] },
    });
    const mine = await ratings(requester, received.id);
    expect(mine.json().you).toEqual({
      raterRole: 'requester',
      state: 'rated',
      reason: null,
      ratedLineNos: [],
    });
    const audit = await t.request({
      method: 'GET',
      url: `/api/v1/audit?entityType=purchase_order&entityId=${received.id}`,
      as: await t.loginAs(['auditor']),
    });
    const entry = audit.json().items.find((e: { action: string }) => e.action === 'rated');
    expect(entry).toMatchObject({
      actorId: f.requesterUser.id,
      changes: {
        rating: { before: null, after: { raterRole: 'requester', delivery: 5, quality: 4, service: 3 } },
      },
    });
  });

  it('refuses a second rating of the same order or line (409) and keeps the first', async () => {
    const first = await rate(receiver, received.id, { ...ok, lineNo: 2 });
    expect(first.statusCode, first.body).toBe(201);
    expect(first.json()).toMatchObject({ raterRole: 'receiver', lineNo: 2 });
    const second = await rate(receiver, received.id, { delivery: 1, quality: 1, service: 1, lineNo: 2 });
    expect(second.statusCode).toBe(409);
    expect(second.json().detail).toContain(`already rated line 2 of purchase order ${received.number}`);
    const list = (await ratings(receiver, received.id)).json();
    expect(list.items.filter((r: { lineNo: number | null }) => r.lineNo === 2)).toEqual([
      expect.objectContaining({ id: first.json().id, delivery: 5 }),
    ]);
    expect(list.you).toMatchObject({ state: 'can_rate', ratedLineNos: [2] });
  });

  it('answers a retry with the same Idempotency-Key with the first rating, not a conflict', async () => {
    const order = await f.requestedOrder(['1']);
    await f.receive(order.id, [{ lineNo: 1, quantity: '1' }]);
    const headers = { 'idempotency-key': `rate-${order.id}` };
    const first = await rate(requester, order.id, ok, headers);
    expect(first.statusCode, first.body).toBe(201);
    const retry = await rate(requester, order.id, ok, headers);
    expect(retry.statusCode).toBe(201);
    expect(retry.headers['idempotent-replayed']).toBe('true');
    expect(retry.json().id).toBe(first.json().id);
    expect((await ratings(requester, order.id)).json().items).toHaveLength(1);
    const another = await rate(requester, order.id, ok, { 'idempotency-key': `rate-again-${order.id}` });
    expect(another.statusCode).toBe(409);
  });

  it('refuses anyone but the order’s requesters, receivers and buyer (403), and the supplier’s users (404)', async () => {
    for (const roles of [['buyer'], ['approver'], ['auditor'], ['receiver']] as const) {
      const stranger = await t.loginAs([...roles]);
      const res = await rate(stranger, received.id, ok);
      expect({ roles, status: res.statusCode }).toEqual({ roles, status: 403 });
    }
    const supplierUser = await f.supplierUser(f.supplierId);
    const bySupplier = await rate(supplierUser, received.id, ok);
    expect(bySupplier.statusCode).toBe(404);
    expect((await ratings(supplierUser, received.id)).statusCode).toBe(404);
    expect((await rate(undefined, received.id, ok)).statusCode).toBe(401);
  });

  it('answers 404 for an unknown order and for one the caller cannot see', async () => {
    const unknown = '0190b9a0-0000-7000-8000-0000000000ab';
    expect((await rate(requester, unknown, ok)).statusCode).toBe(404);
    expect((await ratings(requester, unknown)).statusCode).toBe(404);
    const otherDepartment = await t.loginAs(['requester']);
    expect((await rate(otherDepartment, received.id, ok)).statusCode).toBe(404);
  });

  it('answers 409 naming the status while nothing was received, and for the buyer before receipt or close', async () => {
    const order = await f.requestedOrder(['6']);
    const early = await rate(requester, order.id, ok);
    expect(early.statusCode).toBe(409);
    expect(early.json().detail).toBe(
      `Purchase order ${order.number} is in status "sent" and nothing was received against it; it can be rated once goods or services were received.`,
    );
    await f.receive(order.id, [{ lineNo: 1, quantity: '2' }]);
    const byBuyer = await rate(f.buyer, order.id, ok);
    expect(byBuyer.statusCode).toBe(409);
    expect(byBuyer.json().detail).toContain(
      'is in status "partially_received"; its buyer rates it when it is received or closed',
    );
    expect((await rate(requester, order.id, ok)).statusCode).toBe(201);
  });

  it('answers 422 naming each bad field, and stores nothing', async () => {
    const order = await f.requestedOrder(['1']);
    await f.receive(order.id, [{ lineNo: 1, quantity: '1' }]);
    const cases: [unknown, string][] = [
      [{ ...ok, delivery: 0 }, 'delivery'],
      [{ ...ok, quality: 6 }, 'quality'],
      [{ ...ok, service: 2.5 }, 'service'],
      [{ ...ok, service: '3' }, 'service'],
      [{ quality: 4, service: 3 }, 'delivery'],
      [{ ...ok, comment: 'x'.repeat(2001) }, 'comment'],
      [{ ...ok, shared: 'yes' }, 'shared'],
      [{ ...ok, lineNo: 0 }, 'lineNo'],
      [{ ...ok, lineNo: 1.5 }, 'lineNo'],
      [{ ...ok, lineNo: 9 }, 'lineNo'],
      [{ ...ok, stars: 5 }, 'stars'],
    ];
    for (const [payload, field] of cases) {
      const res = await rate(requester, order.id, payload);
      expect({ field, status: res.statusCode }).toEqual({ field, status: 422 });
      expect(res.json().errors.map((e: { path: string }) => e.path)).toContain(field);
    }
    const bad = await rate(requester, order.id, { ...ok, delivery: 0, quality: 9 });
    expect(bad.json().errors).toEqual([
      { path: 'delivery', message: 'must be a whole number from 1 to 5' },
      { path: 'quality', message: 'must be a whole number from 1 to 5' },
    ]);
    const notALine = await rate(requester, order.id, { ...ok, lineNo: 9 });
    expect(notALine.json().errors).toEqual([
      { path: 'lineNo', message: `is not a line of purchase order ${order.number}` },
    ]);
    expect((await ratings(requester, order.id)).json().items).toEqual([]);
  });
});

describe('GET /purchase-orders/{id}/ratings', () => {
  it('pages newest first', async () => {
    const order = await f.requestedOrder(['1', '1']);
    await f.receive(order.id, [
      { lineNo: 1, quantity: '1' },
      { lineNo: 2, quantity: '1' },
    ]);
    for (const lineNo of [1, 2, null]) {
      t.clock.set(new Date(t.clock.now().getTime() + 1000));
      expect((await rate(requester, order.id, { ...ok, lineNo })).statusCode).toBe(201);
    }
    const first = await t.request({ method: 'GET', url: `${PO}/${order.id}/ratings?limit=2`, as: receiver });
    expect(first.json().items.map((r: { lineNo: number | null }) => r.lineNo)).toEqual([null, 2]);
    const next = await t.request({
      method: 'GET',
      url: `${PO}/${order.id}/ratings?limit=2&cursor=${first.json().nextCursor}`,
      as: receiver,
    });
    expect(next.json()).toMatchObject({ items: [{ lineNo: 1 }], nextCursor: null });
    const bad = await t.request({
      method: 'GET',
      url: `${PO}/${order.id}/ratings?cursor=nonsense`,
      as: receiver,
    });
    expect(bad.statusCode).toBe(422);
  });
});
