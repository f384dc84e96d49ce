import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NO_CATEGORY } from '../../src/core/reporting/repository';
import { dec } from '../../src/core/shared/money';
import type { Role } from '../../src/core/shared/permissions';
import { settings, spendCategoryMonths, spendMonthly, spendMonthTotals } from '../../src/db/schema';
import { seedItem } from '../../src/seed/catalog-factories';
import { actorFor, seedPurchaseOrder } from '../../src/seed/purchase-order-factories';
import { createTestApp, type TestApp } from '../helpers/app';
import { seedSupplier, seedUser } from '../helpers/seed';

/**
 * GET /api/v1/reports/spend-by-supplier and POST /api/v1/reports/spend-summary/verify: shape,
 * order, pagination, the year and supplier filters, and the 401/403/422 paths. PGlite, and
 * PostgreSQL with TEST_DATABASE_URL.
 */
type Who = { cookie: string };
type Month = { month: string; amountBase: string; orderCount: number };
type Row = {
  supplierId: string;
  supplierCode: string;
  supplierName: string;
  months: Month[];
  totalBase: string;
  orderCount: number;
};

let t: TestApp;
let buyer: Who;
let auditor: Who;
let big: { id: string; code: string };
let small: { id: string; code: string };
let middle: { id: string; code: string };

const SPEND = '/api/v1/reports/spend-by-supplier';
const VERIFY = '/api/v1/reports/spend-summary/verify';

beforeAll(async () => {
  t = await createTestApp();
  buyer = await t.loginAs(['buyer']);
  auditor = await t.loginAs(['auditor']);
  const ctx = t.ctx;
  const orderer = actorFor(await seedUser(ctx, { roles: ['buyer'] }));
  const itemId = (await seedItem(ctx, { defaultTaxRate: '0' })).id;
  big = await seedSupplier(ctx, { legalName: 'Big Spend Ltd' });
  small = await seedSupplier(ctx, { legalName: 'Small Spend Ltd' });
  middle = await seedSupplier(ctx, { legalName: 'Middle Spend Ltd' });
  const order = (supplierId: string, orderDate: string, unitPrice: string, status: 'approved' | 'draft') =>
    seedPurchaseOrder(ctx, {
      buyer: orderer,
      supplierId,
      orderDate,
      lines: [{ itemId, quantity: '1', unitPrice }],
      status,
    });
  await order(big.id, '2026-01-15', '1000', 'approved');
  await order(big.id, '2026-01-31', '500', 'approved');
  await order(big.id, '2026-12-01', '250', 'approved');
  await order(big.id, '2026-02-01', '9999', 'draft'); // a draft counts nothing
  await order(middle.id, '2026-06-30', '800', 'approved');
  await order(small.id, '2026-03-03', '20', 'approved');
  await order(small.id, '2025-12-31', '7000', 'approved'); // the year before
});

afterAll(async () => {
  await t.close();
});

const get = (query: string, as: Who = buyer) => t.request({ method: 'GET', url: `${SPEND}?${query}`, as });

describe('spend by supplier report', () => {
  it('lists the year’s suppliers, largest total first, with twelve months each', async () => {
    const res = await get('year=2026');
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body).toMatchObject({ year: 2026, from: '2026-01-01', to: '2027-01-01', currency: 'USD' });
    expect(body.months).toHaveLength(12);
    expect(body.months[0]).toBe('2026-01-01');
    expect(body.months[11]).toBe('2026-12-01');
    expect(body.nextCursor).toBeNull();
    const rows = body.items as Row[];
    expect(rows.map((r) => [r.supplierCode, r.totalBase, r.orderCount])).toEqual([
      [big.code, '1750.00', 3],
      [middle.code, '800.00', 1],
      [small.code, '20.00', 1],
    ]);
    const bigRow = rows[0]!;
    expect(bigRow.supplierName).toBe('Big Spend Ltd');
    expect(bigRow.months).toHaveLength(12);
    expect(bigRow.months[0]).toEqual({ month: '2026-01-01', amountBase: '1500.00', orderCount: 2 });
    expect(bigRow.months[1]).toEqual({ month: '2026-02-01', amountBase: '0.00', orderCount: 0 });
    expect(bigRow.months[11]).toEqual({ month: '2026-12-01', amountBase: '250.00', orderCount: 1 });
  });

  it('shows another year on its own', async () => {
    const res = await get('year=2025');
    expect(res.statusCode).toBe(200);
    expect(res.json().items.map((r: Row) => [r.supplierCode, r.totalBase])).toEqual([
      [small.code, '7000.00'],
    ]);
    const empty = await get('year=2024');
    expect(empty.json().items).toEqual([]);
  });

  it('pages with a cursor, each supplier once, in the same order', async () => {
    const seen: string[] = [];
    let cursor: string | null = null;
    let pages = 0;
    do {
      const res = await get(`year=2026&limit=1${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`);
      expect(res.statusCode).toBe(200);
      const body = res.json();
      expect(body.items).toHaveLength(1);
      seen.push(body.items[0].supplierCode);
      cursor = body.nextCursor;
      pages++;
    } while (cursor && pages < 10);
    expect(seen).toEqual([big.code, middle.code, small.code]);
    expect(pages).toBe(3);
  });

  it('filters to one supplier', async () => {
    const res = await get(`year=2026&supplierId=${middle.id}`);
    expect(res.json().items.map((r: Row) => r.supplierCode)).toEqual([middle.code]);
  });

  it('follows the fiscal year when it does not start in January', async () => {
    await t.ctx.db.update(settings).set({ fiscalYearStartMonth: 4 }).where(eq(settings.id, 1));
    try {
      const body = (await get('year=2025')).json();
      expect(body).toMatchObject({ from: '2025-04-01', to: '2026-04-01' });
      expect(body.months[0]).toBe('2025-04-01');
      expect(body.months[11]).toBe('2026-03-01');
      // April 2025 – March 2026: big's January orders, small's both orders.
      expect(body.items.map((r: Row) => [r.supplierCode, r.totalBase])).toEqual([
        [small.code, '7020.00'],
        [big.code, '1500.00'],
      ]);
    } finally {
      await t.ctx.db.update(settings).set({ fiscalYearStartMonth: 1 }).where(eq(settings.id, 1));
    }
  });

  it('answers a bad year, supplier or cursor with 422 naming the field', async () => {
    for (const [query, path] of [
      ['', 'year'],
      ['year=abc', 'year'],
      ['year=2026.5', 'year'],
      ['year=20260', 'year'],
      ['year=2026&supplierId=nope', 'supplierId'],
      ['year=2026&limit=0', 'limit'],
      ['year=2026&cursor=garbage', 'cursor'],
    ] as const) {
      const res = await get(query);
      expect({ query, status: res.statusCode }).toEqual({ query, status: 422 });
      expect(res.json().errors.map((e: { path: string }) => e.path)).toContain(path);
    }
  });

  it('needs a session (401) and reports:read (403)', async () => {
    const anonymous = await t.request({ method: 'GET', url: `${SPEND}?year=2026` });
    expect(anonymous.statusCode).toBe(401);
    for (const role of ['requester', 'approver', 'receiver'] as Role[]) {
      const res = await get('year=2026', await t.loginAs([role]));
      expect({ role, status: res.statusCode }).toEqual({ role, status: 403 });
    }
    for (const role of ['finance', 'compliance', 'accounts_payable', 'admin', 'auditor'] as Role[]) {
      const res = await get('year=2026', await t.loginAs([role]));
      expect({ role, status: res.statusCode }).toEqual({ role, status: 200 });
    }
  });
});

