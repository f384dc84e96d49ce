import { and, asc, desc, eq, gte, inArray, lt, lte, or, type SQL, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Db } from '../../db/client';
import {
  costCentres,
  currencies,
  departments,
  items,
  purchaseOrderLineSources,
  purchaseOrderLines,
  purchaseOrderRevisions,
  purchaseOrders,
  requisitionLines,
  requisitions,
  settings,
  suppliers,
  units,
  users,
} from '../../db/schema';
import { likeEscape } from '../shared/pagination';
import type { PurchaseOrderStatus } from './rules';

/**
 * The only SQL of purchase orders. Every function takes the database or a transaction. Reads of
 * other capabilities' tables are joins for display (names, codes) and batch look-ups, read only.
 * No function issues one statement per line: lines are read with one query and written in batches.
 */

export type OrderRow = typeof purchaseOrders.$inferSelect;
export type OrderInsert = typeof purchaseOrders.$inferInsert;
export type LineRow = typeof purchaseOrderLines.$inferSelect;
export type LineInsert = typeof purchaseOrderLines.$inferInsert;
export type SourceRow = typeof purchaseOrderLineSources.$inferSelect;
export type RevisionRow = typeof purchaseOrderRevisions.$inferSelect;
export type RevisionInsert = typeof purchaseOrderRevisions.$inferInsert;

/** Rows per INSERT: ~20 columns a line keeps a batch well under PostgreSQL's 65,535 parameters. */
const BATCH = 2000;

// ── orders ──────────────────────────────────────────────────────────────────

export async function findById(
  db: Db,
  id: string,
  opts: { forUpdate?: boolean } = {},
): Promise<OrderRow | undefined> {
  const q = db.select().from(purchaseOrders).where(eq(purchaseOrders.id, id)).limit(1);
  const [row] = opts.forUpdate ? await q.for('update') : await q;
  return row;
}

const buyers = alias(users, 'buyers');
const approvers = alias(users, 'approvers');
const returners = alias(users, 'returners');
const baseCurrencies = alias(currencies, 'base_currencies');

/** An order with what a reader (or a printed document) wants next to the ids. */
export type OrderDetailRow = OrderRow & {
  supplier: {
    code: string;
    legalName: string;
    taxId: string | null;
    addresses: (typeof suppliers.$inferSelect)['addresses'];
    contacts: (typeof suppliers.$inferSelect)['contacts'];
    status: 'active' | 'on_hold' | 'blocked';
  };
  buyer: { name: string; email: string };
  approvedByName: string | null;
  returnedByName: string | null;
  department: { code: string; name: string } | null;
  costCentre: { code: string; name: string } | null;
  minorUnits: number;
  baseCurrency: string;
  baseMinorUnits: number;
};

export async function findDetail(db: Db, id: string): Promise<OrderDetailRow | undefined> {
  const [row] = await db
    .select({
      order: purchaseOrders,
      supplier: {
        code: suppliers.code,
        legalName: suppliers.legalName,
        taxId: suppliers.taxId,
        addresses: suppliers.addresses,
        contacts: suppliers.contacts,
        status: suppliers.status,
      },
      buyer: { name: buyers.name, email: buyers.email },
      approvedByName: approvers.name,
      returnedByName: returners.name,
      departmentCode: departments.code,
      departmentName: departments.name,
      costCentreCode: costCentres.code,
      costCentreName: costCentres.name,
      minorUnits: currencies.minorUnits,
      baseCurrency: settings.baseCurrency,
      baseMinorUnits: baseCurrencies.minorUnits,
    })
    .from(purchaseOrders)
    .innerJoin(suppliers, eq(suppliers.id, purchaseOrders.supplierId))
    .innerJoin(buyers, eq(buyers.id, purchaseOrders.buyerId))
    .innerJoin(currencies, eq(currencies.code, purchaseOrders.currency))
    .innerJoin(settings, eq(settings.id, 1))
    .innerJoin(baseCurrencies, eq(baseCurrencies.code, settings.baseCurrency))
    .leftJoin(departments, eq(departments.id, purchaseOrders.departmentId))
    .leftJoin(costCentres, eq(costCentres.id, purchaseOrders.costCentreId))
    .leftJoin(approvers, eq(approvers.id, purchaseOrders.approvedBy))
    .leftJoin(returners, eq(returners.id, purchaseOrders.returnedBy))
    .where(eq(purchaseOrders.id, id))
    .limit(1);
  if (!row) return undefined;
  return {
    ...row.order,
    supplier: row.supplier,
    buyer: row.buyer,
    approvedByName: row.approvedByName,
    returnedByName: row.returnedByName,
    department: row.departmentCode ? { code: row.departmentCode, name: row.departmentName! } : null,
    costCentre: row.costCentreCode ? { code: row.costCentreCode, name: row.costCentreName! } : null,
    minorUnits: row.minorUnits,
    baseCurrency: row.baseCurrency,
    baseMinorUnits: row.baseMinorUnits,
  };
}

