import { and, desc, eq, getTableColumns, type SQL, sql } from 'drizzle-orm';
import type { Db } from '../../db/client';
import {
  evaluationSettings,
  orderRatingRequests,
  orderRatings,
  scorecardReviews,
  supplierCorrectiveActions,
  supplierGradeWatch,
  supplierScoreFacts,
  supplierScoreMonths,
} from '../../db/schema';
import type { CorrectiveActionStatus, RaterRole, RatingAspect } from '../../domain/evaluation';
import { insertFromJson, rowsOf } from '../shared/sql';
import { type Counters, DEC_COUNTERS, INT_COUNTERS, type ScoreFact, zeroCounters } from './rules';

/** Supplier evaluation's SQL: its own tables only (the documents' facts come through their capabilities). */

export type SettingsRow = typeof evaluationSettings.$inferSelect;

export async function readSettings(db: Db): Promise<SettingsRow> {
  const [row] = await db.select().from(evaluationSettings).where(eq(evaluationSettings.id, 1));
  if (!row) throw new Error('evaluation_settings has no row: migration 0041 not applied');
  return row;
}

export async function updateSettings(
  db: Db,
  version: number,
  patch: Partial<typeof evaluationSettings.$inferInsert>,
): Promise<SettingsRow | undefined> {
  const [row] = await db
    .update(evaluationSettings)
    .set({ ...patch, version: sql`${evaluationSettings.version} + 1`, updatedAt: new Date() })
    .where(sql`${evaluationSettings.id} = 1 AND ${evaluationSettings.version} = ${version}`)
    .returning();
  return row;
}

export async function markResponsesSwept(db: Db, at: Date): Promise<void> {
  await db.update(evaluationSettings).set({ responsesDueSweptAt: at }).where(eq(evaluationSettings.id, 1));
}

export async function markFactsBuilt(db: Db, at: Date | null): Promise<void> {
  await db.update(evaluationSettings).set({ factsBuiltAt: at }).where(eq(evaluationSettings.id, 1));
}

const factColumns = getTableColumns(supplierScoreFacts);
const monthColumns = getTableColumns(supplierScoreMonths);
const COUNTERS = [...INT_COUNTERS, ...DEC_COUNTERS] as const;

/** SQL that selects every counter under its property name, summed or not. */
function counterSelect(summed: boolean, columns: typeof monthColumns | typeof factColumns): SQL {
  return sql.join(
    COUNTERS.map((k) => {
      const col = columns[k];
      const isInt = (INT_COUNTERS as readonly string[]).includes(k);
      const value = summed ? sql`coalesce(sum(${col}), 0)` : sql`${col}`;
      return isInt
        ? sql`(${value})::int AS ${sql.identifier(k)}`
        : sql`(${value})::text AS ${sql.identifier(k)}`;
    }),
    sql`, `,
  );
}

function countersOf(row: Record<string, unknown>): Counters {
  const c = zeroCounters();
  for (const k of INT_COUNTERS) c[k] = Number(row[k] ?? 0);
  for (const k of DEC_COUNTERS) c[k] = String(row[k] ?? '0');
  return c;
}

/**
 * Takes the orders' score locks until the transaction ends: the relay and a rebuild writing the
 * same order's facts one after the other, never both from the same old facts.
 */
export async function lockOrderScores(db: Db, orderIds: string[]): Promise<void> {
  if (orderIds.length === 0) return;
  await db.execute(sql`
    SELECT pg_advisory_xact_lock(hashtextextended(id::text, 41))
    FROM unnest(${sql.param([...orderIds].sort())}::uuid[]) AS id ORDER BY id`);
}

export async function factsOfOrders(db: Db, orderIds: string[]): Promise<ScoreFact[]> {
  if (orderIds.length === 0) return [];
  const f = supplierScoreFacts;
  const rows = rowsOf<Record<string, unknown>>(
    await db.execute(sql`
      SELECT ${f.purchaseOrderId} AS "purchaseOrderId", ${f.categoryId} AS "categoryId",
        ${f.supplierId} AS "supplierId", ${f.month}::text AS month, ${f.rejections} AS rejections,
        ${counterSelect(false, factColumns)}
      FROM ${f} WHERE ${f.purchaseOrderId} = any(${sql.param(orderIds)}::uuid[])
      ORDER BY ${f.purchaseOrderId}, ${f.categoryId}`),
  );
  return rows.map((r) => ({
    ...countersOf(r),
    purchaseOrderId: String(r.purchaseOrderId),
    categoryId: String(r.categoryId),
    supplierId: String(r.supplierId),
    month: String(r.month),
    rejections: (r.rejections ?? {}) as ScoreFact['rejections'],
  }));
}

