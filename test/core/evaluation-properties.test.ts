import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as evaluation from '../../src/core/evaluation';
import { monthDeltas } from '../../src/core/evaluation/refresh-scores';
import * as evaluationRepo from '../../src/core/evaluation/repository';
import {
  addCounters,
  type Counters,
  countersEqual,
  DEC_COUNTERS,
  INT_COUNTERS,
  measureValueOf,
  type ScoreFact,
  scoreOf,
  scoreValueOf,
  zeroCounters,
} from '../../src/core/evaluation/rules';
import * as invoicing from '../../src/core/invoicing';
import * as purchaseOrders from '../../src/core/purchase-orders';
import * as receiving from '../../src/core/receiving';
import type { Actor } from '../../src/core/shared/actor';
import { AppError } from '../../src/core/shared/errors';
import { DEFAULT_GRADE_BANDS, SCORE_MEASURES } from '../../src/domain/evaluation';
import { seedItem } from '../../src/seed/catalog-factories';
import { actorFor } from '../../src/seed/purchase-order-factories';
import { createTestApp, type TestApp } from '../helpers/app';
import { portalFixture } from '../helpers/portal';
import { seedSupplier, seedUser } from '../helpers/seed';

/**
 * Supplier scores as properties: whatever the counters, a score stays within 0–100 and its grade
 * follows the bands; whatever sequence of facts the consumer writes, the monthly summary kept by
 * differences equals the facts summed afresh; and on the database, whatever receipts, reversals,
 * inspections, short-closes and invoices happen to a supplier's orders, the stored scores equal a
 * recomputation from the documents.
 */

/** Counters where every share's part is at most its whole, as the rules produce them. */
const counters: fc.Arbitrary<Counters> = fc
  .record({
    orders: fc.nat(50),
    settled: fc.nat(40),
    timedShare: fc.double({ min: 0, max: 1, noNaN: true }),
    onTimeShare: fc.double({ min: 0, max: 1, noNaN: true }),
    inFullShare: fc.double({ min: 0, max: 1, noNaN: true }),
    inspected: fc.nat(500),
    acceptedShare: fc.double({ min: 0, max: 1, noNaN: true }),
    invoiceLines: fc.nat(30),
    atPriceShare: fc.double({ min: 0, max: 1, noNaN: true }),
    invoices: fc.nat(20),
    firstPassShare: fc.double({ min: 0, max: 1, noNaN: true }),
    sent: fc.nat(50),
    inTimeShare: fc.double({ min: 0, max: 1, noNaN: true }),
    ratings: fc.array(
      fc.tuple(
        fc.integer({ min: 1, max: 5 }),
        fc.integer({ min: 1, max: 5 }),
        fc.integer({ min: 1, max: 5 }),
      ),
      {
        maxLength: 10,
      },
    ),
  })
  .map((r) => {
    const c = zeroCounters();
    const part = (whole: number, share: number) => Math.floor(whole * share);
    c.orders = r.orders;
    c.linesSettled = r.settled;
    c.linesInFull = part(r.settled, r.inFullShare);
    c.linesTimed = part(r.settled, r.timedShare);
    c.linesOnTime = part(c.linesTimed, r.onTimeShare);
    c.linesOtif = Math.min(c.linesOnTime, c.linesInFull);
    c.qtyInspected = String(r.inspected);
    c.qtyAccepted = String(part(r.inspected, r.acceptedShare));
    c.invoiceLines = r.invoiceLines;
    c.invoiceLinesAtPrice = part(r.invoiceLines, r.atPriceShare);
    c.invoices = r.invoices;
    c.invoicesFirstPass = part(r.invoices, r.firstPassShare);
    c.ordersSent = r.sent;
    c.ordersAnsweredInTime = part(r.sent, r.inTimeShare);
    c.ratings = r.ratings.length;
    c.ratingDeliverySum = r.ratings.reduce((a, x) => a + x[0], 0);
    c.ratingQualitySum = r.ratings.reduce((a, x) => a + x[1], 0);
    c.ratingServiceSum = r.ratings.reduce((a, x) => a + x[2], 0);
    return c;
  });

const weights = fc.record(
  Object.fromEntries(SCORE_MEASURES.map((m) => [m, fc.integer({ min: 0, max: 100 })])) as Record<
    (typeof SCORE_MEASURES)[number],
    fc.Arbitrary<number>
  >,
);