export async function insertOrder(db: Db, row: OrderInsert): Promise<OrderRow> {
  const [inserted] = await db.insert(purchaseOrders).values(row).returning();
  return inserted!;
}

/** Updates when the version still matches (and bumps it); undefined on a stale version. */
export async function updateOrder(
  db: Db,
  id: string,
  expectedVersion: number,
  patch: Partial<OrderInsert>,
): Promise<OrderRow | undefined> {
  const [row] = await db
    .update(purchaseOrders)
    .set({ ...patch, version: sql`${purchaseOrders.version} + 1` })
    .where(and(eq(purchaseOrders.id, id), eq(purchaseOrders.version, expectedVersion)))
    .returning();
  return row;
}

// ── lines ───────────────────────────────────────────────────────────────────

export type LineDetailRow = LineRow & { sku: string | null; unitName: string; unitDecimals: number };

/** Every line of an order in line-number order, with the item SKU and unit name: one query. */
export async function findLines(db: Db, purchaseOrderId: string): Promise<LineDetailRow[]> {
  const rows = await db
    .select({ line: purchaseOrderLines, sku: items.sku, unitName: units.name, unitDecimals: units.decimals })
    .from(purchaseOrderLines)
    .innerJoin(units, eq(units.code, purchaseOrderLines.unitCode))
    .leftJoin(items, eq(items.id, purchaseOrderLines.itemId))
    .where(eq(purchaseOrderLines.purchaseOrderId, purchaseOrderId))
    .orderBy(asc(purchaseOrderLines.lineNo));
  return rows.map((r) => ({ ...r.line, sku: r.sku, unitName: r.unitName, unitDecimals: r.unitDecimals }));
}

export async function insertLines(db: Db, rows: LineInsert[]): Promise<void> {
  for (let i = 0; i < rows.length; i += BATCH) {
    await db.insert(purchaseOrderLines).values(rows.slice(i, i + BATCH));
  }
}

/**
 * Writes a replaced set of lines in batches: a kept line is updated in place (same id, so receipts
 * and invoices that refer to it stay attached), a new line inserted. Receipt and billing
 * quantities are never written here.
 */
export async function upsertLines(db: Db, rows: LineInsert[]): Promise<void> {
  const excluded = (column: string) => sql.raw(`excluded.${column}`);
  for (let i = 0; i < rows.length; i += BATCH) {
    await db
      .insert(purchaseOrderLines)
      .values(rows.slice(i, i + BATCH))
      .onConflictDoUpdate({
        target: purchaseOrderLines.id,
        set: {
          itemId: excluded('item_id'),
          description: excluded('description'),
          quantity: excluded('quantity'),
          unitCode: excluded('unit_code'),
          unitPrice: excluded('unit_price'),
          discountPercent: excluded('discount_percent'),
          taxRate: excluded('tax_rate'),
          netAmount: excluded('net_amount'),
          taxAmount: excluded('tax_amount'),
          neededBy: excluded('needed_by'),
          costCentreId: excluded('cost_centre_id'),
          quantityShortClosed: excluded('quantity_short_closed'),
          shortCloseReason: excluded('short_close_reason'),
        },
      });
  }
}

