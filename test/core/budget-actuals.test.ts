import fs from 'node:fs';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as invoicing from '../../src/core/invoicing';
import * as organisation from '../../src/core/organisation';
import * as purchaseOrders from '../../src/core/purchase-orders';
import * as receiving from '../../src/core/receiving';
import { verifySpendSummary } from '../../src/core/reporting';
import type { Actor } from '../../src/core/shared/actor';
import { AppError } from '../../src/core/shared/errors';
import { D } from '../../src/core/shared/money';
import { rowsOf } from '../../src/core/shared/sql';
import { seedCostCentre } from '../../src/seed/organisation-factories';
import { actorFor, seedPurchaseOrder } from '../../src/seed/purchase-order-factories';
import { createTestApp, type TestApp } from '../helpers/app';
import { ifMatch, PO, portalFixture } from '../helpers/portal';
import { seedUser } from '../helpers/seed';

/**
 * A budget's actual spend is its cost centre's approved invoices (credit notes negative), and
 * committed falls by what they took over: committed + actual + available = amount, and both equal a
 * recomputation from the orders and invoices themselves, whatever happens in whatever order. On the
 * database itself (PGlite, or PostgreSQL with TEST_DATABASE_URL).
 */
let t: TestApp;
let f: Awaited<ReturnType<typeof portalFixture>>;
let ap: Actor;
let finance: Actor;
let receiver: Actor;
let buyer: Actor;

beforeAll(async () => {
  t = await createTestApp();
  f = await portalFixture(t);
  ap = actorFor(await seedUser(t.ctx, { roles: ['accounts_payable'] }));
  finance = actorFor(await seedUser(t.ctx, { roles: ['finance'] }));
  receiver = actorFor(await seedUser(t.ctx, { roles: ['receiver'] }));
  buyer = f.buyerActor;
}, 60_000);
afterAll(async () => {
  await t.close();
});

/** A cost centre with a 2026 budget of 100,000.00. */
async function budgeted() {
  const costCentre = await seedCostCentre(t.ctx);
  const admin = actorFor(await seedUser(t.ctx, { roles: ['admin'] }));
  const budget = await organisation.createBudget(t.ctx, {
    actor: admin,
    input: { costCentreId: costCentre.id, periodType: 'year', periodStart: '2026-01-01', amount: '100000' },
  });
  return { costCentreId: costCentre.id, budgetId: budget.id };
}

