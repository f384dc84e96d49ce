import { actualSpendByOrder } from '../invoicing';
import {
  committedSpendByCategoryMonth,
  committedSpendBySupplierMonth,
  invoicedSpendByOrder,
} from '../purchase-orders';
import type { Ctx } from '../shared/context';
import { dec, normalize } from '../shared/money';
import * as repo from './repository';

export type SpendSummaryCell = { amountBase: string; orderCount: number };
export type SpendSummaryMismatch = {
  supplierId: string;
  month: string;
  summary: SpendSummaryCell;
  raw: SpendSummaryCell;
};

export type SpendSummaryReport = {
  ok: boolean;
  /** Supplier-months compared: every one present in the summary or in the raw sum. */
  checked: number;
  /** How many differ; `mismatches` lists the first 50 by supplier id and month. */
  mismatched: number;
  mismatches: SpendSummaryMismatch[];
  /** Months whose total (spend_month_totals, the home page's chart) differs from their cells' sum. */
  monthTotalMismatches: { month: string; total: SpendSummaryCell; cells: SpendSummaryCell }[];
  /**
   * Category-months whose spend (spend_category_months, the home page's spend by category) differs
   * from the orders' lines (the first 50); `categoryId` null: free-text lines.
   */
  categoryMismatches: {
    categoryId: string | null;
    month: string;
    summary: { amountBase: string; lineCount: number };
    raw: { amountBase: string; lineCount: number };
  }[];
  /**
   * Orders whose recorded invoiced amount (a budget's actual spend, purchase_orders.invoiced_base)
   * differs from what their approved invoices come to (the first 50).
   */
  invoicedMismatches: { purchaseOrderId: string; recorded: string; invoices: string }[];
};

const SHOWN = 50;
const NONE: SpendSummaryCell = { amountBase: '0', orderCount: 0 };

/**
 * Proves spend_monthly equal to the raw sum — what purchase-orders says its orders commit, per
 * supplier and month — or names where it is not. Both are read in one repeatable-read, read-only
 * transaction, so they come from the same snapshot.
 */