export async function deleteLines(db: Db, ids: string[]): Promise<void> {
  for (let i = 0; i < ids.length; i += BATCH * 10) {
    await db.delete(purchaseOrderLines).where(inArray(purchaseOrderLines.id, ids.slice(i, i + BATCH * 10)));
  }
}

/** Short-closes what is still expected and not received: one line, or every line of the order. */
export async function shortCloseLines(
  db: Db,
  purchaseOrderId: string,
  lineNo: number | undefined,
  reason: string,
): Promise<void> {
  const remaining = sql`${purchaseOrderLines.quantity} - ${purchaseOrderLines.quantityShortClosed} - ${purchaseOrderLines.quantityReceived}`;
  await db
    .update(purchaseOrderLines)
    .set({
      quantityShortClosed: sql`${purchaseOrderLines.quantityShortClosed} + ${remaining}`,
      shortCloseReason: reason,
    })
    .where(
      and(
        eq(purchaseOrderLines.purchaseOrderId, purchaseOrderId),
        lineNo === undefined ? undefined : eq(purchaseOrderLines.lineNo, lineNo),
        sql`${remaining} > 0`,
      ),
    );
}

/**
 * The highest line number the order has ever used, counting lines removed by earlier revisions
 * (they live on in the revision snapshots), so a new line never takes a retired number.
 */
export async function highestLineNo(db: Db, purchaseOrderId: string): Promise<number> {
  const result = await db.execute(sql`
    select greatest(
      (select coalesce(max(${purchaseOrderLines.lineNo}), 0) from ${purchaseOrderLines}
        where ${purchaseOrderLines.purchaseOrderId} = ${purchaseOrderId}::uuid),
      (select coalesce(max((l ->> 'lineNo')::int), 0)
        from ${purchaseOrderRevisions} r, jsonb_array_elements(r.snapshot -> 'lines') l
        where r.purchase_order_id = ${purchaseOrderId}::uuid)
    ) as n`);
  return Number((result as unknown as { rows: { n: number | string }[] }).rows[0]?.n ?? 0);
}

/** Whether anything was received on the order, and whether everything still expected was. */
export async function receiptFacts(
  db: Db,
  purchaseOrderId: string,
): Promise<{ anyReceived: boolean; fullyReceived: boolean }> {
  const [row] = await db
    .select({
      anyReceived: sql<boolean>`coalesce(bool_or(${purchaseOrderLines.quantityReceived} > 0), false)`,
      fullyReceived: sql<boolean>`coalesce(bool_and(${purchaseOrderLines.quantityReceived} >= ${purchaseOrderLines.quantity} - ${purchaseOrderLines.quantityShortClosed}), true)`,
    })
    .from(purchaseOrderLines)
    .where(eq(purchaseOrderLines.purchaseOrderId, purchaseOrderId));
  return { anyReceived: Boolean(row?.anyReceived), fullyReceived: Boolean(row?.fullyReceived) };
}

// ── requisition sources ─────────────────────────────────────────────────────

export type SourceDetailRow = SourceRow & {
  lineNo: number;
  requisitionId: string;
  requisitionNumber: string;
  requisitionLineNo: number;
};

/** Who requested what an order buys: the requesters of the requisitions its lines come from. */
export async function sourceRequesterIds(db: Db, purchaseOrderId: string): Promise<string[]> {
  const rows = await db
    .selectDistinct({ id: requisitions.requesterId })
    .from(purchaseOrderLineSources)
    .innerJoin(purchaseOrderLines, eq(purchaseOrderLines.id, purchaseOrderLineSources.purchaseOrderLineId))
    .innerJoin(requisitionLines, eq(requisitionLines.id, purchaseOrderLineSources.requisitionLineId))
    .innerJoin(requisitions, eq(requisitions.id, requisitionLines.requisitionId))
    .where(eq(purchaseOrderLines.purchaseOrderId, purchaseOrderId));
  return rows.map((r) => r.id);
}

