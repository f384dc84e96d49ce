import fs from 'node:fs';
import path from 'node:path';
import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { updateItem } from '../../src/core/catalog';
import { SYSTEM_ACTOR } from '../../src/core/identity';
import {
  approvePurchaseOrder,
  cancelPurchaseOrder,
  holdPurchaseOrder,
  type PurchaseOrder,
  releasePurchaseOrder,
  shortClosePurchaseOrder,
  submitPurchaseOrder,
  updatePurchaseOrder,
} from '../../src/core/purchase-orders';
import { foldSpendCategoryMonths, foldSpendMonthTotals, verifySpendSummary } from '../../src/core/reporting';
import { categoryTotals, NO_CATEGORY } from '../../src/core/reporting/repository';
import type { Actor } from '../../src/core/shared/actor';
import { fixedClock } from '../../src/core/shared/clock';
import type { Ctx } from '../../src/core/shared/context';
import { dec } from '../../src/core/shared/money';
import { rowsOf } from '../../src/core/shared/sql';
import type { Database } from '../../src/db/client';
import { spendCategoryMonths, spendMonthly, spendMonthTotals } from '../../src/db/schema';
import { seedCategory, seedItem } from '../../src/seed/catalog-factories';
import { seedExchangeRate } from '../../src/seed/organisation-factories';
import { actorFor, seedPurchaseOrder } from '../../src/seed/purchase-order-factories';
import { createTestDatabase } from '../helpers/db';
import { seedSupplier, seedUser } from '../helpers/seed';

/**
 * The spend summary (spend_monthly) follows every order change in the same transaction, through
 * the triggers of migration 0007, and verifySpendSummary proves it equal to the raw sum — or names
 * the supplier-month that is not. PGlite, and PostgreSQL with TEST_DATABASE_URL.
 */
let database: Database;
let ctx: Ctx;
let buyer: Actor;
let approver: Actor;
let supplierA: string;
let supplierB: string;
let itemId: string;

beforeAll(async () => {
  database = await createTestDatabase();
  ctx = { db: database.db, clock: fixedClock(new Date('2026-03-02T09:00:00Z')) };
  buyer = actorFor(await seedUser(ctx, { roles: ['buyer'] }));
  approver = actorFor(await seedUser(ctx, { roles: ['approver', 'finance', 'compliance'] }));
  supplierA = (await seedSupplier(ctx)).id;
  supplierB = (await seedSupplier(ctx)).id;
  itemId = (await seedItem(ctx, { defaultTaxRate: '0' })).id;
});

afterAll(async () => {
  await database.close();
});

/** The summary rows as { "supplier|YYYY-MM": "amount/count" }. */
async function summary(): Promise<Record<string, string>> {
  const rows = await ctx.db.select().from(spendMonthly);
  return Object.fromEntries(
    rows.map((r) => [
      `${r.supplierId}|${r.month.slice(0, 7)}`,
      `${Number(r.amountBase).toFixed(2)}/${r.orderCount}`,
    ]),
  );
}

async function expectConsistent(): Promise<void> {
  const report = await verifySpendSummary(ctx);
  expect(report.mismatches).toEqual([]);
  expect(report.monthTotalMismatches).toEqual([]);
  expect(report.categoryMismatches).toEqual([]);
  expect(report.ok).toBe(true);
}

/** Approves again when a change order went back for approval; returns the order as it stands. */
async function settle(order: PurchaseOrder): Promise<PurchaseOrder> {
  if (order.status !== 'pending_approval') return order;
  return approvePurchaseOrder(ctx, { actor: approver, id: order.id, version: order.version });
}

const line = (quantity: string, unitPrice = '12.50') => ({ itemId, quantity, unitPrice });