describe('scores as properties', () => {
  it('stay within 0–100 whatever the counters and weights, with the grade the bands give', () => {
    fc.assert(
      fc.property(counters, weights, fc.integer({ min: 1, max: 5 }), (c, w, minimumOrders) => {
        const settings = { weights: w, gradeBands: DEFAULT_GRADE_BANDS, minimumOrders };
        const outcome = scoreOf(c, settings);
        // What a comparison sorts by is what its rows then show.
        expect(scoreValueOf(c, settings)).toBe(outcome.score);
        for (const m of SCORE_MEASURES) {
          const v = outcome.measures[m].value;
          expect(measureValueOf(c, m)).toBe(v);
          if (v !== null) expect(Number(v)).toBeGreaterThanOrEqual(0);
          if (v !== null) expect(Number(v)).toBeLessThanOrEqual(100);
        }
        if (outcome.score === null) {
          expect(outcome.grade).toBeNull();
          expect(outcome.enoughData).toBe(false);
          return;
        }
        const score = Number(outcome.score);
        expect(score).toBeGreaterThanOrEqual(0);
        expect(score).toBeLessThanOrEqual(100);
        expect(c.orders).toBeGreaterThanOrEqual(minimumOrders);
        const expected = score >= 90 ? 'A' : score >= 75 ? 'B' : score >= 60 ? 'C' : 'D';
        expect(outcome.grade).toBe(expected);
      }),
      { numRuns: 500 },
    );
  });

  it('kept by differences, the monthly summary equals the facts summed afresh after any sequence of rewrites', () => {
    const suppliers = ['00000000-0000-7000-8000-00000000000a', '00000000-0000-7000-8000-00000000000b'];
    const categories = ['00000000-0000-0000-0000-000000000000', '00000000-0000-7000-8000-0000000000c1'];
    const months = ['2026-01-01', '2026-02-01', '2026-03-01'];
    const fact = (orderNo: number) =>
      fc
        .record({ counters, category: fc.constantFrom(...categories), month: fc.constantFrom(...months) })
        .map(
          ({ counters: c, category, month }): ScoreFact => ({
            ...c,
            purchaseOrderId: `00000000-0000-7000-8000-${String(orderNo).padStart(12, '0')}`,
            categoryId: category,
            supplierId: suppliers[orderNo % 2]!,
            month,
            rejections: {},
          }),
        );
    // Each step rewrites one of five orders' facts (0–2 categories; none: the order left the scores).
    const step = fc.integer({ min: 0, max: 4 }).chain((orderNo) =>
      fc.record({
        orderNo: fc.constant(orderNo),
        facts: fc.uniqueArray(fact(orderNo), { maxLength: 2, selector: (f) => f.categoryId }),
      }),
    );
    fc.assert(
      fc.property(fc.array(step, { minLength: 1, maxLength: 25 }), (steps) => {
        const stored = new Map<number, ScoreFact[]>();
        const summary = new Map<string, Counters>();
        const key = (f: { supplierId: string; categoryId: string; month: string }) =>
          `${f.supplierId}|${f.categoryId}|${f.month}`;
        for (const s of steps) {
          for (const d of monthDeltas(stored.get(s.orderNo) ?? [], s.facts)) {
            const next = addCounters(summary.get(key(d)) ?? zeroCounters(), d);
            if (countersEqual(next, zeroCounters())) summary.delete(key(d));
            else summary.set(key(d), next);
          }
          stored.set(s.orderNo, s.facts);
        }
        const fresh = new Map<string, Counters>();
        for (const f of [...stored.values()].flat()) {
          const c = zeroCounters();
          for (const k of INT_COUNTERS) c[k] = f[k];
          for (const k of DEC_COUNTERS) c[k] = f[k];
          fresh.set(key(f), addCounters(fresh.get(key(f)) ?? zeroCounters(), c));
        }
        for (const [k, c] of [...fresh]) if (countersEqual(c, zeroCounters())) fresh.delete(k);
        expect([...summary.keys()].sort()).toEqual([...fresh.keys()].sort());
        for (const [k, c] of summary) expect(countersEqual(c, fresh.get(k)!)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});

// ── on the database ─────────────────────────────────────────────────────────

let t: TestApp;
let f: Awaited<ReturnType<typeof portalFixture>>;
let receiver: Actor;
let inspector: Actor;
let buyer: Actor;
let ap: Actor;
let inspectedItem: string;

beforeAll(async () => {
  t = await createTestApp();
  f = await portalFixture(t);
  receiver = actorFor(await seedUser(t.ctx, { roles: ['receiver'] }));
  inspector = actorFor(await seedUser(t.ctx, { roles: ['inspector'] }));
  buyer = actorFor(await seedUser(t.ctx, { roles: ['buyer'] }));
  ap = actorFor(await seedUser(t.ctx, { roles: ['accounts_payable'] }));
  inspectedItem = (
    await seedItem(t.ctx, { name: 'Gauge block', inspectionRequired: true, defaultTaxRate: '19' })
  ).id;
}, 60_000);
afterAll(async () => {
  await t.close();
});

async function unlessRefused(run: () => Promise<unknown>): Promise<void> {
  try {
    await run();
  } catch (err) {
    if (!(err instanceof AppError)) throw err;
  }
}

const command = fc.oneof(
  fc.record({
    kind: fc.constant('receive' as const),
    order: fc.nat(),
    line: fc.integer({ min: 1, max: 2 }),
    quantity: fc.integer({ min: 1, max: 12 }),
    day: fc.integer({ min: 3, max: 19 }),
  }),
  fc.record({ kind: fc.constant('reverse' as const), order: fc.nat() }),
  fc.record({ kind: fc.constant('inspect' as const), order: fc.nat(), rejected: fc.boolean() }),
  fc.record({ kind: fc.constant('shortClose' as const), order: fc.nat() }),
  fc.record({
    kind: fc.constant('invoice' as const),
    order: fc.nat(),
    price: fc.constantFrom('10.00', '11.00'),
  }),
);

describe('stored scores as a property', () => {
  it('equal a recomputation from the documents after any sequence of receipts, reversals, inspections, short-closes and invoices', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(command, { minLength: 1, maxLength: 8 }), async (commands) => {
        // Each run starts on the same day (the clock goes back): the sweep last ran then.
        t.clock.set(new Date('2026-03-02T09:00:00Z'));
        await evaluationRepo.markResponsesSwept(t.ctx.db, t.clock.now());
        const supplier = await seedSupplier(t.ctx, {
          legalName: 'Property Parts GmbH',
          contacts: [
            {
              name: 'Pia',
              email: `pia-${Math.random().toString(36).slice(2)}@example.test`,
              orderContact: true,
            },
          ],
        });
        f.buyer.cookie = await t.signIn((await seedUser(t.ctx, { roles: ['buyer'] })).email);
        const orders = [
          await f.sentOrder(supplier.id, [
            { itemId: f.itemId, quantity: '10', unitPrice: '10.00', neededBy: '2026-03-10' },
            { itemId: inspectedItem, quantity: '6', unitPrice: '10.00', neededBy: '2026-03-12' },
          ]),
          await f.sentOrder(supplier.id, [
            { itemId: inspectedItem, quantity: '8', unitPrice: '10.00', neededBy: '2026-03-08' },
          ]),
        ];
        t.clock.set(new Date('2026-03-20T09:00:00Z'));
        const receipts: { id: string; order: number }[] = [];
        for (const c of commands) {
          const o = c.order % orders.length;
          const order = orders[o]!;
          switch (c.kind) {
            case 'receive': {
              const line = Math.min(c.line, order.lines.length);
              await unlessRefused(async () => {
                const r = await receiving.createReceipt(t.ctx, {
                  actor: receiver,
                  input: {
                    purchaseOrderId: order.id,
                    receivedOn: `2026-03-${String(c.day).padStart(2, '0')}`,
                    lines: [{ lineNo: line, quantity: String(c.quantity) }],
                  },
                });
                receipts.push({ id: r.id, order: o });
              });
              break;
            }
            case 'reverse': {
              const r = receipts.filter((x) => x.order === o).pop();
              if (r)
                await unlessRefused(() =>
                  receiving.reverseReceipt(t.ctx, {
                    actor: receiver,
                    receiptId: r.id,
                    input: { reason: 'Counted twice' },
                  }),
                );
              break;
            }
            case 'inspect': {
              for (const r of receipts.filter((x) => x.order === o)) {
                const receipt = await receiving.getReceipt(t.ctx, { actor: inspector, id: r.id });
                for (const l of receipt.lines) {
                  const pending = Number(l.quantityPending ?? 0);
                  if (pending <= 0) continue;
                  const rejected = c.rejected ? 1 : 0;
                  await unlessRefused(() =>
                    receiving.recordInspection(t.ctx, {
                      actor: inspector,
                      receiptId: r.id,
                      input: {
                        lines: [
                          {
                            lineNo: l.lineNo,
                            quantityAccepted: String(pending - rejected),
                            quantityRejected: String(rejected),
                            rejectionReason: rejected ? 'damaged' : null,
                          },
                        ],
                      },
                    }),
                  );
                }
              }
              break;
            }
            case 'shortClose': {
              const current = await purchaseOrders.getPurchaseOrder(t.ctx, { actor: buyer, id: order.id });
              await unlessRefused(() =>
                purchaseOrders.shortClosePurchaseOrder(t.ctx, {
                  actor: buyer,
                  id: order.id,
                  version: current.version,
                  reason: 'Enough',
                }),
              );
              break;
            }
            case 'invoice':
              await unlessRefused(() =>
                invoicing.createInvoice(t.ctx, {
                  actor: ap,
                  source: 'form',
                  input: {
                    purchaseOrderId: order.id,
                    supplierInvoiceNumber: `P-${Math.random().toString(36).slice(2, 10)}`,
                    issueDate: '2026-03-20',
                    lines: [{ orderLineNo: 1, quantity: '1', unitPrice: c.price }],
                  },
                }),
              );
              break;
          }
        }
        await evaluation.sweepDueResponses(t.ctx);
        const report = await evaluation.verifyScores(t.ctx);
        expect(report.orderMismatches).toEqual([]);
        expect(report.monthMismatches).toEqual([]);
        const card = await evaluation.getSupplierScorecard(t.ctx, {
          actor: buyer,
          supplierId: supplier.id,
          period: '2026-03',
        });
        for (const m of card.measures) if (m.value !== null) expect(Number(m.value)).toBeLessThanOrEqual(100);
      }),
      { numRuns: 8 },
    );
  }, 600_000);
});
