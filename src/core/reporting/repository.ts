import { and, asc, desc, eq, gte, inArray, lt, sql } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { purchaseOrderLines, purchaseOrders, spendMonthly, suppliers } from '../../db/schema';
import { SPEND_STATUSES } from './rules';

function rowsOf<T>(result: unknown): T[] {
  return (result as { rows: T[] }).rows;
}

export type SupplierYearTotal = {
  supplierId: string;
  code: string;
  legalName: string;
  totalBase: string;
  orderCount: number;
};

/**
 * Per supplier, the year's total from spend_monthly in [from, to), largest first then by id,
 * after the cursor (total, id) when given.
 */
export async function supplierYearTotals(
  db: Db,
  opts: {
    from: string;
    to: string;
    supplierId?: string;
    after?: { totalBase: string; supplierId: string };
    limit: number;
  },
): Promise<SupplierYearTotal[]> {
  const totals = db
    .select({
      supplierId: spendMonthly.supplierId,
      totalBase: sql<string>`sum(${spendMonthly.amountBase})`.as('total_base'),
      orderCount: sql<number>`sum(${spendMonthly.orderCount})::integer`.as('order_count'),
    })
    .from(spendMonthly)
    .where(
      and(
        gte(spendMonthly.month, opts.from),
        lt(spendMonthly.month, opts.to),
        opts.supplierId ? eq(spendMonthly.supplierId, opts.supplierId) : undefined,
      ),
    )
    .groupBy(spendMonthly.supplierId)
    .as('totals');
  const after = opts.after;
  // Qualified: the text column below would otherwise shadow the numeric total in ORDER BY.
  const total = sql`${sql.identifier('totals')}.${sql.identifier('total_base')}`;
  return db
    .select({
      supplierId: totals.supplierId,
      code: suppliers.code,
      legalName: suppliers.legalName,
      totalBase: sql<string>`${total}::text`.as('total_text'),
      orderCount: totals.orderCount,
    })
    .from(totals)
    .innerJoin(suppliers, eq(suppliers.id, totals.supplierId))
    .where(
      after
        ? sql`(${total} < ${after.totalBase}::numeric or (${total} = ${after.totalBase}::numeric and ${totals.supplierId} > ${after.supplierId}::uuid))`
        : undefined,
    )
    .orderBy(desc(total), asc(totals.supplierId))
    .limit(opts.limit);
}

export type SpendMonthRow = { supplierId: string; month: string; amountBase: string; orderCount: number };

/** The spend_monthly rows of these suppliers in [from, to). */
export async function supplierMonths(
  db: Db,
  supplierIds: string[],
  from: string,
  to: string,
): Promise<SpendMonthRow[]> {
  if (supplierIds.length === 0) return [];
  return db
    .select({
      supplierId: spendMonthly.supplierId,
      month: spendMonthly.month,
      amountBase: spendMonthly.amountBase,
      orderCount: spendMonthly.orderCount,
    })
    .from(spendMonthly)
    .where(
      and(
        inArray(spendMonthly.supplierId, supplierIds),
        gte(spendMonthly.month, from),
        lt(spendMonthly.month, to),
      ),
    );
}

export type SpendCell = { amountBase: string; orderCount: number };
export type SpendComparison = {
  checked: number;
  mismatched: number;
  mismatches: { supplierId: string; month: string; summary: SpendCell; raw: SpendCell }[];
};

/**
 * Compares spend_monthly with the raw sum over purchase orders — total_base less the base value of
 * short-closed quantities, per line rounded to 4 places as the trigger does — in one statement, so
 * both sides come from the same snapshot: every (supplier, month) present on either side is
 * checked; the first `limit` differences are returned.
 */
export async function compareSpendSummary(db: Db, limit: number): Promise<SpendComparison> {
  const po = purchaseOrders;
  const statuses = sql.join(
    SPEND_STATUSES.map((s) => sql`${s}`),
    sql`, `,
  );
  const l = purchaseOrderLines;
  const result = await db.execute(sql`
    with short_closed as (
      select ${l.purchaseOrderId} as purchase_order_id,
             sum(round((${l.netAmount} + ${l.taxAmount}) * ${l.quantityShortClosed} / nullif(${l.quantity}, 0)
                       * ${po.exchangeRate}, 4)) as amount_base
      from ${l} join ${po} on ${po.id} = ${l.purchaseOrderId}
      where ${l.quantityShortClosed} <> 0
      group by 1
    ),
    raw as (
      select ${po.supplierId} as supplier_id, date_trunc('month', ${po.orderDate})::date as month,
             sum(${po.totalBase} - coalesce(sc.amount_base, 0)) as amount_base, count(*)::integer as order_count
      from ${po} left join short_closed sc on sc.purchase_order_id = ${po.id}
      where ${po.status} in (${statuses})
         or (${po.status} = 'on_hold' and ${po.heldFromStatus} in (${statuses}))
      group by 1, 2
    ),
    compared as (
      select coalesce(r.supplier_id, s.supplier_id) as supplier_id, coalesce(r.month, s.month) as month,
             coalesce(s.amount_base, 0) as summary_amount, coalesce(s.order_count, 0) as summary_count,
             coalesce(r.amount_base, 0) as raw_amount, coalesce(r.order_count, 0) as raw_count
      from raw r full join ${spendMonthly} s on s.supplier_id = r.supplier_id and s.month = r.month
    ),
    differing as (
      select * from compared where summary_amount <> raw_amount or summary_count <> raw_count
    )
    select (select count(*) from compared)::integer as checked,
           (select count(*) from differing)::integer as mismatched,
           coalesce((
             select json_agg(json_build_object(
               'supplierId', d.supplier_id, 'month', d.month::text,
               'summaryAmount', d.summary_amount::text, 'summaryCount', d.summary_count,
               'rawAmount', d.raw_amount::text, 'rawCount', d.raw_count))
             from (select * from differing order by supplier_id, month limit ${limit}) d
           ), '[]'::json) as mismatches
  `);
  type Mismatch = {
    supplierId: string;
    month: string;
    summaryAmount: string;
    summaryCount: number;
    rawAmount: string;
    rawCount: number;
  };
  const [row] = rowsOf<{ checked: number; mismatched: number; mismatches: string | Mismatch[] }>(result);
  if (!row) throw new Error('the spend comparison returned no row');
  // json comes back parsed from node-postgres and may come back as text elsewhere.
  const list: Mismatch[] = typeof row.mismatches === 'string' ? JSON.parse(row.mismatches) : row.mismatches;
  return {
    checked: Number(row.checked),
    mismatched: Number(row.mismatched),
    mismatches: list.map((m) => ({
      supplierId: m.supplierId,
      month: m.month,
      summary: { amountBase: m.summaryAmount, orderCount: m.summaryCount },
      raw: { amountBase: m.rawAmount, orderCount: m.rawCount },
    })),
  };
}
