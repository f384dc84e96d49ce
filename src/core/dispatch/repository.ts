import { and, desc, eq, getTableColumns, inArray, lt, or, type SQL, sql } from 'drizzle-orm';
import type { Db } from '../../db/client';
import {
  deliveryTracking,
  dispatches,
  dispatchFiles,
  purchaseOrders,
  shipNoticeLines,
  shipNotices,
  supplierResponses,
  suppliers,
  trackingReminders,
  users,
} from '../../db/schema';
import {
  ACKNOWLEDGED_ORDER_STATUSES,
  DELIVERY_STATES,
  type DeliveryState,
  TRACKED_ORDER_STATUSES,
} from '../../domain/dispatch';
import { type CappedCount, countsUpTo, rowsOf } from '../shared/sql';

/** SQL of the dispatch capability: sends and the bytes they carried. */

export type DispatchRow = typeof dispatches.$inferSelect;
export type DispatchInsert = typeof dispatches.$inferInsert;

export async function insertDispatch(db: Db, row: DispatchInsert): Promise<void> {
  await db.insert(dispatches).values(row);
}

export async function updateDispatch(db: Db, id: string, patch: Partial<DispatchInsert>): Promise<void> {
  await db.update(dispatches).set(patch).where(eq(dispatches.id, id));
}

/** The sends waiting to be prepared, oldest first (a partial index holds only those). */
export async function dispatchesToPrepare(db: Db, limit: number): Promise<DispatchRow[]> {
  return db
    .select()
    .from(dispatches)
    .where(eq(dispatches.status, 'preparing'))
    .orderBy(dispatches.seq)
    .limit(limit);
}

/** One send, locked: preparing it and giving it up never cross. */
export async function lockDispatch(
  db: Db,
  id: string,
): Promise<Pick<DispatchRow, 'status' | 'attempts'> | undefined> {
  // What may have moved since the send was read: its state, not what it carries (that never changes).
  const [row] = await db
    .select({ status: dispatches.status, attempts: dispatches.attempts })
    .from(dispatches)
    .where(eq(dispatches.id, id))
    .for('update');
  return row;
}

/** The order's buyer (told when a send cannot be prepared and nobody pressed Send). */
export async function orderBuyer(db: Db, orderId: string): Promise<string[]> {
  const [row] = await db
    .select({ buyerId: purchaseOrders.buyerId })
    .from(purchaseOrders)
    .where(eq(purchaseOrders.id, orderId));
  return row ? [row.buyerId] : [];
}

/** Stores file bytes by SHA-256; bytes already stored are not written again. */
export async function insertFiles(
  db: Db,
  files: { sha256: string; bytes: Buffer; createdAt: Date }[],
): Promise<void> {
  if (files.length === 0) return;
  await db
    .insert(dispatchFiles)
    .values(
      files.map((f) => ({
        sha256: f.sha256,
        sizeBytes: f.bytes.length,
        bytes: f.bytes,
        createdAt: f.createdAt,
      })),
    )
    .onConflictDoNothing();
}

export async function readFile(db: Db, sha256: string): Promise<Buffer | undefined> {
  const [row] = await db
    .select({ bytes: dispatchFiles.bytes })
    .from(dispatchFiles)
    .where(eq(dispatchFiles.sha256, sha256));
  return row?.bytes;
}

/** The latest send of the order itself or a change to it (not a cancellation). */
export async function latestOrderSend(db: Db, orderId: string): Promise<DispatchRow | undefined> {
  const [row] = await db
    .select()
    .from(dispatches)
    .where(and(eq(dispatches.purchaseOrderId, orderId), inArray(dispatches.kind, ['order', 'change'])))
    .orderBy(desc(dispatches.seq))
    .limit(1);
  return row;
}

/** Whether the order's supplier was already sent a notice of this kind (a cancellation, a closure). */
export async function hasNotice(db: Db, orderId: string, kind: 'cancellation' | 'closure'): Promise<boolean> {
  const [row] = await db
    .select({ id: dispatches.id })
    .from(dispatches)
    .where(and(eq(dispatches.purchaseOrderId, orderId), eq(dispatches.kind, kind)))
    .limit(1);
  return row !== undefined;
}

