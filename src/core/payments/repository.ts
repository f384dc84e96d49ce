import { and, desc, eq, gte, inArray, lt, lte, type SQL, sql } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { paymentRunLines, paymentRuns, payments } from '../../db/schema';
import type { PaymentRunLineStatus, PaymentRunStatus, PaymentStatus } from '../../domain/payments';
import { insertFromJson } from '../shared/sql';

/** The only SQL of payments. Every function takes the database or a transaction. */

export type PaymentRunRow = typeof paymentRuns.$inferSelect;
export type PaymentRunInsert = typeof paymentRuns.$inferInsert;
export type PaymentRunLineRow = typeof paymentRunLines.$inferSelect;
export type PaymentRunLineInsert = typeof paymentRunLines.$inferInsert;
export type PaymentRow = typeof payments.$inferSelect;
export type PaymentInsert = typeof payments.$inferInsert;

/** A run and its lines in one statement, whatever the number of lines. */
export async function insertRun(db: Db, run: PaymentRunInsert, lines: PaymentRunLineInsert[]): Promise<void> {
  if (lines.length === 0) {
    await db.execute(insertFromJson(paymentRuns, [run]));
    return;
  }
  await db.execute(
    sql`with inserted_run as (${insertFromJson(paymentRuns, [run])}),
      inserted_lines as (${insertFromJson(paymentRunLines, lines)}) select 1`,
  );
}

export async function findRun(db: Db, id: string): Promise<PaymentRunRow | undefined> {
  const [row] = await db.select().from(paymentRuns).where(eq(paymentRuns.id, id)).limit(1);
  return row;
}

export async function lockRun(db: Db, id: string): Promise<PaymentRunRow | undefined> {
  const [row] = await db.select().from(paymentRuns).where(eq(paymentRuns.id, id)).limit(1).for('update');
  return row;
}

export async function updateRun(
  db: Db,
  id: string,
  version: number,
  patch: Partial<PaymentRunInsert>,
): Promise<PaymentRunRow | undefined> {
  const [row] = await db
    .update(paymentRuns)
    .set({ ...patch, version: version + 1 })
    .where(and(eq(paymentRuns.id, id), eq(paymentRuns.version, version)))
    .returning();
  return row;
}

export async function linesOf(db: Db, runId: string): Promise<PaymentRunLineRow[]> {
  return db
    .select()
    .from(paymentRunLines)
    .where(eq(paymentRunLines.paymentRunId, runId))
    .orderBy(paymentRunLines.lineNo);
}

export async function paymentsOf(db: Db, runId: string): Promise<PaymentRow[]> {
  return db.select().from(payments).where(eq(payments.paymentRunId, runId)).orderBy(payments.number);
}

/** New amounts and discounts of a draft's lines: one statement, however many. */
export async function updateLines(
  db: Db,
  runId: string,
  lines: { lineNo: number; amount: string; discountAmount: string }[],
): Promise<void> {
  if (lines.length === 0) return;
  await db.execute(sql`
    UPDATE payment_run_lines AS l SET amount = v.amount, discount_amount = v."discountAmount"
    FROM jsonb_to_recordset(${JSON.stringify(lines)}::jsonb) AS v("lineNo" int, amount numeric, "discountAmount" numeric)
    WHERE l.payment_run_id = ${runId} AND l.line_no = v."lineNo"`);
}

export async function deleteLines(db: Db, runId: string, lineNos: number[]): Promise<void> {
  if (lineNos.length === 0) return;
  await db
    .delete(paymentRunLines)
    .where(and(eq(paymentRunLines.paymentRunId, runId), inArray(paymentRunLines.lineNo, lineNos)));
}

/** The payments of a confirmed run and which payment each line is part of: two statements. */
export async function insertPayments(
  db: Db,
  runId: string,
  rows: PaymentInsert[],
  lines: { lineNo: number; paymentId: string }[],
): Promise<void> {
  if (rows.length === 0) return;
  await db.execute(insertFromJson(payments, rows));
  await db.execute(sql`
    UPDATE payment_run_lines AS l SET payment_id = v."paymentId", status = 'scheduled'
    FROM jsonb_to_recordset(${JSON.stringify(lines)}::jsonb) AS v("lineNo" int, "paymentId" uuid)
    WHERE l.payment_run_id = ${runId} AND l.line_no = v."lineNo"`);
}

