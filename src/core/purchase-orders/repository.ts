import {
  type AnyColumn,
  and,
  asc,
  desc,
  eq,
  gte,
  inArray,
  isNotNull,
  isNull,
  lt,
  lte,
  or,
  type SQL,
  sql,
} from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Db } from '../../db/client';
import { preparedPer } from '../../db/prepared';
import {
  auditLog,
  awaitingDelivery,
  costCentres,
  currencies,
  departments,
  items,
  purchaseOrderLineSources,
  purchaseOrderLines,
  purchaseOrderRevisions,
  purchaseOrderStateCounts,
  purchaseOrders,
  requisitionLines,
  requisitions,
  settings,
  suppliers,
  units,
  users,
} from '../../db/schema';
import type { MatchType } from '../../domain/invoicing';
import type { PaymentTermsBasis } from '../../domain/payment-terms';
import { COMMITTED_SPEND_STATUSES, type PurchaseOrderStatus } from '../../domain/purchase-orders';
import type { SupplierStatus } from '../../domain/suppliers';
import type { TaxCategory } from '../../domain/tax-categories';
import { type Appends, appendCtes } from '../shared/appends';
import { UUID_RE } from '../shared/ids';
import { likeEscape } from '../shared/pagination';
import { type CappedCount, countUpTo, foldAppendedRows, insertFromJson, rowsOf } from '../shared/sql';

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

export async function findByNumber(db: Db, number: string): Promise<OrderRow | undefined> {
  const [row] = await db.select().from(purchaseOrders).where(eq(purchaseOrders.number, number)).limit(1);
  return row;
}

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
    status: SupplierStatus;
    language: string | null;
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

/** The supplier as an order shows it (its detail, and a create's answer). */
const supplierShown = {
  code: suppliers.code,
  legalName: suppliers.legalName,
  taxId: suppliers.taxId,
  addresses: suppliers.addresses,
  contacts: suppliers.contacts,
  status: suppliers.status,
  language: suppliers.language,
};

const detailColumns = {
  order: purchaseOrders,
  supplier: supplierShown,
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
};

type JsonSource = Omit<SourceDetailRow, 'lineNo'>;

/** Each line's requisition sources as JSON, in findSources' order (a subquery on the sources' key). */
const lineSourcesJson = (lineId: SQL) => sql`(select json_agg(json_build_object(
    'purchaseOrderLineId', s.purchase_order_line_id, 'requisitionLineId', s.requisition_line_id,
    'quantity', s.quantity::text, 'requisitionId', r.id, 'requisitionNumber', r.number,
    'requisitionLineNo', rl.line_no) order by r.number, rl.line_no)
  from purchase_order_line_sources s
  inner join requisition_lines rl on rl.id = s.requisition_line_id
  inner join requisitions r on r.id = rl.requisition_id
  where s.purchase_order_line_id = ${lineId})`;

type JsonLine = LineDetailRow & { sources: JsonSource[] | null };

/**
 * Every line of the order as JSON, in line order, with its item SKU, unit and sources. Decimals
 * travel as text (as the driver gives numeric columns), the needed-by date as YYYY-MM-DD.
 */
const linesJson = sql<JsonLine[]>`(select coalesce(json_agg(json_build_object(
    'id', l.id, 'purchaseOrderId', l.purchase_order_id, 'lineNo', l.line_no, 'itemId', l.item_id,
    'description', l.description, 'quantity', l.quantity::text, 'unitCode', l.unit_code,
    'unitPrice', l.unit_price::text, 'discountPercent', l.discount_percent::text,
    'taxRate', l.tax_rate::text, 'taxCategory', l.tax_category, 'netAmount', l.net_amount::text, 'taxAmount', l.tax_amount::text,
    'neededBy', to_char(l.needed_by, 'YYYY-MM-DD'), 'promisedDate', to_char(l.promised_date, 'YYYY-MM-DD'),
    'costCentreId', l.cost_centre_id,
    'quantityReceived', l.quantity_received::text, 'quantityAccepted', l.quantity_accepted::text,
    'quantityRejected', l.quantity_rejected::text, 'quantityBilled', l.quantity_billed::text,
    'quantityShipped', l.quantity_shipped::text,
    'quantityReturned', l.quantity_returned::text, 'quantityCredited', l.quantity_credited::text,
    'quantityShortClosed', l.quantity_short_closed::text, 'shortCloseReason', l.short_close_reason,
    'sku', i.sku, 'service', coalesce(i.service, false), 'unitName', u.name, 'unitDecimals', u.decimals,
    'sources', ${lineSourcesJson(sql`l.id`)}) order by l.line_no), '[]'::json)
  from purchase_order_lines l
  inner join units u on u.code = l.unit_code
  left join items i on i.id = l.item_id
  where l.purchase_order_id = ${purchaseOrders.id})`;

function detailQuery(db: Db) {
  return db
    .select({ ...detailColumns, lines: linesJson })
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
    .where(eq(purchaseOrders.id, sql.placeholder('id')))
    .limit(1);
}

// Named: PostgreSQL plans this nine-table join once per connection, not on every read.
const detailStatement = preparedPer((db) => detailQuery(db).prepare('purchase_order_detail'));

type DetailSelectRow = Awaited<ReturnType<ReturnType<typeof detailQuery>['execute']>>[number];