/** Every source of every line of an order: one query. */
export async function findSources(db: Db, purchaseOrderId: string): Promise<SourceDetailRow[]> {
  const rows = await db
    .select({
      source: purchaseOrderLineSources,
      lineNo: purchaseOrderLines.lineNo,
      requisitionId: requisitions.id,
      requisitionNumber: requisitions.number,
      requisitionLineNo: requisitionLines.lineNo,
    })
    .from(purchaseOrderLineSources)
    .innerJoin(purchaseOrderLines, eq(purchaseOrderLines.id, purchaseOrderLineSources.purchaseOrderLineId))
    .innerJoin(requisitionLines, eq(requisitionLines.id, purchaseOrderLineSources.requisitionLineId))
    .innerJoin(requisitions, eq(requisitions.id, requisitionLines.requisitionId))
    .where(eq(purchaseOrderLines.purchaseOrderId, purchaseOrderId))
    .orderBy(asc(purchaseOrderLines.lineNo), asc(requisitions.number), asc(requisitionLines.lineNo));
  return rows.map((r) => ({
    ...r.source,
    lineNo: r.lineNo,
    requisitionId: r.requisitionId,
    requisitionNumber: r.requisitionNumber,
    requisitionLineNo: r.requisitionLineNo,
  }));
}

export async function insertSources(db: Db, rows: SourceRow[]): Promise<void> {
  for (let i = 0; i < rows.length; i += BATCH * 5) {
    await db.insert(purchaseOrderLineSources).values(rows.slice(i, i + BATCH * 5));
  }
}

/** Removes the sources of these lines (they are written again whole). */
export async function deleteSourcesOfLines(db: Db, lineIds: string[]): Promise<void> {
  for (let i = 0; i < lineIds.length; i += BATCH * 10) {
    await db
      .delete(purchaseOrderLineSources)
      .where(inArray(purchaseOrderLineSources.purchaseOrderLineId, lineIds.slice(i, i + BATCH * 10)));
  }
}

/** Which of these requisition lines exist. */
export async function existingRequisitionLineIds(db: Db, ids: string[]): Promise<Set<string>> {
  if (ids.length === 0) return new Set();
  const rows = await db
    .select({ id: requisitionLines.id })
    .from(requisitionLines)
    .where(inArray(requisitionLines.id, ids));
  return new Set(rows.map((r) => r.id));
}

// ── revisions ───────────────────────────────────────────────────────────────

export async function insertRevision(db: Db, row: RevisionInsert): Promise<void> {
  await db.insert(purchaseOrderRevisions).values(row);
}

export async function findRevision(
  db: Db,
  purchaseOrderId: string,
  revision: number,
): Promise<(RevisionRow & { createdByName: string | null }) | undefined> {
  const [row] = await db
    .select({ revision: purchaseOrderRevisions, createdByName: users.name })
    .from(purchaseOrderRevisions)
    .leftJoin(users, eq(users.id, purchaseOrderRevisions.createdBy))
    .where(
      and(
        eq(purchaseOrderRevisions.purchaseOrderId, purchaseOrderId),
        eq(purchaseOrderRevisions.revision, revision),
      ),
    )
    .limit(1);
  return row ? { ...row.revision, createdByName: row.createdByName } : undefined;
}

