import { and, asc, desc, eq, gt, gte, inArray, lte, or, sql } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { preparedPer } from '../../db/prepared';
import { budgets, costCentres, currencies, departments, exchangeRates, settings } from '../../db/schema';
import type { BudgetPeriodType } from '../../domain/organisation';
import { isUniqueViolation } from '../shared/errors';
import { likeEscape } from '../shared/pagination';
import { rowsOf } from '../shared/sql';

export type DepartmentRow = typeof departments.$inferSelect;
export type DepartmentInsert = typeof departments.$inferInsert;
export type CostCentreRow = typeof costCentres.$inferSelect;
export type CostCentreInsert = typeof costCentres.$inferInsert;
export type CurrencyRow = typeof currencies.$inferSelect;
export type ExchangeRateRow = typeof exchangeRates.$inferSelect;
export type ExchangeRateInsert = typeof exchangeRates.$inferInsert;
export type SettingsRow = typeof settings.$inferSelect;
export type SettingsInsert = typeof settings.$inferInsert;

type Lock = { lock?: 'update' | 'share' };

/** `after` of a page: the sort key and id of the last row the client has seen. */
type After = { key: string; id: string } | undefined;

// ── departments ─────────────────────────────────────────────────────────────

export async function findDepartmentById(
  db: Db,
  id: string,
  opts: Lock = {},
): Promise<DepartmentRow | undefined> {
  const q = db.select().from(departments).where(eq(departments.id, id)).limit(1);
  const [row] = opts.lock ? await q.for(opts.lock) : await q;
  return row;
}

export async function insertDepartment(db: Db, row: DepartmentInsert): Promise<DepartmentRow> {
  const [created] = await db.insert(departments).values(row).returning();
  return created!;
}

export async function updateDepartment(
  db: Db,
  id: string,
  expectedVersion: number,
  patch: Partial<DepartmentInsert>,
): Promise<DepartmentRow | undefined> {
  const [row] = await db
    .update(departments)
    .set({ ...patch, version: sql`${departments.version} + 1` })
    .where(and(eq(departments.id, id), eq(departments.version, expectedVersion)))
    .returning();
  return row;
}

export type DepartmentFilter = { q?: string; active?: boolean };

/** Departments in code order. */
export async function listDepartments(
  db: Db,
  filter: DepartmentFilter,
  after: After,
  limit: number,
): Promise<DepartmentRow[]> {
  const where = [];
  if (filter.q) {
    const like = `%${likeEscape(filter.q.toLowerCase())}%`;
    where.push(
      or(sql`lower(${departments.code}) like ${like}`, sql`lower(${departments.name}) like ${like}`),
    );
  }
  if (filter.active !== undefined) where.push(eq(departments.active, filter.active));
  if (after) where.push(sql`(${departments.code}, ${departments.id}) > (${after.key}, ${after.id}::uuid)`);
  return db
    .select()
    .from(departments)
    .where(and(...where))
    .orderBy(asc(departments.code), asc(departments.id))
    .limit(limit);
}

// ── cost centres ────────────────────────────────────────────────────────────

export async function findCostCentreById(
  db: Db,
  id: string,
  opts: Lock = {},
): Promise<CostCentreRow | undefined> {
  const q = db.select().from(costCentres).where(eq(costCentres.id, id)).limit(1);
  const [row] = opts.lock ? await q.for(opts.lock) : await q;
  return row;
}

export async function insertCostCentre(db: Db, row: CostCentreInsert): Promise<CostCentreRow> {
  const [created] = await db.insert(costCentres).values(row).returning();
  return created!;
}

export async function updateCostCentre(
  db: Db,
  id: string,
  expectedVersion: number,
  patch: Partial<CostCentreInsert>,
): Promise<CostCentreRow | undefined> {
  const [row] = await db
    .update(costCentres)
    .set({ ...patch, version: sql`${costCentres.version} + 1` })
    .where(and(eq(costCentres.id, id), eq(costCentres.version, expectedVersion)))
    .returning();
  return row;
}

export type CostCentreFilter = { q?: string; active?: boolean; departmentId?: string };

