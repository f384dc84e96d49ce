import {
  and,
  asc,
  desc,
  eq,
  gte,
  ilike,
  inArray,
  lt,
  lte,
  ne,
  notInArray,
  or,
  type SQL,
  sql,
} from 'drizzle-orm';
import type { Db } from '../../db/client';
import { invoiceLines, invoiceMatches, invoices } from '../../db/schema';
import {
  ACTUAL_SPEND_INVOICE_STATUSES,
  type AgingBucket,
  type InvoiceKind,
  type InvoiceStatus,
  OPEN_PAYABLE_INVOICE_STATUSES,
  REMATCHED_INVOICE_STATUSES,
  VOID_INVOICE_STATUSES,
} from '../../domain/invoicing';
import { likeEscape } from '../shared/pagination';
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

/** These invoices (any number, one statement); missing ids are left out. */
export async function findInvoices(db: Db, ids: string[]): Promise<InvoiceRow[]> {
  if (ids.length === 0) return [];
  return db.select().from(invoices).where(inArray(invoices.id, ids));
}

export async function linesOf(db: Db, invoiceIds: string[]): Promise<InvoiceLineRow[]> {
  if (invoiceIds.length === 0) return [];
  return db
    .select()
    .from(invoiceLines)
    .where(inArray(invoiceLines.invoiceId, invoiceIds))
    .orderBy(invoiceLines.invoiceId, invoiceLines.lineNo);
}

/**
 * A draft's new content over its old: the header columns and the complete set of lines, if the
 * invoice is still at `version` (and a draft). The row as written, or undefined.
 */
export async function replaceDraft(
  db: Db,
  id: string,
  version: number,
  patch: Partial<InvoiceInsert>,
  lines: InvoiceLineInsert[],
): Promise<InvoiceRow | undefined> {
  const [row] = await db
    .update(invoices)
    .set({ ...patch, version: version + 1 })
    .where(and(eq(invoices.id, id), eq(invoices.version, version), eq(invoices.status, 'draft')))
    .returning();
  if (!row) return undefined;
  await db.delete(invoiceLines).where(eq(invoiceLines.invoiceId, id));
  await db.execute(insertFromJson(invoiceLines, lines));
  return row;
}

/**
 * What an order's invoices bill that the ledger has not consumed yet, per order line in its unit
 * (credit notes negative): drafts, invoices waiting for goods, exceptions and those held from them.
 */
