import type { Actor } from '../shared/actor';
import type { Ctx } from '../shared/context';
import { decodeListCursor, pageOf } from '../shared/pagination';
import { assertCanReadAudit } from './history-access';
import { type AuditFilter, listEntries } from './repository';

/** Audit entries newest first: the whole log for auditors, one record's history for its readers. */
export async function listAuditEntries(
  ctx: Ctx,
  opts: { actor: Actor; filter: AuditFilter; limit: number; cursor?: string },
) {
  await assertCanReadAudit(ctx, opts.actor, opts.filter);
  const c = decodeListCursor(opts.cursor, { k: 'integer', id: 'integer' });
  const rows = await listEntries(ctx.db, opts.filter, c ? Number(c.k) : undefined, opts.limit + 1);
  return pageOf(rows, opts.limit, (r) => ({ k: r.seq, id: String(r.seq) }));
}
