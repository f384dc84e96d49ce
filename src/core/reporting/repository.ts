import { and, asc, desc, eq, gte, inArray, lt, sql } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { spendCategoryMonths, spendMonthly, spendMonthTotals } from '../../db/schema';
import { foldAppendedRows } from '../shared/sql';

/**
 * The only SQL of reporting: it reads its own summary table, spend_monthly (kept by the triggers of
 * migration 0007). Supplier names come from suppliers and the raw committed spend it is checked
 * against from purchase-orders, each through its index.ts.
 */

export type SupplierYearTotal = {
  supplierId: string;
  totalBase: string;
  orderCount: number;
};

/**
 * Per supplier, the year's total from spend_monthly in [from, to), largest first then by id,
 * after the cursor (total, id) when given.
 */
export async function supplierYearTotals(
  db: Db,
  opts: {
    from: string;
    to: string;
    supplierId?: string;
    after?: { totalBase: string; supplierId: string };
    limit: number;
  },
): Promise<SupplierYearTotal[]> {
  const total = sql`sum(${spendMonthly.amountBase})`;
  const after = opts.after;
  return db
    .select({
      supplierId: spendMonthly.supplierId,
      totalBase: sql<string>`${total}::text`,
      orderCount: sql<number>`sum(${spendMonthly.orderCount})::integer`.mapWith(Number),
    })
    .from(spendMonthly)
    .where(
      and(
        gte(spendMonthly.month, opts.from),
        lt(spendMonthly.month, opts.to),
        opts.supplierId ? eq(spendMonthly.supplierId, opts.supplierId) : undefined,
      ),
    )
    .groupBy(spendMonthly.supplierId)
    .having(
      after
        ? sql`(${total} < ${after.totalBase}::numeric or (${total} = ${after.totalBase}::numeric and ${spendMonthly.supplierId} > ${after.supplierId}::uuid))`
        : undefined,
    )
    .orderBy(desc(total), asc(spendMonthly.supplierId))
    .limit(opts.limit);
}
export type SpendMonthRow = { supplierId: string; month: string; amountBase: string; orderCount: number };

/** The spend_monthly rows of these suppliers in [from, to). */
export async function supplierMonths(
  db: Db,
  supplierIds: string[],
  from: string,
  to: string,
): Promise<SpendMonthRow[]> {
  if (supplierIds.length === 0) return [];
  return db
    .select({
      supplierId: spendMonthly.supplierId,
      month: spendMonthly.month,
      amountBase: spendMonthly.amountBase,
      orderCount: spendMonthly.orderCount,
    })
    .from(spendMonthly)
    .where(
      and(
        inArray(spendMonthly.supplierId, supplierIds),
        gte(spendMonthly.month, from),
        lt(spendMonthly.month, to),
      ),
    );
}

export type SpendCell = { supplierId: string; month: string; amountBase: string; orderCount: number };

/** Every row of spend_monthly (at most suppliers × months), for the check against the raw sum. */
export async function allSpendCells(db: Db): Promise<SpendCell[]> {
  return db
    .select({
      supplierId: spendMonthly.supplierId,
      month: spendMonthly.month,
      amountBase: sql<string>`${spendMonthly.amountBase}::text`,
      orderCount: spendMonthly.orderCount,
    })
    .from(spendMonthly);
}

/**
 * Committed spend per month in [from, to), every supplier together: the rows of
 * spend_month_totals (one per month once folded, plus the deltas since) summed
 * (spend_month_totals_month_idx).
 */
export async function monthTotals(
  db: Db,
  opts: { from: string; to: string },
): Promise<{ month: string; amountBase: string; orderCount: number }[]> {
  return db
    .select({
      month: spendMonthTotals.month,
      amountBase: sql<string>`sum(${spendMonthTotals.amountBase})::text`,
      orderCount: sql<number>`sum(${spendMonthTotals.orderCount})::integer`.mapWith(Number),
    })
    .from(spendMonthTotals)
    .where(and(gte(spendMonthTotals.month, opts.from), lt(spendMonthTotals.month, opts.to)))
    .groupBy(spendMonthTotals.month)
    .orderBy(asc(spendMonthTotals.month));
}

/** Every month's total (for the check against spend_monthly). */
export async function allMonthTotals(
  db: Db,
): Promise<{ month: string; amountBase: string; orderCount: number }[]> {
  return monthTotals(db, { from: '0001-01-01', to: '9999-12-31' });
}

/**
 * Folds spend_month_totals into one row per month (dropping months that sum to nothing), in one
 * statement: rows appended meanwhile by other transactions are not in its snapshot and stay.
 * Returns how many rows went away.
 */
export async function foldMonthTotals(db: Db): Promise<number> {
  return foldAppendedRows(db, {
    table: 'spend_month_totals',
    keys: ['month'],
    sums: ['amount_base', 'order_count'],
  });
}

/** The summary's key for free-text lines, which have no category. */
export const NO_CATEGORY = '00000000-0000-0000-0000-000000000000';

/**
 * Committed spend per item category in [from, to), largest first, categories that add up to
 * nothing left out: the rows of spend_category_months summed (spend_category_months_month_idx).
 */
export async function categoryTotals(
  db: Db,
  opts: { from: string; to: string },
): Promise<{ categoryId: string; amountBase: string }[]> {
  const total = sql`sum(${spendCategoryMonths.amountBase})`;
  return db
    .select({ categoryId: spendCategoryMonths.categoryId, amountBase: sql<string>`${total}::text` })
    .from(spendCategoryMonths)
    .where(and(gte(spendCategoryMonths.month, opts.from), lt(spendCategoryMonths.month, opts.to)))
    .groupBy(spendCategoryMonths.categoryId)
    .having(sql`${total} <> 0`)
    .orderBy(desc(total), asc(spendCategoryMonths.categoryId));
}

/** Every category-month of the summary (for the check against the orders' lines). */
export async function allCategoryCells(
  db: Db,
): Promise<{ categoryId: string; month: string; amountBase: string; lineCount: number }[]> {
  return db
    .select({
      categoryId: spendCategoryMonths.categoryId,
      month: spendCategoryMonths.month,
      amountBase: sql<string>`sum(${spendCategoryMonths.amountBase})::text`,
      lineCount: sql<number>`sum(${spendCategoryMonths.lineCount})::integer`.mapWith(Number),
    })
    .from(spendCategoryMonths)
    .groupBy(spendCategoryMonths.categoryId, spendCategoryMonths.month);
}

/** Folds spend_category_months into one row per category and month, as `foldMonthTotals` does. */
export async function foldCategoryMonths(db: Db): Promise<number> {
  return foldAppendedRows(db, {
    table: 'spend_category_months',
    keys: ['category_id', 'month'],
    sums: ['amount_base', 'line_count'],
  });
}