/** Replaces the facts of the orders `orderIds` with `facts` (theirs, freshly computed). */
export async function replaceFacts(db: Db, orderIds: string[], facts: ScoreFact[]): Promise<void> {
  if (orderIds.length === 0) return;
  await db.execute(
    sql`DELETE FROM ${supplierScoreFacts} WHERE ${supplierScoreFacts.purchaseOrderId} = any(${sql.param(orderIds)}::uuid[])`,
  );
  if (facts.length > 0) await db.execute(insertFromJson(supplierScoreFacts, facts));
}

export type MonthDelta = Counters & { supplierId: string; categoryId: string; month: string };

/**
 * Adds each delta to its supplier-category-month (a new row where there is none) and deletes the
 * rows left with nothing: one statement each.
 */
export async function addToMonths(db: Db, deltas: MonthDelta[]): Promise<void> {
  if (deltas.length === 0) return;
  const m = supplierScoreMonths;
  const sets = sql.join(
    COUNTERS.map((k) => {
      const name = sql.identifier(monthColumns[k].name);
      return sql`${name} = ${m}.${name} + excluded.${name}`;
    }),
    sql`, `,
  );
  await db.execute(
    sql`${insertFromJson(m, deltas)} ON CONFLICT (supplier_id, category_id, month) DO UPDATE SET ${sets}`,
  );
  const allZero = sql.join(
    COUNTERS.map((k) => sql`${m[k]} = 0`),
    sql` AND `,
  );
  await db.execute(sql`
    DELETE FROM ${m} WHERE (${m.supplierId}, ${m.categoryId}, ${m.month}) IN (
      SELECT d.supplier_id, d.category_id, d.month FROM jsonb_to_recordset(${JSON.stringify(
        deltas.map((d) => ({ supplier_id: d.supplierId, category_id: d.categoryId, month: d.month })),
      )}::jsonb) AS d(supplier_id uuid, category_id uuid, month date)) AND ${allZero}`);
}

export type RatingScores = Record<RatingAspect, number>;

export async function ratingsOfOrders(db: Db, orderIds: string[]): Promise<Map<string, RatingScores[]>> {
  const out = new Map<string, RatingScores[]>();
  if (orderIds.length === 0) return out;
  const r = orderRatings;
  const rows = await db
    .select({ orderId: r.purchaseOrderId, delivery: r.delivery, quality: r.quality, service: r.service })
    .from(r)
    .where(sql`${r.purchaseOrderId} = any(${sql.param(orderIds)}::uuid[])`);
  for (const row of rows) {
    const list = out.get(row.orderId) ?? [];
    list.push({ delivery: row.delivery, quality: row.quality, service: row.service });
    out.set(row.orderId, list);
  }
  return out;
}

export type RatingRow = typeof orderRatings.$inferSelect;
export type RatingInsert = typeof orderRatings.$inferInsert;

/** Stores a rating; `false` when this person already rated this order (or line): nothing is added. */
export async function insertRating(db: Db, row: RatingInsert): Promise<boolean> {
  const inserted = await db
    .insert(orderRatings)
    .values(row)
    .onConflictDoNothing()
    .returning({ id: orderRatings.id });
  return inserted.length > 0;
}

/** An order's ratings, newest first, a page at a time (`limit + 1` rows: the caller pages). */
export async function listRatings(
  db: Db,
  opts: { purchaseOrderId: string; after?: { createdAt: Date; id: string }; limit: number },
): Promise<RatingRow[]> {
  const r = orderRatings;
  const parts: SQL[] = [sql`${r.purchaseOrderId} = ${opts.purchaseOrderId}`];
  if (opts.after) {
    parts.push(
      sql`(${r.createdAt}, ${r.id}) < (${opts.after.createdAt.toISOString()}::timestamptz, ${opts.after.id}::uuid)`,
    );
  }
  return db
    .select()
    .from(r)
    .where(sql.join(parts, sql` AND `))
    .orderBy(sql`${r.createdAt} DESC, ${r.id} DESC`)
    .limit(opts.limit + 1);
}