/** Newest first, strictly before the cursor's send. */
export async function listDispatches(
  db: Db,
  opts: { orderId: string; afterSeq?: number; limit: number },
): Promise<DispatchRow[]> {
  return db
    .select()
    .from(dispatches)
    .where(
      and(
        eq(dispatches.purchaseOrderId, opts.orderId),
        opts.afterSeq !== undefined ? lt(dispatches.seq, opts.afterSeq) : undefined,
      ),
    )
    .orderBy(desc(dispatches.seq))
    .limit(opts.limit);
}

export async function findDispatch(db: Db, orderId: string, id: string): Promise<DispatchRow | undefined> {
  const [row] = await db
    .select()
    .from(dispatches)
    .where(and(eq(dispatches.purchaseOrderId, orderId), eq(dispatches.id, id)));
  return row;
}

// ── supplier responses ──────────────────────────────────────────────────────

export type ResponseRow = typeof supplierResponses.$inferSelect;
export type ResponseInsert = typeof supplierResponses.$inferInsert;

export async function insertResponse(db: Db, row: ResponseInsert): Promise<void> {
  await db.insert(supplierResponses).values(row);
}

export async function updateResponse(db: Db, id: string, patch: Partial<ResponseInsert>): Promise<void> {
  await db.update(supplierResponses).set(patch).where(eq(supplierResponses.id, id));
}

/** The order's latest answer, locked (a new one and a decision on it never cross). */
export async function latestResponse(db: Db, orderId: string): Promise<ResponseRow | undefined> {
  const [row] = await db
    .select()
    .from(supplierResponses)
    .where(eq(supplierResponses.purchaseOrderId, orderId))
    .orderBy(desc(supplierResponses.number))
    .limit(1)
    .for('update');
  return row;
}

export async function findResponse(db: Db, orderId: string, id: string): Promise<ResponseRow | undefined> {
  const [row] = await db
    .select()
    .from(supplierResponses)
    .where(and(eq(supplierResponses.purchaseOrderId, orderId), eq(supplierResponses.id, id)));
  return row;
}

/** Newest first, at most `limit`. */
export async function listResponses(db: Db, orderId: string, limit: number): Promise<ResponseRow[]> {
  return db
    .select()
    .from(supplierResponses)
    .where(eq(supplierResponses.purchaseOrderId, orderId))
    .orderBy(desc(supplierResponses.number))
    .limit(limit);
}

/** Serialises answers and decisions on one order for the rest of the transaction. */
export async function lockAnswers(db: Db, orderId: string): Promise<void> {
  await db.execute(sql`select pg_advisory_xact_lock(hashtextextended(${`answers:${orderId}`}, 0))`);
}

/** The latest answer of each of these orders. */
export async function latestResponsesOf(db: Db, orderIds: string[]): Promise<ResponseRow[]> {
  if (orderIds.length === 0) return [];
  return db
    .selectDistinctOn([supplierResponses.purchaseOrderId])
    .from(supplierResponses)
    .where(inArray(supplierResponses.purchaseOrderId, orderIds))
    .orderBy(supplierResponses.purchaseOrderId, desc(supplierResponses.number));
}

// ── ship notices ────────────────────────────────────────────────────────────

export type ShipNoticeRow = typeof shipNotices.$inferSelect;
export type ShipNoticeInsert = typeof shipNotices.$inferInsert;
export type ShipNoticeLineRow = typeof shipNoticeLines.$inferSelect;

export async function insertShipNotice(
  db: Db,
  row: ShipNoticeInsert,
  lines: { lineNo: number; quantity: string }[],
): Promise<void> {
  await db.insert(shipNotices).values(row);
  await db.insert(shipNoticeLines).values(lines.map((l) => ({ shipNoticeId: row.id, ...l })));
}

/** Serialises ship notices on one order for the rest of the transaction (the open quantities). */
export async function lockShipments(db: Db, orderId: string): Promise<void> {
  await db.execute(sql`select pg_advisory_xact_lock(hashtextextended(${`shipments:${orderId}`}, 0))`);
}

/** The order's ship notices, newest first, strictly before the cursor's. */
export async function listShipNotices(
  db: Db,
  opts: { orderId: string; beforeSeq?: number; limit: number },
): Promise<ShipNoticeRow[]> {
  return db
    .select()
    .from(shipNotices)
    .where(
      and(
        eq(shipNotices.purchaseOrderId, opts.orderId),
        opts.beforeSeq !== undefined ? lt(shipNotices.seq, opts.beforeSeq) : undefined,
      ),
    )
    .orderBy(desc(shipNotices.seq))
    .limit(opts.limit);
}