/** Revisions newest first, without their snapshots. */
export async function listRevisions(
  db: Db,
  purchaseOrderId: string,
  beforeRevision: number | undefined,
  limit: number,
): Promise<(Omit<RevisionRow, 'snapshot'> & { createdByName: string | null })[]> {
  const rows = await db
    .select({
      id: purchaseOrderRevisions.id,
      purchaseOrderId: purchaseOrderRevisions.purchaseOrderId,
      revision: purchaseOrderRevisions.revision,
      changes: purchaseOrderRevisions.changes,
      reason: purchaseOrderRevisions.reason,
      requiresApproval: purchaseOrderRevisions.requiresApproval,
      createdBy: purchaseOrderRevisions.createdBy,
      createdAt: purchaseOrderRevisions.createdAt,
      createdByName: users.name,
    })
    .from(purchaseOrderRevisions)
    .leftJoin(users, eq(users.id, purchaseOrderRevisions.createdBy))
    .where(
      and(
        eq(purchaseOrderRevisions.purchaseOrderId, purchaseOrderId),
        beforeRevision === undefined ? undefined : lt(purchaseOrderRevisions.revision, beforeRevision),
      ),
    )
    .orderBy(desc(purchaseOrderRevisions.revision))
    .limit(limit);
  return rows;
}

// ── list and search ─────────────────────────────────────────────────────────

export type OrderFilter = {
  status?: PurchaseOrderStatus;
  supplierId?: string;
  buyerId?: string;
  departmentId?: string;
  orderDateFrom?: string;
  orderDateTo?: string;
  /** Today's date when only overdue orders are wanted. */
  overdueOn?: string;
  q?: string;
};

/** Which orders a reader sees: all, or one department's (none when the reader has no department). */
export type OrderVisibility = { departmentId: string | null } | 'all';

export type OrderListRow = OrderRow & { supplierName: string; minorUnits: number; baseMinorUnits: number };

const OVERDUE_STATUSES: PurchaseOrderStatus[] = ['approved', 'sent', 'acknowledged', 'partially_received'];

function filterConditions(
  filter: OrderFilter,
  visibility: OrderVisibility,
  after: { createdAt: Date; id: string } | undefined,
): (SQL | undefined)[] {
  const po = purchaseOrders;
  const where: (SQL | undefined)[] = [];
  if (visibility !== 'all') {
    where.push(visibility.departmentId ? eq(po.departmentId, visibility.departmentId) : sql`false`);
  }
  if (filter.status) where.push(eq(po.status, filter.status));
  if (filter.supplierId) where.push(eq(po.supplierId, filter.supplierId));
  if (filter.buyerId) where.push(eq(po.buyerId, filter.buyerId));
  if (filter.departmentId) where.push(eq(po.departmentId, filter.departmentId));
  if (filter.orderDateFrom) where.push(gte(po.orderDate, filter.orderDateFrom));
  if (filter.orderDateTo) where.push(lte(po.orderDate, filter.orderDateTo));
  if (filter.overdueOn) {
    where.push(lt(po.expectedDeliveryDate, filter.overdueOn));
    where.push(inArray(po.status, OVERDUE_STATUSES));
  }
  if (after)
    where.push(
      sql`(${po.createdAt}, ${po.id}) < (${after.createdAt.toISOString()}::timestamptz, ${after.id}::uuid)`,
    );
  return where;
}

/** How many matching lines the line-text search drives from its indexes before it walks the orders instead. */
const LINE_MATCH_LIMIT = 5000;

/** The words of `q` as a prefix full-text query ("hex bol" → 'hex':* & 'bol':*), or undefined when it has none. */
export function prefixQuery(q: string): string | undefined {
  const words = q
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean)
    .slice(0, 8);
  return words.length ? words.map((w) => `'${w}':*`).join(' & ') : undefined;
}

/** A line matches `q`: its item's SKU or name contains it, or its description has words starting with q's words. */
function lineMatch(q: string, line: { itemId: SQL; description: SQL }): SQL {
  const fragment = `%${likeEscape(q.toLowerCase())}%`;
  const itemIds = sql`array(select ${items.id} from ${items} where lower(${items.sku}) like ${fragment} or lower(${items.name}) like ${fragment})`;
  const words = prefixQuery(q);
  return or(
    sql`${line.itemId} = any(${itemIds})`,
    words ? sql`to_tsvector('simple', ${line.description}) @@ to_tsquery('simple', ${words})` : undefined,
  )!;
}