describe('spend summary verification', () => {
  it('proves the summary equal to the raw sum, and names a corrupted row', async () => {
    const ok = await t.request({ method: 'POST', url: VERIFY, as: auditor });
    expect(ok.statusCode).toBe(200);
    expect(ok.json()).toEqual({
      ok: true,
      checked: 5,
      mismatched: 0,
      mismatches: [],
      monthTotalMismatches: [],
      categoryMismatches: [],
      invoicedMismatches: [],
    });

    await t.ctx.db.update(spendMonthly).set({ orderCount: 5 }).where(eq(spendMonthly.supplierId, middle.id));
    const bad = await t.request({ method: 'POST', url: VERIFY, as: auditor });
    expect(bad.json()).toEqual({
      ok: false,
      checked: 5,
      mismatched: 1,
      mismatches: [
        {
          supplierId: middle.id,
          month: '2026-06-01',
          summary: { amountBase: '800.0000', orderCount: 5 },
          raw: { amountBase: '800.0000', orderCount: 1 },
        },
      ],
      // The month total follows the (corrupted) row: the trigger keeps it, whatever writes the row.
      monthTotalMismatches: [],
      categoryMismatches: [],
      invoicedMismatches: [],
    });
    await t.ctx.db.update(spendMonthly).set({ orderCount: 1 }).where(eq(spendMonthly.supplierId, middle.id));

    // A month total written behind the trigger's back is named, with what its supplier-months add up to.
    await t.ctx.db
      .insert(spendMonthTotals)
      .values({ month: '2026-06-01', amountBase: '0.01', orderCount: 0 });
    const total = await t.request({ method: 'POST', url: VERIFY, as: auditor });
    expect(total.json()).toMatchObject({
      ok: false,
      mismatched: 0,
      monthTotalMismatches: [{ month: '2026-06-01' }],
    });
    const [mismatch] = total.json().monthTotalMismatches;
    expect(dec(mismatch.total.amountBase).minus(mismatch.cells.amountBase).toFixed()).toBe('0.01');
    expect(mismatch.total.orderCount).toBe(mismatch.cells.orderCount);
    await t.ctx.db
      .insert(spendMonthTotals)
      .values({ month: '2026-06-01', amountBase: '-0.01', orderCount: 0 });
    expect((await t.request({ method: 'POST', url: VERIFY, as: auditor })).json().ok).toBe(true);

    // Spend by category written behind the triggers' back is named, with the orders' lines.
    await t.ctx.db
      .insert(spendCategoryMonths)
      .values({ categoryId: NO_CATEGORY, month: '2026-06-01', amountBase: '5', lineCount: 1 });
    const category = (await t.request({ method: 'POST', url: VERIFY, as: auditor })).json();
    expect(category.ok).toBe(false);
    expect(category.categoryMismatches).toHaveLength(1);
    expect(category.categoryMismatches[0]).toMatchObject({ categoryId: null, month: '2026-06-01' });
    expect(
      dec(category.categoryMismatches[0].summary.amountBase)
        .minus(category.categoryMismatches[0].raw.amountBase)
        .toFixed(),
    ).toBe('5');
    await t.ctx.db
      .insert(spendCategoryMonths)
      .values({ categoryId: NO_CATEGORY, month: '2026-06-01', amountBase: '-5', lineCount: -1 });
    expect((await t.request({ method: 'POST', url: VERIFY, as: auditor })).json().ok).toBe(true);
  });

  it('is for auditors and administrators only', async () => {
    expect((await t.request({ method: 'POST', url: VERIFY })).statusCode).toBe(401);
    expect((await t.request({ method: 'POST', url: VERIFY, as: buyer })).statusCode).toBe(403);
    const admin = await t.loginAs(['admin']);
    expect((await t.request({ method: 'POST', url: VERIFY, as: admin })).json().ok).toBe(true);
  });
});
