import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as evaluation from '../../src/core/evaluation';
import type { DomainEvent } from '../../src/core/events';
import * as identity from '../../src/core/identity';
import * as notifications from '../../src/core/notifications';
import * as purchaseOrders from '../../src/core/purchase-orders';
import * as receiving from '../../src/core/receiving';
import type { Actor } from '../../src/core/shared/actor';
import { actorFor } from '../../src/seed/purchase-order-factories';
import { createTestApp, type TestApp } from '../helpers/app';
import { ratingFixture } from '../helpers/ratings';
import { seedUser } from '../helpers/seed';

/**
 * Ratings on the database itself: who is asked after a full receipt (once each), who may rate and
 * when, and how a rating moves the supplier's satisfaction measure.
 */
let t: TestApp;
let f: Awaited<ReturnType<typeof ratingFixture>>;

beforeAll(async () => {
  t = await createTestApp();
  f = await ratingFixture(t);
}, 120_000);
afterAll(async () => {
  await t.close();
});

async function ratingAsks(actor: Actor, orderId: string) {
  const page = await notifications.listMyNotifications(t.ctx, { actor, limit: 200 });
  return page.items.filter((n) => n.kind === 'rating_requested' && n.documentId === orderId);
}

async function emailsTo(userId: string, subjectContains: string) {
  const page = await notifications.listOutbox(t.ctx, { limit: 200 });
  return page.items.filter((m) => m.toUserId === userId && m.subject.includes(subjectContains));
}

describe('asking for ratings', () => {
  it('asks nobody while the order is only partly received, then its requester and receiver once each', async () => {
    const order = await f.requestedOrder(['10', '20']);
    await f.receive(order.id, [{ lineNo: 1, quantity: '10' }]);
    expect((await purchaseOrders.getPurchaseOrder(t.ctx, { actor: f.buyerActor, id: order.id })).status).toBe(
      'partially_received',
    );
    expect(await ratingAsks(f.requester, order.id)).toEqual([]);
    expect(await ratingAsks(f.receiver, order.id)).toEqual([]);

    const last = await f.receive(order.id, [{ lineNo: 2, quantity: '20' }]);
    for (const who of [f.requester, f.receiver]) {
      const asks = await ratingAsks(who, order.id);
      expect(asks).toHaveLength(1);
      expect(asks[0]).toMatchObject({
        link: `/purchase-orders/${order.id}/rate`,
        title: `How did Nordlicht Antriebe GmbH do on ${order.number}?`,
      });
    }
    // The buyer gives the close-out evaluation when closing; no ask.
    expect(await ratingAsks(f.buyerActor, order.id)).toEqual([]);
    const [mail] = await emailsTo(f.requesterUser.id, order.number);
    expect(mail).toBeDefined();
    const body = await notifications.readEmailMessage(t.ctx, { id: mail!.id });
    expect(body.textBody).toContain(`Rate the order: http://localhost:3000/purchase-orders/${order.id}/rate`);

    // Received again after a reversal, and the same event handed over again: nobody is asked twice.
    await receiving.reverseReceipt(t.ctx, {
      actor: f.receiver,
      receiptId: last.id,
      input: { reason: 'Counted twice' },
    });
    await f.receive(order.id, [{ lineNo: 2, quantity: '20' }]);
    const again: DomainEvent = {
      seq: 0,
      id: '0190b9a0-0000-7000-8000-0000000000ee',
      type: 'purchase_order.received',
      version: 1,
      subjectType: 'purchase_order',
      subjectId: order.id,
      actorId: f.receiverUser.id,
      payload: { id: order.id, number: order.number, status: 'received' },
      occurredAt: t.clock.now(),
    };
    await evaluation.ratingRequests.handle(t.ctx, again, { memo: (_k, load) => load(), queued: () => {} });
    expect(await ratingAsks(f.requester, order.id)).toHaveLength(1);
    expect(await ratingAsks(f.receiver, order.id)).toHaveLength(1);
    expect(await emailsTo(f.requesterUser.id, order.number)).toHaveLength(1);
  });

  it('asks in each person’s language, and not whoever rated already or cannot open the order', async () => {
    const german = await seedUser(t.ctx, { roles: ['receiver'], name: 'Jonas Weber' });
    await identity.updateOwnPreferences(t.ctx, { actor: actorFor(german), language: 'de' });
    const order = await f.requestedOrder(['4', '6']);
    await f.receive(order.id, [{ lineNo: 1, quantity: '4' }]);
    // Rated while partly received: not asked afterwards.
    await evaluation.ratePurchaseOrder(t.ctx, {
      actor: f.requester,
      purchaseOrderId: order.id,
      input: { delivery: 4, quality: 4, service: 4 },
    });
    await f.receive(order.id, [{ lineNo: 2, quantity: '6' }], actorFor(german));
    expect(await ratingAsks(f.requester, order.id)).toEqual([]);
    expect(await ratingAsks(f.receiver, order.id)).toHaveLength(1);
    const [asked] = await ratingAsks(actorFor(german), order.id);
    expect(asked?.title).toBe(`Wie hat Nordlicht Antriebe GmbH bei ${order.number} abgeschnitten?`);
    const [mail] = await emailsTo(german.id, order.number);
    const body = await notifications.readEmailMessage(t.ctx, { id: mail!.id });
    expect(body.textBody).toContain(
      `Bestellung bewerten: http://localhost:3000/purchase-orders/${order.id}/rate`,
    );
  });

  it('asks a requester who cannot see the order (another department) nobody', async () => {
    const elsewhere = await seedUser(t.ctx, { roles: ['requester'], name: 'Ada Ferne' });
    // Their requisition is ordered on an order of the fixture's department, which they cannot open.
    const order = await f.requestedOrder(['2'], elsewhere);
    await f.receive(order.id, [{ lineNo: 1, quantity: '2' }]);
    expect(await ratingAsks(actorFor(elsewhere), order.id)).toEqual([]);
    expect(await ratingAsks(f.receiver, order.id)).toHaveLength(1);
  });
});