/**
 * The orders with a line matching `q`, when there are few: each way of matching asks its own index
 * (lines by item, the description's full-text index) for at most LINE_MATCH_LIMIT lines. 'many'
 * when either has more: then the list walks the newest orders instead, where matches are dense.
 */
async function ordersWithMatchingLines(db: Db, q: string, cap: number): Promise<string[] | 'many'> {
  const l = purchaseOrderLines;
  const fragment = `%${likeEscape(q.toLowerCase())}%`;
  const words = prefixQuery(q);
  const byItem = sql`(select 'item' as way, ${l.purchaseOrderId} as id from ${l}
    where ${l.itemId} = any(array(select ${items.id} from ${items} where lower(${items.sku}) like ${fragment} or lower(${items.name}) like ${fragment}))
    limit ${cap + 1})`;
  const byText = sql`(select 'text' as way, ${l.purchaseOrderId} as id from ${l}
    where to_tsvector('simple', ${l.description}) @@ to_tsquery('simple', ${words ?? ''})
    limit ${cap + 1})`;
  const result = await db.execute(words ? sql`${byItem} union all ${byText}` : byItem);
  const rows = (result as unknown as { rows: { way: string; id: string }[] }).rows;
  const count = (way: string) => rows.filter((r) => r.way === way).length;
  if (count('item') > cap || count('text') > cap) return 'many';
  return [...new Set(rows.map((r) => r.id))];
}

/**
 * The ways `q` can match, each answered from an index:
 * - the PO number starts with it (any letter case): the number's text_pattern_ops index;
 * - the supplier's legal name contains it: the (few) matching suppliers, then each one's newest
 *   orders from the supplier index;
 * - a line matches (lineMatch): the orders found by ordersWithMatchingLines, or when there are
 *   many, the newest orders probed one by one (the matches are dense, so few are probed).
 */
async function searchBranches(
  db: Db,
  q: string,
  where: (SQL | undefined)[],
  limit: number,
  lineMatchLimit: number,
): Promise<SQL[]> {
  const po = purchaseOrders;
  const newest = sql`order by ${po.createdAt} desc, ${po.id} desc limit ${limit}`;
  const prefixes = [...new Set([q, q.toUpperCase(), q.toLowerCase()])].map((p) => `${likeEscape(p)}%`);
  const fragment = `%${likeEscape(q.toLowerCase())}%`;
  const branches = [
    sql`(select ${po.id} from ${po} where ${and(...where, or(...prefixes.map((p) => sql`${po.number} like ${p}`)))} ${newest})`,
    sql`(select x.id from ${suppliers} s cross join lateral (
        select ${po.id} as id, ${po.createdAt} as created_at from ${po}
        where ${and(...where, sql`${po.supplierId} = s.id`)} ${newest}) x
      where lower(s.legal_name) like ${fragment}
      order by x.created_at desc, x.id desc limit ${limit})`,
  ];
  const lineOrders = await ordersWithMatchingLines(db, q, lineMatchLimit);
  if (lineOrders === 'many') {
    const l = purchaseOrderLines;
    const match = lineMatch(q, { itemId: sql`${l.itemId}`, description: sql`${l.description}` });
    branches.push(
      sql`(select ${po.id} from ${po} where ${and(...where, sql`exists (select 1 from ${l} where ${l.purchaseOrderId} = ${po.id} and ${match})`)} ${newest})`,
    );
  } else if (lineOrders.length > 0) {
    const ids = `{${lineOrders.join(',')}}`;
    branches.push(
      sql`(select ${po.id} from ${po} where ${and(...where, sql`${po.id} = any(${ids}::uuid[])`)} ${newest})`,
    );
  }
  return branches;
}

/**
 * Orders newest first (createdAt desc, id desc), `limit` rows after the cursor, never counted.
 * Without `q` the filters walk one of the (column, created_at, id) indexes backwards. With `q`
 * each way of matching is a branch with its own ORDER BY … LIMIT answered from its index, and
 * only the union of their few ids is sorted.
 */
