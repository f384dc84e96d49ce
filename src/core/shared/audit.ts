import { createHash } from 'node:crypto';
import { asc, gt, sql } from 'drizzle-orm';
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

/** The predecessor of the first entry; audit_chain_head() answers the same on an empty log. */
const GENESIS = '0'.repeat(64);

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

/**
 * The text entryHash hashes, split around the predecessor's hash (a hex string, so it appears in
 * the JSON as itself between quotes): entryHash(e) = sha256(head + e.prevHash + tail). The keys
 * sort as action, actorId, actorName, at, changes, entityId, entityType, prevHash, reason.
 */
export function entryHashText(e: Omit<HashedFields, 'prevHash'>): { head: string; tail: string } {
  const before = canonicalJson({
    at: e.at.toISOString(),
    actorId: e.actorId,
    actorName: e.actorName,
    entityType: e.entityType,
    entityId: e.entityId,
    action: e.action,
    changes: e.changes,
  });
  return {
    head: `${before.slice(0, -1)},"prevHash":"`,
    tail: `","reason":${canonicalJson(e.reason)}}`,
  };
}

/** Plain JSON (dates as ISO strings), as jsonb will give it back. */
function plain<T>(value: T): T {
  return JSON.parse(JSON.stringify(value ?? {})) as T;
}

/**
 * Appends an entry in one statement. audit_chain_head() (migration 0008) takes the chain's
 * transaction lock and only then reads the newest hash, with a snapshot taken after the lock, so
 * writers chain one after the other; the database hashes head + that hash + tail (sha256, as
 * entryHash does). The lock is held from this statement to the commit: use cases append their
 * entry last, so that is all the time writers wait for one another.
 */
export async function recordAudit(tx: Db, clock: Clock, input: AuditInput): Promise<void> {
  const fields = {
    at: clock.now(),
    actorId: input.actor.userId,
    actorName: input.actor.name,
    entityType: input.entityType,
    entityId: input.entityId,
    action: input.action,
    changes: plain(input.changes ?? {}),
    reason: input.reason ?? null,
  };
  const { head, tail } = entryHashText(fields);
  await tx.execute(sql`
    insert into ${auditLog} (at, actor_id, actor_name, entity_type, entity_id, action, changes, reason, prev_hash, hash)
    select ${fields.at.toISOString()}::timestamptz, ${fields.actorId}::uuid, ${fields.actorName}, ${fields.entityType},
      ${fields.entityId}, ${fields.action}, ${JSON.stringify(fields.changes)}::jsonb, ${fields.reason}::text, chain.prev,
      encode(sha256(convert_to(${head} || chain.prev || ${tail}, 'UTF8')), 'hex')
    from (select audit_chain_head() as prev) chain`);
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
