import { and, asc, desc, eq, gt, inArray, isNotNull, isNull, lt, sql } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { auditCheckpoints, auditLog } from '../../db/schema';
import { rowsOf } from '../shared/sql';
import type { BatchRange } from './checkpoint';

/** SQL of the audit capability: the audit log (read) and its checkpoints. */

export type AuditFilter = { entityType?: string; entityId?: string; actorId?: string };

export async function listEntries(db: Db, filter: AuditFilter, beforeSeq: number | undefined, limit: number) {
  const where = [];
  if (filter.entityType) where.push(eq(auditLog.entityType, filter.entityType));
  if (filter.entityId) where.push(eq(auditLog.entityId, filter.entityId));
  if (filter.actorId) where.push(eq(auditLog.actorId, filter.actorId));
  if (beforeSeq !== undefined) where.push(lt(auditLog.seq, beforeSeq));
  return db
    .select()
    .from(auditLog)
    .where(and(...where))
    .orderBy(desc(auditLog.seq))
    .limit(limit);
}

// ── sealing ─────────────────────────────────────────────────────────────────

/** The sealer's lock: sealers (and publishers) take turns; writers never take it. */
const SEAL_LOCK = 727276;

/** Takes the sealer's transaction lock if it is free; false when another sealer holds it. */
export async function trySealLock(tx: Db): Promise<boolean> {
  const result = await tx.execute(sql`select pg_try_advisory_xact_lock(${SEAL_LOCK}) as locked`);
  return rowsOf<{ locked: boolean }>(result)[0]?.locked === true;
}

/**
 * Bounds of the statement's snapshot: every transaction id below xmin has ended (committed or
 * rolled back), none at or above xmax had started.
 */
export async function snapshotBounds(tx: Db): Promise<{ xmin: string; xmax: string }> {
  const result = await tx.execute(
    sql`select pg_snapshot_xmin(s)::text as xmin, pg_snapshot_xmax(s)::text as xmax from pg_current_snapshot() s`,
  );
  return rowsOf<{ xmin: string; xmax: string }>(result)[0]!;
}

export type CheckpointRow = typeof auditCheckpoints.$inferSelect;

export async function lastCheckpoint(db: Db): Promise<CheckpointRow | undefined> {
  const [row] = await db.select().from(auditCheckpoints).orderBy(desc(auditCheckpoints.id)).limit(1);
  return row;
}

/** The highest seq any checkpoint sealed. */
export async function highestSealedSeq(db: Db): Promise<number> {
  const result = await db.execute(
    sql`select max(${auditCheckpoints.lastSeq})::text as seq from ${auditCheckpoints}`,
  );
  return Number(rowsOf<{ seq: string | null }>(result)[0]?.seq ?? 0);
}

export type BatchEntry = { seq: number; txid: string; hash: string };

/** One page of a batch's entries in seq order, after `afterSeq`. */
export async function batchPage(
  db: Db,
  range: BatchRange,
  afterSeq: number,
  limit: number,
): Promise<BatchEntry[]> {
  return db
    .select({ seq: auditLog.seq, txid: auditLog.txid, hash: auditLog.hash })
    .from(auditLog)
    .where(
      and(
        sql`${auditLog.txid} >= ${range.previousHorizon}::xid8`,
        range.horizon === null ? undefined : sql`${auditLog.txid} < ${range.horizon}::xid8`,
        gt(auditLog.seq, Math.max(afterSeq, range.seqFloor)),
        range.seqCeiling === null ? undefined : sql`${auditLog.seq} <= ${range.seqCeiling}`,
      ),
    )
    .orderBy(asc(auditLog.seq))
    .limit(limit);
}

export async function insertCheckpoint(tx: Db, row: typeof auditCheckpoints.$inferInsert): Promise<void> {
  await tx.insert(auditCheckpoints).values(row);
}

/** When the newest e-mailed checkpoint was sealed. */
export async function lastEmailedAt(db: Db): Promise<Date | null> {
  const [row] = await db
    .select({ sealedAt: auditCheckpoints.sealedAt })
    .from(auditCheckpoints)
    .where(eq(auditCheckpoints.emailed, true))
    .orderBy(desc(auditCheckpoints.id))
    .limit(1);
  return row?.sealedAt ?? null;
}