export async function pendingByOrderLine(db: Db, purchaseOrderId: string): Promise<Map<number, string>> {
  const rows = rowsOf<{ lineNo: number; quantity: string }>(
    await db.execute(sql`
      SELECT l.order_line_no AS "lineNo",
        sum(CASE WHEN i.kind = 'credit_note' THEN -1 ELSE 1 END * coalesce(l.order_unit_quantity, l.quantity))::text AS quantity
      FROM invoice_lines l JOIN invoices i ON i.id = l.invoice_id
      WHERE i.purchase_order_id = ${purchaseOrderId} AND l.order_line_no IS NOT NULL
        AND (i.status IN ('draft', 'matching', 'exception')
          OR (i.status = 'on_hold' AND i.held_from_status IN ('draft', 'matching', 'exception')))
      GROUP BY l.order_line_no`),
  );
  return new Map(rows.map((r) => [r.lineNo, r.quantity]));
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
  exceptInvoiceId?: string,
): Promise<{ id: string; number: string; status: InvoiceStatus } | undefined> {
  const [row] = await db
    .select({ id: invoices.id, number: invoices.number, status: invoices.status })
    .from(invoices)
    .where(
      and(
        eq(invoices.supplierId, supplierId),
        eq(invoices.supplierInvoiceKey, key),
        notInArray(invoices.status, [...VOID_INVOICE_STATUSES]),
        ...(exceptInvoiceId ? [ne(invoices.id, exceptInvoiceId)] : []),
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
  /** Part of our number or of the supplier's invoice number, any case. */
  q?: string;
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
  if (filter.q) {
    const like = `%${likeEscape(filter.q)}%`;
    where.push(or(ilike(invoices.number, like), ilike(invoices.supplierInvoiceNumber, like))!);
  }
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

/** What a payment run needs of an invoice it may pay. */
export type PayableRow = Pick<
  InvoiceRow,
  | 'id'
  | 'number'
  | 'kind'
  | 'status'
  | 'version'
  | 'supplierId'
  | 'supplierInvoiceNumber'
  | 'purchaseOrderId'
  | 'purchaseOrderNumber'
  | 'currency'
  | 'issueDate'
  | 'payableAmount'
  | 'payableAmountBase'
  | 'amountPaid'
  | 'discountTaken'
  | 'dueDate'
  | 'discountDate'
  | 'earlyPaymentDiscountPercent'
  | 'bankAccount'
  | 'exceptions'
>;

const payableColumns = {
  id: invoices.id,
  number: invoices.number,
  kind: invoices.kind,
  status: invoices.status,
  version: invoices.version,
  supplierId: invoices.supplierId,
  supplierInvoiceNumber: invoices.supplierInvoiceNumber,
  purchaseOrderId: invoices.purchaseOrderId,
  purchaseOrderNumber: invoices.purchaseOrderNumber,
  currency: invoices.currency,
  issueDate: invoices.issueDate,
  payableAmount: invoices.payableAmount,
  payableAmountBase: invoices.payableAmountBase,
  amountPaid: invoices.amountPaid,
  discountTaken: invoices.discountTaken,
  dueDate: invoices.dueDate,
  discountDate: invoices.discountDate,
  earlyPaymentDiscountPercent: invoices.earlyPaymentDiscountPercent,
  bankAccount: invoices.bankAccount,
  exceptions: invoices.exceptions,
};

/** The most invoices one proposal reads (a run pays at most MAX_PAYMENT_RUN_LINES of them). */
const MAX_PAYABLE = 100_000;

/**
 * Invoices approved for payment that are due by `dueBy` or whose discount date falls before
 * `discountBefore`, and every approved credit note of the suppliers and currencies they are for:
 * one statement, oldest due first.
 */
export async function payableInvoices(
  db: Db,
  opts: { dueBy: string; discountBefore: string; currency?: string | null; supplierId?: string | null },
): Promise<PayableRow[]> {
  return rowsOf<PayableRow>(
    await db.execute(sql`
      WITH due AS (
        SELECT * FROM invoices
        WHERE status = 'approved_for_payment' AND kind = 'invoice'
          AND (due_date <= ${opts.dueBy} OR (discount_date IS NOT NULL AND discount_date < ${opts.discountBefore}))
          ${opts.currency ? sql`AND currency = ${opts.currency}` : sql``}
          ${opts.supplierId ? sql`AND supplier_id = ${opts.supplierId}` : sql``}
      ), credits AS (
        SELECT c.* FROM invoices c
        WHERE c.status = 'approved_for_payment' AND c.kind = 'credit_note'
          AND (c.supplier_id, c.currency) IN (SELECT DISTINCT supplier_id, currency FROM due)
      )
      SELECT id, number, kind, status, version, supplier_id AS "supplierId",
        supplier_invoice_number AS "supplierInvoiceNumber", purchase_order_id AS "purchaseOrderId",
        purchase_order_number AS "purchaseOrderNumber", currency, issue_date::text AS "issueDate",
        payable_amount::text AS "payableAmount", payable_amount_base::text AS "payableAmountBase",
        amount_paid::text AS "amountPaid", discount_taken::text AS "discountTaken", due_date::text AS "dueDate",
        discount_date::text AS "discountDate", early_payment_discount_percent::text AS "earlyPaymentDiscountPercent",
        bank_account AS "bankAccount", exceptions
      FROM (SELECT * FROM due UNION ALL SELECT * FROM credits) i
      ORDER BY due_date, seq
      LIMIT ${MAX_PAYABLE}`),
  );
}

/** These invoices locked for update, in id order (two runs confirmed at once lock in the same order). */
export async function lockPayable(db: Db, ids: string[]): Promise<PayableRow[]> {
  if (ids.length === 0) return [];
  return db
    .select(payableColumns)
    .from(invoices)
    .where(inArray(invoices.id, ids))
    .orderBy(asc(invoices.id))
    .for('update');
}

/**
 * Sets each invoice's status (and what was paid or discounted so far, added to): one statement,
 * each row's version moved on.
 */
export async function updatePaymentStates(
  db: Db,
  rows: { id: string; status: InvoiceStatus; paid: string; discount: string; paidAt: Date | null }[],
  at: Date,
): Promise<void> {
  if (rows.length === 0) return;
  await db.execute(sql`
    UPDATE invoices AS i SET status = v.status, amount_paid = i.amount_paid + v.paid,
      discount_taken = i.discount_taken + v.discount, paid_at = coalesce(v."paidAt", i.paid_at),
      version = i.version + 1, updated_at = ${at}
    FROM jsonb_to_recordset(${JSON.stringify(rows)}::jsonb)
      AS v(id uuid, status text, paid numeric, discount numeric, "paidAt" timestamptz)
    WHERE i.id = v.id`);
}

/** These invoices as a payment run reads them (no lock). */
export async function findPayable(db: Db, ids: string[]): Promise<PayableRow[]> {
  if (ids.length === 0) return [];
  return db.select(payableColumns).from(invoices).where(inArray(invoices.id, ids));
}

/**
 * What each order's approved invoices come to in base currency (domain: invoiceCountsAsActual;
 * credit notes negative), recomputed from the invoices: orders whose sum is not zero.
 */
export async function actualSpendByOrder(db: Db): Promise<{ purchaseOrderId: string; amountBase: string }[]> {
  const statuses = [...ACTUAL_SPEND_INVOICE_STATUSES];
  const signed = sql`sum(case when ${invoices.kind} = 'credit_note' then -${invoices.payableAmountBase} else ${invoices.payableAmountBase} end)`;
  return db
    .select({ purchaseOrderId: invoices.purchaseOrderId, amountBase: sql<string>`${signed}::text` })
    .from(invoices)
    .where(
      or(
        inArray(invoices.status, statuses),
        and(eq(invoices.status, 'on_hold'), inArray(invoices.heldFromStatus, statuses)),
      ),
    )
    .groupBy(invoices.purchaseOrderId)
    .having(sql`${signed} <> 0`);
}

/**
 * What the match ledger had invoiced of each order line by the end of `asOf` (UTC): its entries
 * recorded by then, give-backs and credit notes negative. Order lines at zero are left out.
 */
export async function invoicedAsOf(
  db: Db,
  q: { asOf: string; purchaseOrderId?: string; supplierId?: string },
): Promise<{ purchaseOrderId: string; lineNo: number; invoiced: string }[]> {
  const m = invoiceMatches;
  const rows = await db
    .select({
      purchaseOrderId: m.purchaseOrderId,
      lineNo: m.orderLineNo,
      invoiced: sql<string>`sum(${m.quantity})::text`,
    })
    .from(m)
    .where(
      and(
        sql`${m.recordedAt} < ((${q.asOf}::date + 1)::timestamp at time zone 'UTC')`,
        q.purchaseOrderId ? eq(m.purchaseOrderId, q.purchaseOrderId) : undefined,
        q.supplierId
          ? sql`${m.invoiceId} in (select ${invoices.id} from ${invoices} where ${invoices.supplierId} = ${q.supplierId})`
          : undefined,
      ),
    )
    .groupBy(m.purchaseOrderId, m.orderLineNo)
    .having(sql`sum(${m.quantity}) <> 0`);
  return rows.map((r) => ({ ...r, lineNo: Number(r.lineNo) }));
}

export type AgingCell = {
  supplierId: string;
  currency: string;
  bucket: AgingBucket;
  amount: string;
  amountBase: string;
  invoiceCount: number;
};

/**
 * Open payables at the end of `asOf` per supplier, currency and bucket of days past due: invoices
 * issued by then, submitted, neither rejected, cancelled nor paid by then (credit notes negative).
 * The buckets are the SQL twin of agingBucketOf (domain/invoicing), which a test holds equal.
 */
export async function agingCells(db: Db, q: { asOf: string; supplierId?: string }): Promise<AgingCell[]> {
  const i = invoices;
  const days = sql`(${q.asOf}::date - ${i.dueDate})`;
  const bucket = sql<AgingBucket>`case when ${days} <= 0 then 'current' when ${days} <= 30 then 'days1To30'
    when ${days} <= 60 then 'days31To60' when ${days} <= 90 then 'days61To90' else 'over90' end`;
  const sign = sql`case when ${i.kind} = 'credit_note' then -1 else 1 end`;
  const endOfDay = sql`((${q.asOf}::date + 1)::timestamp at time zone 'UTC')`;
  // What is open of it: an invoice paid in part (approved again for the rest) owes the rest only;
  // one paid in full after the day was open in full then. Base at the invoice's own rate.
  const open = sql`(case when ${i.status} = 'paid' then ${i.payableAmount}
    else ${i.payableAmount} - ${i.amountPaid} - ${i.discountTaken} end)`;
  const openBase = sql`(case when ${i.payableAmount} = 0 then 0
    else round(${i.payableAmountBase} * ${open} / ${i.payableAmount}, 4) end)`;
  const rows = await db
    .select({
      supplierId: i.supplierId,
      currency: i.currency,
      bucket: bucket.as('bucket'),
      amount: sql<string>`sum(${sign} * ${open})::text`,
      amountBase: sql<string>`sum(${sign} * ${openBase})::text`,
      invoiceCount: sql<number>`count(*)::integer`,
    })
    .from(i)
    .where(
      and(
        or(
          and(
            inArray(i.status, [...OPEN_PAYABLE_INVOICE_STATUSES]),
            sql`not (${i.status} = 'on_hold' and ${i.heldFromStatus} = 'draft')`,
          ),
          and(eq(i.status, 'paid'), sql`${i.paidAt} >= ${endOfDay}`),
        ),
        lte(i.issueDate, q.asOf),
        q.supplierId ? eq(i.supplierId, q.supplierId) : undefined,
      ),
    )
    .groupBy(i.supplierId, i.currency, sql`3`);
  return rows.map((r) => ({ ...r, invoiceCount: Number(r.invoiceCount) }));
}

/** An invoice with early-payment terms, as the discounts report reads it. */
export type DiscountRow = {
  id: string;
  number: string;
  supplierId: string;
  supplierInvoiceNumber: string;
  status: InvoiceStatus;
  currency: string;
  payableAmount: string;
  payableAmountBase: string;
  earlyPaymentDiscountPercent: string;
  discountDate: string;
  discountTaken: string;
  paidAt: Date | null;
};

/**
 * Invoices (not credit notes) with an early-payment discount whose discount date falls between two
 * days, submitted and not rejected or cancelled, by discount date: one statement.
 */
export async function invoicesWithDiscountBetween(
  db: Db,
  opts: { from: string; to: string; limit: number },
): Promise<DiscountRow[]> {
  return db
    .select({
      id: invoices.id,
      number: invoices.number,
      supplierId: invoices.supplierId,
      supplierInvoiceNumber: invoices.supplierInvoiceNumber,
      status: invoices.status,
      currency: invoices.currency,
      payableAmount: invoices.payableAmount,
      payableAmountBase: invoices.payableAmountBase,
      earlyPaymentDiscountPercent: sql<string>`${invoices.earlyPaymentDiscountPercent}`,
      discountDate: sql<string>`${invoices.discountDate}::text`,
      discountTaken: invoices.discountTaken,
      paidAt: invoices.paidAt,
    })
    .from(invoices)
    .where(
      and(
        eq(invoices.kind, 'invoice'),
        gte(invoices.discountDate, opts.from),
        lte(invoices.discountDate, opts.to),
        sql`${invoices.earlyPaymentDiscountPercent} is not null`,
        notInArray(invoices.status, [...VOID_INVOICE_STATUSES, 'draft']),
      ),
    )
    .orderBy(asc(invoices.discountDate), asc(invoices.seq))
    .limit(opts.limit);
}

/** An invoice in another currency than the base one, booked as actual spend (the exchange report). */
export type ForeignInvoiceRow = {
  id: string;
  number: string;
  kind: InvoiceKind;
  supplierId: string;
  supplierInvoiceNumber: string;
  purchaseOrderId: string;
  issueDate: string;
  currency: string;
  payableAmount: string;
  payableAmountBase: string;
  exchangeRate: string;
  exchangeRateDate: string;
};

/**
 * Invoices and credit notes issued between two days in another currency than `baseCurrency`, that
 * are actual spend now (approved for payment, scheduled, paid, or held from one of them), by issue
 * date: one statement.
 */
export async function foreignInvoicesIssuedBetween(
  db: Db,
  opts: { from: string; to: string; baseCurrency: string; limit: number },
): Promise<ForeignInvoiceRow[]> {
  const statuses = [...ACTUAL_SPEND_INVOICE_STATUSES];
  return db
    .select({
      id: invoices.id,
      number: invoices.number,
      kind: invoices.kind,
      supplierId: invoices.supplierId,
      supplierInvoiceNumber: invoices.supplierInvoiceNumber,
      purchaseOrderId: invoices.purchaseOrderId,
      issueDate: sql<string>`${invoices.issueDate}::text`,
      currency: invoices.currency,
      payableAmount: invoices.payableAmount,
      payableAmountBase: invoices.payableAmountBase,
      exchangeRate: invoices.exchangeRate,
      exchangeRateDate: sql<string>`${invoices.exchangeRateDate}::text`,
    })
    .from(invoices)
    .where(
      and(
        gte(invoices.issueDate, opts.from),
        lte(invoices.issueDate, opts.to),
        ne(invoices.currency, opts.baseCurrency),
        or(
          inArray(invoices.status, statuses),
          and(eq(invoices.status, 'on_hold'), inArray(invoices.heldFromStatus, statuses)),
        ),
      ),
    )
    .orderBy(asc(invoices.issueDate), asc(invoices.seq))
    .limit(opts.limit);
}

// ── supplier evaluation ─────────────────────────────────────────────────────

/** An invoice line billing an order line, as the match read it (in the order line's unit). */
export type BilledLine = {
  orderLineNo: number;
  /** Quantity and net price per unit, in the order line's unit. */
  quantity: string;
  unitPrice: string;
  /** Per unit above the order's net price (≤ 0: at or below it). */
  priceVariance: string;
  /** The invoice's rate: units of base currency per unit of its currency. */
  exchangeRate: string;
};

/** An invoice of an order that was matched (or refused), as supplier evaluation reads it. */
export type JudgedInvoice = {
  id: string;
  number: string;
  supplierInvoiceNumber: string;
  /** Matched without any match ever finding it an exception, and not rejected. */
  firstPass: boolean;
  lines: BilledLine[];
};

/**
 * The invoices (not credit notes) of the orders `ids` that a match has judged — matched, found an
 * exception, or rejected —, with their lines' prices as the match compared them, by order: one
 * statement. Drafts, invoices still waiting for goods and cancelled ones say nothing of the supplier.
 */
export async function invoiceFactsOfOrders(db: Db, ids: string[]): Promise<Map<string, JudgedInvoice[]>> {
  const out = new Map<string, JudgedInvoice[]>();
  if (ids.length === 0) return out;
  const rows = rowsOf<JudgedInvoice & { orderId: string }>(
    await db.execute(sql`
      SELECT i.purchase_order_id AS "orderId", i.id, i.number,
        i.supplier_invoice_number AS "supplierInvoiceNumber",
        (NOT i.had_exception AND i.status <> 'rejected') AS "firstPass",
        coalesce((SELECT json_agg(json_build_object('orderLineNo', l.order_line_no,
            'quantity', l.order_unit_quantity::text, 'unitPrice', l.order_unit_price::text,
            'priceVariance', coalesce(l.price_variance, 0)::text, 'exchangeRate', i.exchange_rate::text)
            ORDER BY l.line_no)
          FROM invoice_lines l WHERE l.invoice_id = i.id AND l.order_line_no IS NOT NULL
            AND l.order_unit_quantity IS NOT NULL AND l.order_unit_price IS NOT NULL), '[]') AS lines
      FROM invoices i
      WHERE i.purchase_order_id = any(${sql.param(ids)}::uuid[]) AND i.kind = 'invoice'
        AND (i.had_exception OR i.matched_at IS NOT NULL OR i.status = 'rejected')
        AND i.status <> 'cancelled'
      ORDER BY i.seq`),
  );
  for (const r of rows) {
    const { orderId, ...invoice } = r;
    const list = out.get(orderId) ?? [];
    list.push(invoice);
    out.set(orderId, list);
  }
  return out;
}
