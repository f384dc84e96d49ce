import { and, asc, desc, eq, inArray, or, type SQL, sql } from 'drizzle-orm';
import type { Db } from '../../db/client';
import {
  auditLog,
  costCentres,
  currencies,
  departments,
  itemCategories,
  items,
  requisitionLines,
  requisitions,
  settings,
  suppliers,
  units,
  users,
} from '../../db/schema';
import { ORDERABLE_REQUISITION_STATUSES } from '../../domain/requisitions';
import type { SupplierStatus } from '../../domain/suppliers';
import { likeEscape } from '../shared/pagination';
import { type CappedCount, countUpTo, rowsOf } from '../shared/sql';
import type { RequisitionStatus } from './rules';

/** The only SQL of requisitions. Every function takes the database or a transaction. */

export type RequisitionRow = typeof requisitions.$inferSelect;
export type RequisitionInsert = typeof requisitions.$inferInsert;
export type LineRow = typeof requisitionLines.$inferSelect;
export type LineInsert = typeof requisitionLines.$inferInsert;

/** A requisition with the names a reader wants next to the ids. */
export type RequisitionHeaderRow = RequisitionRow & {
  requesterName: string;
  departmentCode: string;
  costCentreCode: string;
  lineCount: number;
  /** Who decided it last (approved, rejected or asked for changes). */
  decidedByName: string | null;
};

const headerColumns = {
  requisition: requisitions,
  requesterName: users.name,
  departmentCode: departments.code,
  costCentreCode: costCentres.code,
  lineCount: sql<number>`(select count(*)::int from ${requisitionLines} where ${requisitionLines.requisitionId} = ${requisitions.id})`,
  decidedByName: sql<string | null>`(select d.name from ${users} d where d.id = ${requisitions.decidedBy})`,
};

function withNames(r: {
  requisition: RequisitionRow;
  requesterName: string;
  departmentCode: string;
  costCentreCode: string;
  lineCount: number;
  decidedByName: string | null;
}): RequisitionHeaderRow {
  return {
    ...r.requisition,
    requesterName: r.requesterName,
    departmentCode: r.departmentCode,
    costCentreCode: r.costCentreCode,
    lineCount: Number(r.lineCount),
    decidedByName: r.decidedByName,
  };
}

// ── requisitions ────────────────────────────────────────────────────────────

export async function findById(
  db: Db,
  id: string,
  opts: { forUpdate?: boolean } = {},
): Promise<RequisitionRow | undefined> {
  const q = db.select().from(requisitions).where(eq(requisitions.id, id)).limit(1);
  const [row] = opts.forUpdate ? await q.for('update') : await q;
  return row;
}

export async function findHeaderById(db: Db, id: string): Promise<RequisitionHeaderRow | undefined> {
  const [row] = await db
    .select(headerColumns)
    .from(requisitions)
    .innerJoin(users, eq(users.id, requisitions.requesterId))
    .innerJoin(departments, eq(departments.id, requisitions.departmentId))
    .innerJoin(costCentres, eq(costCentres.id, requisitions.costCentreId))
    .where(eq(requisitions.id, id))
    .limit(1);
  return row ? withNames(row) : undefined;
}

export async function findLines(db: Db, requisitionId: string): Promise<LineRow[]> {
  return db
    .select()
    .from(requisitionLines)
    .where(eq(requisitionLines.requisitionId, requisitionId))
    .orderBy(asc(requisitionLines.lineNo));
}

export async function insertRequisition(db: Db, row: RequisitionInsert): Promise<RequisitionRow> {
  const [created] = await db.insert(requisitions).values(row).returning();
  return created!;
}

/** Inserts lines in batches that stay well under the bind-parameter limit. */
export async function insertLines(db: Db, rows: LineInsert[]): Promise<void> {
  for (let i = 0; i < rows.length; i += 500) {
    await db.insert(requisitionLines).values(rows.slice(i, i + 500));
  }
}

export async function deleteLines(db: Db, requisitionId: string): Promise<void> {
  await db.delete(requisitionLines).where(eq(requisitionLines.requisitionId, requisitionId));
}

/** Updates when the version still matches (and bumps it); undefined on a stale version. */
export async function updateRequisition(
  db: Db,
  id: string,
  expectedVersion: number,
  patch: Partial<RequisitionInsert>,
): Promise<RequisitionRow | undefined> {
  const [row] = await db
    .update(requisitions)
    .set({ ...patch, version: sql`${requisitions.version} + 1` })
    .where(and(eq(requisitions.id, id), eq(requisitions.version, expectedVersion)))
    .returning();
  return row;
}