/** Cost centres in code order. */
export async function listCostCentres(
  db: Db,
  filter: CostCentreFilter,
  after: After,
  limit: number,
): Promise<CostCentreRow[]> {
  const where = [];
  if (filter.q) {
    const like = `%${likeEscape(filter.q.toLowerCase())}%`;
    where.push(
      or(sql`lower(${costCentres.code}) like ${like}`, sql`lower(${costCentres.name}) like ${like}`),
    );
  }
  if (filter.active !== undefined) where.push(eq(costCentres.active, filter.active));
  if (filter.departmentId) where.push(eq(costCentres.departmentId, filter.departmentId));
  if (after) where.push(sql`(${costCentres.code}, ${costCentres.id}) > (${after.key}, ${after.id}::uuid)`);
  return db
    .select()
    .from(costCentres)
    .where(and(...where))
    .orderBy(asc(costCentres.code), asc(costCentres.id))
    .limit(limit);
}

// ── currencies ──────────────────────────────────────────────────────────────

const currencyStatement = preparedPer((db) =>
  db
    .select()
    .from(currencies)
    .where(eq(currencies.code, sql.placeholder('code')))
    .limit(1)
    .prepare('currency_by_code'),
);

export async function findCurrency(db: Db, code: string, opts: Lock = {}): Promise<CurrencyRow | undefined> {
  const [row] = opts.lock
    ? await db.select().from(currencies).where(eq(currencies.code, code)).limit(1).for(opts.lock)
    : await currencyStatement(db).execute({ code });
  return row;
}

/** The codes among `codes` that name active currencies; `lock: 'share'` keeps them active until commit. */
export async function activeCurrencyCodes(db: Db, codes: string[], opts: Lock = {}): Promise<Set<string>> {
  if (codes.length === 0) return new Set();
  const q = db
    .select({ code: currencies.code })
    .from(currencies)
    .where(and(inArray(currencies.code, codes), eq(currencies.active, true)));
  const rows = opts.lock ? await q.for(opts.lock) : await q;
  return new Set(rows.map((r) => r.code));
}

/** The minor units (decimals) of these currencies: one statement. */
export async function minorUnitsOf(db: Db, codes: string[]): Promise<Map<string, number>> {
  if (codes.length === 0) return new Map();
  const rows = await db
    .select({ code: currencies.code, minorUnits: currencies.minorUnits })
    .from(currencies)
    .where(inArray(currencies.code, codes));
  return new Map(rows.map((r) => [r.code, r.minorUnits]));
}

export type CurrencyFilter = { q?: string; active?: boolean };

/** Currencies in code order. */
export async function listCurrencies(
  db: Db,
  filter: CurrencyFilter,
  afterCode: string | undefined,
  limit: number,
): Promise<CurrencyRow[]> {
  const where = [];
  if (filter.q) {
    const like = `%${likeEscape(filter.q.toLowerCase())}%`;
    where.push(or(sql`lower(${currencies.code}) like ${like}`, sql`lower(${currencies.name}) like ${like}`));
  }
  if (filter.active !== undefined) where.push(eq(currencies.active, filter.active));
  if (afterCode !== undefined) where.push(sql`${currencies.code} > ${afterCode}`);
  return db
    .select()
    .from(currencies)
    .where(and(...where))
    .orderBy(asc(currencies.code))
    .limit(limit);
}

export async function setCurrencyActive(db: Db, code: string, active: boolean): Promise<CurrencyRow> {
  const [row] = await db.update(currencies).set({ active }).where(eq(currencies.code, code)).returning();
  return row!;
}

// ── exchange rates ──────────────────────────────────────────────────────────

export async function findExchangeRateById(
  db: Db,
  id: string,
  opts: Lock = {},
): Promise<ExchangeRateRow | undefined> {
  const q = db.select().from(exchangeRates).where(eq(exchangeRates.id, id)).limit(1);
  const [row] = opts.lock ? await q.for(opts.lock) : await q;
  return row;
}

export async function insertExchangeRate(db: Db, row: ExchangeRateInsert): Promise<ExchangeRateRow> {
  const [created] = await db.insert(exchangeRates).values(row).returning();
  return created!;
}

export async function updateExchangeRate(
  db: Db,
  id: string,
  expectedVersion: number,
  patch: Partial<ExchangeRateInsert>,
): Promise<ExchangeRateRow | undefined> {
  const [row] = await db
    .update(exchangeRates)
    .set({ ...patch, version: sql`${exchangeRates.version} + 1` })
    .where(and(eq(exchangeRates.id, id), eq(exchangeRates.version, expectedVersion)))
    .returning();
  return row;
}