function toDetailRow(row: DetailSelectRow): OrderDetailRow {
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

/**
 * An order with its display joins, every line (SKU, unit) and every line's requisition sources:
 * one statement, whatever the number of lines.
 */
export async function findDetailWithLines(
  db: Db,
  id: string,
): Promise<{ order: OrderDetailRow; lines: LineDetailRow[]; sources: SourceDetailRow[] } | undefined> {
  const [row] = await detailStatement(db).execute({ id });
  if (!row) return undefined;
  const lines = row.lines.map(({ sources: _, ...line }) => line);
  const sources = row.lines.flatMap((l) => (l.sources ?? []).map((s) => ({ ...s, lineNo: l.lineNo })));
  return { order: toDetailRow(row), lines, sources };
}

/** The supplier as a transition checks it: a blocked supplier gets no orders. */
export type SupplierStanding = { status: SupplierStatus; legalName: string; statusReason: string | null };

// Subqueries name their tables in full: drizzle leaves column names unqualified in a one-table select.
const forTransitionStatement = preparedPer((db) =>
  db
    .select({
      order: purchaseOrders,
      anyReceived: sql<boolean>`coalesce((select bool_or(l.quantity_received > 0) from purchase_order_lines l
        where l.purchase_order_id = ${sql.placeholder('id')}::uuid), false)`,
      fullyReceived: sql<boolean>`coalesce((select bool_and(l.quantity_accepted >= l.quantity - l.quantity_short_closed)
        from purchase_order_lines l where l.purchase_order_id = ${sql.placeholder('id')}::uuid), true)`,
      supplier: sql<SupplierStanding>`(select json_build_object('status', s.status, 'legalName', s.legal_name,
        'statusReason', s.status_reason) from suppliers s where s.id = purchase_orders.supplier_id)`,
    })
    .from(purchaseOrders)
    .where(eq(purchaseOrders.id, sql.placeholder('id')))
    .limit(1)
    .for('update', { of: purchaseOrders })
    .prepare('purchase_order_for_transition'),
);

/**
 * The order locked for a state change, with the receipt facts and the supplier's standing a
 * transition looks at: one statement. anyReceived: something was received on a line;
 * fullyReceived: every line's expected quantity was accepted.
 */
export async function findForTransition(
  db: Db,
  id: string,
): Promise<
  (OrderRow & { anyReceived: boolean; fullyReceived: boolean; supplier: SupplierStanding }) | undefined
> {
  const [row] = await forTransitionStatement(db).execute({ id });
  if (!row) return undefined;
  return {
    ...row.order,
    anyReceived: Boolean(row.anyReceived),
    fullyReceived: Boolean(row.fullyReceived),
    supplier: row.supplier,
  };
}

/**
 * Inserts an order, its lines and the events and audit entries of its creation in one statement
 * (data-modifying CTEs, each row set as one JSON parameter; the lines' foreign key is checked at
 * the end of the statement, when the order row exists), so it needs no transaction around it,
 * whatever the number of lines.
 */
export async function insertOrderWithLines(
  db: Db,
  order: OrderInsert,
  lines: LineInsert[],
  appends: Appends = { events: [], audit: [] },
): Promise<void> {
  const ctes = [sql`inserted_order as (${insertFromJson(purchaseOrders, [order])})`];
  if (lines.length > 0) ctes.push(sql`inserted_lines as (${insertFromJson(purchaseOrderLines, lines)})`);
  ctes.push(...appendCtes(appends));
  await db.execute(sql`with ${sql.join(ctes, sql`, `)} select 1`);
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

export type LineDetailRow = LineRow & {
  sku: string | null;
  unitName: string;
  unitDecimals: number;
  /** Its item is a service (confirmed by amount or % complete); absent where not read. */
  service?: boolean;
};

/** Every line of an order in line-number order, with the item SKU and unit name: one query. */
export async function findLines(db: Db, purchaseOrderId: string): Promise<LineDetailRow[]> {
  const rows = await db
    .select({ line: purchaseOrderLines, sku: items.sku, unitName: units.name, unitDecimals: units.decimals })
    .from(purchaseOrderLines)
    .innerJoin(units, eq(units.code, purchaseOrderLines.unitCode))
    .leftJoin(items, eq(items.id, purchaseOrderLines.itemId))
    .where(eq(purchaseOrderLines.purchaseOrderId, sql.placeholder('id')))
    .orderBy(asc(purchaseOrderLines.lineNo))
    .prepare('purchase_order_lines')
    .execute({ id: purchaseOrderId });
  return rows.map((r) => ({ ...r.line, sku: r.sku, unitName: r.unitName, unitDecimals: r.unitDecimals }));
}

/** The order's lines not yet sent are sent now: they take the order's first send (`at`). */
export async function markLinesSent(db: Db, purchaseOrderId: string, at: Date): Promise<void> {
  await db
    .update(purchaseOrderLines)
    .set({ firstSentAt: at })
    .where(
      and(eq(purchaseOrderLines.purchaseOrderId, purchaseOrderId), isNull(purchaseOrderLines.firstSentAt)),
    );
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
          taxCategory: excluded('tax_category'),
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

/** Short-closes what is still expected and not received (or was rejected): one line, or every line of the order. */
export async function shortCloseLines(
  db: Db,
  purchaseOrderId: string,
  lineNo: number | undefined,
  reason: string,
): Promise<void> {
  // Rejected goods are still open (rules.remainingToShortClose): given up too.
  const remaining = sql`${purchaseOrderLines.quantity} - ${purchaseOrderLines.quantityShortClosed} - (${purchaseOrderLines.quantityReceived} - ${purchaseOrderLines.quantityRejected})`;
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
  return Number(rowsOf<{ n: number | string }>(result)[0]?.n ?? 0);
}

// ── requisition sources ─────────────────────────────────────────────────────

export type SourceDetailRow = SourceRow & {
  lineNo: number;
  requisitionId: string;
  requisitionNumber: string;
  requisitionLineNo: number;
};

/**
 * Who wrote the order beyond its buyer and creator, in one statement: everyone who created or
 * changed any version of it, its lines or its sources (the actors of its create, update and revise
 * audit entries), and the requesters of the requisitions its lines come from.
 */
export async function otherAuthorIds(db: Db, purchaseOrderId: string): Promise<string[]> {
  const [row] = rowsOf<{ ids: string[] | null }>(
    await db.execute(sql`select array(
        select r.requester_id from ${purchaseOrderLineSources} s
          join ${purchaseOrderLines} l on l.id = s.purchase_order_line_id
          join ${requisitionLines} rl on rl.id = s.requisition_line_id
          join ${requisitions} r on r.id = rl.requisition_id
        where l.purchase_order_id = ${purchaseOrderId}::uuid
        union
        select a.actor_id from ${auditLog} a
        where a.entity_type = 'purchase_order' and a.entity_id = ${purchaseOrderId}
          and a.action in ('create', 'update', 'revise') and a.actor_id is not null
      ) as ids`),
  );
  return row?.ids ?? [];
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
    .where(eq(purchaseOrderLines.purchaseOrderId, sql.placeholder('id')))
    .orderBy(asc(purchaseOrderLines.lineNo), asc(requisitions.number), asc(requisitionLines.lineNo))
    .prepare('purchase_order_sources')
    .execute({ id: purchaseOrderId });
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

/** The requisition sources of order lines, as creates and edits name them (`lineId`). */
export async function insertLineSources(
  db: Db,
  sources: { lineId: string; requisitionLineId: string; quantity: string }[],
): Promise<void> {
  await insertSources(
    db,
    sources.map((s) => ({
      purchaseOrderLineId: s.lineId,
      requisitionLineId: s.requisitionLineId,
      quantity: s.quantity,
    })),
  );
}

/** Removes the sources of these lines (they are written again whole). */
export async function deleteSourcesOfLines(db: Db, lineIds: string[]): Promise<void> {
  for (let i = 0; i < lineIds.length; i += BATCH * 10) {
    await db
      .delete(purchaseOrderLineSources)
      .where(inArray(purchaseOrderLineSources.purchaseOrderLineId, lineIds.slice(i, i + BATCH * 10)));
  }
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
  /** Only these orders. */
  ids?: readonly string[];
  /** Any of these statuses (receiving: the orders goods may arrive against). */
  statuses?: readonly PurchaseOrderStatus[];
  supplierId?: string;
  buyerId?: string;
  departmentId?: string;
  orderDateFrom?: string;
  orderDateTo?: string;
  /** Today's date when only overdue orders are wanted. */
  overdueOn?: string;
  /** Only orders whose goods are awaited with an expected delivery date in [from, to). */
  dueBetween?: { from: string; to: string };
  /** Only drafts an approver sent back to their buyer. */
  returned?: boolean;
  q?: string;
};

/** Which orders a reader sees: all, or one department's (none when the reader has no department). */
export type OrderVisibility = { departmentId: string | null } | 'all';

/** A list row: the order's summary columns, its supplier's name and its currencies' minor units. */
export type OrderListRow = Pick<
  OrderRow,
  | 'id'
  | 'number'
  | 'revision'
  | 'status'
  | 'supplierId'
  | 'currency'
  | 'total'
  | 'totalBase'
  | 'orderDate'
  | 'expectedDeliveryDate'
  | 'buyerId'
  | 'departmentId'
  | 'version'
  | 'createdAt'
  | 'updatedAt'
> & { supplierName: string; minorUnits: number; baseMinorUnits: number };

/** The rows of the reader's department, or all of them; none for a reader without a department. */
function inDepartmentOf(column: AnyColumn, visibility: OrderVisibility): SQL | undefined {
  if (visibility === 'all') return undefined;
  return visibility.departmentId ? eq(column, visibility.departmentId) : sql`false`;
}

function filterConditions(
  filter: OrderFilter,
  visibility: OrderVisibility,
  after: { createdAt: Date; id: string } | undefined,
): (SQL | undefined)[] {
  const po = purchaseOrders;
  const where: (SQL | undefined)[] = [inDepartmentOf(po.departmentId, visibility)];
  if (filter.status) where.push(eq(po.status, filter.status));
  if (filter.statuses) where.push(inArray(po.status, [...filter.statuses]));
  if (filter.ids) where.push(inArray(po.id, [...filter.ids]));
  if (filter.supplierId) where.push(eq(po.supplierId, filter.supplierId));
  if (filter.buyerId) where.push(eq(po.buyerId, filter.buyerId));
  if (filter.departmentId) where.push(eq(po.departmentId, filter.departmentId));
  if (filter.orderDateFrom) where.push(gte(po.orderDate, filter.orderDateFrom));
  if (filter.orderDateTo) where.push(lte(po.orderDate, filter.orderDateTo));
  if (filter.overdueOn) {
    where.push(lt(po.expectedDeliveryDate, filter.overdueOn));
    // Overdue: expected by a day already past, and goods are still awaited.
    where.push(awaitingDelivery(po.status));
  }
  if (filter.dueBetween) {
    where.push(gte(po.expectedDeliveryDate, filter.dueBetween.from));
    where.push(lt(po.expectedDeliveryDate, filter.dueBetween.to));
    where.push(awaitingDelivery(po.status));
  }
  if (filter.returned) where.push(sql`${po.returnKind} is not null`);
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

/** More catalog items than this matching a search, and their lines count as many (each is ordered often). */
const ITEM_MATCH_LIMIT = 25;

/** Up to this many suppliers matching a name fragment, their orders are read supplier by supplier. */
const SUPPLIER_WALK_LIMIT = 40;

export type SearchLimits = { lineMatchLimit?: number; itemMatchLimit?: number; supplierWalkLimit?: number };

/**
 * The orders matching `q`, as one subquery (the whole search is one statement). Each way of
 * matching is a branch with its own ORDER BY … LIMIT answered from an index:
 * - the PO number starts with it (any letter case): the upper(number) text_pattern_ops index;
 * - the supplier's legal name contains it (the trigram index of lower(legal_name)): when few
 *   suppliers match, each one's newest orders from the supplier index; when many do, the newest
 *   orders of any of them;
 * - a line matches (lineMatch): when few lines do, the orders of the lines found through the
 *   lines' item index and the description's full-text index (each asked for at most
 *   `lineMatchLimit` lines); when many do (or more than ITEM_MATCH_LIMIT items match), the newest
 *   orders probed one by one (the matches are dense, so few are probed).
 * Which branch of each pair runs is decided inside the statement: the other one's one-time
 * condition is false and PostgreSQL skips it.
 */
function searchSubquery(q: string, where: (SQL | undefined)[], limit: number, limits: SearchLimits): SQL {
  const po = purchaseOrders;
  const l = purchaseOrderLines;
  const lineCap = limits.lineMatchLimit ?? LINE_MATCH_LIMIT;
  const itemCap = limits.itemMatchLimit ?? ITEM_MATCH_LIMIT;
  const supplierCap = limits.supplierWalkLimit ?? SUPPLIER_WALK_LIMIT;
  const newest = sql`order by ${po.createdAt} desc, ${po.id} desc limit ${limit}`;
  const prefix = `${likeEscape(q.toUpperCase())}%`;
  const fragment = `%${likeEscape(q.toLowerCase())}%`;
  const words = prefixQuery(q) ?? null;
  const filters = (extra: SQL) => and(...where, extra);
  // Numbers run by year, so the matches of a prefix sit together in time: walking the newest
  // orders could pass a whole year of others first. The prefix index gives the matches, and only
  // they are sorted.
  const byNumber = sql`(select m.id from (select ${po.id} as id, ${po.createdAt} as created_at from ${po}
      where ${filters(sql`upper(${po.number}) like ${prefix}`)}) m
    order by m.created_at desc, m.id desc limit ${limit})`;
  const fewSuppliers = sql`(select count(*) from matching_suppliers) <= ${supplierCap}`;
  const bySupplierFew = sql`(select x.id from matching_suppliers s cross join lateral (
        select ${po.id} as id, ${po.createdAt} as created_at from ${po}
        where ${filters(sql`${po.supplierId} = s.id`)} ${newest}) x
      where ${fewSuppliers}
      order by x.created_at desc, x.id desc limit ${limit})`;
  // coalesce keeps the subquery a filter (a hashed set of the suppliers): as a join, the planner
  // would read every order of every matching supplier and sort them.
  const bySupplierMany = sql`(select ${po.id} from ${po}
      where not ${fewSuppliers} and ${filters(sql`coalesce(${po.supplierId} in (select s.id from ${suppliers} s where lower(s.legal_name) like ${fragment}), false)`)}
      ${newest})`;
  const fewLines = sql`((select count(*) from matching_items) <= ${itemCap}
      and (select count(*) from lines_by_item) <= ${lineCap}
      and (select count(*) from lines_by_text) <= ${lineCap})`;
  const byLinesFew = sql`(select ${po.id} from ${po}
      where ${fewLines} and ${filters(sql`${po.id} in (select id from lines_by_item union select id from lines_by_text)`)}
      ${newest})`;
  const match = lineMatch(q, { itemId: sql`${l.itemId}`, description: sql`${l.description}` });
  const byLinesMany = sql`(select ${po.id} from ${po}
      where not ${fewLines} and ${filters(sql`exists (select 1 from ${l} where ${l.purchaseOrderId} = ${po.id} and ${match})`)}
      ${newest})`;
  // The description's full-text index through purchase_order_lines_matching (migration 0012): as
  // a plain subquery with a LIMIT the planner would scan the lines for the first text matches.
  return sql`with matching_suppliers as materialized (
        select s.id from ${suppliers} s where lower(s.legal_name) like ${fragment} limit ${supplierCap + 1}),
      matching_items as materialized (
        select i.id from ${items} i where lower(i.sku) like ${fragment} or lower(i.name) like ${fragment}
        limit ${itemCap + 1}),
      lines_by_item as materialized (
        select ${l.purchaseOrderId} as id from ${l}
        where ${l.itemId} in (select id from matching_items) and (select count(*) from matching_items) <= ${itemCap}
        limit ${lineCap + 1}),
      lines_by_text as materialized (
        select m.purchase_order_id as id from purchase_order_lines_matching(${words}::text, ${lineCap + 1}) m)
    select id from (${sql.join([byNumber, bySupplierFew, bySupplierMany, byLinesFew, byLinesMany], sql` union `)}) matches`;
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
  opts: SearchLimits = {},
): Promise<OrderListRow[]> {
  const po = purchaseOrders;
  const where = filterConditions(filter, visibility, after);
  if (filter.q) where.push(sql`${po.id} in (${searchSubquery(filter.q, [...where], limit, opts)})`);
  // Only what a list row shows: a whole order row (addresses, notes, terms …) fifty times over
  // costs more to read and map than the query itself.
  return db
    .select({
      id: po.id,
      number: po.number,
      revision: po.revision,
      status: po.status,
      supplierId: po.supplierId,
      supplierName: suppliers.legalName,
      currency: po.currency,
      total: po.total,
      totalBase: po.totalBase,
      orderDate: po.orderDate,
      expectedDeliveryDate: po.expectedDeliveryDate,
      buyerId: po.buyerId,
      departmentId: po.departmentId,
      version: po.version,
      createdAt: po.createdAt,
      updatedAt: po.updatedAt,
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
}

// ── references owned by other capabilities (read only) ──────────────────────

export type UnitRef = { code: string; name: string; decimals: number };

export type CurrencyRef = { code: string; minorUnits: number; active: boolean };
export type ItemRef = {
  id: string;
  sku: string;
  name: string;
  unitCode: string;
  defaultTaxRate: string;
  defaultTaxCategory: TaxCategory | null;
  service: boolean;
  active: boolean;
};
export type DepartmentRef = { id: string; code: string; name: string; active: boolean };
export type SupplierRef = OrderDetailRow['supplier'] & {
  id: string;
  legalName: string;
  status: SupplierStatus;
  statusReason: string | null;
  defaultCurrency: string;
  paymentTermsNetDays: number;
  paymentTermsBasis: PaymentTermsBasis;
  earlyPaymentDiscountPercent: string | null;
  earlyPaymentDiscountDays: number | null;
};

/** Everything an order's input names, as checking it needs them (see findOrderReferences). */
export type OrderReferences = {
  settings: typeof settings.$inferSelect;
  supplier: SupplierRef | null;
  currencies: Map<string, CurrencyRef>;
  items: Map<string, ItemRef>;
  units: Map<string, UnitRef>;
  costCentres: Map<string, CostCentreRef>;
  departments: Map<string, DepartmentRef>;
};

const param = (name: string, type: 'uuid[]' | 'text[]') => sql`${sql.placeholder(name)}::${sql.raw(type)}`;

const referencesStatement = preparedPer((db) =>
  db
    .select({
      settings,
      supplier: {
        ...supplierShown,
        id: suppliers.id,
        statusReason: suppliers.statusReason,
        defaultCurrency: suppliers.defaultCurrency,
        paymentTermsNetDays: suppliers.paymentTermsNetDays,
        earlyPaymentDiscountPercent: suppliers.earlyPaymentDiscountPercent,
        paymentTermsBasis: suppliers.paymentTermsBasis,
        earlyPaymentDiscountDays: suppliers.earlyPaymentDiscountDays,
      },
      currencies: sql<CurrencyRef[]>`(select coalesce(json_agg(json_build_object(
          'code', c.code, 'minorUnits', c.minor_units, 'active', c.active)), '[]'::json)
        from currencies c where c.code = any(${param('currencies', 'text[]')})
          or c.code = ${settings.baseCurrency} or c.code = ${suppliers.defaultCurrency})`,
      items: sql<ItemRef[]>`(select coalesce(json_agg(json_build_object(
          'id', i.id, 'sku', i.sku, 'name', i.name, 'unitCode', i.unit_code,
          'defaultTaxRate', i.default_tax_rate::text,
          'defaultTaxCategory', i.default_tax_category, 'service', i.service, 'active', i.active)), '[]'::json)
        from items i where i.id = any(${param('itemIds', 'uuid[]')}))`,
      units: sql<UnitRef[]>`(select coalesce(json_agg(json_build_object(
          'code', u.code, 'name', u.name, 'decimals', u.decimals)), '[]'::json)
        from units u where u.code = any(${param('unitCodes', 'text[]')})
          or u.code in (select i.unit_code from items i where i.id = any(${param('itemIds', 'uuid[]')})))`,
      costCentres: sql<CostCentreRef[]>`(select coalesce(json_agg(json_build_object(
          'id', cc.id, 'code', cc.code, 'name', cc.name, 'departmentId', cc.department_id,
          'active', cc.active)), '[]'::json)
        from cost_centres cc where cc.id = any(${param('costCentreIds', 'uuid[]')}))`,
      departments: sql<DepartmentRef[]>`(select coalesce(json_agg(json_build_object(
          'id', d.id, 'code', d.code, 'name', d.name, 'active', d.active)), '[]'::json)
        from departments d where d.id = any(${param('departmentIds', 'uuid[]')})
          or d.id in (select cc.department_id from cost_centres cc
            where cc.id = any(${param('costCentreIds', 'uuid[]')})))`,
    })
    .from(settings)
    .leftJoin(suppliers, eq(suppliers.id, sql`${sql.placeholder('supplierId')}::uuid`))
    .where(eq(settings.id, 1))
    .prepare('purchase_order_references'),
);

const uuids = (ids: (string | null | undefined)[]) => [
  ...new Set(ids.filter((id): id is string => !!id && UUID_RE.test(id))),
];

/**
 * The settings, the supplier, and the currencies, items, units, cost centres and departments an
 * order's input names (with the units of its items, the base and supplier currencies and the
 * cost centres' departments), in one statement: a create or an edit checks its whole input after
 * this one read, and a create answers with the order it wrote from it. Ids that are not UUIDs
 * name nothing.
 */
export async function findOrderReferences(
  db: Db,
  names: {
    supplierId: string;
    currencies: string[];
    itemIds: string[];
    unitCodes: string[];
    costCentreIds: string[];
    departmentIds: string[];
  },
): Promise<OrderReferences | undefined> {
  const [row] = await referencesStatement(db).execute({
    supplierId: UUID_RE.test(names.supplierId) ? names.supplierId : null,
    currencies: [...new Set(names.currencies)],
    itemIds: uuids(names.itemIds),
    unitCodes: [...new Set(names.unitCodes)],
    costCentreIds: uuids(names.costCentreIds),
    departmentIds: uuids(names.departmentIds),
  });
  if (!row) return undefined;
  const byKey = <T, K extends keyof T>(rows: T[], key: K) => new Map(rows.map((r) => [r[key] as string, r]));
  return {
    settings: row.settings,
    supplier: row.supplier,
    currencies: byKey(row.currencies, 'code'),
    items: byKey(row.items, 'id'),
    units: byKey(row.units, 'code'),
    costCentres: byKey(row.costCentres, 'id'),
    departments: byKey(row.departments, 'id'),
  };
}

export type CostCentreRef = { id: string; code: string; name: string; departmentId: string; active: boolean };

/** What approval conditions look at beyond the order row: its lines' item categories and its supplier's status. */
export async function approvalLookups(
  db: Db,
  order: Pick<OrderRow, 'id' | 'supplierId'>,
): Promise<{ categoryIds: string[]; supplierStatus: string | null; baseCurrency: string }> {
  // Written out with table aliases: drizzle leaves column names unqualified in a one-table select.
  const [row] = await db
    .select({
      categoryIds: sql<string[] | null>`(select array_agg(distinct i.category_id) from purchase_order_lines l
        inner join items i on i.id = l.item_id where l.purchase_order_id = ${order.id}::uuid)`,
      supplierStatus: sql<
        string | null
      >`(select s.status from suppliers s where s.id = ${order.supplierId}::uuid)`,
      baseCurrency: settings.baseCurrency,
    })
    .from(settings)
    .limit(1);
  return {
    categoryIds: (row?.categoryIds ?? []).filter((id): id is string => id !== null),
    supplierStatus: row?.supplierStatus ?? null,
    baseCurrency: row?.baseCurrency ?? '',
  };
}

// ── as the approvals capability sees orders ─────────────────────────────────

/** Number, version, supplier, amounts, authors and budget facts of these orders (approvals' adapter). */
export async function approvalSummaries(db: Db, ids: string[]) {
  if (ids.length === 0) return [];
  const buyer = alias(users, 'buyer');
  return db
    .select({
      id: purchaseOrders.id,
      number: purchaseOrders.number,
      version: purchaseOrders.version,
      supplierName: suppliers.legalName,
      authorId: purchaseOrders.buyerId,
      authorName: buyer.name,
      creatorId: purchaseOrders.createdBy,
      total: purchaseOrders.total,
      currency: purchaseOrders.currency,
      minorUnits: currencies.minorUnits,
      totalBase: purchaseOrders.totalBase,
      submittedAt: purchaseOrders.submittedAt,
      costCentreId: purchaseOrders.costCentreId,
      budgetDate: purchaseOrders.orderDate,
    })
    .from(purchaseOrders)
    .leftJoin(suppliers, eq(suppliers.id, purchaseOrders.supplierId))
    .leftJoin(currencies, eq(currencies.code, purchaseOrders.currency))
    .leftJoin(buyer, eq(buyer.id, purchaseOrders.buyerId))
    .where(inArray(purchaseOrders.id, ids));
}

// ── committed spend ─────────────────────────────────────────────────────────

/** Orders that commit spend (domain: purchaseOrderCommitsSpend), as a condition on purchase_orders. */
function commitsSpend(): SQL {
  const po = purchaseOrders;
  const statuses = [...COMMITTED_SPEND_STATUSES];
  return or(
    inArray(po.status, statuses),
    and(eq(po.status, 'on_hold'), inArray(po.heldFromStatus, statuses)),
  ) as SQL;
}

/**
 * What an order commits, in base currency: its total less each short-closed line's share of its
 * gross amount at the order's rate, rounded to 4 places per line — exactly what the spend_monthly
 * trigger counts (spend_line_short_closed_base, migration 0007).
 */
function committedAmount(): SQL<string> {
  const po = purchaseOrders;
  const l = purchaseOrderLines;
  return sql<string>`${po.totalBase} - coalesce((
    select sum(round((${l.netAmount} + ${l.taxAmount}) * ${l.quantityShortClosed} / nullif(${l.quantity}, 0)
                     * ${po.exchangeRate}, 4))
    from ${l} where ${l.purchaseOrderId} = ${po.id} and ${l.quantityShortClosed} <> 0
  ), 0)`;
}

/** Committed spend of a cost centre's orders dated in [from, to); with `orderId`, of that order only. */
export async function committedSpendOfCostCentre(
  db: Db,
  q: { costCentreId: string; from: string; to: string; orderId?: string },
): Promise<string> {
  const po = purchaseOrders;
  const [row] = await db
    .select({ sum: sql<string>`coalesce(sum(${committedAmount()}), 0)::text` })
    .from(po)
    .where(
      and(
        eq(po.costCentreId, q.costCentreId),
        gte(po.orderDate, q.from),
        lt(po.orderDate, q.to),
        q.orderId ? eq(po.id, q.orderId) : undefined,
        commitsSpend(),
      ),
    );
  return row?.sum ?? '0';
}

/**
 * What an order still commits once its approved invoices are counted as actual: its commitment less
 * what was invoiced (credit notes taken off), never below zero nor above the commitment. An invoice
 * above the order's value (an accepted variance) leaves nothing committed; the excess is actual.
 */
function openCommitment(): SQL<string> {
  return sql<string>`greatest(${committedAmount()} - greatest(${purchaseOrders.invoicedBase}, 0), 0)`;
}

/**
 * A budget's committed spend: what a cost centre's orders dated in [from, to) still commit, net of
 * what their approved invoices took over; with `orderId`, of that order only.
 */
export async function openCommitmentOfCostCentre(
  db: Db,
  q: { costCentreId: string; from: string; to: string; orderId?: string },
): Promise<string> {
  const po = purchaseOrders;
  const [row] = await db
    .select({ sum: sql<string>`coalesce(sum(${openCommitment()}), 0)::text` })
    .from(po)
    .where(
      and(
        eq(po.costCentreId, q.costCentreId),
        gte(po.orderDate, q.from),
        lt(po.orderDate, q.to),
        q.orderId ? eq(po.id, q.orderId) : undefined,
        commitsSpend(),
      ),
    );
  return row?.sum ?? '0';
}

/**
 * A budget's actual spend: what the approved invoices of a cost centre's orders dated in [from, to)
 * come to (credit notes negative), whatever the order's status; with `orderId`, of that order only.
 */
export async function invoicedSpendOfCostCentre(
  db: Db,
  q: { costCentreId: string; from: string; to: string; orderId?: string },
): Promise<string> {
  const po = purchaseOrders;
  const [row] = await db
    .select({ sum: sql<string>`coalesce(sum(${po.invoicedBase}), 0)::text` })
    .from(po)
    .where(
      and(
        eq(po.costCentreId, q.costCentreId),
        gte(po.orderDate, q.from),
        lt(po.orderDate, q.to),
        q.orderId ? eq(po.id, q.orderId) : undefined,
      ),
    );
  return row?.sum ?? '0';
}

/** Adds an amount (base currency, negative to take off) to what the order's approved invoices come to. */
export async function addInvoicedBase(db: Db, purchaseOrderId: string, amountBase: string): Promise<void> {
  await db
    .update(purchaseOrders)
    .set({ invoicedBase: sql`${purchaseOrders.invoicedBase} + ${amountBase}::numeric` })
    .where(eq(purchaseOrders.id, purchaseOrderId));
}

/** Every order's recorded invoiced amount that is not zero (what spend:verify compares). */
export async function invoicedBaseByOrder(
  db: Db,
): Promise<{ purchaseOrderId: string; amountBase: string }[]> {
  return db
    .select({
      purchaseOrderId: purchaseOrders.id,
      amountBase: sql<string>`${purchaseOrders.invoicedBase}::text`,
    })
    .from(purchaseOrders)
    .where(sql`${purchaseOrders.invoicedBase} <> 0`);
}

export type CommittedSpendCell = {
  supplierId: string;
  month: string;
  amountBase: string;
  orderCount: number;
};

/** Committed spend and committed orders per supplier and month of the order date, over every order. */
export async function committedSpendBySupplierMonth(db: Db): Promise<CommittedSpendCell[]> {
  const po = purchaseOrders;
  const month = sql<string>`date_trunc('month', ${po.orderDate})::date::text`;
  return db
    .select({
      supplierId: po.supplierId,
      month: month.as('month'),
      amountBase: sql<string>`sum(${committedAmount()})::text`.as('amount_base'),
      orderCount: sql<number>`count(*)::integer`.mapWith(Number).as('order_count'),
    })
    .from(po)
    .where(commitsSpend())
    .groupBy(po.supplierId, sql`2`);
}

/**
 * Committed spend per item category and month of the order date, line by line: each line's gross
 * amount in base currency less its short-closed value, booked to the line's category (null for
 * free-text lines). What spend_category_months must equal.
 */
export async function committedSpendByCategoryMonth(db: Db): Promise<CommittedCategoryCell[]> {
  return rowsOf<CommittedCategoryCell>(
    await db.execute(sql`select l.category_id as "categoryId",
        date_trunc('month', o.order_date)::date::text as month,
        sum(spend_line_base(l.net_amount + l.tax_amount, l.quantity, l.quantity_short_closed, o.exchange_rate))::text as "amountBase",
        count(*)::integer as "lineCount"
      from ${purchaseOrderLines} l join ${purchaseOrders} o on o.id = l.purchase_order_id
      where spend_monthly_counts(o.status, o.held_from_status)
      group by 1, 2`),
  ).map((r) => ({ ...r, lineCount: Number(r.lineCount) }));
}

export type CommittedCategoryCell = {
  categoryId: string | null;
  month: string;
  amountBase: string;
  lineCount: number;
};

// ── counts (the home page) ──────────────────────────────────────────────────

/** How many orders the list would show with this filter, counting no further than `cap`. */
export function countOrders(
  db: Db,
  filter: Omit<OrderFilter, 'q'>,
  visibility: OrderVisibility,
  cap: number,
): Promise<CappedCount> {
  return countUpTo(db, purchaseOrders, and(...filterConditions(filter, visibility, undefined)), cap);
}

/** How many orders are in each status (the trigger-kept purchase_order_state_counts). */
export async function stateCounts(
  db: Db,
  visibility: OrderVisibility,
): Promise<{ status: OrderRow['status']; count: number }[]> {
  const where = inDepartmentOf(purchaseOrderStateCounts.departmentId, visibility);
  const rows = await db
    .select({
      status: purchaseOrderStateCounts.status,
      count: sql<number>`sum(${purchaseOrderStateCounts.n})::int`,
    })
    .from(purchaseOrderStateCounts)
    .where(where)
    .groupBy(purchaseOrderStateCounts.status);
  return rows.filter((r) => r.count !== 0);
}

/**
 * Folds the appended +1/−1 rows into one per (status, department). Rows of transactions still
 * open are not visible and stay for the next fold; two folds at once each fold what they deleted.
 * When every (status, department) already has one row nothing is rewritten (the job runs every
 * minute, mostly with nothing to do).
 */
export async function foldStateCounts(db: Db): Promise<number> {
  return foldAppendedRows(db, {
    table: 'purchase_order_state_counts',
    keys: ['status', 'department_id'],
    sums: ['n'],
  });
}

/** Number and currency of these orders (the audit trail names them so). */
export async function orderNames(db: Db, ids: string[]) {
  if (ids.length === 0) return [];
  return db
    .select({ id: purchaseOrders.id, number: purchaseOrders.number, currency: purchaseOrders.currency })
    .from(purchaseOrders)
    .where(inArray(purchaseOrders.id, ids));
}

/** Records the dates the supplier promised, by line number. */
export async function setPromisedDates(
  db: Db,
  purchaseOrderId: string,
  dates: { lineNo: number; promisedDate: string | null }[],
): Promise<void> {
  if (dates.length === 0) return;
  const values = sql.join(
    dates.map((d) => sql`(${d.lineNo}::int, ${d.promisedDate}::date)`),
    sql`, `,
  );
  await db.execute(
    sql`UPDATE purchase_order_lines AS l SET promised_date = v.promised
        FROM (VALUES ${values}) AS v(line_no, promised)
        WHERE l.purchase_order_id = ${purchaseOrderId} AND l.line_no = v.line_no`,
  );
}

/** Adds shipped quantities to the order's lines. */
export async function addShippedQuantities(
  db: Db,
  purchaseOrderId: string,
  lines: { lineNo: number; quantity: string }[],
): Promise<void> {
  if (lines.length === 0) return;
  const values = sql.join(
    lines.map((l) => sql`(${l.lineNo}::int, ${l.quantity}::numeric)`),
    sql`, `,
  );
  await db.execute(
    sql`UPDATE purchase_order_lines AS l SET quantity_shipped = l.quantity_shipped + v.quantity
        FROM (VALUES ${values}) AS v(line_no, quantity)
        WHERE l.purchase_order_id = ${purchaseOrderId} AND l.line_no = v.line_no`,
  );
}

/**
 * Marks the order fully shipped when every line's shipped (or received) quantity covers what is
 * still expected of it; whether it is.
 */
export async function markFullyShipped(db: Db, purchaseOrderId: string, at: Date): Promise<boolean> {
  const result = await db.execute(
    sql`UPDATE purchase_orders AS o SET fully_shipped_at = coalesce(o.fully_shipped_at, ${at.toISOString()}::timestamptz)
        WHERE o.id = ${purchaseOrderId} AND NOT EXISTS (
          SELECT 1 FROM purchase_order_lines l WHERE l.purchase_order_id = o.id
            AND greatest(l.quantity_shipped, l.quantity_received) < l.quantity - l.quantity_short_closed)
        RETURNING o.id`,
  );
  return rowsOf(result).length > 0;
}

/** A header field of the order as last sent to its supplier, when a revision came after (else null). */
function sentHeader(field: 'total' | 'expectedDeliveryDate') {
  // Named in full: drizzle may leave a column unqualified, which the subquery would read as its own.
  return sql`(select r.snapshot -> 'header' ->> ${sql.raw(`'${field}'`)} from ${purchaseOrderRevisions} r
    where r.purchase_order_id = purchase_orders.id and r.revision = purchase_orders.sent_revision + 1)`;
}

/**
 * A supplier's orders it was sent, in the given states (or on hold from one), most recently first sent first; the
 * revision, total and delivery date as sent (a change not sent yet is the buyer's until it is).
 */
export async function listForSupplier(
  db: Db,
  opts: {
    supplierId: string;
    statuses: readonly PurchaseOrderStatus[];
    fullyShipped?: boolean;
    after: { at: Date; id: string } | undefined;
    limit: number;
  },
) {
  const po = purchaseOrders;
  const after = opts.after;
  return db
    .select({
      id: po.id,
      number: po.number,
      revision: sql<number>`coalesce(${po.sentRevision}, ${po.revision})`.mapWith(Number),
      status: po.status,
      currency: po.currency,
      total: sql<string>`coalesce(${sentHeader('total')}, ${po.total}::text)`,
      orderDate: po.orderDate,
      expectedDeliveryDate: sql<string | null>`case when ${po.sentRevision} < ${po.revision}
        then ${sentHeader('expectedDeliveryDate')} else ${po.expectedDeliveryDate}::text end`,
      firstSentAt: po.firstSentAt,
      sentRevision: po.sentRevision,
      buyerName: users.name,
      minorUnits: currencies.minorUnits,
    })
    .from(po)
    .innerJoin(users, eq(users.id, po.buyerId))
    .innerJoin(currencies, eq(currencies.code, po.currency))
    .where(
      and(
        eq(po.supplierId, opts.supplierId),
        isNotNull(po.firstSentAt),
        // An order on hold is where it was when the buyer held it.
        or(
          inArray(po.status, [...opts.statuses]),
          and(eq(po.status, 'on_hold'), inArray(po.heldFromStatus, [...opts.statuses])),
        ),
        opts.fullyShipped === undefined
          ? undefined
          : opts.fullyShipped
            ? isNotNull(po.fullyShippedAt)
            : isNull(po.fullyShippedAt),
        after
          ? or(lt(po.firstSentAt, after.at), and(eq(po.firstSentAt, after.at), lt(po.id, after.id)))
          : undefined,
      ),
    )
    .orderBy(desc(po.firstSentAt), desc(po.id))
    .limit(opts.limit);
}

// ── receiving ───────────────────────────────────────────────────────────────

/** An order's state and each line's quantities, as receiving checks a receipt against them. */
export type ReceivingState = {
  id: string;
  number: string;
  status: PurchaseOrderStatus;
  receivedFromStatus: PurchaseOrderStatus | null;
  version: number;
  lines: {
    lineNo: number;
    quantity: string;
    quantityShortClosed: string;
    quantityReceived: string;
    quantityAccepted: string;
    quantityRejected: string;
  }[];
};

/**
 * The order locked for receiving (FOR UPDATE: receipts, inspections and reversals of one order
 * wait for each other) with its lines' quantities. Two statements: the lines are read after the
 * lock is held, so they include what the receipt that held it before wrote (a subquery of the
 * locking statement would see them as they were when it started waiting).
 */
export async function lockReceivingState(db: Db, id: string): Promise<ReceivingState | undefined> {
  const [order] = rowsOf<Omit<ReceivingState, 'lines'>>(
    await db.execute(sql`
      SELECT o.id, o.number, o.status, o.version, o.received_from_status AS "receivedFromStatus"
      FROM purchase_orders o WHERE o.id = ${id} FOR UPDATE`),
  );
  if (!order) return undefined;
  const lines = rowsOf<ReceivingState['lines'][number]>(
    await db.execute(sql`
      SELECT l.line_no AS "lineNo", l.quantity::text AS quantity,
        l.quantity_short_closed::text AS "quantityShortClosed", l.quantity_received::text AS "quantityReceived",
        l.quantity_accepted::text AS "quantityAccepted", l.quantity_rejected::text AS "quantityRejected"
      FROM purchase_order_lines l WHERE l.purchase_order_id = ${id} ORDER BY l.line_no`),
  );
  return { ...order, lines };
}

/**
 * What one receipt, inspection, reversal or return changes on one order line: received, accepted,
 * rejected and returned quantities (signed), what a return for credit gives up (also added to the
 * short-closed quantity: it is no longer expected) and the new expected date a replacement brings.
 */
export type ReceivingLineDelta = {
  lineNo: number;
  received: string;
  accepted: string;
  rejected: string;
  returned?: string;
  credited?: string;
  promisedDate?: string | null;
};

/**
 * Adds what receiving recorded to the lines' quantities, and says whether anything is received and
 * everything expected accepted afterwards: one statement.
 */
export async function addReceivingQuantities(
  db: Db,
  purchaseOrderId: string,
  deltas: ReceivingLineDelta[],
): Promise<{ anyReceived: boolean; fullyReceived: boolean }> {
  const values = sql.join(
    deltas.map(
      (d) =>
        sql`(${d.lineNo}::int, ${d.received}::numeric, ${d.accepted}::numeric, ${d.rejected}::numeric, ${
          d.returned ?? '0'
        }::numeric, ${d.credited ?? '0'}::numeric, ${d.promisedDate ?? null}::date)`,
    ),
    sql`, `,
  );
  // The outer query sees the lines as they were: the updated ones come from the UPDATE's RETURNING.
  const result = await db.execute(sql`
    WITH updated AS (
      UPDATE purchase_order_lines AS l SET
        quantity_received = l.quantity_received + v.received,
        quantity_accepted = l.quantity_accepted + v.accepted,
        quantity_rejected = l.quantity_rejected + v.rejected,
        quantity_returned = l.quantity_returned + v.returned,
        quantity_credited = l.quantity_credited + v.credited,
        quantity_short_closed = l.quantity_short_closed + v.credited,
        promised_date = coalesce(v.promised_date, l.promised_date)
      FROM (VALUES ${values}) AS v(line_no, received, accepted, rejected, returned, credited, promised_date)
      WHERE l.purchase_order_id = ${purchaseOrderId} AND l.line_no = v.line_no
      RETURNING l.line_no, l.quantity, l.quantity_short_closed, l.quantity_received, l.quantity_accepted
    ), now_lines AS (
      SELECT quantity, quantity_short_closed, quantity_received, quantity_accepted FROM updated
      UNION ALL
      SELECT quantity, quantity_short_closed, quantity_received, quantity_accepted FROM purchase_order_lines l
      WHERE l.purchase_order_id = ${purchaseOrderId} AND l.line_no NOT IN (SELECT line_no FROM updated)
    )
    SELECT coalesce(bool_or(quantity_received > 0), false) AS "anyReceived",
      coalesce(bool_and(quantity_accepted >= quantity - quantity_short_closed), true) AS "fullyReceived"
    FROM now_lines`);
  const [row] = rowsOf<{ anyReceived: boolean; fullyReceived: boolean }>(result);
  return { anyReceived: Boolean(row?.anyReceived), fullyReceived: Boolean(row?.fullyReceived) };
}

/** An order as receiving reads it before it locks it: the header it names and each line's quantities. */
export type ReceivingViewRow = {
  id: string;
  number: string;
  status: PurchaseOrderStatus;
  version: number;
  supplierId: string;
  departmentId: string | null;
  buyerId: string;
  firstSentAt: Date | null;
  lines: {
    lineNo: number;
    itemId: string | null;
    description: string;
    unitCode: string;
    unitName: string;
    quantity: string;
    quantityShortClosed: string;
    quantityReceived: string;
    quantityAccepted: string;
    quantityRejected: string;
    /** The line's net amount (after discount, before tax): a service confirmed by amount is priced by it. */
    netAmount: string;
  }[];
};

/** The order and its lines as receiving needs them: one statement. */
export async function receivingView(db: Db, id: string): Promise<ReceivingViewRow | undefined> {
  const [row] = rowsOf<Omit<ReceivingViewRow, 'firstSentAt'> & { firstSentAt: string | null }>(
    await db.execute(sql`
      SELECT o.id, o.number, o.status, o.version, o.supplier_id AS "supplierId", o.department_id AS "departmentId",
        o.buyer_id AS "buyerId", o.first_sent_at AS "firstSentAt",
        coalesce((SELECT json_agg(json_build_object('lineNo', l.line_no, 'itemId', l.item_id,
            'description', l.description, 'unitCode', l.unit_code, 'unitName', u.name,
            'quantity', l.quantity::text, 'quantityShortClosed', l.quantity_short_closed::text,
            'quantityReceived', l.quantity_received::text, 'quantityAccepted', l.quantity_accepted::text,
            'quantityRejected', l.quantity_rejected::text, 'netAmount', l.net_amount::text) ORDER BY l.line_no)
          FROM purchase_order_lines l JOIN units u ON u.code = l.unit_code WHERE l.purchase_order_id = o.id), '[]'::json) AS lines
      FROM purchase_orders o WHERE o.id = ${id}`),
  );
  if (!row) return undefined;
  return { ...row, firstSentAt: row.firstSentAt ? new Date(row.firstSentAt) : null };
}

/** An order as invoicing matches against it: terms and each line's price, tax and quantities. */
export type InvoicingViewRow = {
  id: string;
  number: string;
  status: PurchaseOrderStatus;
  version: number;
  supplierId: string;
  departmentId: string | null;
  /** When it was first sent to the supplier (null: never): a supplier's user sees it only once sent. */
  firstSentAt: Date | null;
  costCentreId: string | null;
  buyerId: string;
  currency: string;
  paymentTermsNetDays: number;
  paymentTermsBasis: PaymentTermsBasis;
  earlyPaymentDiscountPercent: string | null;
  earlyPaymentDiscountDays: number | null;
  lines: {
    lineNo: number;
    itemId: string | null;
    categoryId: string | null;
    description: string;
    unitCode: string;
    unitName: string;
    quantity: string;
    quantityShortClosed: string;
    quantityAccepted: string;
    quantityBilled: string;
    unitPrice: string;
    discountPercent: string;
    taxCategory: TaxCategory;
    taxRate: string;
    /** The line's own, else its item's; three-way for a line without an item. */
    matchType: MatchType;
  }[];
};

/** The order and its lines as invoicing needs them: one statement. `for update` locks the order row. */
export async function invoicingView(
  db: Db,
  id: string,
  opts: { forUpdate?: boolean } = {},
): Promise<InvoicingViewRow | undefined> {
  const [row] = rowsOf<InvoicingViewRow>(
    await db.execute(sql`
      SELECT o.id, o.number, o.status, o.version, o.supplier_id AS "supplierId", o.department_id AS "departmentId",
        o.first_sent_at AS "firstSentAt", o.cost_centre_id AS "costCentreId", o.buyer_id AS "buyerId", o.currency, o.payment_terms_net_days AS "paymentTermsNetDays", o.payment_terms_basis AS "paymentTermsBasis",
        o.early_payment_discount_percent::text AS "earlyPaymentDiscountPercent",
        o.early_payment_discount_days AS "earlyPaymentDiscountDays",
        coalesce((SELECT json_agg(json_build_object('lineNo', l.line_no, 'itemId', l.item_id,
            'categoryId', coalesce(l.category_id, i.category_id),
            'description', l.description, 'unitCode', l.unit_code, 'unitName', u.name,
            'quantity', l.quantity::text, 'quantityShortClosed', l.quantity_short_closed::text,
            'quantityAccepted', l.quantity_accepted::text, 'quantityBilled', l.quantity_billed::text,
            'unitPrice', l.unit_price::text, 'discountPercent', l.discount_percent::text,
            'taxCategory', l.tax_category, 'taxRate', l.tax_rate::text,
            'matchType', coalesce(l.match_type, i.match_type, 'three_way')) ORDER BY l.line_no)
          FROM purchase_order_lines l JOIN units u ON u.code = l.unit_code
          LEFT JOIN items i ON i.id = l.item_id
          WHERE l.purchase_order_id = o.id), '[]'::json) AS lines
      FROM purchase_orders o WHERE o.id = ${id}${opts.forUpdate ? sql` FOR UPDATE OF o` : sql``}`),
  );
  return row;
}

/** The order with this number, if any. */
export async function findOrderIdByNumber(db: Db, number: string): Promise<string | undefined> {
  const [row] = rowsOf<{ id: string }>(
    await db.execute(sql`SELECT id FROM purchase_orders WHERE upper(number) = upper(${number.trim()})`),
  );
  return row?.id;
}

/**
 * Adds what matched invoices billed (signed, in each line's unit) to the lines' billed quantities,
 * and says whether every line is now fully accepted and fully billed: one statement.
 */
export async function addBilledQuantities(
  db: Db,
  purchaseOrderId: string,
  deltas: { lineNo: number; billed: string }[],
): Promise<{ settled: boolean }> {
  const values = sql.join(
    deltas.map((d) => sql`(${d.lineNo}::int, ${d.billed}::numeric)`),
    sql`, `,
  );
  const result = await db.execute(sql`
    WITH updated AS (
      UPDATE purchase_order_lines AS l SET quantity_billed = l.quantity_billed + v.billed
      FROM (VALUES ${values}) AS v(line_no, billed)
      WHERE l.purchase_order_id = ${purchaseOrderId} AND l.line_no = v.line_no
      RETURNING l.line_no, l.quantity - l.quantity_short_closed AS expected, l.quantity_accepted AS accepted,
        l.quantity_billed AS billed, coalesce(l.match_type, (SELECT i.match_type FROM items i WHERE i.id = l.item_id), 'three_way') AS match_type
    ), now_lines AS (
      SELECT expected, accepted, billed, match_type FROM updated
      UNION ALL
      SELECT l.quantity - l.quantity_short_closed, l.quantity_accepted, l.quantity_billed,
        coalesce(l.match_type, (SELECT i.match_type FROM items i WHERE i.id = l.item_id), 'three_way')
      FROM purchase_order_lines l
      WHERE l.purchase_order_id = ${purchaseOrderId} AND l.line_no NOT IN (SELECT line_no FROM updated)
    )
    SELECT coalesce(bool_and(CASE WHEN match_type = 'two_way' THEN billed >= expected
      ELSE accepted >= expected AND billed >= greatest(expected, accepted) END), false) AS settled
    FROM now_lines`);
  const [row] = rowsOf<{ settled: boolean }>(result);
  return { settled: Boolean(row?.settled) };
}

export type OrderLinePrices = {
  id: string;
  number: string;
  supplierId: string;
  supplierCode: string;
  supplierName: string;
  currency: string;
  exchangeRate: string;
  lines: { lineNo: number; quantity: string; netAmount: string }[];
};

/** Orders by id with their supplier and each line's quantity and net amount (one statement). */
export async function linePricesOf(db: Db, ids: string[]): Promise<OrderLinePrices[]> {
  if (ids.length === 0) return [];
  return rowsOf<OrderLinePrices>(
    await db.execute(sql`select o.id, o.number, o.supplier_id as "supplierId", s.code as "supplierCode",
        s.legal_name as "supplierName", o.currency, o.exchange_rate::text as "exchangeRate",
        (select json_agg(json_build_object('lineNo', l.line_no, 'quantity', l.quantity::text,
            'netAmount', l.net_amount::text) order by l.line_no)
          from ${purchaseOrderLines} l where l.purchase_order_id = o.id) as lines
      from ${purchaseOrders} o join ${suppliers} s on s.id = o.supplier_id
      where o.id in (select value::uuid from jsonb_array_elements_text(${JSON.stringify(ids)}::jsonb))`),
  );
}

/** These orders' numbers, currencies and the rates their base amounts were taken at. */
export async function exchangeRatesOf(db: Db, ids: string[]) {
  if (ids.length === 0) return [];
  return db
    .select({
      id: purchaseOrders.id,
      number: purchaseOrders.number,
      currency: purchaseOrders.currency,
      exchangeRate: purchaseOrders.exchangeRate,
      exchangeRateDate: purchaseOrders.exchangeRateDate,
    })
    .from(purchaseOrders)
    .where(inArray(purchaseOrders.id, ids));
}

// ── supplier evaluation ─────────────────────────────────────────────────────

/** An order line as supplier evaluation reads it (docs/evaluation.md). */
export type EvaluatedOrderLine = {
  lineNo: number;
  description: string;
  categoryId: string | null;
  itemId: string | null;
  quantity: string;
  /** The net amount per unit (after the line's discount), in the order's currency. */
  netUnitPrice: string;
  netAmount: string;
  neededBy: string | null;
  promisedDate: string | null;
  quantityShortClosed: string;
  /**
   * The net price per unit, in base currency, of the same item and unit on the order sent last
   * before this one; null: none.
   */
  lastNetUnitPriceBase: string | null;
};

/** A sent order as supplier evaluation reads it: when it went out, its due dates and lines. */
export type EvaluatedOrder = {
  id: string;
  number: string;
  supplierId: string;
  orderDate: string;
  currency: string;
  exchangeRate: string;
  expectedDeliveryDate: string | null;
  firstSentAt: Date;
  lines: EvaluatedOrderLine[];
};

/**
 * The sent orders among `ids` (never-sent ones are not evaluated), with their lines and, for lines
 * of an item, the last price paid for it before (on the line of the item and unit sent last before
 * this order was first sent; one probe of purchase_order_lines_item_sent_idx each): one statement.
 */
export async function ordersForEvaluation(db: Db, ids: string[]): Promise<EvaluatedOrder[]> {
  if (ids.length === 0) return [];
  const rows = rowsOf<Omit<EvaluatedOrder, 'firstSentAt'> & { firstSentAt: string | Date }>(
    await db.execute(sql`
      SELECT o.id, o.number, o.supplier_id AS "supplierId", o.order_date::text AS "orderDate",
        o.currency, o.exchange_rate::text AS "exchangeRate",
        o.expected_delivery_date::text AS "expectedDeliveryDate", o.first_sent_at AS "firstSentAt",
        (SELECT json_agg(json_build_object(
            'lineNo', l.line_no, 'description', l.description, 'categoryId', l.category_id,
            'itemId', l.item_id, 'quantity', l.quantity::text,
            'netUnitPrice', (l.net_amount / nullif(l.quantity, 0))::text, 'netAmount', l.net_amount::text,
            'neededBy', l.needed_by::text, 'promisedDate', l.promised_date::text,
            'quantityShortClosed', l.quantity_short_closed::text,
            'lastNetUnitPriceBase', (
              SELECT (last.net_amount / nullif(last.quantity, 0) * po.exchange_rate)::text
              FROM (SELECT pl.purchase_order_id, pl.net_amount, pl.quantity FROM purchase_order_lines pl
                WHERE l.item_id IS NOT NULL AND pl.item_id = l.item_id AND pl.unit_code = l.unit_code
                  AND pl.first_sent_at IS NOT NULL
                  AND (pl.first_sent_at, pl.purchase_order_id) < (o.first_sent_at, o.id)
                ORDER BY pl.first_sent_at DESC, pl.purchase_order_id DESC LIMIT 1) last
              JOIN purchase_orders po ON po.id = last.purchase_order_id)
          ) ORDER BY l.line_no)
          FROM purchase_order_lines l WHERE l.purchase_order_id = o.id) AS lines
      FROM purchase_orders o
      WHERE o.id = any(${sql.param(ids)}::uuid[]) AND o.first_sent_at IS NOT NULL`),
  );
  return rows.map((r) => ({ ...r, firstSentAt: new Date(r.firstSentAt), lines: r.lines ?? [] }));
}

/** Every sent order's id, in pages (rebuilding and verifying supplier scores walk them all). */
export async function sentOrderIdsAfter(db: Db, after: string | null, limit: number): Promise<string[]> {
  const rows = rowsOf<{ id: string }>(
    await db.execute(sql`
      SELECT id FROM purchase_orders
      WHERE first_sent_at IS NOT NULL ${after ? sql`AND id > ${after}` : sql``}
      ORDER BY id LIMIT ${limit}`),
  );
  return rows.map((r) => r.id);
}

/** The orders first sent after `after` (an instant, and an id on that instant) up to `until`, oldest first. */
export async function sentOrdersBetween(
  db: Db,
  after: { at: Date; id: string },
  until: Date,
  limit: number,
): Promise<{ id: string; firstSentAt: Date }[]> {
  const rows = rowsOf<{ id: string; firstSentAt: string | Date }>(
    await db.execute(sql`
      SELECT id, first_sent_at AS "firstSentAt" FROM purchase_orders
      WHERE (first_sent_at, id) > (${after.at.toISOString()}::timestamptz, ${after.id}::uuid)
        AND first_sent_at <= ${until.toISOString()}::timestamptz
      ORDER BY first_sent_at, id LIMIT ${limit}`),
  );
  return rows.map((r) => ({ id: r.id, firstSentAt: new Date(r.firstSentAt) }));
}

/** The buyers of a supplier's orders first sent since `since` (supplier evaluation's reviews). */
export async function buyersOfSupplier(db: Db, supplierId: string, since: Date): Promise<string[]> {
  const rows = rowsOf<{ id: string }>(
    await db.execute(sql`
      SELECT DISTINCT buyer_id AS id FROM purchase_orders
      WHERE supplier_id = ${supplierId} AND first_sent_at >= ${since.toISOString()}::timestamptz`),
  );
  return rows.map((r) => r.id);
}

/** The requisition lines each line of the order `id` orders, by order line number: one statement. */
export async function requisitionLinesOfOrder(
  db: Db,
  id: string,
): Promise<{ lineNo: number; requisitionLineId: string }[]> {
  return db
    .select({
      lineNo: purchaseOrderLines.lineNo,
      requisitionLineId: purchaseOrderLineSources.requisitionLineId,
    })
    .from(purchaseOrderLineSources)
    .innerJoin(purchaseOrderLines, eq(purchaseOrderLines.id, purchaseOrderLineSources.purchaseOrderLineId))
    .where(eq(purchaseOrderLines.purchaseOrderId, id))
    .orderBy(purchaseOrderLines.lineNo, purchaseOrderLineSources.requisitionLineId);
}