describe('rating an order', () => {
  it('moves the supplier’s satisfaction: 5, 4 and 3 are (12 − 3) of 12 = 75.0 %, and the scores stay exact', async () => {
    const own = await ratingFixture(t);
    const order = await own.requestedOrder(['5']);
    await own.receive(order.id, [{ lineNo: 1, quantity: '5' }]);
    const rating = await evaluation.ratePurchaseOrder(t.ctx, {
      actor: own.requester,
      purchaseOrderId: order.id,
      input: {
        delivery: 5,
        quality: 4,
        service: 3,
        comment: '  Well packed, one call unanswered. ',
        shared: true,
      },
    });
    expect(rating).toMatchObject({
      raterRole: 'requester',
      lineNo: null,
      comment: 'Well packed, one call unanswered.',
      shared: true,
      ratedBy: { id: own.requesterUser.id, name: 'Mara Quist' },
    });
    const card = await evaluation.getSupplierScorecard(t.ctx, {
      actor: own.buyerActor,
      supplierId: own.supplierId,
      period: '12m',
    });
    expect(card.measures.find((m) => m.key === 'satisfaction')).toMatchObject({
      value: '75.0',
      numerator: '9',
      denominator: '12',
    });
    expect(card.details).toMatchObject({
      ratings: 1,
      averageRatings: { delivery: '5.00', quality: '4.00', service: '3.00' },
    });
    const verified = await evaluation.verifyScores(t.ctx);
    expect(verified.orderMismatches).toEqual([]);
    expect(verified.monthMismatches).toEqual([]);
    expect(verified.ok).toBe(true);

    const drill = await evaluation.drillDownScore(t.ctx, {
      actor: own.buyerActor,
      supplierId: own.supplierId,
      period: '12m',
      measure: 'satisfaction',
      outcome: 'all',
      limit: 50,
    });
    expect(drill.items.map((r) => r.rating)).toEqual([{ delivery: 5, quality: 4, service: 3 }]);
  });

  it('takes the role from who the rater is, and one rating per person per order and per line', async () => {
    const order = await f.requestedOrder(['3', '3']);
    await f.receive(order.id, [{ lineNo: 1, quantity: '3' }]);
    const byReceiver = await evaluation.ratePurchaseOrder(t.ctx, {
      actor: f.receiver,
      purchaseOrderId: order.id,
      input: { delivery: 2, quality: 3, service: 4, lineNo: 1 },
    });
    expect(byReceiver).toMatchObject({ raterRole: 'receiver', lineNo: 1, shared: false, comment: null });
    await expect(
      evaluation.ratePurchaseOrder(t.ctx, {
        actor: f.receiver,
        purchaseOrderId: order.id,
        input: { delivery: 5, quality: 5, service: 5, lineNo: 1 },
      }),
    ).rejects.toMatchObject({ code: 'conflict', message: expect.stringContaining('already rated line 1') });
    // Line 2 has nothing received yet.
    await expect(
      evaluation.ratePurchaseOrder(t.ctx, {
        actor: f.receiver,
        purchaseOrderId: order.id,
        input: { delivery: 5, quality: 5, service: 5, lineNo: 2 },
      }),
    ).rejects.toMatchObject({
      code: 'conflict',
      message: expect.stringContaining('Nothing was received on line 2'),
    });
    // The whole order is another rating than its line.
    await evaluation.ratePurchaseOrder(t.ctx, {
      actor: f.receiver,
      purchaseOrderId: order.id,
      input: { delivery: 3, quality: 3, service: 3 },
    });
    const list = await evaluation.listOrderRatings(t.ctx, {
      actor: f.receiver,
      purchaseOrderId: order.id,
      limit: 50,
    });
    expect(list.items.map((r) => r.lineNo).sort()).toEqual([1, null].sort());
    expect(list.you).toEqual({ raterRole: 'receiver', state: 'rated', reason: null, ratedLineNos: [1] });
  });

  it('lets the buyer give the close-out evaluation once the order is closed, not before', async () => {
    const order = await f.requestedOrder(['8']);
    await f.receive(order.id, [{ lineNo: 1, quantity: '5' }]);
    await expect(
      evaluation.ratePurchaseOrder(t.ctx, {
        actor: f.buyerActor,
        purchaseOrderId: order.id,
        input: { delivery: 4, quality: 4, service: 4 },
      }),
    ).rejects.toMatchObject({
      code: 'conflict',
      message: expect.stringContaining('is in status "partially_received"'),
    });
    const before = await evaluation.listOrderRatings(t.ctx, {
      actor: f.buyerActor,
      purchaseOrderId: order.id,
      limit: 50,
    });
    expect(before.you).toMatchObject({ raterRole: 'buyer', state: 'not_yet' });
    const current = await purchaseOrders.getPurchaseOrder(t.ctx, { actor: f.buyerActor, id: order.id });
    await purchaseOrders.closePurchaseOrder(t.ctx, {
      actor: f.buyerActor,
      id: order.id,
      version: current.version,
      reason: 'The rest is not needed',
    });
    const closeOut = await evaluation.ratePurchaseOrder(t.ctx, {
      actor: f.buyerActor,
      purchaseOrderId: order.id,
      input: { delivery: 2, quality: 4, service: 3, comment: 'Short by three.' },
    });
    expect(closeOut.raterRole).toBe('buyer');
    const after = await evaluation.listOrderRatings(t.ctx, {
      actor: f.buyerActor,
      purchaseOrderId: order.id,
      limit: 50,
    });
    expect(after.you).toMatchObject({ raterRole: 'buyer', state: 'rated' });
  });

  it('refuses everyone else: strangers (403), supplier users (404), and a requester before anything arrived (409)', async () => {
    const order = await f.requestedOrder(['1']);
    const stranger = actorFor(await seedUser(t.ctx, { roles: ['buyer'] }));
    const supplierUser = actorFor(await seedUser(t.ctx, { roles: ['supplier'], supplierId: f.supplierId }));
    const input = { delivery: 3, quality: 3, service: 3 };
    await expect(
      evaluation.ratePurchaseOrder(t.ctx, { actor: f.requester, purchaseOrderId: order.id, input }),
    ).rejects.toMatchObject({ code: 'conflict', message: expect.stringContaining('is in status "sent"') });
    await f.receive(order.id, [{ lineNo: 1, quantity: '1' }]);
    await expect(
      evaluation.ratePurchaseOrder(t.ctx, { actor: stranger, purchaseOrderId: order.id, input }),
    ).rejects.toMatchObject({ code: 'forbidden' });
    await expect(
      evaluation.ratePurchaseOrder(t.ctx, {
        actor: { ...supplierUser, supplierId: f.supplierId },
        purchaseOrderId: order.id,
        input,
      }),
    ).rejects.toMatchObject({ code: 'not_found' });
    const strangerView = await evaluation.listOrderRatings(t.ctx, {
      actor: stranger,
      purchaseOrderId: order.id,
      limit: 50,
    });
    expect(strangerView.you).toEqual({
      raterRole: null,
      state: 'not_a_rater',
      reason: null,
      ratedLineNos: [],
    });
    const mine = await evaluation.listOrderRatings(t.ctx, {
      actor: f.requester,
      purchaseOrderId: order.id,
      limit: 50,
    });
    expect(mine.you).toEqual({ raterRole: 'requester', state: 'can_rate', reason: null, ratedLineNos: [] });
    expect(mine.items).toEqual([]);
  });
});