export type RequisitionFilter = {
  status?: RequisitionStatus;
  requesterId?: string;
  departmentId?: string;
  /** Only drafts an approver sent back to their requester. */
  returned?: boolean;
  q?: string;
};

/** Who may see which rows: everything, or the rows of one requester or one department. */
export type Visibility = { all: true } | { all: false; userId: string | null; departmentId: string | null };

/** Requisitions newest first, limited to what the viewer may see. */
export async function list(
  db: Db,
  filter: RequisitionFilter,
  visibility: Visibility,
  after: { createdAt: string; id: string } | undefined,
  limit: number,
): Promise<RequisitionHeaderRow[]> {
  const where = filterConditions(filter, visibility);
  if (after) {
    where.push(
      sql`(${requisitions.createdAt}, ${requisitions.id}) < (${after.createdAt}::timestamptz, ${after.id}::uuid)`,
    );
  }
  const rows = await db
    .select(headerColumns)
    .from(requisitions)
    .innerJoin(users, eq(users.id, requisitions.requesterId))
    .innerJoin(departments, eq(departments.id, requisitions.departmentId))
    .innerJoin(costCentres, eq(costCentres.id, requisitions.costCentreId))
    .where(and(...where))
    .orderBy(desc(requisitions.createdAt), desc(requisitions.id))
    .limit(limit);
  return rows.map(withNames);
}

/** The conditions of the list's filter and of what the viewer may see. */
function filterConditions(filter: RequisitionFilter, visibility: Visibility): (SQL | undefined)[] {
  const where: (SQL | undefined)[] = [];
  if (!visibility.all) {
    where.push(
      or(
        visibility.userId ? eq(requisitions.requesterId, visibility.userId) : sql`false`,
        visibility.departmentId ? eq(requisitions.departmentId, visibility.departmentId) : sql`false`,
      ),
    );
  }
  if (filter.status) where.push(eq(requisitions.status, filter.status));
  if (filter.requesterId) where.push(eq(requisitions.requesterId, filter.requesterId));
  if (filter.departmentId) where.push(eq(requisitions.departmentId, filter.departmentId));
  if (filter.returned) where.push(sql`${requisitions.returnKind} is not null`);
  if (filter.q) {
    const like = `%${likeEscape(filter.q.toLowerCase())}%`;
    where.push(
      or(
        sql`lower(${requisitions.number}) like ${like}`,
        sql`lower(${requisitions.justification}) like ${like}`,
        sql`exists (select 1 from ${requisitionLines} where ${requisitionLines.requisitionId} = ${requisitions.id} and lower(${requisitionLines.description}) like ${like})`,
      ),
    );
  }
  return where;
}

// ── ordered quantities ──────────────────────────────────────────────────────

export type OrderingLineRow = {
  id: string;
  requisitionId: string;
  number: string;
  status: RequisitionStatus;
  version: number;
  lineNo: number;
  quantity: string;
  quantityOrdered: string;
};

/**
 * Locks the requisitions that own `lineIds` (in id order, so concurrent orderers cannot deadlock)
 * and returns every line of them as it stands once the locks are held. Whoever changes ordered
 * quantities holds these locks, so the lines cannot change under the caller until it commits.
 */
export async function lockRequisitionsOfLines(db: Db, lineIds: string[]): Promise<OrderingLineRow[]> {
  if (lineIds.length === 0) return [];
  const ids = sql.join(
    lineIds.map((id) => sql`${id}::uuid`),
    sql`, `,
  );
  await db.execute(sql`
    select r.id from ${requisitions} r
    where r.id in (select l.requisition_id from ${requisitionLines} l where l.id in (${ids}))
    order by r.id
    for update of r`);
  // A new statement after the locks: it sees what the transactions we waited for committed.
  const result = await db.execute(sql`
    select l.id, l.requisition_id, r.number, r.status, r.version, l.line_no,
           l.quantity::text as quantity, l.quantity_ordered::text as quantity_ordered
    from ${requisitionLines} l join ${requisitions} r on r.id = l.requisition_id
    where l.requisition_id in (select l2.requisition_id from ${requisitionLines} l2 where l2.id in (${ids}))
    order by r.id, l.line_no`);
  return rowsOf<{
    id: string;
    requisition_id: string;
    number: string;
    status: RequisitionStatus;
    version: number;
    line_no: number;
    quantity: string;
    quantity_ordered: string;
  }>(result).map((r) => ({
    id: r.id,
    requisitionId: r.requisition_id,
    number: r.number,
    status: r.status,
    version: Number(r.version),
    lineNo: Number(r.line_no),
    quantity: r.quantity,
    quantityOrdered: r.quantity_ordered,
  }));
}