/** The order lines a person rated on an order (null: the whole order). */
export async function ratedLinesOf(
  db: Db,
  purchaseOrderId: string,
  userId: string,
): Promise<(number | null)[]> {
  const r = orderRatings;
  const rows = await db
    .select({ lineNo: r.lineNo })
    .from(r)
    .where(sql`${r.purchaseOrderId} = ${purchaseOrderId} AND ${r.ratedBy} = ${userId}`)
    .orderBy(sql`${r.lineNo} NULLS FIRST`);
  return rows.map((x) => x.lineNo);
}

/** Who among `userIds` already rated the order (the whole order or any line of it). */
export async function ratersAmong(db: Db, purchaseOrderId: string, userIds: string[]): Promise<Set<string>> {
  if (userIds.length === 0) return new Set();
  const r = orderRatings;
  const rows = await db
    .selectDistinct({ userId: r.ratedBy })
    .from(r)
    .where(
      sql`${r.purchaseOrderId} = ${purchaseOrderId} AND ${r.ratedBy} = any(${sql.param(userIds)}::uuid[])`,
    );
  return new Set(rows.map((x) => x.userId));
}

/**
 * Records that these people were asked to rate the order; returns those not asked before (a
 * person asked once is never written again, so never asked twice).
 */
export async function recordRatingRequests(
  db: Db,
  rows: (typeof orderRatingRequests.$inferInsert)[],
): Promise<Set<string>> {
  if (rows.length === 0) return new Set();
  const inserted = await db
    .insert(orderRatingRequests)
    .values(rows)
    .onConflictDoNothing()
    .returning({ userId: orderRatingRequests.userId });
  return new Set(inserted.map((x) => x.userId));
}

export type MonthScope = {
  supplierId?: string;
  /** Only these suppliers. */
  supplierIds?: string[];
  /** One category; absent: all. */
  categoryId?: string;
  from: string;
  to: string;
};

function monthWhere(scope: MonthScope): SQL {
  const m = supplierScoreMonths;
  const parts: SQL[] = [sql`${m.month} BETWEEN ${scope.from}::date AND ${scope.to}::date`];
  if (scope.supplierId) parts.push(sql`${m.supplierId} = ${scope.supplierId}`);
  if (scope.supplierIds) parts.push(sql`${m.supplierId} = any(${sql.param(scope.supplierIds)}::uuid[])`);
  if (scope.categoryId) parts.push(sql`${m.categoryId} = ${scope.categoryId}`);
  return sql.join(parts, sql` AND `);
}

/** The counters of one supplier's months in a period (one category, or all). */
export async function sumMonths(db: Db, scope: MonthScope & { supplierId: string }): Promise<Counters> {
  const rows = rowsOf<Record<string, unknown>>(
    await db.execute(
      sql`SELECT ${counterSelect(true, monthColumns)} FROM ${supplierScoreMonths} WHERE ${monthWhere(scope)}`,
    ),
  );
  return countersOf(rows[0] ?? {});
}

/** One supplier's counters month by month (months with nothing are absent). */
export async function sumByMonth(
  db: Db,
  scope: MonthScope & { supplierId: string },
): Promise<Map<string, Counters>> {
  const m = supplierScoreMonths;
  const rows = rowsOf<Record<string, unknown>>(
    await db.execute(sql`
      SELECT ${m.month}::text AS month, ${counterSelect(true, monthColumns)}
      FROM ${m} WHERE ${monthWhere(scope)} GROUP BY ${m.month}`),
  );
  return new Map(rows.map((r) => [String(r.month), countersOf(r)]));
}

/** Every supplier's counters in a period (one category, or all): the comparison's rows. */
export async function sumBySupplier(db: Db, scope: MonthScope): Promise<Map<string, Counters>> {
  const m = supplierScoreMonths;
  const rows = rowsOf<Record<string, unknown>>(
    await db.execute(sql`
      SELECT ${m.supplierId} AS "supplierId", ${counterSelect(true, monthColumns)}
      FROM ${m} WHERE ${monthWhere(scope)} GROUP BY ${m.supplierId}`),
  );
  return new Map(rows.map((r) => [String(r.supplierId), countersOf(r)]));
}