export async function shipNoticeLinesOf(db: Db, ids: string[]): Promise<ShipNoticeLineRow[]> {
  if (ids.length === 0) return [];
  return db
    .select()
    .from(shipNoticeLines)
    .where(inArray(shipNoticeLines.shipNoticeId, ids))
    .orderBy(shipNoticeLines.shipNoticeId, shipNoticeLines.lineNo);
}

// ── delivery tracking ───────────────────────────────────────────────────────

export type TrackingRow = typeof deliveryTracking.$inferSelect;

/**
 * The tracking rows of the orders `where` selects, as they should be now: one per line of a sent
 * order still expecting goods. A derived read model, like reporting: it reads the order's own
 * tables (and the ship notices) in one statement, so it is exact whatever wrote them. The same
 * SELECT filled the table for orders sent before it existed (migration 0027).
 */
function trackingRowsOf(where: SQL, now: Date) {
  return sql`
    SELECT o.id AS purchase_order_id, l.line_no, o.number AS order_number, o.supplier_id, o.buyer_id,
      o.department_id, l.description, l.unit_code,
      l.quantity - l.quantity_short_closed - (l.quantity_received - l.quantity_rejected) AS open_quantity,
      greatest(l.quantity_shipped - l.quantity_received, 0) AS in_transit_quantity,
      coalesce(l.needed_by, o.expected_delivery_date) AS needed_by,
      l.promised_date,
      coalesce(sn.expected, l.promised_date, l.needed_by, o.expected_delivery_date) AS expected_date,
      coalesce(sn.expected, l.promised_date, l.needed_by, o.expected_delivery_date, DATE '9999-12-31') AS sort_date,
      o.first_sent_at AS sent_at,
      o.status IN (${sql.join(
        ACKNOWLEDGED_ORDER_STATUSES.map((s) => sql`${s}`),
        sql`, `,
      )}) AS acknowledged,
      coalesce(l.promised_date > coalesce(l.needed_by, o.expected_delivery_date), false) AS promised_late,
      coalesce(sn.expected > coalesce(l.promised_date, l.needed_by, o.expected_delivery_date), false) AS expected_moved,
      ${now.toISOString()}::timestamptz AS updated_at
    FROM purchase_orders o
    JOIN purchase_order_lines l ON l.purchase_order_id = o.id
    LEFT JOIN LATERAL (
      SELECT s.expected_delivery_date AS expected FROM ship_notices s
      JOIN ship_notice_lines sl ON sl.ship_notice_id = s.id AND sl.line_no = l.line_no
      WHERE s.purchase_order_id = o.id AND s.expected_delivery_date IS NOT NULL
      ORDER BY s.seq DESC LIMIT 1
    ) sn ON true
    WHERE ${where} AND o.first_sent_at IS NOT NULL
      AND o.status IN (${sql.join(
        TRACKED_ORDER_STATUSES.map((s) => sql`${s}`),
        sql`, `,
      )})
      AND l.quantity - l.quantity_short_closed - (l.quantity_received - l.quantity_rejected) > 0`;
}

/**
 * Rewrites one order's tracking rows from the order as it is, in one statement; what its buyer was
 * told of a line (notified_state) stays with the line.
 */
export async function refreshTrackingRows(db: Db, orderId: string, now: Date): Promise<void> {
  await db.execute(sql`
    WITH fresh AS (${trackingRowsOf(sql`o.id = ${orderId}`, now)}),
    written AS (
      INSERT INTO delivery_tracking (purchase_order_id, line_no, order_number, supplier_id, buyer_id,
        department_id, description, unit_code, open_quantity, in_transit_quantity, needed_by, promised_date,
        expected_date, sort_date, sent_at, acknowledged, promised_late, expected_moved, updated_at)
      SELECT * FROM fresh
      ON CONFLICT (purchase_order_id, line_no) DO UPDATE SET
        order_number = excluded.order_number, supplier_id = excluded.supplier_id,
        buyer_id = excluded.buyer_id, department_id = excluded.department_id,
        description = excluded.description, unit_code = excluded.unit_code,
        open_quantity = excluded.open_quantity, in_transit_quantity = excluded.in_transit_quantity,
        needed_by = excluded.needed_by, promised_date = excluded.promised_date,
        expected_date = excluded.expected_date, sort_date = excluded.sort_date,
        sent_at = excluded.sent_at, acknowledged = excluded.acknowledged,
        promised_late = excluded.promised_late, expected_moved = excluded.expected_moved,
        updated_at = excluded.updated_at
      RETURNING line_no
    )
    DELETE FROM delivery_tracking
    WHERE purchase_order_id = ${orderId} AND line_no NOT IN (SELECT line_no FROM fresh)`);
}