/**
 * Writes new ordered quantities of lines and the resulting status of their requisitions (whose
 * versions are bumped) in one statement.
 */
export async function applyOrderedQuantities(
  db: Db,
  lines: { id: string; quantityOrdered: string }[],
  requisitionStates: { id: string; status: RequisitionStatus }[],
  now: Date,
): Promise<void> {
  if (lines.length === 0) return;
  const lineValues = sql.join(
    lines.map((l) => sql`(${l.id}::uuid, ${l.quantityOrdered}::numeric)`),
    sql`, `,
  );
  const stateValues = sql.join(
    requisitionStates.map((r) => sql`(${r.id}::uuid, ${r.status}::text)`),
    sql`, `,
  );
  await db.execute(sql`
    with line_changes(id, quantity_ordered) as (values ${lineValues}),
    updated_lines as (
      update ${requisitionLines} l set quantity_ordered = c.quantity_ordered
      from line_changes c where l.id = c.id
      returning l.id
    ),
    states(id, status) as (values ${stateValues})
    update ${requisitions} r
    set status = s.status, version = r.version + 1, updated_at = ${now.toISOString()}::timestamptz
    from states s where r.id = s.id`);
}

export async function overOrderAllowancePercent(db: Db): Promise<string> {
  const [row] = await db
    .select({ pct: settings.overOrderAllowancePercent })
    .from(settings)
    .where(eq(settings.id, 1));
  return row?.pct ?? '0';
}

// ── references owned by other capabilities (read only) ──────────────────────

export type ItemRef = {
  id: string;
  sku: string;
  name: string;
  description: string;
  categoryId: string;
  unitCode: string;
  active: boolean;
};

export async function findItems(db: Db, ids: string[]): Promise<ItemRef[]> {
  if (ids.length === 0) return [];
  return db
    .select({
      id: items.id,
      sku: items.sku,
      name: items.name,
      description: items.description,
      categoryId: items.categoryId,
      unitCode: items.unitCode,
      active: items.active,
    })
    .from(items)
    .where(inArray(items.id, ids));
}

export async function findUnits(db: Db, codes: string[]): Promise<{ code: string; decimals: number }[]> {
  if (codes.length === 0) return [];
  return db
    .select({ code: units.code, decimals: units.decimals })
    .from(units)
    .where(inArray(units.code, codes));
}

export async function findCategories(
  db: Db,
  ids: string[],
): Promise<{ id: string; code: string; active: boolean }[]> {
  if (ids.length === 0) return [];
  return db
    .select({ id: itemCategories.id, code: itemCategories.code, active: itemCategories.active })
    .from(itemCategories)
    .where(inArray(itemCategories.id, ids));
}

export async function findSuppliers(
  db: Db,
  ids: string[],
): Promise<{ id: string; code: string; status: SupplierStatus; defaultCurrency: string }[]> {
  if (ids.length === 0) return [];
  return db
    .select({
      id: suppliers.id,
      code: suppliers.code,
      status: suppliers.status,
      defaultCurrency: suppliers.defaultCurrency,
    })
    .from(suppliers)
    .where(inArray(suppliers.id, ids));
}

export async function findCurrencies(
  db: Db,
  codes: string[],
): Promise<{ code: string; minorUnits: number; active: boolean }[]> {
  if (codes.length === 0) return [];
  return db
    .select({ code: currencies.code, minorUnits: currencies.minorUnits, active: currencies.active })
    .from(currencies)
    .where(inArray(currencies.code, codes));
}