export async function verifySpendSummary(ctx: Ctx): Promise<SpendSummaryReport> {
  const [summary, raw, monthTotals, categorySummary, categoryRaw, invoicedRecorded, invoicedRaw] =
    await ctx.db.transaction(
      async (tx) => {
        const txCtx: Ctx = { ...ctx, db: tx };
        const cells = await repo.allSpendCells(tx);
        return [
          cells,
          await committedSpendBySupplierMonth(txCtx),
          await repo.allMonthTotals(tx),
          await repo.allCategoryCells(tx),
          await committedSpendByCategoryMonth(txCtx),
          await invoicedSpendByOrder(txCtx),
          await actualSpendByOrder(txCtx),
        ] as const;
      },
      { isolationLevel: 'repeatable read', accessMode: 'read only' },
    );
  const key = (c: { supplierId: string; month: string }) => `${c.supplierId}|${c.month}`;
  const cells = new Map<
    string,
    { supplierId: string; month: string; summary: SpendSummaryCell; raw: SpendSummaryCell }
  >();
  for (const c of summary) {
    cells.set(key(c), { supplierId: c.supplierId, month: c.month, summary: cellOf(c), raw: NONE });
  }
  for (const c of raw) {
    const found = cells.get(key(c));
    if (found) found.raw = cellOf(c);
    else cells.set(key(c), { supplierId: c.supplierId, month: c.month, summary: NONE, raw: cellOf(c) });
  }
  const differing = [...cells.values()]
    .filter(
      (c) => c.summary.orderCount !== c.raw.orderCount || !dec(c.summary.amountBase).eq(c.raw.amountBase),
    )
    .sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
  // The month totals against the sum of the month's cells.
  const byMonth = new Map<string, { total: SpendSummaryCell; cells: SpendSummaryCell }>();
  const monthOf = (month: string) => {
    let m = byMonth.get(month);
    if (!m) {
      m = { total: { ...NONE }, cells: { ...NONE } };
      byMonth.set(month, m);
    }
    return m;
  };
  for (const t of monthTotals) monthOf(t.month).total = cellOf(t);
  for (const c of summary) {
    const m = monthOf(c.month);
    m.cells = {
      amountBase: dec(m.cells.amountBase).plus(c.amountBase).toFixed(),
      orderCount: m.cells.orderCount + Number(c.orderCount),
    };
  }
  const monthTotalMismatches = [...byMonth]
    .filter(
      ([, m]) => m.total.orderCount !== m.cells.orderCount || !dec(m.total.amountBase).eq(m.cells.amountBase),
    )
    .map(([month, m]) => ({ month, ...m }))
    .sort((a, b) => (a.month < b.month ? -1 : 1));
  // The spend by category against the orders' lines.
  const categoryKey = (c: { categoryId: string | null; month: string }) =>
    `${c.categoryId ?? repo.NO_CATEGORY}|${c.month}`;
  const categoryCells = new Map<string, SpendSummaryReport['categoryMismatches'][number]>();
  const zero = { amountBase: '0', lineCount: 0 };
  for (const c of categorySummary) {
    const categoryId = c.categoryId === repo.NO_CATEGORY ? null : c.categoryId;
    categoryCells.set(categoryKey(c), {
      categoryId,
      month: c.month,
      summary: { amountBase: c.amountBase, lineCount: Number(c.lineCount) },
      raw: zero,
    });
  }
  for (const c of categoryRaw) {
    const found = categoryCells.get(categoryKey(c));
    const cell = { amountBase: c.amountBase, lineCount: Number(c.lineCount) };
    if (found) found.raw = cell;
    else
      categoryCells.set(categoryKey(c), {
        categoryId: c.categoryId,
        month: c.month,
        summary: zero,
        raw: cell,
      });
  }
  const categoryMismatches = [...categoryCells.values()]
    .filter((c) => c.summary.lineCount !== c.raw.lineCount || !dec(c.summary.amountBase).eq(c.raw.amountBase))
    .sort((a, b) => (categoryKey(a) < categoryKey(b) ? -1 : 1))
    .slice(0, SHOWN);
  // Each order's invoiced amount (budgets' actual) against its approved invoices.
  const invoiced = new Map<string, { purchaseOrderId: string; recorded: string; invoices: string }>();
  for (const o of invoicedRecorded)
    invoiced.set(o.purchaseOrderId, {
      purchaseOrderId: o.purchaseOrderId,
      recorded: o.amountBase,
      invoices: '0',
    });
  for (const o of invoicedRaw) {
    const found = invoiced.get(o.purchaseOrderId);
    if (found) found.invoices = o.amountBase;
    else
      invoiced.set(o.purchaseOrderId, {
        purchaseOrderId: o.purchaseOrderId,
        recorded: '0',
        invoices: o.amountBase,
      });
  }
  const invoicedMismatches = [...invoiced.values()]
    .filter((o) => !dec(o.recorded).eq(o.invoices))
    .map((o) => ({ ...o, recorded: normalize(o.recorded), invoices: normalize(o.invoices) }))
    .sort((a, b) => (a.purchaseOrderId < b.purchaseOrderId ? -1 : 1))
    .slice(0, SHOWN);
  return {
    ok:
      differing.length === 0 &&
      monthTotalMismatches.length === 0 &&
      categoryMismatches.length === 0 &&
      invoicedMismatches.length === 0,
    monthTotalMismatches,
    categoryMismatches,
    invoicedMismatches,
    checked: cells.size,
    mismatched: differing.length,
    mismatches: differing.slice(0, SHOWN),
  };
}

function cellOf(c: { amountBase: string; orderCount: number }): SpendSummaryCell {
  return { amountBase: c.amountBase, orderCount: Number(c.orderCount) };
}
