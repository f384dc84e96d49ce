import { createHash } from 'node:crypto';
import { asc, desc, gt, sql } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { auditLog } from '../../db/schema';
import type { Actor } from './actor';
import type { Clock } from './clock';

/**
 * The append-only audit trail. Every write of the core records an entry in the same transaction.
 * Entries form one hash chain: each stores the hash of its predecessor, so a changed or removed
 * row breaks the chain at that point (`npm run audit:verify`).
 */
export type Changes = Record<string, { before: unknown; after: unknown }>;

export type AuditInput = {
  actor: Actor;
  entityType: string;
  entityId: string;
  action: string;
  changes?: Changes;
  reason?: string | null;
};

const GENESIS = '0'.repeat(64);
const CHAIN_LOCK = 727275;

/** JSON with object keys sorted at every depth: jsonb does not keep key order, the hash must not depend on it. */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value ?? null);
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  const obj = value as Record<string, unknown>;
  const keys = Object.keys(obj)
    .filter((k) => obj[k] !== undefined)
    .sort();
  return `{${keys.map((k) => `${JSON.stringify(k)}:${canonicalJson(obj[k])}`).join(',')}}`;
}

type HashedFields = {
  at: Date;
  actorId: string | null;
  actorName: string;
  entityType: string;
  entityId: string;
  action: string;
  changes: Changes;
  reason: string | null;
  prevHash: string;
};

export function entryHash(e: HashedFields): string {
  return createHash('sha256')
    .update(
      canonicalJson({
        at: e.at.toISOString(),
        actorId: e.actorId,
        actorName: e.actorName,
        entityType: e.entityType,
        entityId: e.entityId,
        action: e.action,
        changes: e.changes,
        reason: e.reason,
        prevHash: e.prevHash,
      }),
    )
    .digest('hex');
}

/** Plain JSON (dates as ISO strings), as jsonb will give it back. */
function plain<T>(value: T): T {
  return JSON.parse(JSON.stringify(value ?? {})) as T;
}

export async function recordAudit(tx: Db, clock: Clock, input: AuditInput): Promise<void> {
  // Serialises writers of the chain until this transaction ends; the lock is taken last in a use
  // case so it is held only for the final insert and the commit.
  await tx.execute(sql`select pg_advisory_xact_lock(${CHAIN_LOCK})`);
  const [last] = await tx.select({ hash: auditLog.hash }).from(auditLog).orderBy(desc(auditLog.seq)).limit(1);
  const fields: HashedFields = {
    at: clock.now(),
    actorId: input.actor.userId,
    actorName: input.actor.name,
    entityType: input.entityType,
    entityId: input.entityId,
    action: input.action,
    changes: plain(input.changes ?? {}),
    reason: input.reason ?? null,
    prevHash: last?.hash ?? GENESIS,
  };
  await tx.insert(auditLog).values({ ...fields, hash: entryHash(fields) });
}

/** The changed fields between two versions of a record, limited to `fields`. */
export function diff<T extends Record<string, unknown>>(
  before: T | null,
  after: T,
  fields: (keyof T)[],
): Changes {
  const changes: Changes = {};
  for (const f of fields) {
    const b = before ? before[f] : undefined;
    const a = after[f];
    if (canonicalJson(plain(b ?? null)) !== canonicalJson(plain(a ?? null))) {
      changes[String(f)] = { before: b ?? null, after: a ?? null };
    }
  }
  return changes;
}

export type ChainReport =
  | { ok: true; entries: number }
  | { ok: false; entries: number; brokenAt: number; problem: string };

/** Walks the whole chain in order and reports the first broken link. */
export async function verifyAuditChain(db: Db, batchSize = 5000): Promise<ChainReport> {
  let prev = GENESIS;
  let after = 0;
  let count = 0;
  for (;;) {
    const rows = await db
      .select()
      .from(auditLog)
      .where(gt(auditLog.seq, after))
      .orderBy(asc(auditLog.seq))
      .limit(batchSize);
    if (rows.length === 0) return { ok: true, entries: count };
    for (const row of rows) {
      count++;
      if (row.prevHash !== prev) {
        return {
          ok: false,
          entries: count,
          brokenAt: row.seq,
          problem: 'previous-hash link does not match the entry before it',
        };
      }
      const expected = entryHash({ ...row, changes: row.changes, reason: row.reason ?? null });
      if (expected !== row.hash) {
        return {
          ok: false,
          entries: count,
          brokenAt: row.seq,
          problem: 'entry content does not match its hash',
        };
      }
      prev = row.hash;
      after = row.seq;
    }
  }
}
