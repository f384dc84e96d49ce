import type { Db } from '../../db/client';
import { auditLog, events } from '../../db/schema';
import type { AuditRow } from './audit';
import type { EventRow } from './events';

/**
 * Domain events and audit entries that a write appends in the same statement as its own rows
 * (as data-modifying CTEs), so that a create is one atomic statement without a transaction
 * around it. Their rows come from `eventRows` and `auditRow`, as recordEvents and recordAudit
 * would write them.
 */
export type Appends = { events: EventRow[]; audit: AuditRow[] };

/** The CTEs that write `appends`, to add to the statement's `with`. */
export function appendCtes(db: Db, appends: Appends) {
  const ctes = [];
  if (appends.events.length > 0)
    ctes.push(
      db.$with('appended_events').as(db.insert(events).values(appends.events).returning({ seq: events.seq })),
    );
  if (appends.audit.length > 0)
    ctes.push(
      db
        .$with('appended_audit')
        .as(db.insert(auditLog).values(appends.audit).returning({ seq: auditLog.seq })),
    );
  return ctes;
}
