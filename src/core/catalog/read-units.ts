import type { Ctx } from '../shared/context';
import { AppError } from '../shared/errors';
import { decodeListCursor, type Page, pageOf } from '../shared/pagination';
import * as repo from './repository';
import { toUnit, type Unit } from './unit';

export async function getUnit(ctx: Ctx, opts: { code: string }): Promise<Unit> {
  const row = await repo.findUnit(ctx.db, opts.code);
  if (!row) throw AppError.notFound('Unit', opts.code);
  return toUnit(row);
}

/** Units in code order; q searches code and name. */
export async function listUnits(
  ctx: Ctx,
  opts: { filter: { q?: string }; limit: number; cursor?: string },
): Promise<Page<Unit>> {
  const c = decodeListCursor(opts.cursor, { k: 'none', id: 'code' });
  const rows = await repo.listUnits(ctx.db, opts.filter, c?.id, opts.limit + 1);
  return pageOf(rows.map(toUnit), opts.limit, (u) => ({ k: null, id: u.code }));
}

/** The UN/ECE Recommendation 20 codes of these units (null where none is set), by unit code. */
export async function uneceCodesOf(ctx: Ctx, codes: string[]): Promise<Map<string, string | null>> {
  const rows = await repo.findUnitsByCodesIgnoringCase(ctx.db, [...new Set(codes)]);
  return new Map(rows.map((r) => [r.code, r.uneceCode]));
}