/** Moves payments (and their lines) to a status; only those now in `from`. */
export async function setPaymentStatus(
  db: Db,
  opts: {
    runId: string;
    paymentIds: string[] | 'all';
    from: PaymentStatus;
    to: PaymentStatus;
    at: Date;
    rejectedReason?: string | null;
  },
): Promise<PaymentRow[]> {
  const which =
    opts.paymentIds === 'all'
      ? eq(payments.paymentRunId, opts.runId)
      : and(eq(payments.paymentRunId, opts.runId), inArray(payments.id, opts.paymentIds));
  const moved = await db
    .update(payments)
    .set({
      status: opts.to,
      updatedAt: opts.at,
      ...(opts.to === 'paid' ? { paidAt: opts.at } : {}),
      ...(opts.to === 'rejected' ? { rejectedReason: opts.rejectedReason ?? null } : {}),
    })
    .where(and(which, eq(payments.status, opts.from)))
    .returning();
  if (moved.length > 0) {
    await db
      .update(paymentRunLines)
      .set({ status: opts.to as PaymentRunLineStatus })
      .where(
        and(
          eq(paymentRunLines.paymentRunId, opts.runId),
          inArray(
            paymentRunLines.paymentId,
            moved.map((p) => p.id),
          ),
        ),
      );
  }
  return moved;
}

/** Every line of a run to a status (a cancelled draft's lines). */
export async function setLinesStatus(db: Db, runId: string, status: PaymentRunLineStatus): Promise<void> {
  await db.update(paymentRunLines).set({ status }).where(eq(paymentRunLines.paymentRunId, runId));
}

export type PaymentRunFilter = { status?: PaymentRunStatus[] };

/** A page of runs, newest first. */
export async function listRuns(
  db: Db,
  filter: PaymentRunFilter,
  page: { limit: number; beforeSeq: number | null },
): Promise<PaymentRunRow[]> {
  const where: SQL[] = [];
  if (filter.status?.length) where.push(inArray(paymentRuns.status, filter.status));
  if (page.beforeSeq !== null) where.push(lt(paymentRuns.seq, page.beforeSeq));
  return db
    .select()
    .from(paymentRuns)
    .where(and(...where))
    .orderBy(desc(paymentRuns.seq))
    .limit(page.limit + 1);
}

/** Per run: how many lines, and the amount per currency (for a list of runs). */
export async function runTotals(
  db: Db,
  runIds: string[],
): Promise<
  {
    runId: string;
    currency: string;
    invoices: number;
    creditNotes: number;
    amount: string;
    discount: string;
  }[]
> {
  if (runIds.length === 0) return [];
  return db
    .select({
      runId: paymentRunLines.paymentRunId,
      currency: paymentRunLines.currency,
      invoices: sql<number>`(count(*) FILTER (WHERE ${paymentRunLines.amount} > 0))::int`,
      creditNotes: sql<number>`(count(*) FILTER (WHERE ${paymentRunLines.amount} < 0))::int`,
      amount: sql<string>`sum(${paymentRunLines.amount})::text`,
      discount: sql<string>`sum(${paymentRunLines.discountAmount})::text`,
    })
    .from(paymentRunLines)
    .where(inArray(paymentRunLines.paymentRunId, runIds))
    .groupBy(paymentRunLines.paymentRunId, paymentRunLines.currency);
}

/** The payments an invoice was part of (its runs' numbers and what each paid of it). */
export async function paymentsOfInvoice(db: Db, invoiceId: string) {
  return db
    .select({
      runId: paymentRunLines.paymentRunId,
      runNumber: paymentRuns.number,
      paymentDate: paymentRuns.paymentDate,
      status: paymentRunLines.status,
      amount: paymentRunLines.amount,
      discountAmount: paymentRunLines.discountAmount,
      paymentNumber: payments.number,
    })
    .from(paymentRunLines)
    .innerJoin(paymentRuns, eq(paymentRuns.id, paymentRunLines.paymentRunId))
    .leftJoin(payments, eq(payments.id, paymentRunLines.paymentId))
    .where(eq(paymentRunLines.invoiceId, invoiceId))
    .orderBy(paymentRuns.seq);
}

/** A payment of a confirmed run in another currency than the base one (the exchange report). */
export type ForeignPaymentRow = {
  id: string;
  number: string;
  paymentRunId: string;
  runNumber: string;
  paymentDate: string;
  status: PaymentStatus;
  supplierId: string;
  currency: string;
  amount: string;
  amountBase: string;
  invoicedAmountBase: string;
  exchangeRate: string;
};