/** What approval conditions look at beyond the requisition row: its lines' categories and the base currency. */
export async function approvalLookups(
  db: Db,
  requisitionId: string,
): Promise<{ categoryIds: string[]; baseCurrency: string; editorIds: string[] }> {
  // Its lines' categories, the base currency, and everyone who created or changed any version of
  // it or its lines (the actors of its create and update audit entries): one statement.
  const [row] = rowsOf<{
    category_ids: string[] | null;
    base_currency: string | null;
    editor_ids: string[] | null;
  }>(
    await db.execute(sql`select
        array(select distinct l.category_id from ${requisitionLines} l
          where l.requisition_id = ${requisitionId}::uuid and l.category_id is not null) as category_ids,
        (select s.base_currency from ${settings} s limit 1) as base_currency,
        array(select distinct a.actor_id from ${auditLog} a
          where a.entity_type = 'requisition' and a.entity_id = ${requisitionId}
            and a.action in ('create', 'update') and a.actor_id is not null) as editor_ids`),
  );
  return {
    categoryIds: row?.category_ids ?? [],
    baseCurrency: row?.base_currency ?? '',
    editorIds: row?.editor_ids ?? [],
  };
}

// ── as the approvals capability sees requisitions ───────────────────────────

/** Number, version, requester, estimate, authors and budget facts of these requisitions. */
export async function approvalSummaries(db: Db, ids: string[]) {
  if (ids.length === 0) return [];
  return db
    .select({
      id: requisitions.id,
      number: requisitions.number,
      version: requisitions.version,
      requesterName: users.name,
      authorId: requisitions.requesterId,
      creatorId: requisitions.createdBy,
      totalBase: requisitions.estimatedTotalBase,
      submittedAt: requisitions.submittedAt,
      costCentreId: requisitions.costCentreId,
    })
    .from(requisitions)
    .leftJoin(users, eq(users.id, requisitions.requesterId))
    .where(inArray(requisitions.id, ids));
}

// ── lines to order (the buyer's workbench) ──────────────────────────────────

export type LineToOrderFilter = {
  supplierId?: string;
  categoryId?: string;
  neededByFrom?: string;
  neededByTo?: string;
  q?: string;
};

/** A requisition line with what a buyer needs to order it. */
export type LineToOrderRow = {
  lineId: string;
  requisitionId: string;
  requisitionNumber: string;
  requisitionStatus: RequisitionStatus;
  requesterId: string;
  requesterName: string;
  departmentId: string;
  departmentCode: string;
  costCentreId: string;
  lineNo: number;
  itemId: string | null;
  itemSku: string | null;
  itemDefaultTaxRate: string | null;
  description: string;
  categoryId: string;
  categoryCode: string;
  quantity: string;
  quantityOrdered: string;
  unitCode: string;
  estimatedUnitPrice: string;
  currency: string;
  neededBy: string | null;
  suggestedSupplierId: string | null;
  suggestedSupplierCode: string | null;
  suggestedSupplierName: string | null;
  suggestedSupplierStatus: SupplierStatus | null;
  suggestedSupplierCurrency: string | null;
};

/** Lines without a needed-by date sort after every dated line. */
const NO_DATE = '9999-12-31';

const lineToOrderColumns = {
  lineId: requisitionLines.id,
  requisitionId: requisitions.id,
  requisitionNumber: requisitions.number,
  requisitionStatus: requisitions.status,
  requesterId: requisitions.requesterId,
  requesterName: users.name,
  departmentId: requisitions.departmentId,
  departmentCode: departments.code,
  costCentreId: requisitions.costCentreId,
  lineNo: requisitionLines.lineNo,
  itemId: requisitionLines.itemId,
  itemSku: items.sku,
  itemDefaultTaxRate: items.defaultTaxRate,
  description: requisitionLines.description,
  categoryId: requisitionLines.categoryId,
  categoryCode: itemCategories.code,
  quantity: requisitionLines.quantity,
  quantityOrdered: requisitionLines.quantityOrdered,
  unitCode: requisitionLines.unitCode,
  estimatedUnitPrice: requisitionLines.estimatedUnitPrice,
  currency: requisitionLines.currency,
  neededBy: requisitionLines.neededBy,
  suggestedSupplierId: requisitionLines.suggestedSupplierId,
  suggestedSupplierCode: suppliers.code,
  suggestedSupplierName: suppliers.legalName,
  suggestedSupplierStatus: suppliers.status,
  suggestedSupplierCurrency: suppliers.defaultCurrency,
};

function linesToOrderQuery(db: Db) {
  return db
    .select(lineToOrderColumns)
    .from(requisitionLines)
    .innerJoin(requisitions, eq(requisitions.id, requisitionLines.requisitionId))
    .innerJoin(users, eq(users.id, requisitions.requesterId))
    .innerJoin(departments, eq(departments.id, requisitions.departmentId))
    .innerJoin(itemCategories, eq(itemCategories.id, requisitionLines.categoryId))
    .leftJoin(items, eq(items.id, requisitionLines.itemId))
    .leftJoin(suppliers, eq(suppliers.id, requisitionLines.suggestedSupplierId));
}