export async function deleteExchangeRate(db: Db, id: string, expectedVersion: number): Promise<boolean> {
  const rows = await db
    .delete(exchangeRates)
    .where(and(eq(exchangeRates.id, id), eq(exchangeRates.version, expectedVersion)))
    .returning({ id: exchangeRates.id });
  return rows.length > 0;
}

export type ExchangeRateFilter = { currency?: string; baseCurrency?: string; from?: string; to?: string };

/** Rates newest first (by the date they are valid on). */
export async function listExchangeRates(
  db: Db,
  filter: ExchangeRateFilter,
  before: After,
  limit: number,
): Promise<ExchangeRateRow[]> {
  const where = [];
  if (filter.currency) where.push(eq(exchangeRates.currency, filter.currency));
  if (filter.baseCurrency) where.push(eq(exchangeRates.baseCurrency, filter.baseCurrency));
  if (filter.from) where.push(gte(exchangeRates.validOn, filter.from));
  if (filter.to) where.push(lte(exchangeRates.validOn, filter.to));
  if (before)
    where.push(
      sql`(${exchangeRates.validOn}, ${exchangeRates.id}) < (${before.key}::date, ${before.id}::uuid)`,
    );
  return db
    .select()
    .from(exchangeRates)
    .where(and(...where))
    .orderBy(desc(exchangeRates.validOn), desc(exchangeRates.id))
    .limit(limit);
}

/** The rate for currency → base valid on `date`: the one with the latest date on or before it. */
export async function latestExchangeRate(
  db: Db,
  currency: string,
  baseCurrency: string,
  date: string,
): Promise<ExchangeRateRow | undefined> {
  const [row] = await db
    .select()
    .from(exchangeRates)
    .where(
      and(
        eq(exchangeRates.currency, currency),
        eq(exchangeRates.baseCurrency, baseCurrency),
        lte(exchangeRates.validOn, date),
      ),
    )
    .orderBy(desc(exchangeRates.validOn))
    .limit(1);
  return row;
}

// ── settings ────────────────────────────────────────────────────────────────

const settingsStatement = preparedPer((db) =>
  db.select().from(settings).where(eq(settings.id, 1)).limit(1).prepare('settings'),
);

export async function findSettings(db: Db, opts: Lock = {}): Promise<SettingsRow | undefined> {
  const [row] = opts.lock
    ? await db.select().from(settings).where(eq(settings.id, 1)).limit(1).for(opts.lock)
    : await settingsStatement(db).execute();
  return row;
}

export async function updateSettings(
  db: Db,
  expectedVersion: number,
  patch: Partial<SettingsInsert>,
): Promise<SettingsRow | undefined> {
  const [row] = await db
    .update(settings)
    .set({ ...patch, version: sql`${settings.version} + 1` })
    .where(and(eq(settings.id, 1), eq(settings.version, expectedVersion)))
    .returning();
  return row;
}

// ── document numbers ────────────────────────────────────────────────────────

/**
 * The next value of a document-number sequence (documentSequenceName), creating the sequence on
 * its first use. nextval never waits for another transaction and is never rolled back: numbers
 * are unique, and a caller that fails afterwards leaves a gap. Best called outside a transaction.
 * Two first callers of a new sequence may race to create it: the loser's CREATE fails on the
 * catalog (inside a savepoint when called in a transaction, so nothing else is lost), and its
 * next attempt finds the winner's sequence.
 */
export async function nextSequenceValue(db: Db, sequence: string): Promise<number> {
  for (let attempt = 1; ; attempt++) {
    const result = await db.execute(sql`select nextval(to_regclass(${sequence}))::text as value`);
    const value = rowsOf<{ value: string | null }>(result)[0]?.value;
    if (value !== null && value !== undefined) return Number(value);
    if (attempt === 4) throw new Error(`The document number sequence ${sequence} could not be created.`);
    try {
      // The name comes from documentSequenceName: lower-case letters, digits and "_" only.
      await db.transaction((t) => t.execute(sql.raw(`create sequence if not exists ${sequence} as bigint`)));
    } catch (err) {
      if (!isUniqueViolation(err) && !isDuplicateObject(err)) throw err;
    }
  }
}

