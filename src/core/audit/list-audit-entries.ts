import type { Ctx } from '../shared/context';
import { decodeCursor, pageOf } from '../shared/pagination';
import { type AuditFilter, listEntries } from './repository';

/** Audit entries newest first; the audit log is read-only to everybody. */
export async function listAuditEntries(
  ctx: Ctx,
  opts: { filter: AuditFilter; limit: number; cursor?: string },
) {
  const c = decodeCursor(opts.cursor);
  const rows = await listEntries(ctx.db, opts.filter, c ? Number(c.k) : undefined, opts.limit + 1);
  return pageOf(rows, opts.limit, (r) => ({ k: r.seq, id: String(r.seq) }));
}
