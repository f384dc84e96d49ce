import type { BudgetControl, BudgetPeriodType } from '../../domain/organisation';
import type { Actor } from '../shared/actor';
import { recordAudit } from '../shared/audit';
import type { Ctx } from '../shared/context';
import { AppError, FieldErrors, isUniqueViolation } from '../shared/errors';
import { newId } from '../shared/ids';
import { dec, normalize } from '../shared/money';
import { decodeListCursor, type Page, pageOf } from '../shared/pagination';
import { assertVersion } from '../shared/versioning';
import { available, periodEnd, periodLabel, periodStartProblem } from './budget-rules';
import { actualBase, committedBase, consumedByDocument } from './commitments';
import { rateOn } from './rate-on';
import * as repo from './repository';
import { requireSettings } from './validate-organisation';

/**
 * Budgets per cost centre and period, in base currency, with what is committed (orders that commit
 * spend: approved and after, closed included, less short-closed value, less what their approved
 * invoices took over; asked of the documents' commitment sources), actual (approved invoices, credit
 * notes negative; asked of the actual sources) and available derived whenever a budget is read.
 * committed + actual + available = amount, always.
 */
export type Budget = {
  id: string;
  costCentreId: string;
  periodType: BudgetPeriodType;
  periodStart: string;
  /** The day after the period's last day. */
  periodEnd: string;
  amount: string;
  committed: string;
  actual: string;
  available: string;
  version: number;
  createdAt: Date;
  updatedAt: Date;
};

export type CreateBudgetInput = {
  costCentreId: string;
  periodType: BudgetPeriodType;
  periodStart: string;
  amount: string;
};

async function toBudget(ctx: Ctx, row: repo.BudgetRow): Promise<Budget> {
  const end = periodEnd(row.periodType, row.periodStart);
  const period = { costCentreId: row.costCentreId, from: row.periodStart, to: end };
  const committed = normalize(await committedBase(ctx, period));
  const actual = normalize(await actualBase(ctx, period));
  return {
    id: row.id,
    costCentreId: row.costCentreId,
    periodType: row.periodType,
    periodStart: row.periodStart,
    periodEnd: end,
    amount: normalize(row.amount),
    committed,
    actual,
    available: normalize(available(row.amount, committed, actual)),
    version: row.version,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
  };
}

function budgetTaken(): AppError {
  return new AppError('conflict', 'This cost centre already has a budget for that period.', {
    errors: [{ path: 'periodStart', message: 'already has a budget for this cost centre' }],
  });
}

export async function createBudget(
  ctx: Ctx,
  opts: { actor: Actor; input: CreateBudgetInput },
): Promise<Budget> {
  const { input } = opts;
  try {
    return await ctx.db.transaction(async (tx) => {
      const txCtx = { ...ctx, db: tx };
      const settings = await requireSettings(tx);
      const errors = new FieldErrors();
      const problem = periodStartProblem(input.periodType, input.periodStart, settings.fiscalYearStartMonth);
      if (problem) errors.add('periodStart', problem);
      if (!(await repo.findCostCentreById(tx, input.costCentreId)))
        errors.add('costCentreId', 'is not a cost centre');
      errors.throwIfAny();
      const now = ctx.clock.now();
      const row = await repo.insertBudget(tx, {
        id: newId(now.getTime()),
        costCentreId: input.costCentreId,
        periodType: input.periodType,
        periodStart: input.periodStart,
        amount: input.amount,
        createdAt: now,
        updatedAt: now,
      });
      await recordAudit(tx, ctx.clock, {
        actor: opts.actor,
        entityType: 'budget',
        entityId: row.id,
        action: 'create',
        changes: {
          costCentreId: { before: null, after: row.costCentreId },
          period: { before: null, after: `${row.periodType} from ${row.periodStart}` },
          amount: { before: null, after: normalize(row.amount) },
        },
      });
      return toBudget(txCtx, row);
    });
  } catch (err) {
    if (isUniqueViolation(err)) throw budgetTaken();
    throw err;
  }
}

/** Changes a budget's amount (its cost centre and period are its identity). */
export async function updateBudget(
  ctx: Ctx,
  opts: { actor: Actor; id: string; version: number; input: { amount: string } },
): Promise<Budget> {
  return ctx.db.transaction(async (tx) => {
    const before = await repo.findBudgetById(tx, opts.id, { forUpdate: true });
    if (!before) throw AppError.notFound('Budget', opts.id);
    assertVersion(before.version, opts.version);
    const row = await repo.updateBudget(tx, opts.id, opts.version, {
      amount: opts.input.amount,
      updatedAt: ctx.clock.now(),
    });
    if (!row) throw AppError.conflict('The budget changed while saving; reload and try again.');
    await recordAudit(tx, ctx.clock, {
      actor: opts.actor,
      entityType: 'budget',
      entityId: row.id,
      action: 'update',
      changes: { amount: { before: normalize(before.amount), after: normalize(row.amount) } },
    });
    return toBudget({ ...ctx, db: tx }, row);
  });
}

