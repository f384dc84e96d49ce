import type { Actor } from '../shared/actor';
import type { Ctx } from '../shared/context';
import { decodeListCursor, pageOf } from '../shared/pagination';
import { describeEntries } from './describe-entries';
import { assertCanReadAudit } from './history-access';
import { type AuditFilter, listEntries } from './repository';

/**
 * Audit entries newest first: the whole log for auditors, one record's history for its readers;
 * each with the name of its record and of the records its changes refer to.
 */
export async function listAuditEntries(
  ctx: Ctx,
  opts: { actor: Actor; filter: AuditFilter; limit: number; cursor?: string },
) {
  await assertCanReadAudit(ctx, opts.actor, opts.filter);
  const c = decodeListCursor(opts.cursor, { k: 'integer', id: 'integer' });
  const rows = await listEntries(ctx.db, opts.filter, c ? Number(c.k) : undefined, opts.limit + 1);
  const page = pageOf(rows, opts.limit, (r) => ({ k: r.seq, id: String(r.seq) }));
  // Named for people: the record's number or name, and the records its changes refer to.
  return { ...page, items: await describeEntries(ctx, page.items) };
}
