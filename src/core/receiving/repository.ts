import { and, desc, eq, inArray, lt, type SQL, sql } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { inspections, receiptLines, receipts, supplierReturnLines, supplierReturns } from '../../db/schema';
import type { ReceiptKind, RejectionReason, ReturnRemedy } from '../../domain/receiving';
import { insertFromJson, rowsOf } from '../shared/sql';

/** The only SQL of receiving. Every function takes the database or a transaction. */

export type ReceiptRow = typeof receipts.$inferSelect;
export type ReceiptInsert = typeof receipts.$inferInsert;
export type ReceiptLineRow = typeof receiptLines.$inferSelect;
export type ReceiptLineInsert = typeof receiptLines.$inferInsert;
export type InspectionRow = typeof inspections.$inferSelect;
export type InspectionInsert = typeof inspections.$inferInsert;
export type ReturnRow = typeof supplierReturns.$inferSelect;
export type ReturnInsert = typeof supplierReturns.$inferInsert;
export type ReturnLineRow = typeof supplierReturnLines.$inferSelect;

/** A receipt and its lines in one statement, whatever the number of lines. */
export async function insertReceipt(db: Db, row: ReceiptInsert, lines: ReceiptLineInsert[]): Promise<void> {
  await db.execute(
    sql`with inserted_receipt as (${insertFromJson(receipts, [row])}),
      inserted_lines as (${insertFromJson(receiptLines, lines)}) select 1`,
  );
}

export async function findReceipt(db: Db, id: string): Promise<ReceiptRow | undefined> {
  const [row] = await db.select().from(receipts).where(eq(receipts.id, id)).limit(1);
  return row;
}

/** A receipt's lines, locked: a reversal or an inspection changes their sums. */
export async function lockReceiptLines(db: Db, receiptId: string): Promise<ReceiptLineRow[]> {
  return db
    .select()
    .from(receiptLines)
    .where(eq(receiptLines.receiptId, receiptId))
    .orderBy(receiptLines.lineNo)
    .for('update');
}

export async function linesOf(db: Db, receiptIds: string[]): Promise<ReceiptLineRow[]> {
  if (receiptIds.length === 0) return [];
  return db
    .select()
    .from(receiptLines)
    .where(inArray(receiptLines.receiptId, receiptIds))
    .orderBy(receiptLines.receiptId, receiptLines.lineNo);
}

export async function inspectionsOf(db: Db, receiptIds: string[]): Promise<InspectionRow[]> {
  if (receiptIds.length === 0) return [];
  return db
    .select()
    .from(inspections)
    .where(inArray(inspections.receiptId, receiptIds))
    .orderBy(inspections.seq);
}

/** Adds to receipt lines' reversed, accepted, rejected and returned sums: one statement. */
export async function addToReceiptLines(
  db: Db,
  receiptId: string,
  deltas: { lineNo: number; reversed: string; accepted: string; rejected: string; returned?: string }[],
): Promise<void> {
  if (deltas.length === 0) return;
  const values = sql.join(
    deltas.map(
      (d) =>
        sql`(${d.lineNo}::int, ${d.reversed}::numeric, ${d.accepted}::numeric, ${d.rejected}::numeric, ${
          d.returned ?? '0'
        }::numeric)`,
    ),
    sql`, `,
  );
  await db.execute(sql`
    UPDATE receipt_lines AS l SET
      quantity_reversed = l.quantity_reversed + v.reversed,
      quantity_accepted = l.quantity_accepted + v.accepted,
      quantity_rejected = l.quantity_rejected + v.rejected,
      quantity_returned = l.quantity_returned + v.returned
    FROM (VALUES ${values}) AS v(line_no, reversed, accepted, rejected, returned)
    WHERE l.receipt_id = ${receiptId} AND l.line_no = v.line_no`);
}

/** A return and its lines in one statement, whatever the number of lines. */
export async function insertReturn(db: Db, row: ReturnInsert, lines: ReturnLineRow[]): Promise<void> {
  await db.execute(
    sql`with inserted_return as (${insertFromJson(supplierReturns, [row])}),
      inserted_lines as (${insertFromJson(supplierReturnLines, lines)}) select 1`,
  );
}

export async function findReturn(db: Db, id: string): Promise<ReturnRow | undefined> {
  const [row] = await db.select().from(supplierReturns).where(eq(supplierReturns.id, id)).limit(1);
  return row;
}

