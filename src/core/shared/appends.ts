import { type SQL, sql } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { auditLog, events } from '../../db/schema';
import { insertFromJson } from './sql';

/**
 * Domain events and audit entries that a write appends in the same statement as its own rows
 * (as data-modifying CTEs), so that a create is one atomic statement without a transaction
 * around it, or together in one statement at the end of a transaction (withAppends). Their rows
 * come from `eventRows` and `auditRow`, as recordEvents and recordAudit write them.
 */
export type Appends = { events: (typeof events.$inferInsert)[]; audit: (typeof auditLog.$inferInsert)[] };

/** The CTEs (`name as (insert …)`) that write `appends`, to join into the statement's `with`. */
export function appendCtes(appends: Appends): SQL[] {
  const ctes: SQL[] = [];
  if (appends.events.length > 0)
    ctes.push(sql`appended_events as (${insertFromJson(events, appends.events)})`);
  if (appends.audit.length > 0)
    ctes.push(sql`appended_audit as (${insertFromJson(auditLog, appends.audit)})`);
  return ctes;
}

const pending = new WeakMap<Db, Appends>();

/** The events and audit entries waiting to be written at the end of the transaction `tx`, if it gathers them. */
export function pendingAppends(tx: Db): Appends | undefined {
  return pending.get(tx);
}

/**
 * Runs `work` in the transaction `tx` gathering the events and audit entries it records
 * (recordEvents, recordAudit), and writes them all in one statement when it has succeeded,
 * before the commit. Nothing is written when `work` throws (the transaction rolls back anyway).
 */
export async function withAppends<T>(tx: Db, work: () => Promise<T>): Promise<T> {
  const appends: Appends = { events: [], audit: [] };
  pending.set(tx, appends);
  try {
    const result = await work();
    const ctes = appendCtes(appends);
    if (ctes.length > 0) await tx.execute(sql`with ${sql.join(ctes, sql`, `)} select 1`);
    return result;
  } finally {
    pending.delete(tx);
  }
}
