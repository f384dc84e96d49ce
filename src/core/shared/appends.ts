import type { SQL } from 'drizzle-orm';
import { sql } from 'drizzle-orm';
import { auditLog, events } from '../../db/schema';
import type { AuditRow } from './audit';
import type { EventRow } from './events';
import { insertFromJson } from './sql';

/**
 * Domain events and audit entries that a write appends in the same statement as its own rows
 * (as data-modifying CTEs), so that a create is one atomic statement without a transaction
 * around it. Their rows come from `eventRows` and `auditRow`, as recordEvents and recordAudit
 * would write them.
 */
export type Appends = { events: EventRow[]; audit: AuditRow[] };

/** The CTEs (`name as (insert …)`) that write `appends`, to join into the statement's `with`. */
export function appendCtes(appends: Appends): SQL[] {
  const ctes: SQL[] = [];
  if (appends.events.length > 0)
    ctes.push(sql`appended_events as (${insertFromJson(events, appends.events)})`);
  if (appends.audit.length > 0)
    ctes.push(sql`appended_audit as (${insertFromJson(auditLog, appends.audit)})`);
  return ctes;
}