export async function returnLinesOf(db: Db, returnIds: string[]): Promise<ReturnLineRow[]> {
  if (returnIds.length === 0) return [];
  return db
    .select()
    .from(supplierReturnLines)
    .where(inArray(supplierReturnLines.returnId, returnIds))
    .orderBy(supplierReturnLines.returnId, supplierReturnLines.lineNo);
}

export type ReturnFilter = {
  purchaseOrderId?: string;
  receiptId?: string;
  supplierId?: string;
  remedy?: ReturnRemedy;
  /** Recorded on or after / before (dates). */
  from?: string;
  to?: string;
};

/** Returns newest first, strictly before the cursor's position; `departmentId` as for receipts. */
export async function listReturns(
  db: Db,
  opts: { filter: ReturnFilter; departmentId?: string | null; beforeSeq?: number; limit: number },
): Promise<ReturnRow[]> {
  const f = opts.filter;
  const r = supplierReturns;
  const where: (SQL | undefined)[] = [
    f.purchaseOrderId ? eq(r.purchaseOrderId, f.purchaseOrderId) : undefined,
    f.receiptId ? eq(r.receiptId, f.receiptId) : undefined,
    f.supplierId ? eq(r.supplierId, f.supplierId) : undefined,
    f.remedy ? eq(r.remedy, f.remedy) : undefined,
    f.from ? sql`${r.recordedAt} >= ${f.from}::date` : undefined,
    f.to ? sql`${r.recordedAt} < ${f.to}::date + 1` : undefined,
    opts.departmentId !== undefined
      ? opts.departmentId
        ? eq(r.departmentId, opts.departmentId)
        : sql`false`
      : undefined,
    opts.beforeSeq !== undefined ? lt(r.seq, opts.beforeSeq) : undefined,
  ];
  return db
    .select()
    .from(r)
    .where(and(...where))
    .orderBy(desc(r.seq))
    .limit(opts.limit);
}

export async function insertInspections(db: Db, rows: InspectionInsert[]): Promise<void> {
  if (rows.length === 0) return;
  await db.insert(inspections).values(rows);
}

export type ReceiptFilter = {
  purchaseOrderId?: string;
  kind?: ReceiptKind;
  /** Receipts with a line awaiting inspection. */
  pendingInspection?: boolean;
  /** Receipts with goods rejected at inspection and not yet returned to the supplier. */
  awaitingReturn?: boolean;
  /** Received on or after / before. */
  from?: string;
  to?: string;
};

/** Receipts newest first, strictly before the cursor's position. */
export async function listReceipts(
  db: Db,
  opts: { filter: ReceiptFilter; departmentId?: string | null; beforeSeq?: number; limit: number },
): Promise<ReceiptRow[]> {
  const f = opts.filter;
  const where: (SQL | undefined)[] = [
    f.purchaseOrderId ? eq(receipts.purchaseOrderId, f.purchaseOrderId) : undefined,
    f.kind ? eq(receipts.kind, f.kind) : undefined,
    f.from ? sql`${receipts.receivedOn} >= ${f.from}` : undefined,
    f.to ? sql`${receipts.receivedOn} <= ${f.to}` : undefined,
    f.pendingInspection
      ? sql`exists (select 1 from receipt_lines l where l.receipt_id = ${receipts.id} and l.inspection_required
          and l.quantity - l.quantity_reversed - l.quantity_accepted - l.quantity_rejected > 0)`
      : undefined,
    f.awaitingReturn
      ? sql`exists (select 1 from receipt_lines l where l.receipt_id = ${receipts.id}
          and l.quantity_rejected > l.quantity_returned)`
      : undefined,
    opts.departmentId !== undefined ? departmentIs(opts.departmentId) : undefined,
    opts.beforeSeq !== undefined ? lt(receipts.seq, opts.beforeSeq) : undefined,
  ];
  return db
    .select()
    .from(receipts)
    .where(and(...where))
    .orderBy(desc(receipts.seq))
    .limit(opts.limit);
}

/** A pending line of the inspection queue: oldest receipt first. */
export type PendingLineRow = ReceiptLineRow & { receipt: ReceiptRow };

