import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SYSTEM_ACTOR } from '../../src/core/identity';
import { createBudget, getBudget } from '../../src/core/organisation';
import {
  cancelPurchaseOrder,
  closePurchaseOrder,
  committedSpendOfCostCentre,
  holdPurchaseOrder,
  type PurchaseOrder,
  shortClosePurchaseOrder,
} from '../../src/core/purchase-orders';
import { spendBySupplier, verifySpendSummary } from '../../src/core/reporting';
import type { Actor } from '../../src/core/shared/actor';
import { fixedClock } from '../../src/core/shared/clock';
import type { Ctx } from '../../src/core/shared/context';
import { D } from '../../src/core/shared/money';
import type { Database } from '../../src/db/client';
import { purchaseOrderLines, purchaseOrders, spendMonthly } from '../../src/db/schema';
import {
  PURCHASE_ORDER_STATUSES,
  type PurchaseOrderStatus,
  purchaseOrderCommitsSpend,
} from '../../src/domain/purchase-orders';
import { seedItem } from '../../src/seed/catalog-factories';
import { seedCostCentre, seedExchangeRate } from '../../src/seed/organisation-factories';
import { actorFor, seedPurchaseOrder } from '../../src/seed/purchase-order-factories';
import { createTestDatabase } from '../helpers/db';
import { seedSupplier, seedUser } from '../helpers/seed';

/**
 * One rule for committed spend (domain: purchaseOrderCommitsSpend): budgets' committed amount, the
 * spend summary kept by the database trigger and the spend report count exactly the same orders
 * with exactly the same amounts. An order in every status (and short-closed ones) is weighed by
 * both sides; each order has its own supplier, so the spend summary shows it alone.
 */
let database: Database;
let ctx: Ctx;
let buyer: Actor;
let costCentreId: string;
let itemId: string;

const MONTH = '2026-07-01';

beforeAll(async () => {
  database = await createTestDatabase();
  ctx = { db: database.db, clock: fixedClock(new Date('2026-07-01T09:00:00Z')) };
  buyer = actorFor(await seedUser(ctx, { roles: ['buyer'] }));
  costCentreId = (await seedCostCentre(ctx)).id;
  itemId = (await seedItem(ctx, { defaultTaxRate: '0' })).id;
  await seedExchangeRate(ctx, { currency: 'EUR', rate: '1.0837', validOn: '2026-01-01' });
}, 60_000);

afterAll(async () => {
  await database.close();
});

/** Whether an order commits spend, as procurement and finance state it (independent of src/domain). */
const COMMITS: Record<PurchaseOrderStatus, boolean> = {
  draft: false,
  pending_approval: false,
  approved: true,
  sent: true,
  acknowledged: true,
  partially_received: true,
  received: true,
  closed: true,
  cancelled: false,
  on_hold: false,
};

type Case = { name: string; order: PurchaseOrder; commits: boolean; amount: string };

async function newOrder(
  status: 'draft' | 'pending_approval' | 'approved',
  lines: { quantity: string; unitPrice: string }[],
  currency?: string,
): Promise<PurchaseOrder> {
  const supplier = await seedSupplier(ctx, currency ? { defaultCurrency: currency } : {});
  return seedPurchaseOrder(ctx, {
    buyer,
    supplierId: supplier.id,
    costCentreId,
    orderDate: '2026-07-15',
    ...(currency ? { currency } : {}),
    lines: lines.map((l) => ({ itemId, ...l })),
    status,
  });
}

/** Dispatch and receiving transitions come with later issues: until then their states are set directly. */
async function setStatus(order: PurchaseOrder, status: PurchaseOrderStatus): Promise<PurchaseOrder> {
  await ctx.db.update(purchaseOrders).set({ status }).where(eq(purchaseOrders.id, order.id));
  return { ...order, status };
}

async function receiveLine(order: PurchaseOrder, lineNo: number, quantity: string): Promise<void> {
  await ctx.db
    .update(purchaseOrderLines)
    .set({ quantityReceived: quantity, quantityAccepted: quantity })
    .where(
      sql`${purchaseOrderLines.purchaseOrderId} = ${order.id} and ${purchaseOrderLines.lineNo} = ${lineNo}`,
    );
}

let cases: Case[] = [];
let budgetId: string;