/** What a line's state is measured against: today, and when an unacknowledged send turns at risk. */
export type TrackingClock = { today: string; ackCutoff: Date };

type TrackingWhere = {
  filter: { supplierId?: string; buyerId?: string; from?: string; to?: string };
  /** The actor's row access: all orders, or one department's. */
  visibility: 'all' | { departmentId: string | null };
};

function trackingWhere(opts: TrackingWhere): SQL[] {
  const t = deliveryTracking;
  const f = opts.filter;
  const where: SQL[] = [];
  if (opts.visibility !== 'all') {
    where.push(
      opts.visibility.departmentId ? sql`${t.departmentId} = ${opts.visibility.departmentId}` : sql`false`,
    );
  }
  if (f.supplierId) where.push(sql`${t.supplierId} = ${f.supplierId}`);
  if (f.buyerId) where.push(sql`${t.buyerId} = ${f.buyerId}`);
  if (f.from) where.push(sql`${t.sortDate} >= ${f.from}::date`);
  if (f.to) where.push(sql`${t.sortDate} <= ${f.to}::date`);
  return where;
}

/**
 * The rows in one delivery state, as ranges and flags the indexes serve: late is a range of the
 * expected date (`sort_date` holds 9999-12-31 when a line has none, so it is never late).
 */
function stateWhere(state: DeliveryState, clock: TrackingClock): SQL {
  const t = deliveryTracking;
  const notLate = sql`${t.sortDate} >= ${clock.today}::date`;
  const cutoff = sql`${clock.ackCutoff.toISOString()}::timestamptz`;
  // Written as plain conjunctions where the state allows (no "NOT (a OR b)"): the planner then
  // sees the ranges an index can serve (sent since the cut-off: delivery_tracking_unacknowledged_idx).
  const calm = sql`NOT ${t.promisedLate} AND NOT ${t.expectedMoved}`;
  switch (state) {
    case 'late':
      return sql`${t.sortDate} < ${clock.today}::date`;
    case 'at_risk':
      return sql`${notLate} AND (${t.promisedLate} OR ${t.expectedMoved} OR (NOT ${t.acknowledged} AND ${t.sentAt} < ${cutoff}))`;
    case 'not_acknowledged':
      return sql`${notLate} AND ${calm} AND NOT ${t.acknowledged} AND ${t.sentAt} >= ${cutoff}`;
    case 'on_track':
      return sql`${notLate} AND ${calm} AND ${t.acknowledged}`;
  }
}

export type TrackingListRow = TrackingRow & { supplierName: string; buyerName: string };

/** One page of tracking rows, soonest expected first, strictly after the cursor's row. */
export async function listTrackingRows(
  db: Db,
  opts: TrackingWhere & {
    filter: { state?: DeliveryState };
    clock: TrackingClock;
    after?: { sortDate: string; orderId: string; lineNo: number };
    limit: number;
  },
): Promise<TrackingListRow[]> {
  const t = deliveryTracking;
  const where = trackingWhere(opts);
  if (opts.filter.state) where.push(stateWhere(opts.filter.state, opts.clock));
  const a = opts.after;
  if (a) {
    where.push(
      sql`(${t.sortDate}, ${t.purchaseOrderId}, ${t.lineNo}) > (${a.sortDate}::date, ${a.orderId}::uuid, ${a.lineNo}::int)`,
    );
  }
  return db
    .select({
      ...getTableColumns(t),
      supplierName: suppliers.legalName,
      buyerName: users.name,
    })
    .from(t)
    .innerJoin(suppliers, eq(suppliers.id, t.supplierId))
    .innerJoin(users, eq(users.id, t.buyerId))
    .where(where.length > 0 ? and(...where) : undefined)
    .orderBy(t.sortDate, t.purchaseOrderId, t.lineNo)
    .limit(opts.limit);
}