/** Lines awaiting inspection, oldest first, after the cursor's position. */
export async function listPendingLines(
  db: Db,
  opts: { departmentId?: string | null; after?: { seq: number; lineNo: number }; limit: number },
): Promise<PendingLineRow[]> {
  const l = receiptLines;
  const rows = await db
    .select({ line: receiptLines, receipt: receipts })
    .from(receiptLines)
    .innerJoin(receipts, eq(receipts.id, l.receiptId))
    .where(
      and(
        sql`${l.inspectionRequired} and ${l.quantity} - ${l.quantityReversed} - ${l.quantityAccepted} - ${l.quantityRejected} > 0`,
        opts.departmentId !== undefined ? departmentIs(opts.departmentId) : undefined,
        opts.after
          ? sql`(${receipts.seq}, ${l.lineNo}) > (${opts.after.seq}, ${opts.after.lineNo})`
          : undefined,
      ),
    )
    .orderBy(receipts.seq, l.lineNo)
    .limit(opts.limit);
  return rows.map((r) => ({ ...r.line, receipt: r.receipt }));
}

/** Receipts of one department's orders (null: of none: the actor sees no department's). */
function departmentIs(departmentId: string | null): SQL {
  return departmentId ? eq(receipts.departmentId, departmentId) : sql`false`;
}

/** A receipt line's accepted quantity and what invoices consumed of it (invoicing's match). */
export type InvoicableLineRow = {
  receiptId: string;
  receiptNumber: string;
  receivedOn: string;
  lineNo: number;
  quantityAccepted: string;
  quantityInvoiced: string;
};

/** The accepted lines of an order's receipts, oldest receipt first: one statement. */
export async function invoicableLines(db: Db, purchaseOrderId: string): Promise<InvoicableLineRow[]> {
  const result = await db.execute(sql`
    SELECT r.id AS "receiptId", r.number AS "receiptNumber", r.received_on::text AS "receivedOn", l.line_no AS "lineNo",
      l.quantity_accepted::text AS "quantityAccepted", l.quantity_invoiced::text AS "quantityInvoiced"
    FROM receipts r JOIN receipt_lines l ON l.receipt_id = r.id
    WHERE r.purchase_order_id = ${purchaseOrderId} AND r.kind = 'receipt'
      AND (l.quantity_accepted > 0 OR l.quantity_invoiced > 0)
    ORDER BY r.seq, l.line_no`);
  return rowsOf<InvoicableLineRow>(result);
}

/**
 * Adds what invoices consumed (signed) to receipt lines' invoiced quantities: one statement. The
 * table's check refuses more than was accepted, so accepted goods are never invoiced twice.
 */
export async function addInvoiced(
  db: Db,
  entries: { receiptId: string; lineNo: number; quantity: string }[],
): Promise<void> {
  if (entries.length === 0) return;
  const values = sql.join(
    entries.map((e) => sql`(${e.receiptId}::uuid, ${e.lineNo}::int, ${e.quantity}::numeric)`),
    sql`, `,
  );
  await db.execute(sql`
    UPDATE receipt_lines AS l SET quantity_invoiced = l.quantity_invoiced + v.quantity
    FROM (SELECT receipt_id, line_no, sum(quantity) AS quantity
      FROM (VALUES ${values}) AS e(receipt_id, line_no, quantity) GROUP BY receipt_id, line_no) AS v
    WHERE l.receipt_id = v.receipt_id AND l.line_no = v.line_no`);
}

/** The first moment after the day `asOf` (UTC): what happened on that day counts. */
export function endOfDay(asOf: string): SQL {
  return sql`((${asOf}::date + 1)::timestamp at time zone 'UTC')`;
}

/**
 * What was accepted of each order line by the end of `asOf`: receipts on or before it of lines not
 * inspected, less their reversals on or before it, plus what inspections accepted by then. Order
 * lines with nothing accepted are left out. One statement over receipts and inspections.
 */
export async function acceptedAsOf(
  db: Db,
  q: { asOf: string; purchaseOrderId?: string; supplierId?: string },
): Promise<{ purchaseOrderId: string; lineNo: number; accepted: string }[]> {
  const order = q.purchaseOrderId ? sql`and r.purchase_order_id = ${q.purchaseOrderId}` : sql``;
  const supplier = q.supplierId ? sql`and r.supplier_id = ${q.supplierId}` : sql``;
  const rows = rowsOf<{ purchaseOrderId: string; lineNo: number; accepted: string }>(
    await db.execute(sql`select "purchaseOrderId", "lineNo", sum(q)::text as accepted from (
        select r.purchase_order_id as "purchaseOrderId", l.line_no as "lineNo",
          case when r.kind = 'receipt' then l.quantity else -l.quantity end as q
        from ${receipts} r
        join ${receiptLines} l on l.receipt_id = r.id
        left join ${receiptLines} reversed
          on r.kind = 'reversal' and reversed.receipt_id = r.reverses_receipt_id and reversed.line_no = l.line_no
        where r.received_on <= ${q.asOf}::date ${order} ${supplier}
          and not (case when r.kind = 'receipt' then l.inspection_required else coalesce(reversed.inspection_required, false) end)
        union all
        select r.purchase_order_id, i.line_no, i.quantity_accepted
        from ${inspections} i join ${receipts} r on r.id = i.receipt_id
        where i.inspected_at < ${endOfDay(q.asOf)} and i.quantity_accepted <> 0 ${order} ${supplier}
      ) moved group by 1, 2 having sum(q) <> 0`),
  );
  return rows.map((r) => ({ ...r, lineNo: Number(r.lineNo) }));
}