/** An order of `quantity` at `unitPrice` (19 % tax) on the cost centre, sent to a supplier. */
async function sentOrder(costCentreId: string, quantity: string, unitPrice: string) {
  const supplier = await f.supplierWithContact();
  const po = await seedPurchaseOrder(t.ctx, {
    buyer: f.buyerActor,
    supplierId: supplier.id,
    costCentreId,
    orderDate: '2026-12-01',
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
  return po.id;
}

async function receive(orderId: string, quantity: string) {
  return receiving.createReceipt(t.ctx, {
    actor: receiver,
    input: { purchaseOrderId: orderId, lines: [{ lineNo: 1, quantity }] },
  });
}

async function invoice(
  orderId: string,
  quantity: string,
  unitPrice: string,
  kind: 'invoice' | 'credit_note' = 'invoice',
) {
  return invoicing.createInvoice(t.ctx, {
    actor: ap,
    source: 'form',
    input: {
      purchaseOrderId: orderId,
      supplierInvoiceNumber: `SI-${Math.random().toString(36).slice(2, 10)}`,
      issueDate: '2026-03-01',
      kind,
      lines: [{ orderLineNo: 1, quantity, unitPrice }],
    },
  });
}

async function approve(inv: { id: string; version: number }) {
  return invoicing.approveInvoice(t.ctx, { actor: finance, id: inv.id, version: inv.version });
}

async function budgetOf(id: string) {
  const b = await organisation.getBudget(t.ctx, { id });
  return { committed: b.committed, actual: b.actual, available: b.available, amount: b.amount };
}

describe('actual spend, by hand', () => {
  it('an approved invoice moves its amount from committed to actual; a credit note moves it back; a short-close releases the rest', async () => {
    const { costCentreId, budgetId } = await budgeted();
    // 10 × 20.00 + 19 % = 238.00 committed.
    const orderId = await sentOrder(costCentreId, '10', '20.00');
    expect(await budgetOf(budgetId)).toEqual({
      amount: '100000',
      committed: '238',
      actual: '0',
      available: '99762',
    });
    await receive(orderId, '6');
    const inv = await invoice(orderId, '6', '20.00');
    expect(inv.status).toBe('matched');
    // Matched, not yet approved: nothing is actual yet.
    expect((await budgetOf(budgetId)).actual).toBe('0');
    const approved = await approve(inv);
    expect(approved.status).toBe('approved_for_payment');
    // 6 × 20.00 × 1.19 = 142.80 actual; 238.00 − 142.80 = 95.20 still committed.
    expect(await budgetOf(budgetId)).toEqual({
      amount: '100000',
      committed: '95.2',
      actual: '142.8',
      available: '99762',
    });
    // Held, an approved invoice still counts; released, it is approved again.
    const held = await invoicing.holdInvoice(t.ctx, {
      actor: ap,
      id: approved.id,
      version: approved.version,
      reason: 'Bank details to check',
    });
    expect((await budgetOf(budgetId)).actual).toBe('142.8');
    await invoicing.releaseInvoice(t.ctx, { actor: ap, id: held.id, version: held.version });
    // A credit note for 2 (47.60) takes that off actual; those 2 are owed again, so committed again.
    const credit = await approve(await invoice(orderId, '2', '20.00', 'credit_note'));
    expect(credit.status).toBe('approved_for_payment');
    expect(await budgetOf(budgetId)).toEqual({
      amount: '100000',
      committed: '142.8',
      actual: '95.2',
      available: '99762',
    });
    // Short-closing the 4 not delivered releases 4 × 23.80 = 95.20 of the commitment.
    const order = await purchaseOrders.getPurchaseOrder(t.ctx, { actor: buyer, id: orderId });
    await purchaseOrders.shortClosePurchaseOrder(t.ctx, {
      actor: buyer,
      id: orderId,
      version: order.version,
      reason: 'Discontinued',
    });
    expect(await budgetOf(budgetId)).toEqual({
      amount: '100000',
      committed: '47.6',
      actual: '95.2',
      available: '99857.2',
    });
    expect((await verifySpendSummary(t.ctx)).invoicedMismatches).toEqual([]);
  });

  it('a cancelled approved invoice is actual no more: its amount is committed again', async () => {
    const { costCentreId, budgetId } = await budgeted();
    const orderId = await sentOrder(costCentreId, '4', '25.00');
    await receive(orderId, '4');
    const approved = await approve(await invoice(orderId, '4', '25.00'));
    expect(await budgetOf(budgetId)).toMatchObject({ committed: '0', actual: '119' });
    await invoicing.cancelInvoice(t.ctx, {
      actor: ap,
      id: approved.id,
      version: approved.version,
      reason: 'Entered twice',
    });
    expect(await budgetOf(budgetId)).toEqual({
      amount: '100000',
      committed: '119',
      actual: '0',
      available: '99881',
    });
  });

  it('an invoice above the order (an accepted variance) leaves nothing committed, and the excess is actual', async () => {
    const { costCentreId, budgetId } = await budgeted();
    const orderId = await sentOrder(costCentreId, '1', '100.00');
    await receive(orderId, '1');
    // 150.00 against 100.00: a price exception, accepted by finance (not the order's buyer).
    const inv = await invoice(orderId, '1', '150.00');
    expect(inv.status).toBe('exception');
    const accepted = await invoicing.acceptInvoiceVariances(t.ctx, {
      actor: finance,
      id: inv.id,
      version: inv.version,
      reason: 'Price rise agreed by phone',
    });
    expect(accepted.status).toBe('matched');
    await approve(accepted);
    // 119.00 committed; 178.50 invoiced: nothing left committed, 178.50 actual.
    expect(await budgetOf(budgetId)).toEqual({
      amount: '100000',
      committed: '0',
      actual: '178.5',
      available: '99821.5',
    });
  });
});

describe('migration 0038', () => {
  it('fills each order’s invoiced amount from the invoices approved before it', async () => {
    const { costCentreId, budgetId } = await budgeted();
    const orderId = await sentOrder(costCentreId, '5', '10.00');
    await receive(orderId, '5');
    await approve(await invoice(orderId, '3', '10.00'));
    await approve(await invoice(orderId, '1', '10.00', 'credit_note'));
    // As a database from before 0038 would have it: nothing recorded on the order.
    await t.ctx.db.execute(sql`update purchase_orders set invoiced_base = 0 where id = ${orderId}`);
    expect((await budgetOf(budgetId)).actual).toBe('0');
    const migration = fs.readFileSync(
      path.resolve(import.meta.dirname, '../../src/db/migrations/0038_budget_actuals.sql'),
      'utf8',
    );
    const backfill = migration.split('--> statement-breakpoint')[1]!;
    await t.ctx.db.execute(sql.raw(backfill));
    // 3 × 11.90 − 1 × 11.90 = 23.80.
    expect(await budgetOf(budgetId)).toMatchObject({ actual: '23.8', committed: '35.7' });
    expect((await verifySpendSummary(t.ctx)).invoicedMismatches).toEqual([]);
  });
});

// ── the property ──────────────────────────────────────────────────────────────

type Command =
  | { kind: 'order'; quantity: number; price: string }
  | { kind: 'receive'; order: number; quantity: number }
  | { kind: 'invoice'; order: number; quantity: number; price: string; approve: boolean }
  | { kind: 'credit'; order: number; quantity: number; approve: boolean }
  | { kind: 'approve'; invoice: number }
  | { kind: 'hold'; invoice: number }
  | { kind: 'release'; invoice: number }
  | { kind: 'cancel'; invoice: number }
  | { kind: 'shortClose'; order: number };

const price = fc.constantFrom('10.00', '12.35', '19.99', '250.00');
const command: fc.Arbitrary<Command> = fc.oneof(
  fc.record({ kind: fc.constant('order' as const), quantity: fc.integer({ min: 1, max: 10 }), price }),
  fc.record({
    kind: fc.constant('receive' as const),
    order: fc.nat(9),
    quantity: fc.integer({ min: 1, max: 10 }),
  }),
  fc.record({
    kind: fc.constant('invoice' as const),
    order: fc.nat(9),
    quantity: fc.integer({ min: 1, max: 10 }),
    price: fc.constantFrom('same', '10.00', '300.00'),
    approve: fc.boolean(),
  }),
  fc.record({
    kind: fc.constant('credit' as const),
    order: fc.nat(9),
    quantity: fc.integer({ min: 1, max: 5 }),
    approve: fc.boolean(),
  }),
  fc.record({ kind: fc.constant('approve' as const), invoice: fc.nat(19) }),
  fc.record({ kind: fc.constant('hold' as const), invoice: fc.nat(19) }),
  fc.record({ kind: fc.constant('release' as const), invoice: fc.nat(19) }),
  fc.record({ kind: fc.constant('cancel' as const), invoice: fc.nat(19) }),
  fc.record({ kind: fc.constant('shortClose' as const), order: fc.nat(9) }),
);

/** Refusals of the rules (409, 422 …) are part of a random sequence; anything else is a failure. */
async function unlessRefused(run: () => Promise<unknown>): Promise<void> {
  try {
    await run();
  } catch (err) {
    if (err instanceof AppError) return;
    throw err;
  }
}

/**
 * Committed and actual of the cost centre recomputed from the orders and invoices, independently of
 * the code under test: per order, what it commits (status approved and after, closed included, or
 * held from one of those; total less short-closed shares) and what its approved invoices come to.
 */
async function recomputed(costCentreId: string): Promise<{ committed: string; actual: string }> {
  const rows = rowsOf<{ commits: boolean; committed: string; invoiced: string }>(
    await t.ctx.db.execute(sql`select
        (o.status in ('approved','sent','acknowledged','partially_received','received','closed')
          or (o.status = 'on_hold' and o.held_from_status in ('approved','sent','acknowledged','partially_received','received','closed'))) as commits,
        (o.total_base - coalesce((select sum(round((l.net_amount + l.tax_amount) * l.quantity_short_closed / l.quantity * o.exchange_rate, 4))
           from purchase_order_lines l where l.purchase_order_id = o.id), 0))::text as committed,
        coalesce((select sum(case when i.kind = 'credit_note' then -i.payable_amount_base else i.payable_amount_base end)
           from invoices i where i.purchase_order_id = o.id
             and (i.status in ('approved_for_payment','scheduled','paid')
               or (i.status = 'on_hold' and i.held_from_status in ('approved_for_payment','scheduled','paid')))), 0)::text as invoiced
      from purchase_orders o where o.cost_centre_id = ${costCentreId}`),
  );
  let committed = new D(0);
  let actual = new D(0);
  for (const r of rows) {
    const invoiced = new D(r.invoiced);
    actual = actual.plus(invoiced);
    if (r.commits) committed = committed.plus(D.max(new D(r.committed).minus(D.max(invoiced, 0)), 0));
  }
  return { committed: committed.toFixed(), actual: actual.toFixed() };
}

describe('actual spend, as a property', () => {
  it('whatever sequence of orders, receipts, invoices, credit notes and short-closes: committed + actual + available = budget, and both equal a recomputation', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(command, { minLength: 1, maxLength: 10 }), async (commands) => {
        const { costCentreId, budgetId } = await budgeted();
        const orders: { id: string; price: string }[] = [];
        const invoices: string[] = [];
        const latest = async (i: number) => invoicing.getInvoice(t.ctx, { actor: ap, id: invoices[i]! });
        const add = async (inv: invoicing.Invoice, approveIt: boolean) => {
          invoices.push(inv.id);
          if (approveIt) await unlessRefused(() => approve(inv));
        };
        // Always one order to act on.
        orders.push({ id: await sentOrder(costCentreId, '5', '20.00'), price: '20.00' });
        for (const c of commands) {
          const order = 'order' in c ? orders[c.order % orders.length]! : undefined;
          const inv = 'invoice' in c && invoices.length > 0 ? c.invoice % invoices.length : undefined;
          switch (c.kind) {
            case 'order':
              orders.push({ id: await sentOrder(costCentreId, String(c.quantity), c.price), price: c.price });
              break;
            case 'receive':
              await unlessRefused(() => receive(order!.id, String(c.quantity)));
              break;
            case 'invoice':
              await unlessRefused(async () =>
                add(
                  await invoice(order!.id, String(c.quantity), c.price === 'same' ? order!.price : c.price),
                  c.approve,
                ),
              );
              break;
            case 'credit':
              await unlessRefused(async () =>
                add(await invoice(order!.id, String(c.quantity), order!.price, 'credit_note'), c.approve),
              );
              break;
            case 'approve':
              if (inv !== undefined) await unlessRefused(async () => approve(await latest(inv)));
              break;
            case 'hold':
              if (inv !== undefined)
                await unlessRefused(async () => {
                  const i = await latest(inv);
                  await invoicing.holdInvoice(t.ctx, {
                    actor: ap,
                    id: i.id,
                    version: i.version,
                    reason: 'Check',
                  });
                });
              break;
            case 'release':
              if (inv !== undefined)
                await unlessRefused(async () => {
                  const i = await latest(inv);
                  await invoicing.releaseInvoice(t.ctx, { actor: ap, id: i.id, version: i.version });
                });
              break;
            case 'cancel':
              if (inv !== undefined)
                await unlessRefused(async () => {
                  const i = await latest(inv);
                  await invoicing.cancelInvoice(t.ctx, {
                    actor: ap,
                    id: i.id,
                    version: i.version,
                    reason: 'Wrong',
                  });
                });
              break;
            case 'shortClose':
              await unlessRefused(async () => {
                const o = await purchaseOrders.getPurchaseOrder(t.ctx, { actor: buyer, id: order!.id });
                await purchaseOrders.shortClosePurchaseOrder(t.ctx, {
                  actor: buyer,
                  id: o.id,
                  version: o.version,
                  reason: 'No more',
                });
              });
              break;
          }
          const budget = await budgetOf(budgetId);
          expect(new D(budget.committed).plus(budget.actual).plus(budget.available).eq(budget.amount)).toBe(
            true,
          );
          expect(new D(budget.committed).isNegative()).toBe(false);
          const expected = await recomputed(costCentreId);
          expect({ committed: budget.committed, actual: budget.actual }).toEqual(expected);
        }
        expect((await verifySpendSummary(t.ctx)).invoicedMismatches).toEqual([]);
      }),
      { numRuns: Number(process.env.PROPERTY_RUNS ?? 12), endOnFailure: true },
    );
  }, 600_000);
});