/** Open lines per delivery state under the filters, each counted up to `cap`. */
export async function countTrackingRows(
  db: Db,
  opts: TrackingWhere & { clock: TrackingClock; cap: number },
): Promise<Record<DeliveryState, CappedCount>> {
  const base = trackingWhere(opts);
  // One statement for the four counts. Lines not acknowledged yet are found by when they were sent
  // (a partial index); the others by their date, from the earliest: most lines of a large
  // organisation are long past (late or received), and a plain scan would read all of them to
  // find the few current ones.
  const counts = Object.fromEntries(
    DELIVERY_STATES.map((state) => [
      state,
      {
        where: and(...base, stateWhere(state, opts.clock)),
        orderBy: state === 'not_acknowledged' ? undefined : sql`${deliveryTracking.sortDate}`,
      },
    ]),
  ) as Record<DeliveryState, { where: SQL | undefined; orderBy?: SQL }>;
  return countsUpTo(db, deliveryTracking, counts, opts.cap);
}

/** The state of a line as SQL (see stateWhere): for the reminders, which compare it to what was told. */
function stateCase(clock: TrackingClock): SQL {
  return sql`CASE WHEN ${stateWhere('late', clock)} THEN 'late'
    WHEN ${stateWhere('at_risk', clock)} THEN 'at_risk'
    WHEN ${stateWhere('not_acknowledged', clock)} THEN 'not_acknowledged' ELSE 'on_track' END`;
}

/**
 * Lines that turned at risk or late since their buyer was last told (late after at risk counts),
 * oldest first, at most `limit`; and forgets what was told of lines that are no longer either, so a
 * later turn is told again.
 */
export async function linesToTellBuyers(
  db: Db,
  clock: TrackingClock,
  limit: number,
): Promise<
  {
    purchaseOrderId: string;
    orderNumber: string;
    buyerId: string;
    lineNo: number;
    state: 'late' | 'at_risk';
  }[]
> {
  const t = deliveryTracking;
  const state = stateCase(clock);
  await db.execute(
    sql`UPDATE ${t} SET notified_state = NULL WHERE notified_state IS NOT NULL AND (${state}) IN ('on_track', 'not_acknowledged')`,
  );
  const result = await db.execute(sql`
    SELECT purchase_order_id, order_number, buyer_id, line_no, s.state FROM (
      SELECT ${t}.*, ${state} AS state FROM ${t}
    ) s
    WHERE s.state IN ('late', 'at_risk')
      AND (s.notified_state IS NULL OR (s.notified_state = 'at_risk' AND s.state = 'late'))
    ORDER BY s.sort_date, s.purchase_order_id, s.line_no
    LIMIT ${limit}`);
  return rowsOf<{
    purchase_order_id: string;
    order_number: string;
    buyer_id: string;
    line_no: number;
    state: 'late' | 'at_risk';
  }>(result).map((r) => ({
    purchaseOrderId: r.purchase_order_id,
    orderNumber: r.order_number,
    buyerId: r.buyer_id,
    lineNo: r.line_no,
    state: r.state,
  }));
}

export async function setNotifiedState(
  db: Db,
  orderId: string,
  lineNos: number[],
  state: 'late' | 'at_risk',
): Promise<void> {
  await db
    .update(deliveryTracking)
    .set({ notifiedState: state })
    .where(and(eq(deliveryTracking.purchaseOrderId, orderId), inArray(deliveryTracking.lineNo, lineNos)));
}

/**
 * Orders whose supplier is due a reminder: a delivery promised on `dueDate` (acknowledged lines),
 * or an acknowledgement overdue; with the lines concerned. At most `limit` orders.
 */
export async function ordersToRemind(
  db: Db,
  opts: {
    reason: 'delivery_due' | 'acknowledgement_overdue';
    clock: TrackingClock;
    dueDate: string;
    limit: number;
  },
): Promise<
  {
    purchaseOrderId: string;
    orderNumber: string;
    supplierId: string;
    lineNos: number[];
    date: string | null;
  }[]