// ── supplier evaluation ─────────────────────────────────────────────────────

/** What arrived of one order line on one day (a receipt's line less what reversals took back). */
export type ReceivedDelivery = {
  lineNo: number;
  receiptNumber: string;
  receivedOn: string;
  quantity: string;
};

/** One inspection's verdict on an order line's goods. */
export type InspectionVerdict = {
  lineNo: number;
  accepted: string;
  rejected: string;
  rejectionReason: RejectionReason | null;
};

/** Goods of an order line sent back, and what was asked for them. */
export type ReturnedGoods = { lineNo: number; returnNumber: string; quantity: string; remedy: ReturnRemedy };

/** What receiving recorded of an order, as supplier evaluation reads it (docs/evaluation.md). */
export type ReceivingFacts = {
  deliveries: ReceivedDelivery[];
  inspections: InspectionVerdict[];
  returns: ReturnedGoods[];
};

/** The receipts, inspections and returns of the orders `ids`, by order: one statement. */
export async function receivingFactsOfOrders(db: Db, ids: string[]): Promise<Map<string, ReceivingFacts>> {
  const out = new Map<string, ReceivingFacts>();
  if (ids.length === 0) return out;
  const rows = rowsOf<{ orderId: string; kind: 'd' | 'i' | 'r'; fact: Record<string, unknown> }>(
    await db.execute(sql`
      SELECT r.purchase_order_id AS "orderId", 'd' AS kind, json_build_object('lineNo', rl.line_no,
          'receiptNumber', r.number, 'receivedOn', r.received_on::text,
          'quantity', (rl.quantity - rl.quantity_reversed)::text) AS fact
        FROM receipts r JOIN receipt_lines rl ON rl.receipt_id = r.id
        WHERE r.purchase_order_id = any(${sql.param(ids)}::uuid[]) AND r.kind = 'receipt'
          AND rl.quantity > rl.quantity_reversed
      UNION ALL
      SELECT i.purchase_order_id, 'i', json_build_object('lineNo', i.line_no,
          'accepted', i.quantity_accepted::text, 'rejected', i.quantity_rejected::text,
          'rejectionReason', i.rejection_reason)
        FROM inspections i WHERE i.purchase_order_id = any(${sql.param(ids)}::uuid[])
      UNION ALL
      SELECT s.purchase_order_id, 'r', json_build_object('lineNo', sl.line_no, 'returnNumber', s.number,
          'quantity', sl.quantity::text, 'remedy', s.remedy)
        FROM supplier_returns s JOIN supplier_return_lines sl ON sl.return_id = s.id
        WHERE s.purchase_order_id = any(${sql.param(ids)}::uuid[])`),
  );
  for (const r of rows) {
    let facts = out.get(r.orderId);
    if (!facts) {
      facts = { deliveries: [], inspections: [], returns: [] };
      out.set(r.orderId, facts);
    }
    if (r.kind === 'd') facts.deliveries.push(r.fact as ReceivedDelivery);
    else if (r.kind === 'i') facts.inspections.push(r.fact as InspectionVerdict);
    else facts.returns.push(r.fact as ReturnedGoods);
  }
  return out;
}

/** Who recorded receipts of the order `id` that still hold something (not reversed in full): one statement. */
export async function receiversOfOrder(db: Db, id: string): Promise<string[]> {
  const rows = await db
    .selectDistinct({ userId: receipts.recordedBy })
    .from(receipts)
    .innerJoin(receiptLines, eq(receiptLines.receiptId, receipts.id))
    .where(
      and(
        eq(receipts.purchaseOrderId, id),
        eq(receipts.kind, 'receipt'),
        sql`${receiptLines.quantity} > ${receiptLines.quantityReversed}`,
      ),
    )
    .orderBy(receipts.recordedBy);
  return rows.map((r) => r.userId);
}