/**
 * Lines of orderable requisitions (approved, partially ordered) that are not fully ordered, by
 * needed-by date (undated last), then id.
 */
/** Lines of approved (or partially ordered) requisitions not yet fully ordered. */
function stillToOrder(): SQL {
  return and(
    inArray(requisitions.status, [...ORDERABLE_REQUISITION_STATUSES]),
    sql`${requisitionLines.quantityOrdered} < ${requisitionLines.quantity}`,
  )!;
}

export async function listLinesToOrder(
  db: Db,
  filter: LineToOrderFilter,
  after: { neededBy: string; id: string } | undefined,
  limit: number,
): Promise<LineToOrderRow[]> {
  const sortKey = sql`coalesce(${requisitionLines.neededBy}, ${NO_DATE}::date)`;
  const where: (SQL | undefined)[] = [stillToOrder()];
  if (filter.supplierId) where.push(eq(requisitionLines.suggestedSupplierId, filter.supplierId));
  if (filter.categoryId) where.push(eq(requisitionLines.categoryId, filter.categoryId));
  if (filter.neededByFrom) where.push(sql`${requisitionLines.neededBy} >= ${filter.neededByFrom}::date`);
  if (filter.neededByTo) where.push(sql`${requisitionLines.neededBy} <= ${filter.neededByTo}::date`);
  if (filter.q) {
    const like = `%${likeEscape(filter.q.toLowerCase())}%`;
    where.push(
      or(
        sql`lower(${requisitions.number}) like ${like}`,
        sql`lower(${requisitionLines.description}) like ${like}`,
        sql`lower(${items.sku}) like ${like}`,
      ),
    );
  }
  if (after)
    where.push(sql`(${sortKey}, ${requisitionLines.id}) > (${after.neededBy}::date, ${after.id}::uuid)`);
  return linesToOrderQuery(db)
    .where(and(...where))
    .orderBy(sortKey, asc(requisitionLines.id))
    .limit(limit);
}

/** The rows of these lines, whatever their requisition's state (the caller checks). */
export async function findLinesToOrder(db: Db, lineIds: string[]): Promise<LineToOrderRow[]> {
  if (lineIds.length === 0) return [];
  return linesToOrderQuery(db).where(inArray(requisitionLines.id, lineIds));
}

/** The sort key of a line in listLinesToOrder (its needed-by date, undated last). */
export function lineToOrderSortKey(neededBy: string | null): string {
  return neededBy ?? NO_DATE;
}

// ── counts (the home page) ──────────────────────────────────────────────────

/** How many requisitions the list would show with this filter, counting no further than `cap`. */
export function countRequisitions(
  db: Db,
  filter: Omit<RequisitionFilter, 'q'>,
  visibility: Visibility,
  cap: number,
): Promise<CappedCount> {
  return countUpTo(db, requisitions, and(...filterConditions(filter, visibility)), cap);
}

/** How many lines the workbench lists (unfiltered), counting no further than `cap`. */
export function countLinesToOrder(db: Db, cap: number): Promise<CappedCount> {
  return countUpTo(
    db,
    sql`${requisitions} JOIN ${requisitionLines} ON ${requisitionLines.requisitionId} = ${requisitions.id}`,
    stillToOrder(),
    cap,
  );
}

/** Numbers of these requisitions (the audit trail names them so). */
export async function requisitionNames(db: Db, ids: string[]) {
  if (ids.length === 0) return [];
  return db
    .select({ id: requisitions.id, number: requisitions.number })
    .from(requisitions)
    .where(inArray(requisitions.id, ids));
}

/** The requester of each of the requisition lines `ids`: one statement. */
export async function requestersOfLines(
  db: Db,
  ids: string[],
): Promise<{ requisitionLineId: string; requesterId: string }[]> {
  if (ids.length === 0) return [];
  return db
    .select({ requisitionLineId: requisitionLines.id, requesterId: requisitions.requesterId })
    .from(requisitionLines)
    .innerJoin(requisitions, eq(requisitions.id, requisitionLines.requisitionId))
    .where(inArray(requisitionLines.id, [...new Set(ids)]));
}
