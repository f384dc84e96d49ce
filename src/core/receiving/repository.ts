import { and, desc, eq, inArray, lt, type SQL, sql } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { inspections, receiptLines, receipts } from '../../db/schema';
import type { ReceiptKind } from '../../domain/receiving';
import { insertFromJson } from '../shared/sql';

/** The only SQL of receiving. Every function takes the database or a transaction. */

export type ReceiptRow = typeof receipts.$inferSelect;
export type ReceiptInsert = typeof receipts.$inferInsert;
export type ReceiptLineRow = typeof receiptLines.$inferSelect;
export type ReceiptLineInsert = typeof receiptLines.$inferInsert;
export type InspectionRow = typeof inspections.$inferSelect;
export type InspectionInsert = typeof inspections.$inferInsert;

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

/** Adds to receipt lines' reversed, accepted and rejected sums: one statement. */
export async function addToReceiptLines(
  db: Db,
  receiptId: string,
  deltas: { lineNo: number; reversed: string; accepted: string; rejected: string }[],
): Promise<void> {
  if (deltas.length === 0) return;
  const values = sql.join(
    deltas.map(
      (d) => sql`(${d.lineNo}::int, ${d.reversed}::numeric, ${d.accepted}::numeric, ${d.rejected}::numeric)`,
    ),
    sql`, `,
  );
  await db.execute(sql`
    UPDATE receipt_lines AS l SET
      quantity_reversed = l.quantity_reversed + v.reversed,
      quantity_accepted = l.quantity_accepted + v.accepted,
      quantity_rejected = l.quantity_rejected + v.rejected
    FROM (VALUES ${values}) AS v(line_no, reversed, accepted, rejected)
    WHERE l.receipt_id = ${receiptId} AND l.line_no = v.line_no`);
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
