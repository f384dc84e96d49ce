import { createHash } from 'node:crypto';
import type { Db } from '../../db/client';
import { auditLog } from '../../db/schema';
import type { Actor } from './actor';
import { pendingAppends } from './appends';
import type { Clock } from './clock';
import { insertFromJson } from './sql';

/**
 * The append-only audit trail. Every write of the core records an entry in its own transaction.
 * An entry carries the hash of its own content and nothing that depends on other rows, so writers
 * never wait for one another here; after commit the sealer links committed entries into a keyed
 * chain of checkpoints (core/audit, docs/audit.md), and `npm run audit:verify` checks both.
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

export type HashedFields = {
  at: Date;
  actorId: string | null;
  actorName: string;
  entityType: string;
  entityId: string;
  action: string;
  changes: Changes;
  reason: string | null;
  /** Only on entries written before sealing existed, whose hash chained to their predecessor. */
  prevHash?: string | null;
};

/**
 * SHA-256 of the entry's canonical JSON. An entry written before sealing existed stored the hash
 * of its predecessor and hashed it with its content; it is included exactly when present, so
 * those entries verify unchanged.
 */
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
        prevHash: e.prevHash ?? undefined,
      }),
    )
    .digest('hex');
}

/** Plain JSON (dates as ISO strings), as jsonb will give it back. */
function plain<T>(value: T): T {
  return JSON.parse(JSON.stringify(value ?? {})) as T;
}

export type AuditRow = typeof auditLog.$inferInsert;

/** The row of an audit entry as it is stored: its content and its content hash. */
export function auditRow(clock: Clock, input: AuditInput): AuditRow {
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
  return { ...fields, hash: entryHash(fields) };
}

/**
 * Appends an entry: its content and content hash; the database adds the sequence number and the
 * writing transaction's id (`txid`). One INSERT, or, in a transaction of inTransaction, one
 * statement with its other entries and events when it ends. No lock, no read of other rows:
 * concurrent writers do not wait for one another.
 */
export async function recordAudit(tx: Db, clock: Clock, input: AuditInput): Promise<void> {
  const row = auditRow(clock, input);
  const gathered = pendingAppends(tx);
  if (gathered) gathered.audit.push(row);
  else await tx.execute(insertFromJson(auditLog, [row]));
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