describe('spend summary kept by the database in the order’s transaction', () => {
  it('follows an order from draft to cancellation and always equals the raw sum', async () => {
    const a = (m: string) => `${supplierA}|${m}`;
    const b = (m: string) => `${supplierB}|${m}`;

    let po = await seedPurchaseOrder(ctx, {
      buyer,
      supplierId: supplierA,
      orderDate: '2026-03-10',
      lines: [line('10')],
    });
    expect(po.totalBase).toBe('125.00');
    expect(await summary()).toEqual({});

    po = await submitPurchaseOrder(ctx, { actor: buyer, id: po.id, version: po.version });
    expect(await summary()).toEqual({});

    po = await approvePurchaseOrder(ctx, { actor: approver, id: po.id, version: po.version });
    expect(await summary()).toEqual({ [a('2026-03')]: '125.00/1' });
    await expectConsistent();

    // A second order of the same supplier and month adds to the same row.
    const other = await seedPurchaseOrder(ctx, {
      buyer,
      supplierId: supplierA,
      orderDate: '2026-03-20',
      lines: [line('4', '50')],
      status: 'approved',
    });
    expect(await summary()).toEqual({ [a('2026-03')]: '325.00/2' });

    // Revision: the total changes.
    po = await settle(
      await updatePurchaseOrder(ctx, {
        actor: buyer,
        id: po.id,
        version: po.version,
        input: { lines: [line('20')], reason: 'more needed' },
      }),
    );
    expect(po.status).toBe('approved');
    expect(await summary()).toEqual({ [a('2026-03')]: '450.00/2' });
    await expectConsistent();

    // Revision: another supplier (it goes back for approval, and counts nothing meanwhile).
    const moved = await updatePurchaseOrder(ctx, {
      actor: buyer,
      id: po.id,
      version: po.version,
      input: { supplierId: supplierB, reason: 'better price' },
    });
    expect(moved.status).toBe('pending_approval');
    expect(await summary()).toEqual({ [a('2026-03')]: '200.00/1' });
    po = await settle(moved);
    expect(await summary()).toEqual({ [a('2026-03')]: '200.00/1', [b('2026-03')]: '250.00/1' });
    await expectConsistent();

    // Revision: the order date moves to another month; the emptied row goes.
    po = await settle(
      await updatePurchaseOrder(ctx, {
        actor: buyer,
        id: po.id,
        version: po.version,
        input: { orderDate: '2026-04-15', reason: 'dated when signed' },
      }),
    );
    expect(po.orderDate).toBe('2026-04-15');
    expect(await summary()).toEqual({ [a('2026-03')]: '200.00/1', [b('2026-04')]: '250.00/1' });
    await expectConsistent();

    // Hold and release: an order held from an approved state still counts.
    po = await holdPurchaseOrder(ctx, { actor: buyer, id: po.id, version: po.version, reason: 'checking' });
    expect(po.status).toBe('on_hold');
    expect(await summary()).toEqual({ [a('2026-03')]: '200.00/1', [b('2026-04')]: '250.00/1' });
    po = await releasePurchaseOrder(ctx, { actor: buyer, id: po.id, version: po.version });
    expect(po.status).toBe('approved');
    await expectConsistent();

    // Short-close: what is no longer expected is no longer spend.
    const closed = await shortClosePurchaseOrder(ctx, {
      actor: buyer,
      id: other.id,
      version: other.version,
      reason: 'discontinued',
    });
    expect(closed.status).toBe('closed');
    expect(await summary()).toEqual({ [a('2026-03')]: '0.00/1', [b('2026-04')]: '250.00/1' });
    await expectConsistent();

    // Cancel: nothing counts any more.
    po = await cancelPurchaseOrder(ctx, {
      actor: buyer,
      id: po.id,
      version: po.version,
      reason: 'not needed',
    });
    expect(po.status).toBe('cancelled');
    expect(await summary()).toEqual({ [a('2026-03')]: '0.00/1' });
    await expectConsistent();
  });

  it('counts an order put on hold from draft nothing, and one deleted nothing any more', async () => {
    const before = await summary();
    const draft = await seedPurchaseOrder(ctx, { buyer, supplierId: supplierB, orderDate: '2026-05-05' });
    await holdPurchaseOrder(ctx, { actor: buyer, id: draft.id, version: draft.version, reason: 'wait' });
    expect(await summary()).toEqual(before);

    const approved = await seedPurchaseOrder(ctx, {
      buyer,
      supplierId: supplierB,
      orderDate: '2026-05-06',
      lines: [line('2', '10')],
      status: 'approved',
    });
    expect((await summary())[`${supplierB}|2026-05`]).toBe('20.00/1');
    await ctx.db.execute(sql`delete from purchase_orders where id = ${approved.id}`);
    expect(await summary()).toEqual(before);
    await expectConsistent();
  });

  it('takes the base value of a short-closed line off, at the order’s exchange rate', async () => {
    await seedExchangeRate(ctx, { currency: 'EUR', rate: '1.0837', validOn: '2026-01-01' });
    const supplier = (await seedSupplier(ctx, { defaultCurrency: 'EUR' })).id;
    const taxed = (await seedItem(ctx, { defaultTaxRate: '19' })).id;
    const order = await seedPurchaseOrder(ctx, {
      buyer,
      supplierId: supplier,
      currency: 'EUR',
      orderDate: '2026-02-27',
      lines: [
        { itemId: taxed, quantity: '3', unitPrice: '33.33' },
        { itemId: taxed, quantity: '7', unitPrice: '14.29' },
      ],
      status: 'approved',
    });
    const key = `${supplier}|2026-02`;
    expect((await summary())[key]).toBe(`${Number(order.totalBase).toFixed(2)}/1`);
    await shortClosePurchaseOrder(ctx, {
      actor: buyer,
      id: order.id,
      version: order.version,
      lineNo: 2,
      reason: 'no longer made',
    });
    // Line 1 stays: 3 × 33.33 = 99.99 net, 19 % tax, at 1.0837.
    const [row] = await ctx.db.select().from(spendMonthly).where(eq(spendMonthly.supplierId, supplier));
    expect(Number(row!.amountBase)).toBeCloseTo(99.99 * 1.19 * 1.0837, 2);
    await expectConsistent();
  });

  it('books each line of a committed order to its item’s category, and keeps it there when the item is re-filed', async () => {
    const tools = (await seedCategory(ctx)).id;
    const paper = (await seedCategory(ctx)).id;
    const drill = await seedItem(ctx, { categoryId: tools, defaultTaxRate: '0' });
    const reams = (await seedItem(ctx, { categoryId: paper, defaultTaxRate: '0' })).id;
    const range = { from: '2026-06-01', to: '2026-07-01' };
    const byCategory = async () =>
      Object.fromEntries(
        (await categoryTotals(ctx.db, range)).map((t) => [t.categoryId, dec(t.amountBase).toFixed(2)]),
      );
    const order = await seedPurchaseOrder(ctx, {
      buyer,
      supplierId: supplierA,
      orderDate: '2026-06-10',
      lines: [
        { itemId: drill.id, quantity: '2', unitPrice: '150' },
        { itemId: reams, quantity: '10', unitPrice: '4.5' },
        {
          description: 'Calibration visit',
          unitCode: drill.unitCode,
          quantity: '1',
          unitPrice: '80',
          taxRate: '0',
        },
      ],
      status: 'draft',
    });
    expect(await byCategory()).toEqual({});
    const approved = await settle(
      await submitPurchaseOrder(ctx, { actor: buyer, id: order.id, version: order.version }),
    );
    expect(await byCategory()).toEqual({ [tools]: '300.00', [paper]: '45.00', [NO_CATEGORY]: '80.00' });
    await expectConsistent();

    // The drill is re-filed under paper: what was ordered stays booked where it was.
    await updateItem(ctx, {
      actor: SYSTEM_ACTOR,
      id: drill.id,
      version: drill.version,
      input: { categoryId: paper },
    });
    expect((await byCategory())[tools]).toBe('300.00');
    await expectConsistent();

    // Folding leaves the sums as they are, in one row per category and month.
    await foldSpendCategoryMonths(ctx);
    expect(await byCategory()).toEqual({ [tools]: '300.00', [paper]: '45.00', [NO_CATEGORY]: '80.00' });
    const rows = await ctx.db.select().from(spendCategoryMonths);
    const keys = rows.map((r) => `${r.categoryId}|${r.month}`);
    expect(new Set(keys).size).toBe(keys.length);

    // Cancelled, it books nothing.
    await cancelPurchaseOrder(ctx, {
      actor: buyer,
      id: approved.id,
      version: approved.version,
      reason: 'not needed',
    });
    expect(await byCategory()).toEqual({});
    await expectConsistent();
  });

  it('rebuilds the same summary from the orders with the migration’s backfill', async () => {
    const before = await summary();
    expect(Object.keys(before).length).toBeGreaterThanOrEqual(2);
    const migration = fs.readFileSync(
      path.resolve(import.meta.dirname, '../../src/db/migrations/0007_spend_summary_trigger.sql'),
      'utf8',
    );
    const backfill = migration.split('--> statement-breakpoint').at(-1)!;
    expect(backfill).toMatch(/INSERT INTO spend_monthly/);
    await ctx.db.delete(spendMonthly);
    expect(await summary()).toEqual({});
    await ctx.db.execute(sql.raw(backfill));
    expect(await summary()).toEqual(before);
    await expectConsistent();
  });

  it('keeps the month totals of the home page’s chart, folded to one row a month without changing them', async () => {
    const totals = async () => {
      const result = await ctx.db.execute(
        sql`select month::text as month, sum(amount_base)::text as amount, sum(order_count)::int as n
              from spend_month_totals group by month having sum(amount_base) <> 0 or sum(order_count) <> 0`,
      );
      return Object.fromEntries(
        rowsOf<{ month: string; amount: string; n: number }>(result).map((r) => [
          r.month,
          `${dec(r.amount).toFixed(4)}/${r.n}`,
        ]),
      );
    };
    const before = await totals();
    expect(Object.keys(before).length).toBeGreaterThanOrEqual(1);
    const rowsBefore = (await ctx.db.select().from(spendMonthTotals)).length;
    const { folded } = await foldSpendMonthTotals(ctx);
    expect(folded).toBeGreaterThan(0);
    const rows = await ctx.db.select().from(spendMonthTotals);
    expect(rows.length).toBe(rowsBefore - folded);
    expect(new Set(rows.map((r) => r.month)).size).toBe(rows.length);
    expect(await totals()).toEqual(before);
    expect((await foldSpendMonthTotals(ctx)).folded).toBe(0);
    await expectConsistent();
  });

  it('reports exactly the supplier-month whose summary row was changed by hand', async () => {
    await seedPurchaseOrder(ctx, {
      buyer,
      supplierId: supplierB,
      orderDate: '2026-06-01',
      lines: [line('1', '80')],
      status: 'approved',
    });
    await expectConsistent();
    const clean = await verifySpendSummary(ctx);
    expect(clean.checked).toBe(Object.keys(await summary()).length);

    await ctx.db
      .update(spendMonthly)
      .set({ amountBase: '81.0000' })
      .where(sql`${spendMonthly.supplierId} = ${supplierB} and ${spendMonthly.month} = '2026-06-01'`);
    const report = await verifySpendSummary(ctx);
    expect(report.ok).toBe(false);
    expect(report.mismatched).toBe(1);
    expect(report.mismatches).toEqual([
      {
        supplierId: supplierB,
        month: '2026-06-01',
        summary: { amountBase: '81.0000', orderCount: 1 },
        raw: { amountBase: '80.0000', orderCount: 1 },
      },
    ]);

    // A missing row is a mismatch too.
    await ctx.db.delete(spendMonthly).where(eq(spendMonthly.supplierId, supplierB));
    const missing = await verifySpendSummary(ctx);
    expect(missing.ok).toBe(false);
    expect(missing.mismatches.map((m) => [m.month, m.summary.orderCount, m.raw.orderCount])).toEqual([
      ['2026-06-01', 0, 1],
    ]);
    // Put it right for whoever runs after.
    await ctx.db
      .insert(spendMonthly)
      .values({ supplierId: supplierB, month: '2026-06-01', amountBase: '80', orderCount: 1 });
    await expectConsistent();
  });
});