/** duplicate_table (42P07): CREATE SEQUENCE lost a race to create the same name. */
function isDuplicateObject(err: unknown): boolean {
  const e = err as { code?: string; cause?: { code?: string } } | null;
  return e?.code === '42P07' || e?.cause?.code === '42P07';
}

// ── budgets ─────────────────────────────────────────────────────────────────

export type BudgetRow = typeof budgets.$inferSelect;
export type BudgetInsert = typeof budgets.$inferInsert;

export async function findBudgetById(
  db: Db,
  id: string,
  opts: { forUpdate?: boolean } = {},
): Promise<BudgetRow | undefined> {
  const q = db.select().from(budgets).where(eq(budgets.id, id));
  const [row] = opts.forUpdate ? await q.for('update') : await q;
  return row;
}

export async function insertBudget(db: Db, row: BudgetInsert): Promise<BudgetRow> {
  const [inserted] = await db.insert(budgets).values(row).returning();
  return inserted!;
}

export async function updateBudget(
  db: Db,
  id: string,
  expectedVersion: number,
  patch: Partial<BudgetInsert>,
): Promise<BudgetRow | undefined> {
  const [row] = await db
    .update(budgets)
    .set({ ...patch, version: sql`${budgets.version} + 1` })
    .where(and(eq(budgets.id, id), eq(budgets.version, expectedVersion)))
    .returning();
  return row;
}

export type BudgetFilter = { costCentreId?: string; periodType?: BudgetPeriodType };

export async function listBudgets(
  db: Db,
  filter: BudgetFilter,
  after: { key: string; id: string } | undefined,
  limit: number,
): Promise<BudgetRow[]> {
  return db
    .select()
    .from(budgets)
    .where(
      and(
        filter.costCentreId ? eq(budgets.costCentreId, filter.costCentreId) : undefined,
        filter.periodType ? eq(budgets.periodType, filter.periodType) : undefined,
        after
          ? or(
              gt(budgets.periodStart, after.key),
              and(eq(budgets.periodStart, after.key), gt(budgets.id, after.id)),
            )
          : undefined,
      ),
    )
    .orderBy(asc(budgets.periodStart), asc(budgets.id))
    .limit(limit);
}

/** Budgets of a cost centre whose period contains `date` (a month and a year may both apply). */
export async function budgetsCovering(db: Db, costCentreId: string, date: string): Promise<BudgetRow[]> {
  const rows = await db
    .select()
    .from(budgets)
    .where(and(eq(budgets.costCentreId, costCentreId), lte(budgets.periodStart, date)))
    .orderBy(desc(budgets.periodStart))
    .limit(24);
  return rows;
}

/** Code and name of these departments. */
export async function departmentNames(db: Db, ids: string[]) {
  if (ids.length === 0) return [];
  return db
    .select({ id: departments.id, code: departments.code, name: departments.name })
    .from(departments)
    .where(inArray(departments.id, ids));
}

/** Code and name of these cost centres. */
export async function costCentreNames(db: Db, ids: string[]) {
  if (ids.length === 0) return [];
  return db
    .select({ id: costCentres.id, code: costCentres.code, name: costCentres.name })
    .from(costCentres)
    .where(inArray(costCentres.id, ids));
}

/** The cost centre, period and base currency of these budgets. */
export async function budgetNames(db: Db, ids: string[]) {
  if (ids.length === 0) return [];
  return db
    .select({
      id: budgets.id,
      code: costCentres.code,
      periodType: budgets.periodType,
      periodStart: budgets.periodStart,
      currency: sql<string | null>`(select s.base_currency from ${settings} s limit 1)`,
    })
    .from(budgets)
    .innerJoin(costCentres, eq(costCentres.id, budgets.costCentreId))
    .where(inArray(budgets.id, ids));
}

/** Currency pair and day of these exchange rates. */
export async function exchangeRateNames(db: Db, ids: string[]) {
  if (ids.length === 0) return [];
  return db
    .select({
      id: exchangeRates.id,
      currency: exchangeRates.currency,
      baseCurrency: exchangeRates.baseCurrency,
      validOn: exchangeRates.validOn,
    })
    .from(exchangeRates)
    .where(inArray(exchangeRates.id, ids));
}
