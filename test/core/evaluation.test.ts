import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as dispatch from '../../src/core/dispatch';
import * as evaluation from '../../src/core/evaluation';
import * as invoicing from '../../src/core/invoicing';
import * as notifications from '../../src/core/notifications';
import * as purchaseOrders from '../../src/core/purchase-orders';
import * as receiving from '../../src/core/receiving';
import type { Actor } from '../../src/core/shared/actor';
import { seedItem, seedPriceListEntry } from '../../src/seed/catalog-factories';
import { actorFor } from '../../src/seed/purchase-order-factories';
import { createTestApp, type TestApp } from '../helpers/app';
import { portalFixture } from '../helpers/portal';
import { seedSupplier, seedUser } from '../helpers/seed';

/**
 * Supplier scores on the database itself (PGlite, or PostgreSQL with TEST_DATABASE_URL), by hand on
 * a small scenario. Three orders to one supplier, sent on 2026-03-02, each line needed by 2026-03-10:
 * - A: line 1 (10 at 20.00) received in full on 03-09 (a day early), line 2 (20 at 30.00) on 03-12
 *   (two days late); answered by the supplier in the portal an hour after the send; invoiced for
 *   line 1 at the order's price (matched at the first pass).
 * - B: 10 ordered, 8 received on 03-10, the other 2 short-closed: on time, not in full.
 * - C: 5 of an item inspected on receipt, received on 03-10; 4 accepted, 1 rejected as damaged.
 * By hand: 4 lines settled and timed; on time 3 of 4 (A2 late) = 75.0 %; in full 3 of 4 (B short) =
 * 75.0 %; OTIF 2 of 4 = 50.0 %; days late −1 + 2 + 0 + 0 = 1 → 0.25 on average; quality 4 of 5
 * inspected = 80.0 %; price 1 of 1 invoice line = 100.0 %; invoice accuracy 1 of 1 = 100.0 %;
 * responsiveness 1 of 3 orders answered within 2 days = 33.3 %; no ratings. Score with the default
 * weights over the measures with data (25, 15, 20, 10, 10, 10 = 90):
 * (75×25 + 75×15 + 80×20 + 100×10 + 100×10 + 33.33…×10) ÷ 90 = 77.0 → grade B (75 ≤ 77 < 90).
 */
let t: TestApp;
let f: Awaited<ReturnType<typeof portalFixture>>;
let receiver: Actor;
let inspector: Actor;
let ap: Actor;
let buyer: Actor;
let supplierId: string;
let lone: string;
const orders: Record<'A' | 'B' | 'C', string> = { A: '', B: '', C: '' };

beforeAll(async () => {
  t = await createTestApp();
  f = await portalFixture(t);
  receiver = actorFor(await seedUser(t.ctx, { roles: ['receiver'] }));
  inspector = actorFor(await seedUser(t.ctx, { roles: ['inspector'] }));
  ap = actorFor(await seedUser(t.ctx, { roles: ['accounts_payable'] }));
  buyer = actorFor(await seedUser(t.ctx, { roles: ['buyer', 'admin'] }));
  const supplier = await seedSupplier(t.ctx, {
    legalName: 'Kestrel Fasteners Ltd',
    contacts: [{ name: 'Ola Berg', email: 'orders@kestrel.example', orderContact: true }],
  });
  supplierId = supplier.id;
  const inspected = await seedItem(t.ctx, {
    name: 'Bearing 6204',
    inspectionRequired: true,
    defaultTaxRate: '19',
  });
  const needed = '2026-03-10';
  const a = await f.sentOrder(supplierId, [
    { itemId: f.itemId, quantity: '10', unitPrice: '20.00', neededBy: needed },
    { itemId: f.itemId, quantity: '20', unitPrice: '30.00', neededBy: needed },
  ]);
  const b = await f.sentOrder(supplierId, [
    { itemId: f.itemId, quantity: '10', unitPrice: '20.00', neededBy: needed },
  ]);
  const c = await f.sentOrder(supplierId, [
    { itemId: inspected.id, quantity: '5', unitPrice: '8.00', neededBy: needed },
  ]);
  orders.A = a.id;
  orders.B = b.id;
  orders.C = c.id;

  // The supplier answers A an hour after the send.
  t.clock.set(new Date('2026-03-02T10:00:00Z'));
  const supplierUser = actorFor(await seedUser(t.ctx, { roles: ['supplier'], supplierId }));
  await dispatch.submitSupplierResponse(t.ctx, {
    actor: supplierUser,
    purchaseOrderId: a.id,
    source: 'portal',
    input: {
      orderRevision: a.revision,
      lines: [
        { lineNo: 1, decision: 'accept' },
        { lineNo: 2, decision: 'accept' },
      ],
    },
  });

  t.clock.set(new Date('2026-03-20T09:00:00Z'));
  const receive = (orderId: string, receivedOn: string, lines: { lineNo: number; quantity: string }[]) =>
    receiving.createReceipt(t.ctx, {
      actor: receiver,
      input: { purchaseOrderId: orderId, receivedOn, lines },
    });
  await receive(a.id, '2026-03-09', [{ lineNo: 1, quantity: '10' }]);
  await receive(a.id, '2026-03-12', [{ lineNo: 2, quantity: '20' }]);
  await receive(b.id, '2026-03-10', [{ lineNo: 1, quantity: '8' }]);
  const orderB = await purchaseOrders.getPurchaseOrder(t.ctx, { actor: buyer, id: b.id });
  await purchaseOrders.shortClosePurchaseOrder(t.ctx, {
    actor: buyer,
    id: b.id,
    version: orderB.version,
    reason: 'The rest is no longer needed',
  });
  const receiptC = await receive(c.id, '2026-03-10', [{ lineNo: 1, quantity: '5' }]);
  await receiving.recordInspection(t.ctx, {
    actor: inspector,
    receiptId: receiptC.id,
    input: {
      lines: [{ lineNo: 1, quantityAccepted: '4', quantityRejected: '1', rejectionReason: 'damaged' }],
    },
  });
  const invoice = await invoicing.createInvoice(t.ctx, {
    actor: ap,
    source: 'form',
    input: {
      purchaseOrderId: a.id,
      supplierInvoiceNumber: 'KF-1001',
      issueDate: '2026-03-20',
      lines: [{ orderLineNo: 1, quantity: '10', unitPrice: '20.00' }],
    },
  });
  expect(invoice.status).toBe('matched');
}, 120_000);
afterAll(async () => {
  await t.close();
});

