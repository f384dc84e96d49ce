import { and, asc, desc, eq, gte, inArray, lt, lte, ne, notInArray, type SQL, sql } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { invoiceLines, invoiceMatches, invoices } from '../../db/schema';
import {
  type InvoiceStatus,
  REMATCHED_INVOICE_STATUSES,
  VOID_INVOICE_STATUSES,
} from '../../domain/invoicing';
import { insertFromJson, rowsOf } from '../shared/sql';

/** The only SQL of invoicing. Every function takes the database or a transaction. */

export type InvoiceRow = typeof invoices.$inferSelect;
export type InvoiceInsert = typeof invoices.$inferInsert;
export type InvoiceLineRow = typeof invoiceLines.$inferSelect;
export type InvoiceLineInsert = typeof invoiceLines.$inferInsert;
export type MatchRow = typeof invoiceMatches.$inferSelect;
export type MatchInsert = Omit<typeof invoiceMatches.$inferInsert, 'id'>;

/** An invoice and its lines in one statement, whatever the number of lines. */
export async function insertInvoice(db: Db, row: InvoiceInsert, lines: InvoiceLineInsert[]): Promise<void> {
  await db.execute(
    sql`with inserted_invoice as (${insertFromJson(invoices, [row])}),
      inserted_lines as (${insertFromJson(invoiceLines, lines)}) select 1`,
  );
}

export async function findInvoice(db: Db, id: string): Promise<InvoiceRow | undefined> {
  const [row] = await db.select().from(invoices).where(eq(invoices.id, id)).limit(1);
  return row;
}

/** The invoice locked for update (a transition or a match). */
export async function lockInvoice(db: Db, id: string): Promise<InvoiceRow | undefined> {
  const [row] = await db.select().from(invoices).where(eq(invoices.id, id)).limit(1).for('update');
  return row;
}

export async function linesOf(db: Db, invoiceIds: string[]): Promise<InvoiceLineRow[]> {
  if (invoiceIds.length === 0) return [];
  return db
    .select()
    .from(invoiceLines)
    .where(inArray(invoiceLines.invoiceId, invoiceIds))
    .orderBy(invoiceLines.invoiceId, invoiceLines.lineNo);
}

/** Writes the patch if the invoice is still at `version`: the row as written, or undefined. */
export async function updateInvoice(
  db: Db,
  id: string,
  version: number,
  patch: Partial<InvoiceInsert>,
): Promise<InvoiceRow | undefined> {
  const [row] = await db
    .update(invoices)
    .set({ ...patch, version: version + 1 })
    .where(and(eq(invoices.id, id), eq(invoices.version, version)))
    .returning();
  return row;
}

/** What the last match said of each line: one statement. */
export async function updateLineMatches(
  db: Db,
  invoiceId: string,
  lines: {
    lineNo: number;
    orderUnitQuantity: string | null;
    orderUnitPrice: string | null;
    matchType: string | null;
    matchStatus: string;
    priceVariance: string | null;
    quantityVariance: string | null;
    matchExplanation: string;
  }[],
): Promise<void> {
  if (lines.length === 0) return;
  await db.execute(sql`
    UPDATE invoice_lines AS l SET order_unit_quantity = v."orderUnitQuantity", order_unit_price = v."orderUnitPrice",
      match_type = v."matchType", match_status = v."matchStatus", price_variance = v."priceVariance",
      quantity_variance = v."quantityVariance", match_explanation = v."matchExplanation"
    FROM jsonb_to_recordset(${JSON.stringify(lines)}::jsonb) AS v("lineNo" int, "orderUnitQuantity" numeric,
      "orderUnitPrice" numeric, "matchType" text, "matchStatus" text, "priceVariance" numeric,
      "quantityVariance" numeric, "matchExplanation" text)
    WHERE l.invoice_id = ${invoiceId} AND l.line_no = v."lineNo"`);
}

/** The invoice a supplier's (normalised) number belongs to, if a live one has it. */
export async function findBySupplierKey(
  db: Db,
  supplierId: string,
  key: string,
): Promise<{ id: string; number: string; status: InvoiceStatus } | undefined> {
  const [row] = await db
    .select({ id: invoices.id, number: invoices.number, status: invoices.status })
    .from(invoices)
    .where(
      and(
        eq(invoices.supplierId, supplierId),
        eq(invoices.supplierInvoiceKey, key),
        notInArray(invoices.status, [...VOID_INVOICE_STATUSES]),
      ),
    )
    .limit(1);
  return row;
}

/**
 * A supplier's live invoices that could be the same as one: the same payable amount and kind
 * issued within `days` of it, or any issued within a year (whose numbers the caller compares).
 */
export async function duplicateCandidates(
  db: Db,
  opts: {
    id: string;
    supplierId: string;
    kind: string;
    issueDate: string;
    yearBefore: string;
    yearAfter: string;
  },
): Promise<
  { id: string; number: string; supplierInvoiceKey: string; payableAmount: string; issueDate: string }[]