export async function list(
  db: Db,
  filter: OrderFilter,
  visibility: OrderVisibility,
  after: { createdAt: Date; id: string } | undefined,
  limit: number,
  opts: { lineMatchLimit?: number } = {},
): Promise<OrderListRow[]> {
  const po = purchaseOrders;
  const where = filterConditions(filter, visibility, after);
  if (filter.q) {
    const branches = await searchBranches(
      db,
      filter.q,
      where,
      limit,
      opts.lineMatchLimit ?? LINE_MATCH_LIMIT,
    );
    where.push(sql`${po.id} in (${sql.join(branches, sql` union `)})`);
  }
  const rows = await db
    .select({
      order: po,
      supplierName: suppliers.legalName,
      minorUnits: currencies.minorUnits,
      baseMinorUnits: baseCurrencies.minorUnits,
    })
    .from(po)
    .innerJoin(suppliers, eq(suppliers.id, po.supplierId))
    .innerJoin(currencies, eq(currencies.code, po.currency))
    .innerJoin(settings, eq(settings.id, 1))
    .innerJoin(baseCurrencies, eq(baseCurrencies.code, settings.baseCurrency))
    .where(and(...where))
    .orderBy(desc(po.createdAt), desc(po.id))
    .limit(limit);
  return rows.map((r) => ({
    ...r.order,
    supplierName: r.supplierName,
    minorUnits: r.minorUnits,
    baseMinorUnits: r.baseMinorUnits,
  }));
}

// ── references owned by other capabilities (read only) ──────────────────────

export type UnitRef = { code: string; name: string; decimals: number };

export async function findUnits(db: Db, codes: string[]): Promise<Map<string, UnitRef>> {
  if (codes.length === 0) return new Map();
  const rows = await db
    .select({ code: units.code, name: units.name, decimals: units.decimals })
    .from(units)
    .where(inArray(units.code, [...new Set(codes)]));
  return new Map(rows.map((u) => [u.code, u]));
}

export type CostCentreRef = { id: string; code: string; departmentId: string; active: boolean };

export async function findCostCentres(db: Db, ids: string[]): Promise<Map<string, CostCentreRef>> {
  if (ids.length === 0) return new Map();
  const rows = await db
    .select({
      id: costCentres.id,
      code: costCentres.code,
      departmentId: costCentres.departmentId,
      active: costCentres.active,
    })
    .from(costCentres)
    .where(inArray(costCentres.id, [...new Set(ids)]));
  return new Map(rows.map((c) => [c.id, c]));
}

/** The creator and buyer of an order and the author of its latest revision (approval's separation of duties). */
export async function latestRevisionAuthor(db: Db, purchaseOrderId: string): Promise<string | null> {
  const [row] = await db
    .select({ createdBy: purchaseOrderRevisions.createdBy })
    .from(purchaseOrderRevisions)
    .where(eq(purchaseOrderRevisions.purchaseOrderId, purchaseOrderId))
    .orderBy(desc(purchaseOrderRevisions.revision))
    .limit(1);
  return row?.createdBy ?? null;
}

/** What approval conditions look at beyond the order row: its lines' item categories and its supplier's status. */
export async function approvalLookups(
  db: Db,
  order: Pick<OrderRow, 'id' | 'supplierId'>,
): Promise<{ categoryIds: string[]; supplierStatus: string | null; baseCurrency: string }> {
  const categories = await db
    .selectDistinct({ id: items.categoryId })
    .from(purchaseOrderLines)
    .innerJoin(items, eq(items.id, purchaseOrderLines.itemId))
    .where(eq(purchaseOrderLines.purchaseOrderId, order.id));
  const [supplier] = await db
    .select({ status: suppliers.status })
    .from(suppliers)
    .where(eq(suppliers.id, order.supplierId));
  const [s] = await db.select({ baseCurrency: settings.baseCurrency }).from(settings).limit(1);
  return {
    categoryIds: categories.map((c) => c.id).filter((id): id is string => id !== null),
    supplierStatus: supplier?.status ?? null,
    baseCurrency: s?.baseCurrency ?? '',
  };
}