describe('a supplier’s scorecard, by hand', () => {
  it('counts each measure as n of d and weighs them into a score and grade', async () => {
    const card = await evaluation.getSupplierScorecard(t.ctx, {
      actor: buyer,
      supplierId,
      period: '2026-03',
    });
    const m = Object.fromEntries(card.measures.map((x) => [x.key, x]));
    expect(card.orders).toBe(3);
    expect(card.enoughData).toBe(true);
    expect(m.onTime).toMatchObject({ value: '75.0', numerator: '3', denominator: '4', weight: 25 });
    expect(m.inFull).toMatchObject({ value: '75.0', numerator: '3', denominator: '4' });
    expect(m.quality).toMatchObject({ value: '80.0' });
    expect(m.price).toMatchObject({ value: '100.0', numerator: '1', denominator: '1' });
    expect(m.invoiceAccuracy).toMatchObject({ value: '100.0', numerator: '1', denominator: '1' });
    expect(m.responsiveness).toMatchObject({ value: '33.3', numerator: '1', denominator: '3' });
    expect(m.satisfaction).toMatchObject({ value: null, denominator: '0' });
    expect(card.details).toMatchObject({ otif: '50.0', averageDaysLate: '0.25', rejectedShare: '20.0' });
    expect(card.rejections).toEqual([{ reason: 'damaged', quantity: '1' }]);
    expect(card.score).toBe('77.0');
    expect(card.grade).toBe('B');
    // The trend's last month is the period's; the months before it had no orders.
    expect(card.trend).toHaveLength(12);
    expect(card.trend[11]).toMatchObject({ month: '2026-03-01', orders: 3, score: '77.0', grade: 'B' });
    expect(card.trend[10]).toMatchObject({ month: '2026-02-01', orders: 0, score: null });
  });

  it('says "not enough data" below the minimum of orders instead of a misleading number', async () => {
    const other = await seedSupplier(t.ctx, {
      legalName: 'Lone Order GmbH',
      contacts: [{ name: 'Ines Vogt', email: 'orders@lone.example', orderContact: true }],
    });
    // Sent on the first day, within the buyer's session; received when the clock is back.
    t.clock.set(new Date('2026-03-02T09:10:00Z'));
    const o = await f.sentOrder(other.id, [
      { itemId: f.itemId, quantity: '1', unitPrice: '5.00', neededBy: '2026-03-10' },
    ]);
    await receiving.createReceipt(t.ctx, {
      actor: receiver,
      input: { purchaseOrderId: o.id, receivedOn: '2026-03-02', lines: [{ lineNo: 1, quantity: '1' }] },
    });
    t.clock.set(new Date('2026-03-20T09:00:00Z'));
    lone = other.id;
    const card = await evaluation.getSupplierScorecard(t.ctx, {
      actor: buyer,
      supplierId: other.id,
      period: '12m',
    });
    expect(card.orders).toBe(1);
    expect(card.enoughData).toBe(false);
    expect(card.score).toBeNull();
    expect(card.grade).toBeNull();
    expect(card.measures.find((x) => x.key === 'onTime')?.value).toBe('100.0');
  });

  it('drills OTIF down to the lines that were late or short, naming them', async () => {
    const drill = await evaluation.drillDownScore(t.ctx, {
      actor: buyer,
      supplierId,
      period: '2026-03',
      measure: 'otif',
      outcome: 'failed',
      limit: 50,
    });
    expect(drill).toMatchObject({ passed: 2, counted: 4 });
    expect(drill.items.map((r) => [r.purchaseOrderId, r.lineNo, r.passed])).toEqual(
      [
        [orders.A, 2, false],
        [orders.B, 1, false],
      ].sort(
        (x, y) =>
          drill.items.findIndex((r) => r.purchaseOrderId === x[0]) -
          drill.items.findIndex((r) => r.purchaseOrderId === y[0]),
      ),
    );
    const late = drill.items.find((r) => r.purchaseOrderId === orders.A);
    expect(late).toMatchObject({ dueDate: '2026-03-10', deliveredOn: '2026-03-12', daysLate: 2 });
    expect(late?.explanation).toContain('2 days late');
    const short = drill.items.find((r) => r.purchaseOrderId === orders.B);
    expect(short).toMatchObject({ shortClosed: '2', kept: '8' });
    expect(short?.explanation).toContain('2 short-closed');
  });

  it('compares the suppliers of a period, best score first, with those without enough data last', async () => {
    const list = await evaluation.listScorecards(t.ctx, { period: '2026-03', limit: 50 });
    const mine = list.items.findIndex((r) => r.supplier.id === supplierId);
    expect(mine).toBeGreaterThanOrEqual(0);
    expect(list.items[mine]).toMatchObject({ score: '77.0', grade: 'B', otif: '50.0' });
    const scores = list.items.map((r) => r.score);
    const withScore = scores.filter((s) => s !== null);
    expect(scores.slice(0, withScore.length)).toEqual(withScore);
  });

  it('agrees with a recomputation from every sent order, once the answers that fell due are swept', async () => {
    // The lone order was received on the day it was sent, before its answer was due; it is now
    // overdue and unanswered, so its responsiveness counts against it from the sweep on.
    const before = await evaluation.getSupplierScorecard(t.ctx, {
      actor: buyer,
      supplierId: lone,
      period: '12m',
    });
    expect(before.measures.find((x) => x.key === 'responsiveness')).toMatchObject({ denominator: '0' });
    const sweep = await evaluation.sweepDueResponses(t.ctx);
    expect(sweep.orders).toBe(4);
    const after = await evaluation.getSupplierScorecard(t.ctx, {
      actor: buyer,
      supplierId: lone,
      period: '12m',
    });
    expect(after.measures.find((x) => x.key === 'responsiveness')).toMatchObject({
      value: '0.0',
      denominator: '1',
    });
    expect((await evaluation.sweepDueResponses(t.ctx)).orders).toBe(0);
    const report = await evaluation.verifyScores(t.ctx);
    expect(report.monthMismatches).toEqual([]);
    expect(report.orderMismatches).toEqual([]);
    expect(report.ok).toBe(true);
    expect(report.checkedOrders).toBe(4);
  });

  it('counts a late delivery on time once the grace days cover it, after the rebuild', async () => {
    const settings = await evaluation.getScorecardSettings(t.ctx);
    const changed = await evaluation.updateScorecardSettings(t.ctx, {
      actor: buyer,
      version: settings.version,
      input: { ...settings, graceDays: 2 },
    });
    expect(changed.factsBuiltAt).toBeNull();
    const run = await evaluation.rebuildScoresIfNeeded(t.ctx);
    expect(run.rebuilt).toBe(true);
    const card = await evaluation.getSupplierScorecard(t.ctx, {
      actor: buyer,
      supplierId,
      period: '2026-03',
    });
    expect(card.measures.find((x) => x.key === 'onTime')).toMatchObject({ value: '100.0', numerator: '4' });
    expect((await evaluation.getScorecardSettings(t.ctx)).factsBuiltAt).not.toBeNull();
    expect((await evaluation.verifyScores(t.ctx)).ok).toBe(true);
  });

  it('asks the supplier’s buyers to review it when its grade drops a band, once, after a first review that only records', async () => {
    const first = await evaluation.reviewGrades(t.ctx);
    expect(first.dropped).toEqual([]);
    expect(first.reviewed).toBeGreaterThanOrEqual(2);
    const buyerActor = { ...buyer, userId: f.buyer.userId! };
    const before = await notifications.listMyNotifications(t.ctx, { actor: buyerActor, limit: 50 });
    // Grade B begins just above the supplier's score from now on: its grade falls a band, to C.
    const settings = await evaluation.getScorecardSettings(t.ctx);
    const card = await evaluation.getSupplierScorecard(t.ctx, { actor: buyer, supplierId, period: '12m' });
    expect(card.grade).toBe('B');
    const stricter = { A: 99, B: Math.floor(Number(card.score)) + 1, C: 60 };
    await evaluation.updateScorecardSettings(t.ctx, {
      actor: buyer,
      version: settings.version,
      input: { ...settings, gradeBands: stricter },
    });
    const review = await evaluation.reviewGrades(t.ctx);
    const drop = review.dropped.find((d) => d.supplierId === supplierId);
    expect(drop).toMatchObject({ from: card.grade, to: 'C' });
    const after = await notifications.listMyNotifications(t.ctx, { actor: buyerActor, limit: 50 });
    const told = after.items.filter(
      (n) => n.kind === 'supplier_grade_dropped' && !before.items.some((b) => b.id === n.id),
    );
    expect(told).toHaveLength(1);
    expect(told[0]).toMatchObject({ link: `/suppliers/${supplierId}#scorecard` });
    expect(told[0]!.title).toBe('Kestrel Fasteners Ltd is now graded C: review it');
    // Nothing changed since: nobody is asked again.
    expect((await evaluation.reviewGrades(t.ctx)).dropped).toEqual([]);
  });
});