/**
 * Payments scheduled or paid on a payment date between two days, in another currency than
 * `baseCurrency`, by payment date: one statement.
 */
export async function foreignPaymentsBetween(
  db: Db,
  opts: { from: string; to: string; baseCurrency: string; limit: number },
): Promise<ForeignPaymentRow[]> {
  return db
    .select({
      id: payments.id,
      number: payments.number,
      paymentRunId: payments.paymentRunId,
      runNumber: paymentRuns.number,
      paymentDate: sql<string>`${paymentRuns.paymentDate}::text`,
      status: payments.status,
      supplierId: payments.supplierId,
      currency: payments.currency,
      amount: payments.amount,
      amountBase: payments.amountBase,
      invoicedAmountBase: payments.invoicedAmountBase,
      exchangeRate: payments.exchangeRate,
    })
    .from(payments)
    .innerJoin(paymentRuns, eq(paymentRuns.id, payments.paymentRunId))
    .where(
      and(
        sql`${paymentRuns.paymentDate} between ${opts.from} and ${opts.to}`,
        sql`${payments.currency} <> ${opts.baseCurrency}`,
        inArray(payments.status, ['scheduled', 'paid']),
      ),
    )
    .orderBy(paymentRuns.paymentDate, payments.number)
    .limit(opts.limit);
}

/**
 * What confirmed runs pay of these invoices of one supplier (scheduled or paid; never a draft's
 * proposal, a cancelled or a refused payment), oldest run first.
 */
export async function supplierPaymentsOfInvoices(db: Db, supplierId: string, invoiceIds: string[]) {
  if (invoiceIds.length === 0) return [];
  return db
    .select({
      invoiceId: paymentRunLines.invoiceId,
      paymentDate: paymentRuns.paymentDate,
      status: paymentRunLines.status,
      amount: paymentRunLines.amount,
      discountAmount: paymentRunLines.discountAmount,
      paymentNumber: payments.number,
      remittance: payments.remittance,
    })
    .from(paymentRunLines)
    .innerJoin(payments, eq(payments.id, paymentRunLines.paymentId))
    .innerJoin(paymentRuns, eq(paymentRuns.id, paymentRunLines.paymentRunId))
    .where(
      and(
        inArray(paymentRunLines.invoiceId, invoiceIds),
        eq(payments.supplierId, supplierId),
        inArray(paymentRunLines.status, ['scheduled', 'paid']),
      ),
    )
    .orderBy(paymentRuns.seq);
}

export type PaymentFilter = {
  supplierId?: string;
  status?: PaymentStatus[];
  currency?: string;
  paymentDateFrom?: string;
  paymentDateTo?: string;
};

export type PaymentListRow = PaymentRow & { runNumber: string; runSeq: number; paymentDate: string };

/** A page of payments across runs, newest run first (and within a run, the last payment first). */
export async function listPayments(
  db: Db,
  filter: PaymentFilter,
  page: { limit: number; before: { seq: number; number: string } | null },
): Promise<PaymentListRow[]> {
  const where: SQL[] = [];
  if (filter.supplierId) where.push(eq(payments.supplierId, filter.supplierId));
  if (filter.status?.length) where.push(inArray(payments.status, filter.status));
  if (filter.currency) where.push(eq(payments.currency, filter.currency));
  if (filter.paymentDateFrom) where.push(gte(paymentRuns.paymentDate, filter.paymentDateFrom));
  if (filter.paymentDateTo) where.push(lte(paymentRuns.paymentDate, filter.paymentDateTo));
  if (page.before) {
    where.push(sql`(${paymentRuns.seq}, ${payments.number}) < (${page.before.seq}, ${page.before.number})`);
  }
  const rows = await db
    .select({
      payment: payments,
      runNumber: paymentRuns.number,
      runSeq: paymentRuns.seq,
      paymentDate: paymentRuns.paymentDate,
    })
    .from(payments)
    .innerJoin(paymentRuns, eq(paymentRuns.id, payments.paymentRunId))
    .where(and(...where))
    .orderBy(desc(paymentRuns.seq), desc(payments.number))
    .limit(page.limit + 1);
  return rows.map((r) => ({
    ...r.payment,
    runNumber: r.runNumber,
    runSeq: r.runSeq,
    paymentDate: r.paymentDate,
  }));
}
