import * as discussion from '../discussion';
import { userNamesByIds } from '../identity';
import type { Actor } from '../shared/actor';
import type { Ctx } from '../shared/context';
import { AppError } from '../shared/errors';
import { decodeListCursor, type Page, pageOf } from '../shared/pagination';
import { canSeeReceipt, receiptScopeOf } from './access';
import * as repo from './repository';
import { type SupplierReturn, toSupplierReturn } from './supplier-return';

async function returnsOf(ctx: Ctx, rows: repo.ReturnRow[]): Promise<SupplierReturn[]> {
  const ids = rows.map((r) => r.id);
  const [lines, names, files] = await Promise.all([
    repo.returnLinesOf(ctx.db, ids),
    userNamesByIds(ctx, { ids: rows.map((r) => r.recordedBy) }),
    discussion.attachmentsOf(ctx, { type: 'supplier_return', ids }),
  ]);
  return rows.map((r) => toSupplierReturn(r, lines, names, files));
}

/**
 * Who sees a return: inside the organisation whoever sees its order (a requester: their
 * department's); a supplier's user only its own supplier's. Anything else is not found.
 */
export function canSeeReturn(
  actor: Actor,
  row: Pick<repo.ReturnRow, 'supplierId' | 'departmentId'>,
): boolean {
  if (actor.supplierId) return actor.supplierId === row.supplierId;
  return canSeeReceipt(actor, row);
}

/** The return's row if the actor may see it; 404 otherwise. */
export async function findVisibleReturn(
  ctx: Ctx,
  opts: { actor: Actor; id: string },
): Promise<repo.ReturnRow> {
  const row = await repo.findReturn(ctx.db, opts.id);
  if (!row || !canSeeReturn(opts.actor, row)) throw AppError.notFound('Return', opts.id);
  return row;
}

/** A return to supplier the actor may see (a supplier's user: one of its own). */
export async function getReturn(ctx: Ctx, opts: { actor: Actor; id: string }): Promise<SupplierReturn> {
  const row = await findVisibleReturn(ctx, opts);
  const [shown] = await returnsOf(ctx, [row]);
  return shown!;
}

/**
 * Returns to supplier newest first, filtered: inside the organisation those of the orders the
 * actor sees; for a supplier's user, its own supplier's only (whatever the filter says).
 */
export async function listReturns(
  ctx: Ctx,
  opts: { actor: Actor; filter: repo.ReturnFilter; limit: number; cursor?: string },
): Promise<Page<SupplierReturn>> {
  const c = decodeListCursor(opts.cursor, { k: 'integer' });
  const { actor } = opts;
  const rows = await repo.listReturns(ctx.db, {
    filter: actor.supplierId ? { ...opts.filter, supplierId: actor.supplierId } : opts.filter,
    departmentId: actor.supplierId ? undefined : receiptScopeOf(actor),
    beforeSeq: c ? Number(c.k) : undefined,
    limit: opts.limit + 1,
  });
  const page = pageOf(rows, opts.limit, (r) => ({ k: r.seq, id: r.id }));
  return { items: await returnsOf(ctx, page.items), nextCursor: page.nextCursor };
}
