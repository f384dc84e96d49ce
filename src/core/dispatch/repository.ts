import { and, desc, eq, inArray, lt, ne, sql } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { dispatches, dispatchFiles, shipNoticeLines, shipNotices, supplierResponses } from '../../db/schema';

/** SQL of the dispatch capability: sends and the bytes they carried. */

export type DispatchRow = typeof dispatches.$inferSelect;
export type DispatchInsert = typeof dispatches.$inferInsert;

export async function insertDispatch(db: Db, row: DispatchInsert): Promise<void> {
  await db.insert(dispatches).values(row);
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
    .where(and(eq(dispatches.purchaseOrderId, orderId), ne(dispatches.kind, 'cancellation')))
    .orderBy(desc(dispatches.seq))
    .limit(1);
  return row;
}

export async function hasCancellation(db: Db, orderId: string): Promise<boolean> {
  const [row] = await db
    .select({ id: dispatches.id })
    .from(dispatches)
    .where(and(eq(dispatches.purchaseOrderId, orderId), eq(dispatches.kind, 'cancellation')))
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
