import { getCurrency, getSettings } from '../organisation';
import type { Ctx } from '../shared/context';
import { AppError } from '../shared/errors';
import { roundTo } from '../shared/money';
import { decodeListCursor, encodeCursor } from '../shared/pagination';
import { findSuppliersByIds } from '../suppliers';
import * as repo from './repository';
import { reportYear } from './rules';

export type SpendMonth = { month: string; amountBase: string; orderCount: number };
export type SupplierSpend = {
  supplierId: string;
  supplierCode: string;
  supplierName: string;
  /** The twelve months of the year in order, zero where nothing was committed. */
  months: SpendMonth[];
  totalBase: string;
  orderCount: number;
};
export type SpendReport = {
  year: number;
  /** First day of the year and of the year after it (the fiscal year, as settings define it). */
  from: string;
  to: string;
  currency: string;
  months: string[];
  items: SupplierSpend[];
  nextCursor: string | null;
};

function assertReportYear(year: number): void {
  if (!Number.isInteger(year) || year < 1900 || year > 2999)
    throw AppError.field('year', 'must be a year from 1900 to 2999');
}

function afterOf(cursor: string | undefined): { totalBase: string; supplierId: string } | undefined {
  const c = decodeListCursor(cursor, { k: 'decimal' });
  return c ? { totalBase: String(c.k), supplierId: c.id } : undefined;
}

/**
 * Spend by supplier by month for one (fiscal) year, read from the spend_monthly summary only:
 * suppliers with spend in the year, largest year total first (then by id), a page at a time.
 */
export async function spendBySupplier(
  ctx: Ctx,
  opts: { year: number; supplierId?: string; limit: number; cursor?: string },
): Promise<SpendReport> {
  assertReportYear(opts.year);
  const after = afterOf(opts.cursor);
  const settings = await getSettings(ctx);
  const currency = await getCurrency(ctx, { code: settings.baseCurrency });
  const period = reportYear(opts.year, settings.fiscalYearStartMonth);
  const totals = await repo.supplierYearTotals(ctx.db, {
    from: period.from,
    to: period.to,
    supplierId: opts.supplierId,
    after,
    limit: opts.limit + 1,
  });
  const page = totals.slice(0, opts.limit);
  const names = new Map(
    (await findSuppliersByIds(ctx, { ids: page.map((t) => t.supplierId) })).map((s) => [s.id, s]),
  );
  const rows = await repo.supplierMonths(
    ctx.db,
    page.map((t) => t.supplierId),
    period.from,
    period.to,
  );
  const cells = new Map(rows.map((r) => [`${r.supplierId}|${r.month}`, r]));
  const money = (v: string) => roundTo(v, currency.minorUnits);
  const last = page.at(-1);
  return {
    year: opts.year,
    from: period.from,
    to: period.to,
    currency: currency.code,
    months: period.months,
    items: page.map((t) => ({
      supplierId: t.supplierId,
      supplierCode: names.get(t.supplierId)?.code ?? '',
      supplierName: names.get(t.supplierId)?.legalName ?? '',
      months: period.months.map((month) => {
        const cell = cells.get(`${t.supplierId}|${month}`);
        return { month, amountBase: money(cell?.amountBase ?? '0'), orderCount: cell?.orderCount ?? 0 };
      }),
      totalBase: money(t.totalBase),
      orderCount: t.orderCount,
    })),
    // The cursor keeps the exact total (not the rounded one) so the next page starts right after.
    nextCursor:
      totals.length > opts.limit && last ? encodeCursor({ k: last.totalBase, id: last.supplierId }) : null,
  };
}