describe('committed spend: budgets and the spend summary', () => {
  beforeAll(async () => {
    const one = (price: string) => [{ quantity: '1', unitPrice: price }];
    const made: Omit<Case, 'commits'>[] = [];
    // Every status, each order with a distinct amount.
    for (const [i, status] of PURCHASE_ORDER_STATUSES.entries()) {
      if (status === 'on_hold') continue;
      const price = String(100 * 2 ** i);
      let order: PurchaseOrder;
      if (status === 'draft' || status === 'pending_approval') order = await newOrder(status, one(price));
      else if (status === 'cancelled') {
        const approved = await newOrder('approved', one(price));
        order = await cancelPurchaseOrder(ctx, { ...ids(approved), reason: 'not needed' });
      } else if (status === 'closed') {
        const approved = await newOrder('approved', one(price));
        await receiveLine(approved, 1, '1');
        order = await closePurchaseOrder(ctx, ids(approved));
      } else {
        const approved = await newOrder('approved', one(price));
        order = status === 'approved' ? approved : await setStatus(approved, status);
      }
      made.push({ name: status, order, amount: COMMITS[status] ? price : '0' });
    }
    // On hold: it commits what the status it was held from commits.
    for (const from of ['draft', 'pending_approval', 'approved'] as const) {
      const held = await holdPurchaseOrder(ctx, {
        ...ids(await newOrder(from, one('7'))),
        reason: 'checking',
      });
      made.push({ name: `on_hold from ${from}`, order: held, amount: COMMITS[from] ? '7' : '0' });
    }
    // Short-closed: the value no longer expected is released, at the order's rate, per line to 4 places.
    const eur = await newOrder(
      'approved',
      [
        { quantity: '3', unitPrice: '33.33' },
        { quantity: '3', unitPrice: '14.29' },
      ],
      'EUR',
    );
    const shortClosed = await shortClosePurchaseOrder(ctx, {
      ...ids(eur),
      lineNo: 2,
      reason: 'discontinued',
    });
    expect(shortClosed.status).toBe('approved');
    made.push({
      name: 'approved, one line short-closed (EUR)',
      order: shortClosed,
      amount: new D(shortClosed.totalBase).minus(new D('42.87').times('1.0837').toDecimalPlaces(4)).toFixed(),
    });
    // Closed after part was received and the rest short-closed: what was received stays spent.
    const partly = await newOrder('approved', [
      { quantity: '10', unitPrice: '10' },
      { quantity: '5', unitPrice: '10' },
    ]);
    await receiveLine(partly, 1, '10');
    const closedShort = await shortClosePurchaseOrder(ctx, { ...ids(partly), reason: 'rest not needed' });
    expect(closedShort.status).toBe('closed');
    made.push({ name: 'received in part, rest short-closed, closed', order: closedShort, amount: '100' });
    cases = made.map((c) => ({
      ...c,
      commits: purchaseOrderCommitsSpend({ status: c.order.status, heldFromStatus: c.order.heldFromStatus }),
    }));
    budgetId = (
      await createBudget(ctx, {
        actor: SYSTEM_ACTOR,
        input: { costCentreId, periodType: 'month', periodStart: MONTH, amount: '1000000' },
      })
    ).id;
  }, 120_000);

  it('covers every status, as the business rule says', () => {
    const statuses = new Set(cases.map((c) => c.order.status));
    expect([...PURCHASE_ORDER_STATUSES].filter((s) => !statuses.has(s))).toEqual([]);
    for (const c of cases) {
      const expected =
        c.order.status === 'on_hold' ? COMMITS[c.order.heldFromStatus!] : COMMITS[c.order.status];
      expect({ name: c.name, commits: c.commits }).toEqual({ name: c.name, commits: expected });
    }
  });

  it('weighs each order the same in the budget and in the spend summary', async () => {
    for (const c of cases) {
      const budget = await committedSpendOfCostCentre(ctx, {
        costCentreId,
        from: MONTH,
        to: '2026-08-01',
        documentId: c.order.id,
      });
      const [row] = await ctx.db
        .select()
        .from(spendMonthly)
        .where(eq(spendMonthly.supplierId, c.order.supplierId));
      const spend = row ? { amount: new D(row.amountBase).toFixed(), orders: row.orderCount } : null;
      expect({ name: c.name, budget: new D(budget).toFixed(), spend }).toEqual({
        name: c.name,
        budget: new D(c.amount).toFixed(),
        spend: c.commits ? { amount: new D(c.amount).toFixed(), orders: 1 } : null,
      });
    }
  });

  it('adds up to the same total in the budget, the spend summary and the spend report', async () => {
    const expected = cases.reduce((sum, c) => sum.plus(c.amount), new D(0));
    const budget = await getBudget(ctx, { id: budgetId });
    expect(budget.committed).toBe(expected.toFixed());

    const suppliers = new Set(cases.map((c) => c.order.supplierId));
    const rows = (await ctx.db.select().from(spendMonthly)).filter((r) => suppliers.has(r.supplierId));
    expect(rows.reduce((sum, r) => sum.plus(r.amountBase), new D(0)).toFixed()).toBe(expected.toFixed());
    expect(rows.reduce((n, r) => n + r.orderCount, 0)).toBe(cases.filter((c) => c.commits).length);

    const report = await spendBySupplier(ctx, { year: 2026, limit: 200 });
    const reported = report.items.filter((i) => suppliers.has(i.supplierId));
    expect(reported.reduce((sum, i) => sum.plus(i.totalBase), new D(0)).toFixed(2)).toBe(expected.toFixed(2));
    expect((await verifySpendSummary(ctx)).ok).toBe(true);
  });

  it('states the same rule in the spend trigger as in TypeScript, for every status and held-from status', async () => {
    const held: (PurchaseOrderStatus | null)[] = [null, ...PURCHASE_ORDER_STATUSES];
    const pairs = PURCHASE_ORDER_STATUSES.flatMap((status) => held.map((from) => ({ status, from })));
    const values = sql.join(
      pairs.map((p) => sql`(${p.status}::text, ${p.from}::text)`),
      sql`, `,
    );
    const result = (await ctx.db.execute(
      sql`select s, h, spend_monthly_counts(s, h) as counts from (values ${values}) as v(s, h)`,
    )) as unknown as { rows: { s: string; h: string | null; counts: boolean | null }[] };
    const inSql = result.rows.map((r) => ({
      status: r.s,
      from: r.h,
      commits: r.counts === true,
    }));
    expect(inSql).toEqual(
      pairs.map((p) => ({
        status: p.status,
        from: p.from,
        commits: purchaseOrderCommitsSpend({ status: p.status, heldFromStatus: p.from }),
      })),
    );
  });
});

function ids(order: PurchaseOrder) {
  return { actor: buyer, id: order.id, version: order.version };
}
