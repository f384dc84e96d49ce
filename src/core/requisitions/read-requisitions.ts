import type { Actor } from '../shared/actor';
import type { Ctx } from '../shared/context';
import { decodeListCursor, type Page, pageOf } from '../shared/pagination';
import { baseMoney, findVisibleRequisition, readRequisition, visibilityOf } from './access';
import * as repo from './repository';
import { type Requisition, type RequisitionSummary, toRequisitionSummary } from './requisition';

export async function getRequisition(ctx: Ctx, opts: { actor: Actor; id: string }): Promise<Requisition> {
  await findVisibleRequisition(ctx, opts);
  return readRequisition(ctx, opts.id);
}

export type RequisitionListFilter = repo.RequisitionFilter & { mine?: boolean };

/**
 * Requisitions newest first, among those the actor may see; `mine` keeps the actor's own.
 * q searches the number, the justification and the lines' descriptions.
 */
export async function listRequisitions(
  ctx: Ctx,
  opts: { actor: Actor; filter: RequisitionListFilter; limit: number; cursor?: string },
): Promise<Page<RequisitionSummary>> {
  const { mine, ...filter } = opts.filter;
  if (mine) {
    if (filter.requesterId && filter.requesterId !== opts.actor.userId)
      return { items: [], nextCursor: null };
    filter.requesterId = opts.actor.userId ?? undefined;
  }
  const c = decodeListCursor(opts.cursor, { k: 'timestamp' });
  const rows = await repo.list(
    ctx.db,
    filter,
    visibilityOf(opts.actor),
    c ? { createdAt: String(c.k), id: c.id } : undefined,
    opts.limit + 1,
  );
  const money = await baseMoney(ctx);
  return pageOf(
    rows.map((r) => toRequisitionSummary(r, money)),
    opts.limit,
    (r) => ({ k: r.createdAt.toISOString(), id: r.id }),
  );
}