/** The orders behind one supplier's figures in a period: their ids and rejections, in order. */
export async function factOrdersOf(
  db: Db,
  scope: MonthScope & { supplierId: string },
): Promise<{ purchaseOrderId: string; rejections: ScoreFact['rejections'] }[]> {
  const f = supplierScoreFacts;
  const parts: SQL[] = [
    sql`${f.supplierId} = ${scope.supplierId}`,
    sql`${f.month} BETWEEN ${scope.from}::date AND ${scope.to}::date`,
  ];
  if (scope.categoryId) parts.push(sql`${f.categoryId} = ${scope.categoryId}`);
  const rows = await db
    .select({ purchaseOrderId: f.purchaseOrderId, rejections: f.rejections })
    .from(f)
    .where(sql.join(parts, sql` AND `))
    .orderBy(f.month, f.purchaseOrderId);
  return rows;
}

/** The months table against the facts summed: the (supplier, category, month) cells that differ. */
export async function monthMismatches(
  db: Db,
): Promise<{ supplierId: string; categoryId: string; month: string }[]> {
  const f = supplierScoreFacts;
  const m = supplierScoreMonths;
  const names = COUNTERS.map((k) => sql.identifier(monthColumns[k].name));
  const summed = sql.join(
    names.map((n) => sql`sum(${n}) AS ${n}`),
    sql`, `,
  );
  const plain = sql.join(names, sql`, `);
  return rowsOf<{ supplierId: string; categoryId: string; month: string }>(
    await db.execute(sql`
      WITH facts AS (
        SELECT supplier_id, category_id, month, ${summed} FROM ${f} GROUP BY supplier_id, category_id, month),
      months AS (SELECT supplier_id, category_id, month, ${plain} FROM ${m}),
      diff AS ((SELECT * FROM facts EXCEPT SELECT * FROM months) UNION (SELECT * FROM months EXCEPT SELECT * FROM facts))
      SELECT DISTINCT supplier_id AS "supplierId", category_id AS "categoryId", month::text AS month FROM diff
      ORDER BY 1, 2, 3 LIMIT 100`),
  );
}

export type WatchedGrade = typeof supplierGradeWatch.$inferSelect;

export async function watchedGrades(db: Db): Promise<Map<string, WatchedGrade>> {
  const rows = await db.select().from(supplierGradeWatch);
  return new Map(rows.map((r) => [r.supplierId, r]));
}

/** Records each supplier's grade as reviewed now (one statement). */
export async function watchGrades(db: Db, rows: WatchedGrade[]): Promise<void> {
  if (rows.length === 0) return;
  await db.execute(sql`${insertFromJson(supplierGradeWatch, rows)}
    ON CONFLICT (supplier_id) DO UPDATE SET grade = excluded.grade, score = excluded.score,
      reviewed_at = excluded.reviewed_at`);
}

// ── the supplier's feedback: shared comments, corrective actions, reviews ──────

export type SharedComment = {
  id: string;
  purchaseOrderId: string;
  lineNo: number | null;
  raterRole: RaterRole;
  comment: string;
  createdAt: Date;
};

/**
 * The rating comments marked as shared with the supplier, on its orders that a scorecard of the
 * period counts (their facts' months), newest first: never an unshared one, never who rated.
 */
export async function sharedComments(
  db: Db,
  scope: { supplierId: string; from: string; to: string; limit: number },
): Promise<SharedComment[]> {
  const r = orderRatings;
  const f = supplierScoreFacts;
  return db
    .select({
      id: r.id,
      purchaseOrderId: r.purchaseOrderId,
      lineNo: r.lineNo,
      raterRole: r.raterRole,
      comment: sql<string>`btrim(${r.comment})`,
      createdAt: r.createdAt,
    })
    .from(r)
    .where(
      sql`${r.supplierId} = ${scope.supplierId} AND ${r.shared} AND ${r.comment} IS NOT NULL
        AND btrim(${r.comment}) <> ''
        AND EXISTS (SELECT 1 FROM ${f} WHERE ${f.purchaseOrderId} = ${r.purchaseOrderId}
          AND ${f.supplierId} = ${scope.supplierId}
          AND ${f.month} BETWEEN ${scope.from}::date AND ${scope.to}::date)`,
    )
    .orderBy(desc(r.createdAt), desc(r.id))
    .limit(scope.limit);
}

export type CorrectiveActionRow = typeof supplierCorrectiveActions.$inferSelect;

export async function insertCorrectiveAction(
  db: Db,
  row: typeof supplierCorrectiveActions.$inferInsert,
): Promise<CorrectiveActionRow> {
  const [inserted] = await db.insert(supplierCorrectiveActions).values(row).returning();
  return inserted!;
}

