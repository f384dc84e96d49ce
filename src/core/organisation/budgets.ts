import type { Actor } from '../shared/actor';
import { recordAudit } from '../shared/audit';
import type { Ctx } from '../shared/context';
import { AppError, FieldErrors, isUniqueViolation } from '../shared/errors';
import { newId } from '../shared/ids';
import { dec, normalize } from '../shared/money';
import { decodeCursor, type Page, pageOf } from '../shared/pagination';
import { assertVersion } from '../shared/versioning';
import { available, type BudgetPeriodType, periodEnd, periodStartProblem } from './budget-rules';
import * as repo from './repository';
import { requireSettings } from './validate-organisation';

/**
 * Budgets per cost centre and period, in base currency, with what is committed (approved orders
 * not yet invoiced), actual (invoiced: always 0 until invoices exist) and available derived from
 * the documents whenever a budget is read.
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
  const committed = normalize(await repo.committedBase(ctx.db, row.costCentreId, row.periodStart, end));
  const actual = '0';
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
  const c = decodeCursor(opts.cursor);
  const rows = await repo.listBudgets(
    ctx.db,
    opts.filter,
    c ? { key: String(c.k), id: c.id } : undefined,
    opts.limit + 1,
  );
  const page = pageOf(rows, opts.limit, (b) => ({ k: b.periodStart, id: b.id }));
  return { items: await Promise.all(page.items.map((r) => toBudget(ctx, r))), nextCursor: page.nextCursor };
}

/**
 * Whether adding `amountBase` on `date` to the cost centre's commitments would take any budget
 * covering that date (its month, its fiscal year) below zero. No budget: never exceeded.
 */
export async function budgetWouldExceed(
  ctx: Ctx,
  opts: { costCentreId: string | null; date: string; amountBase: string },
): Promise<boolean> {
  if (!opts.costCentreId) return false;
  const rows = await repo.budgetsCovering(ctx.db, opts.costCentreId, opts.date);
  for (const row of rows) {
    if (periodEnd(row.periodType, row.periodStart) <= opts.date) continue;
    const budget = await toBudget(ctx, row);
    if (dec(budget.available).minus(opts.amountBase).isNegative()) return true;
  }
  return false;
}
