import type { PurchaseOrderStatus } from '../../domain/purchase-orders';
import * as approvals from '../approvals';
import * as catalog from '../catalog';
import { getCurrency, getSettings } from '../organisation';
import * as purchaseOrders from '../purchase-orders';
import * as requisitions from '../requisitions';
import { type Actor, can } from '../shared/actor';
import { isoDate } from '../shared/clock';
import type { Ctx } from '../shared/context';
import { dec, roundTo } from '../shared/money';
import type { CappedCount } from '../shared/sql';
import * as repo from './repository';

/** The approver's queue: what waits for their decision. */
export type ApproverWork = {
  waiting: CappedCount;
  /** Of those, how many have waited three days or more. */
  waitingLong: number;
  oldestWaitingSince: Date | null;
};

export type Home = {
  approvals: ApproverWork | null;
  requisitions: requisitions.RequesterWork | null;
  workbench: { linesToOrder: CappedCount } | null;
  purchasing: purchaseOrders.PurchasingWork | null;
  spendByMonth: {
    currency: string;
    months: { month: string; amountBase: string; orderCount: number }[];
  } | null;
  /**
   * Committed spend of the last twelve months by item category, largest first: the first seven,
   * then the rest together (`other`). `categoryId` null: free-text lines, which have none.
   */
  spendByCategory: {
    currency: string;
    categories: { categoryId: string | null; label: string | null; amountBase: string }[];
    other: string | null;
  } | null;
  ordersByState: { status: PurchaseOrderStatus; count: number }[] | null;
  approvalCycleTimes: approvals.ApprovalCycleTime[] | null;
};

/** The inbox page lists this many; the home page counts no further. */
const INBOX_PAGE = 100;
const LONG_WAIT_MS = 3 * 86_400_000;

/** The last twelve months, this one included: [first day 11 months ago, first day of next month). */
function lastTwelveMonths(now: Date): { from: string; to: string; months: string[] } {
  const y = now.getUTCFullYear();
  const m = now.getUTCMonth();
  const first = (offset: number) => isoDate(new Date(Date.UTC(y, m + offset, 1)));
  return {
    from: first(-11),
    to: first(1),
    months: Array.from({ length: 12 }, (_, i) => first(i - 11)),
  };
}

/**
 * The signed-in user's home page: each part for the roles that have its work (a part the caller's
 * permissions do not cover is null), every count an indexed query that stops at 1,000.
 */
export async function readHome(ctx: Ctx, opts: { actor: Actor }): Promise<Home> {
  const { actor } = opts;
  const now = ctx.clock.now();
  // The base currency, read once for both spend figures.
  const base = can(actor, 'reports:read') ? baseCurrencyOf(ctx) : null;
  const [
    approverWork,
    requesterWork,
    linesToOrder,
    purchasing,
    spend,
    byCategory,
    ordersByState,
    cycleTimes,
  ] = await Promise.all([
    can(actor, 'approvals:act') && actor.userId ? readApproverWork(ctx, actor, now) : null,
    can(actor, 'requisitions:write') ? requisitions.readRequesterWork(ctx, { actor }) : null,
    can(actor, 'workbench:use') ? requisitions.countRequisitionLinesToOrder(ctx) : null,
    can(actor, 'purchase_orders:write') ? purchaseOrders.readPurchasingWork(ctx, { actor }) : null,
    base ? readSpendByMonth(ctx, now, base) : null,
    base ? readSpendByCategory(ctx, now, base) : null,
    can(actor, 'purchase_orders:read') ? purchaseOrders.readOrdersByState(ctx, { actor }) : null,
    can(actor, 'approvals:act') || can(actor, 'approvals:admin') || can(actor, 'reports:read')
      ? approvals.readApprovalCycleTimes(ctx)
      : null,
  ]);
  return {
    approvals: approverWork,
    requisitions: requesterWork,
    workbench: linesToOrder ? { linesToOrder } : null,
    purchasing,
    spendByMonth: spend,
    spendByCategory: byCategory,
    ordersByState,
    approvalCycleTimes: cycleTimes,
  };
}

async function readApproverWork(ctx: Ctx, actor: Actor, now: Date): Promise<ApproverWork> {
  const inbox = await approvals.countApprovalInbox(ctx, { actor, limit: INBOX_PAGE });
  const since = inbox.waitingSince.map((d) => d.getTime());
  return {
    waiting: { count: inbox.count, more: inbox.more },
    waitingLong: since.filter((t) => now.getTime() - t >= LONG_WAIT_MS).length,
    oldestWaitingSince: since.length ? new Date(Math.min(...since)) : null,
  };
}

/** Folds the spend month totals' appended rows into one per month (the minute job). */
export async function foldSpendMonthTotals(ctx: Ctx): Promise<{ folded: number }> {
  return { folded: await repo.foldMonthTotals(ctx.db) };
}

/** The categories the chart names one by one; the rest are summed as "other". */
const CATEGORIES_SHOWN = 7;

type BaseCurrency = Promise<{ code: string; minorUnits: number }>;

async function baseCurrencyOf(ctx: Ctx): BaseCurrency {
  const settings = await getSettings(ctx);
  const currency = await getCurrency(ctx, { code: settings.baseCurrency });
  return { code: settings.baseCurrency, minorUnits: currency.minorUnits };
}

async function readSpendByCategory(
  ctx: Ctx,
  now: Date,
  base: BaseCurrency,
): Promise<NonNullable<Home['spendByCategory']>> {
  const currency = await base;
  const range = lastTwelveMonths(now);
  const totals = await repo.categoryTotals(ctx.db, range);
  const shown = totals.slice(0, CATEGORIES_SHOWN);
  const rest = totals.slice(CATEGORIES_SHOWN);
  const ids = shown.map((t) => t.categoryId).filter((id) => id !== repo.NO_CATEGORY);
  const names = ids.length ? await catalog.recordNamers.item_category!(ctx, ids) : new Map();
  return {
    currency: currency.code,
    categories: shown.map((t) => ({
      categoryId: t.categoryId === repo.NO_CATEGORY ? null : t.categoryId,
      label: t.categoryId === repo.NO_CATEGORY ? null : (names.get(t.categoryId)?.label ?? null),
      amountBase: roundTo(t.amountBase, currency.minorUnits),
    })),
    other: rest.length
      ? roundTo(rest.reduce((sum, t) => sum.plus(t.amountBase), dec('0')).toFixed(), currency.minorUnits)
      : null,
  };
}

/** Folds the spend by category's appended rows into one per category and month (the minute job). */
export async function foldSpendCategoryMonths(ctx: Ctx): Promise<{ folded: number }> {
  return { folded: await repo.foldCategoryMonths(ctx.db) };
}

async function readSpendByMonth(
  ctx: Ctx,
  now: Date,
  base: BaseCurrency,
): Promise<NonNullable<Home['spendByMonth']>> {
  const currency = await base;
  const range = lastTwelveMonths(now);
  const rows = new Map((await repo.monthTotals(ctx.db, range)).map((r) => [r.month, r]));
  return {
    currency: currency.code,
    months: range.months.map((month) => ({
      month,
      amountBase: roundTo(rows.get(month)?.amountBase ?? '0', currency.minorUnits),
      orderCount: rows.get(month)?.orderCount ?? 0,
    })),
  };
}