// ── publication ─────────────────────────────────────────────────────────────

export type CheckpointWithPrevious = CheckpointRow & { previousMac: string | null };

const withPrevious = (db: Db) =>
  db
    .select({
      checkpoint: auditCheckpoints,
      // Qualified by hand: drizzle writes a bare "id" in a select list, which the subquery would take as p.id.
      previousMac: sql<
        string | null
      >`(select p.mac from audit_checkpoints p where p.id = "audit_checkpoints"."id" - 1)`,
    })
    .from(auditCheckpoints);

const flatten = (
  rows: { checkpoint: CheckpointRow; previousMac: string | null }[],
): CheckpointWithPrevious[] => rows.map((r) => ({ ...r.checkpoint, previousMac: r.previousMac }));

/** Checkpoints not yet appended to the published file, oldest first. */
export async function unfiledCheckpoints(db: Db, limit: number): Promise<CheckpointWithPrevious[]> {
  return flatten(
    await withPrevious(db)
      .where(isNull(auditCheckpoints.filedAt))
      .orderBy(asc(auditCheckpoints.id))
      .limit(limit),
  );
}

export async function markFiled(tx: Db, ids: number[], at: Date): Promise<void> {
  if (ids.length > 0) {
    await tx.update(auditCheckpoints).set({ filedAt: at }).where(inArray(auditCheckpoints.id, ids));
  }
}

/** Checkpoints not yet accepted by the checkpoint URL, oldest first. */
export async function unsentCheckpoints(db: Db, limit: number): Promise<CheckpointWithPrevious[]> {
  return flatten(
    await withPrevious(db)
      .where(isNull(auditCheckpoints.sentAt))
      .orderBy(asc(auditCheckpoints.id))
      .limit(limit),
  );
}

export async function markSent(db: Db, id: number, at: Date): Promise<void> {
  await db
    .update(auditCheckpoints)
    .set({ sentAt: at, sendError: null, sendAttempts: sql`${auditCheckpoints.sendAttempts} + 1` })
    .where(eq(auditCheckpoints.id, id));
}

export async function markSendFailed(db: Db, id: number, error: string): Promise<void> {
  await db
    .update(auditCheckpoints)
    .set({ sendError: error.slice(0, 1000), sendAttempts: sql`${auditCheckpoints.sendAttempts} + 1` })
    .where(eq(auditCheckpoints.id, id));
}

// ── verification ────────────────────────────────────────────────────────────

export async function checkpointPage(db: Db, afterId: number, limit: number): Promise<CheckpointRow[]> {
  return db
    .select()
    .from(auditCheckpoints)
    .where(gt(auditCheckpoints.id, afterId))
    .orderBy(asc(auditCheckpoints.id))
    .limit(limit);
}

export async function checkpointsById(db: Db, ids: number[]): Promise<CheckpointWithPrevious[]> {
  if (ids.length === 0) return [];
  return flatten(await withPrevious(db).where(inArray(auditCheckpoints.id, ids)));
}

/** The restart checkpoints, in order: each ends the batches of the era before it at its ceiling. */
export async function restarts(db: Db): Promise<{ id: number; seqCeiling: number | null }[]> {
  return db
    .select({ id: auditCheckpoints.id, seqCeiling: auditCheckpoints.seqCeiling })
    .from(auditCheckpoints)
    .where(eq(auditCheckpoints.kind, 'restart'))
    .orderBy(asc(auditCheckpoints.id));
}

export async function countFiled(db: Db): Promise<number> {
  const result = await db.execute(
    sql`select count(*)::text as n from ${auditCheckpoints} where ${isNotNull(auditCheckpoints.filedAt)}`,
  );
  return Number(rowsOf<{ n: string }>(result)[0]?.n ?? 0);
}

export type EntryRow = typeof auditLog.$inferSelect;

/** One page of the whole log in seq order, after `afterSeq`. */
export async function entryPage(db: Db, afterSeq: number, limit: number): Promise<EntryRow[]> {
  return db.select().from(auditLog).where(gt(auditLog.seq, afterSeq)).orderBy(asc(auditLog.seq)).limit(limit);
}
