import type { Ctx } from '../shared/context';
import { AppError } from '../shared/errors';
import { decodeListCursor, type Page, pageOf } from '../shared/pagination';
import { type ExchangeRate, toExchangeRate } from './models';
import * as repo from './repository';
import { isIsoDate } from './rules';

export async function getExchangeRate(ctx: Ctx, opts: { id: string }): Promise<ExchangeRate> {
  const row = await repo.findExchangeRateById(ctx.db, opts.id);
  if (!row) throw AppError.notFound('Exchange rate', opts.id);
  return toExchangeRate(row);
}

/** Rates newest date first; `from` and `to` bound the date a rate is valid on (both inclusive). */
export async function listExchangeRates(
  ctx: Ctx,
  opts: { filter: repo.ExchangeRateFilter; limit: number; cursor?: string },
): Promise<Page<ExchangeRate>> {
  const { from, to } = opts.filter;
  if (from !== undefined && !isIsoDate(from)) throw AppError.field('from', 'must be a date as YYYY-MM-DD');
  if (to !== undefined && !isIsoDate(to)) throw AppError.field('to', 'must be a date as YYYY-MM-DD');
  if (from !== undefined && to !== undefined && to < from)
    throw AppError.field('to', `must not be before from (${from})`);
  const c = decodeListCursor(opts.cursor, { k: 'date' });
  const rows = await repo.listExchangeRates(
    ctx.db,
    opts.filter,
    c ? { key: String(c.k), id: c.id } : undefined,
    opts.limit + 1,
  );
  return pageOf(rows.map(toExchangeRate), opts.limit, (r) => ({ k: r.validOn, id: r.id }));
}