/** One corrective action of a supplier (locked until the transaction ends with `forUpdate`). */
export async function findCorrectiveAction(
  db: Db,
  supplierId: string,
  id: string,
  opts: { forUpdate?: boolean } = {},
): Promise<CorrectiveActionRow | undefined> {
  const a = supplierCorrectiveActions;
  const query = db
    .select()
    .from(a)
    .where(and(eq(a.id, id), eq(a.supplierId, supplierId)));
  const [row] = await (opts.forUpdate ? query.for('update') : query);
  return row;
}

export async function updateCorrectiveAction(
  db: Db,
  id: string,
  patch: Partial<typeof supplierCorrectiveActions.$inferInsert>,
): Promise<CorrectiveActionRow> {
  const a = supplierCorrectiveActions;
  const [row] = await db
    .update(a)
    .set({ ...patch, version: sql`${a.version} + 1` })
    .where(eq(a.id, id))
    .returning();
  return row!;
}

/** Takes the supplier's corrective-action lock until the transaction ends (counting its open ones). */
export async function lockSupplierCorrectiveActions(db: Db, supplierId: string): Promise<void> {
  await db.execute(sql`SELECT pg_advisory_xact_lock(hashtextextended(${supplierId}::text, 42))`);
}

export async function countOpenCorrectiveActions(db: Db, supplierId: string): Promise<number> {
  const a = supplierCorrectiveActions;
  const [row] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(a)
    .where(and(eq(a.supplierId, supplierId), eq(a.status, 'open')));
  return row?.n ?? 0;
}

/**
 * A supplier's corrective actions, newest request first (one status, or all), `limit + 1` rows
 * after the cursor's (requested at, id).
 */
export async function listCorrectiveActions(
  db: Db,
  opts: {
    supplierId: string;
    status?: CorrectiveActionStatus;
    after?: { requestedAt: string; id: string };
    limit: number;
  },
): Promise<CorrectiveActionRow[]> {
  const a = supplierCorrectiveActions;
  const parts: SQL[] = [sql`${a.supplierId} = ${opts.supplierId}`];
  if (opts.status) parts.push(sql`${a.status} = ${opts.status}`);
  if (opts.after)
    parts.push(
      sql`(${a.requestedAt}, ${a.id}) < (${opts.after.requestedAt}::timestamptz, ${opts.after.id}::uuid)`,
    );
  return db
    .select()
    .from(a)
    .where(sql.join(parts, sql` AND `))
    .orderBy(desc(a.requestedAt), desc(a.id))
    .limit(opts.limit + 1);
}

/** The supplier's open corrective actions, the one due first first (the portal shows them all). */
export async function openCorrectiveActions(db: Db, supplierId: string): Promise<CorrectiveActionRow[]> {
  const a = supplierCorrectiveActions;
  return db
    .select()
    .from(a)
    .where(and(eq(a.supplierId, supplierId), eq(a.status, 'open')))
    .orderBy(a.dueDate, a.id);
}

export type ScorecardReviewRow = typeof scorecardReviews.$inferSelect;

export async function insertScorecardReview(
  db: Db,
  row: typeof scorecardReviews.$inferInsert,
): Promise<ScorecardReviewRow> {
  const [inserted] = await db.insert(scorecardReviews).values(row).returning();
  return inserted!;
}

/** The reviews waiting to be rendered, oldest first. */
export async function reviewsToPrepare(db: Db, limit: number): Promise<ScorecardReviewRow[]> {
  const v = scorecardReviews;
  return db.select().from(v).where(eq(v.status, 'preparing')).orderBy(v.seq).limit(limit);
}

export async function lockScorecardReview(db: Db, id: string): Promise<ScorecardReviewRow | undefined> {
  const v = scorecardReviews;
  const [row] = await db.select().from(v).where(eq(v.id, id)).for('update');
  return row;
}

export async function updateScorecardReview(
  db: Db,
  id: string,
  patch: Partial<typeof scorecardReviews.$inferInsert>,
): Promise<void> {
  await db.update(scorecardReviews).set(patch).where(eq(scorecardReviews.id, id));
}

/** A supplier's reviews, newest first. */
export async function listScorecardReviews(
  db: Db,
  supplierId: string,
  limit: number,
): Promise<Omit<ScorecardReviewRow, 'content'>[]> {
  const v = scorecardReviews;
  const { content: _content, ...columns } = getTableColumns(v);
  return db.select(columns).from(v).where(eq(v.supplierId, supplierId)).orderBy(desc(v.seq)).limit(limit);
}
