import type { CorrectiveActionStatus } from '../../domain/evaluation';
import { isoDate } from '../shared/clock';
import type { Ctx } from '../shared/context';
import { decodeListCursor, type Page, pageOf } from '../shared/pagination';
import { getSupplier } from '../suppliers';
import { type CorrectiveAction, toCorrectiveActions } from './corrective-action';
import * as repo from './repository';

/** A supplier's corrective actions, newest request first: open ones, closed ones, or both. */
export async function listCorrectiveActions(
  ctx: Ctx,
  opts: { supplierId: string; status?: CorrectiveActionStatus; limit: number; cursor?: string },
): Promise<Page<CorrectiveAction>> {
  const after = decodeListCursor(opts.cursor, { k: 'timestamp' });
  const supplier = await getSupplier(ctx, { id: opts.supplierId });
  const rows = await repo.listCorrectiveActions(ctx.db, {
    supplierId: supplier.id,
    status: opts.status,
    after: after ? { requestedAt: String(after.k), id: after.id } : undefined,
    limit: opts.limit,
  });
  const page = pageOf(rows, opts.limit, (r) => ({ k: r.requestedAt.toISOString(), id: r.id }));
  return {
    items: await toCorrectiveActions(ctx, page.items, isoDate(ctx.clock.now())),
    nextCursor: page.nextCursor,
  };
}