> {
  return db
    .select({
      id: invoices.id,
      number: invoices.number,
      supplierInvoiceKey: invoices.supplierInvoiceKey,
      payableAmount: invoices.payableAmount,
      issueDate: invoices.issueDate,
    })
    .from(invoices)
    .where(
      and(
        eq(invoices.supplierId, opts.supplierId),
        eq(invoices.kind, opts.kind as InvoiceRow['kind']),
        ne(invoices.id, opts.id),
        notInArray(invoices.status, [...VOID_INVOICE_STATUSES, 'draft']),
        gte(invoices.issueDate, opts.yearBefore),
        lte(invoices.issueDate, opts.yearAfter),
      ),
    )
    .orderBy(asc(invoices.seq))
    .limit(5000);
}

/** Per order line: what consuming invoices took in all (credit notes netted), and of it as variance. */
export async function ledgerByOrderLine(
  db: Db,
  purchaseOrderId: string,
): Promise<Map<number, { consumed: string; variance: string }>> {
  const rows = rowsOf<{ lineNo: number; consumed: string; variance: string }>(
    await db.execute(sql`
      SELECT order_line_no AS "lineNo", sum(quantity)::text AS consumed,
        coalesce(sum(quantity) FILTER (WHERE variance), 0)::text AS variance
      FROM invoice_matches WHERE purchase_order_id = ${purchaseOrderId} GROUP BY order_line_no`),
  );
  return new Map(rows.map((r) => [r.lineNo, { consumed: r.consumed, variance: r.variance }]));
}

export async function insertMatches(db: Db, rows: MatchInsert[]): Promise<void> {
  if (rows.length === 0) return;
  await db.execute(insertFromJson(invoiceMatches, rows));
}

/** An invoice's ledger entries netted per order line and receipt line (what giving it back reverses). */
export async function netMatchesOf(
  db: Db,
  invoiceId: string,
): Promise<
  {
    invoiceLineNo: number;
    orderLineNo: number;
    receiptId: string | null;
    receiptLineNo: number | null;
    variance: boolean;
    quantity: string;
    amount: string;
  }[]
> {
  return rowsOf(
    await db.execute(sql`
      SELECT invoice_line_no AS "invoiceLineNo", order_line_no AS "orderLineNo", receipt_id AS "receiptId",
        receipt_line_no AS "receiptLineNo", variance, sum(quantity)::text AS quantity, sum(amount)::text AS amount
      FROM invoice_matches WHERE invoice_id = ${invoiceId}
      GROUP BY invoice_line_no, order_line_no, receipt_id, receipt_line_no, variance
      HAVING sum(quantity) <> 0
      ORDER BY invoice_line_no, order_line_no`),
  );
}

/** The ledger entries of these invoices, oldest first. */
export async function matchesOf(db: Db, invoiceIds: string[]): Promise<MatchRow[]> {
  if (invoiceIds.length === 0) return [];
  return db
    .select()
    .from(invoiceMatches)
    .where(inArray(invoiceMatches.invoiceId, invoiceIds))
    .orderBy(invoiceMatches.id);
}

export type InvoiceFilter = {
  status?: InvoiceStatus[];
  supplierId?: string;
  purchaseOrderId?: string;
  dueBefore?: string;
  /** Only these departments' orders' invoices (null: all). */
  departmentIds?: string[] | null;
};

/** A page of invoices, newest first, by `seq`. */
export async function listInvoices(
  db: Db,
  filter: InvoiceFilter,
  page: { limit: number; beforeSeq: number | null },
): Promise<InvoiceRow[]> {
  const where: SQL[] = [];
  if (filter.status?.length) where.push(inArray(invoices.status, filter.status));
  if (filter.supplierId) where.push(eq(invoices.supplierId, filter.supplierId));
  if (filter.purchaseOrderId) where.push(eq(invoices.purchaseOrderId, filter.purchaseOrderId));
  if (filter.dueBefore) where.push(lte(invoices.dueDate, filter.dueBefore));
  if (page.beforeSeq !== null) where.push(lt(invoices.seq, page.beforeSeq));
  return db
    .select()
    .from(invoices)
    .where(and(...where))
    .orderBy(desc(invoices.seq))
    .limit(page.limit + 1);
}

/** An order's invoices that wait for goods or are exceptions (a receipt may settle them), oldest first. */
export async function rematchableOf(
  db: Db,
  purchaseOrderId: string,
): Promise<{ id: string; version: number }[]> {
  return db
    .select({ id: invoices.id, version: invoices.version })
    .from(invoices)
    .where(
      and(
        eq(invoices.purchaseOrderId, purchaseOrderId),
        inArray(invoices.status, [...REMATCHED_INVOICE_STATUSES]),
      ),
    )
    .orderBy(asc(invoices.seq))
    .limit(100);
}
