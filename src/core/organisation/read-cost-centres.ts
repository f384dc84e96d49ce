import type { Ctx } from '../shared/context';
import { AppError } from '../shared/errors';
import { decodeListCursor, type Page, pageOf } from '../shared/pagination';
import { type CostCentre, toCostCentre } from './models';
import * as repo from './repository';

export async function getCostCentre(ctx: Ctx, opts: { id: string }): Promise<CostCentre> {
  const row = await repo.findCostCentreById(ctx.db, opts.id);
  if (!row) throw AppError.notFound('Cost centre', opts.id);
  return toCostCentre(row);
}

/** Cost centres in code order; q searches code and name. */
export async function listCostCentres(
  ctx: Ctx,
  opts: { filter: repo.CostCentreFilter; limit: number; cursor?: string },
): Promise<Page<CostCentre>> {
  const c = decodeListCursor(opts.cursor, { k: 'text' });
  const rows = await repo.listCostCentres(
    ctx.db,
    opts.filter,
    c ? { key: String(c.k), id: c.id } : undefined,
    opts.limit + 1,
  );
  return pageOf(rows.map(toCostCentre), opts.limit, (cc) => ({ k: cc.code, id: cc.id }));
}