describe('the prices a supplier was ordered at', () => {
  it('drill down to each order line against the price list and against the last price paid', async () => {
    // A new supplier and item: a price list at 10.00; ordered at 10.50 on 04-02, then at 9.80 on 04-03.
    const priced = await seedSupplier(t.ctx, {
      legalName: 'Harrier Seals GmbH',
      contacts: [{ name: 'Kai Lind', email: 'orders@harrier.example', orderContact: true }],
    });
    const seal = await seedItem(t.ctx, { name: 'Shaft seal 40×62', defaultTaxRate: '19' });
    await seedPriceListEntry(t.ctx, {
      supplierId: priced.id,
      itemId: seal.id,
      unitPrice: '10.00',
      validFrom: '2026-01-01',
    });
    t.clock.set(new Date('2026-04-02T09:00:00Z'));
    f.buyer.cookie = await t.signIn(f.buyerEmail); // a session of this day
    const dearer = await f.sentOrder(priced.id, [
      { itemId: seal.id, quantity: '10', unitPrice: '10.50', neededBy: '2026-04-20' },
    ]);
    t.clock.set(new Date('2026-04-03T09:00:00Z'));
    f.buyer.cookie = await t.signIn(f.buyerEmail);
    const cheaper = await f.sentOrder(priced.id, [
      { itemId: seal.id, quantity: '10', unitPrice: '9.80', neededBy: '2026-04-20' },
    ]);
    const drill = (measure: 'orderVsList' | 'orderVsLastPrice') =>
      evaluation.drillDownScore(t.ctx, {
        actor: buyer,
        supplierId: priced.id,
        period: '2026-04',
        measure,
        limit: 50,
      });

    const list = await drill('orderVsList');
    expect(list).toMatchObject({ passed: 1, counted: 2 });
    // Failures first: the order above the price list.
    expect(
      list.items.map((r) => [r.purchaseOrderId, r.orderUnitPrice, r.referenceUnitPrice, r.passed]),
    ).toEqual([
      [dearer.id, '10.5', '10', false],
      [cheaper.id, '9.8', '10', true],
    ]);
    expect(list.items[0]).toMatchObject({ lineNo: 1, priceCurrency: 'USD', quantity: '10' });
    expect(list.items[0]!.explanation).toBe("ordered at 10.5 a unit net, 5.0 % above the price list's 10");

    // The first order of the item has no earlier price: only the second is compared, with the first's.
    const last = await drill('orderVsLastPrice');
    expect(last).toMatchObject({ passed: 1, counted: 1 });
    expect(last.items).toMatchObject([
      { purchaseOrderId: cheaper.id, orderUnitPrice: '9.8', referenceUnitPrice: '10.5', passed: true },
    ]);

    // The same lines the scorecard's figures were computed from: +1.5 % against the list, −6.7 % against the last price.
    const card = await evaluation.getSupplierScorecard(t.ctx, {
      actor: buyer,
      supplierId: priced.id,
      period: '2026-04',
    });
    expect(card.details).toMatchObject({ orderVsList: '1.5', orderVsLastPrice: '-6.7' });

    // A supplier never sees the last price paid: it may be another supplier's.
    const own = {
      ...actorFor(await seedUser(t.ctx, { roles: ['supplier'], supplierId: priced.id })),
      supplierId: priced.id,
    };
    await expect(
      evaluation.drillDownScore(t.ctx, {
        actor: own,
        supplierId: priced.id,
        period: '2026-04',
        measure: 'orderVsLastPrice',
        limit: 50,
      }),
    ).rejects.toThrow(/measure: is not shown to suppliers/);
  });
});
