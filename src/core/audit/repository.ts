import { and, desc, eq, lt } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { auditLog } from '../../db/schema';

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