export async function getBudget(ctx: Ctx, opts: { id: string }): Promise<Budget> {
  const row = await repo.findBudgetById(ctx.db, opts.id);
  if (!row) throw AppError.notFound('Budget', opts.id);
  return toBudget(ctx, row);
}

/** Budgets by period start, with their consumption. */
export async function listBudgets(
  ctx: Ctx,
  opts: { filter: repo.BudgetFilter; limit: number; cursor?: string },
): Promise<Page<Budget>> {
  const c = decodeListCursor(opts.cursor, { k: 'date' });
  const rows = await repo.listBudgets(
    ctx.db,
    opts.filter,
    c ? { key: String(c.k), id: c.id } : undefined,
    opts.limit + 1,
  );
  const page = pageOf(rows, opts.limit, (b) => ({ k: b.periodStart, id: b.id }));
  return { items: await Promise.all(page.items.map((r) => toBudget(ctx, r))), nextCursor: page.nextCursor };
}

/** What one covering budget looks like with and without a document's amount. */
export type BudgetEffectPeriod = {
  budgetId: string;
  periodType: BudgetPeriodType;
  periodStart: string;
  periodEnd: string;
  /** "November 2026", "fiscal year 2026". */
  periodLabel: string;
  amount: string;
  /** Every approved order's open commitment, this document's included when it is itself approved. */
  committed: string;
  actual: string;
  /**
   * What this document already consumes (it is approved: what it still commits plus what its
   * approved invoices spent): not counted a second time.
   */
  documentCommitted: string;
  /** amount − committed − actual, before this document. */
  availableNow: string;
  /** availableNow less what this document adds. */
  availableAfter: string;
  exceeded: boolean;
};

/** The budget effect of an amount on a cost centre at a date, and what the settings make of an overrun. */
export type BudgetEffect = {
  costCentreId: string | null;
  costCentreCode: string | null;
  date: string;
  amountBase: string;
  baseCurrency: string;
  /** Every budget covering the date (its month, its fiscal year), month first. */
  budgets: BudgetEffectPeriod[];
  /** True when any covering budget would go below zero. */
  exceeded: boolean;
  control: BudgetControl;
  approverRole: string;
};

/**
 * The effect of spending `amountBase` (base currency) on the cost centre on `date`: for every
 * budget covering that date, what is left now and after. `purchaseOrderId` names the order whose
 * amount this is: when it is approved its amount is already committed and is not counted twice.
 * No cost centre, or no covering budget: nothing can be exceeded.
 */
export async function budgetEffect(
  ctx: Ctx,
  opts: { costCentreId: string | null; date: string; amountBase: string; purchaseOrderId?: string },
): Promise<BudgetEffect> {
  const settings = await requireSettings(ctx.db);
  const costCentre = opts.costCentreId ? await repo.findCostCentreById(ctx.db, opts.costCentreId) : undefined;
  const rows = costCentre ? await repo.budgetsCovering(ctx.db, costCentre.id, opts.date) : [];
  const budgets: BudgetEffectPeriod[] = [];
  for (const row of rows) {
    const end = periodEnd(row.periodType, row.periodStart);
    if (end <= opts.date) continue;
    const budget = await toBudget(ctx, row);
    const own = opts.purchaseOrderId
      ? normalize(
          await consumedByDocument(ctx, {
            costCentreId: row.costCentreId,
            from: row.periodStart,
            to: end,
            documentType: 'purchase_order',
            documentId: opts.purchaseOrderId,
          }),
        )
      : '0';
    const after = dec(budget.available).minus(dec(opts.amountBase).minus(own));
    budgets.push({
      budgetId: row.id,
      periodType: row.periodType,
      periodStart: row.periodStart,
      periodEnd: end,
      periodLabel: periodLabel(row.periodType, row.periodStart),
      amount: budget.amount,
      committed: budget.committed,
      actual: budget.actual,
      documentCommitted: own,
      availableNow: budget.available,
      availableAfter: normalize(after.toFixed()),
      exceeded: after.isNegative(),
    });
  }
  budgets.sort((a, b) => (a.periodType === b.periodType ? 0 : a.periodType === 'month' ? -1 : 1));
  return {
    costCentreId: costCentre?.id ?? null,
    costCentreCode: costCentre?.code ?? null,
    date: opts.date,
    amountBase: normalize(opts.amountBase),
    baseCurrency: settings.baseCurrency,
    budgets,
    exceeded: budgets.some((b) => b.exceeded),
    control: settings.budgetControl,
    approverRole: settings.budgetApproverRole,
  };
}

/**
 * The budget effect of an amount in any currency: converted to base currency with the rate on
 * `date` (422 on `currency` when there is none).
 */
export async function budgetEffectOf(
  ctx: Ctx,
  opts: { costCentreId: string; date: string; amount: string; currency: string },
): Promise<BudgetEffect> {
  if (!(await repo.findCostCentreById(ctx.db, opts.costCentreId)))
    throw AppError.field('costCentreId', 'is not a cost centre');
  const quote = await rateOn(ctx, { currency: opts.currency, date: opts.date });
  const amountBase = dec(opts.amount).times(quote.rate).toFixed();
  return budgetEffect(ctx, { costCentreId: opts.costCentreId, date: opts.date, amountBase });
}