> {
  const t = deliveryTracking;
  const where =
    opts.reason === 'delivery_due'
      ? sql`${t.acknowledged} AND ${t.promisedDate} = ${opts.dueDate}::date AND ${t.inTransitQuantity} < ${t.openQuantity}`
      : sql`NOT ${t.acknowledged} AND ${t.sentAt} < ${opts.clock.ackCutoff.toISOString()}::timestamptz`;
  const result = await db.execute(sql`
    SELECT purchase_order_id, min(order_number) AS order_number, min(supplier_id::text) AS supplier_id,
      array_agg(line_no ORDER BY line_no) AS line_nos, to_char(min(promised_date), 'YYYY-MM-DD') AS date
    FROM ${t} WHERE ${where}
      AND NOT EXISTS (SELECT 1 FROM tracking_reminders r WHERE r.purchase_order_id = ${t.purchaseOrderId}
        AND r.reason = ${opts.reason} AND r.day = ${opts.clock.today}::date)
    GROUP BY purchase_order_id ORDER BY purchase_order_id LIMIT ${opts.limit}`);
  return rowsOf<{
    purchase_order_id: string;
    order_number: string;
    supplier_id: string;
    line_nos: number[];
    date: string | null;
  }>(result).map((r) => ({
    purchaseOrderId: r.purchase_order_id,
    orderNumber: r.order_number,
    supplierId: r.supplier_id,
    lineNos: r.line_nos,
    date: r.date,
  }));
}

/** Claims today's reminder of an order for a reason; false when it was already sent. */
export async function claimReminder(
  db: Db,
  opts: { orderId: string; reason: string; day: string; at: Date },
): Promise<boolean> {
  const rows = await db
    .insert(trackingReminders)
    .values({ purchaseOrderId: opts.orderId, reason: opts.reason, day: opts.day, sentAt: opts.at })
    .onConflictDoNothing()
    .returning({ id: trackingReminders.purchaseOrderId });
  return rows.length > 0;
}

export async function findShipNotice(db: Db, id: string): Promise<ShipNoticeRow | undefined> {
  const [row] = await db.select().from(shipNotices).where(eq(shipNotices.id, id)).limit(1);
  return row;
}

/** Ship notices whose number, tracking number or supplier's reference is `ref` (any letter case), newest first. */
export async function findShipNoticesByReference(
  db: Db,
  ref: string,
  limit: number,
): Promise<ShipNoticeRow[]> {
  const r = ref.trim().toLowerCase();
  return db
    .select()
    .from(shipNotices)
    .where(
      or(
        sql`lower(${shipNotices.number}) = ${r}`,
        sql`lower(${shipNotices.trackingNumber}) = ${r}`,
        sql`lower(${shipNotices.supplierReference}) = ${r}`,
      ),
    )
    .orderBy(desc(shipNotices.seq))
    .limit(limit);
}

export async function shipNoticesOfOrders(db: Db, orderIds: string[]): Promise<ShipNoticeRow[]> {
  if (orderIds.length === 0) return [];
  return db
    .select()
    .from(shipNotices)
    .where(inArray(shipNotices.purchaseOrderId, orderIds))
    .orderBy(desc(shipNotices.seq))
    .limit(200);
}

// ── supplier evaluation ─────────────────────────────────────────────────────

/** How a supplier answered an order, as supplier evaluation reads it (docs/evaluation.md). */
export type AnswerFacts = {
  /** When its first answer (portal or UBL Order Response) arrived. */
  firstAnsweredAt: Date;
  /** Answers that proposed changes or rejected lines. */
  proposals: number;
};

/** The suppliers' answers to the orders `ids`, by order (orders never answered are absent): one statement. */
export async function answerFactsOfOrders(db: Db, ids: string[]): Promise<Map<string, AnswerFacts>> {
  const out = new Map<string, AnswerFacts>();
  if (ids.length === 0) return out;
  const rows = rowsOf<{ orderId: string; firstAnsweredAt: string | Date; proposals: number }>(
    await db.execute(sql`
      SELECT purchase_order_id AS "orderId", min(submitted_at) AS "firstAnsweredAt",
        count(*) FILTER (WHERE EXISTS (
          SELECT 1 FROM jsonb_array_elements(lines) e WHERE e->>'decision' <> 'accept'))::int AS proposals
      FROM supplier_responses
      WHERE purchase_order_id = any(${sql.param(ids)}::uuid[])
      GROUP BY purchase_order_id`),
  );
  for (const r of rows)
    out.set(r.orderId, { firstAnsweredAt: new Date(r.firstAnsweredAt), proposals: Number(r.proposals) });
  return out;
}
