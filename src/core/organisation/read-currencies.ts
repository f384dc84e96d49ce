import type { Ctx } from '../shared/context';
import { AppError } from '../shared/errors';
import { decodeListCursor, type Page, pageOf } from '../shared/pagination';
import { type Currency, toCurrency } from './models';
import * as repo from './repository';

export async function getCurrency(ctx: Ctx, opts: { code: string }): Promise<Currency> {
  const row = await repo.findCurrency(ctx.db, opts.code);
  if (!row) throw AppError.notFound('Currency', opts.code);
  return toCurrency(row);
}

/** The codes among `codes` that name active currencies: one statement. */
export async function activeCurrencyCodes(ctx: Ctx, opts: { codes: string[] }): Promise<Set<string>> {
  return repo.activeCurrencyCodes(ctx.db, [...new Set(opts.codes)]);
}

/** Currencies in code order; q searches code and name. */
export async function listCurrencies(
  ctx: Ctx,
  opts: { filter: repo.CurrencyFilter; limit: number; cursor?: string },
): Promise<Page<Currency>> {
  const c = decodeListCursor(opts.cursor, { k: 'none', id: 'code' });
  const rows = await repo.listCurrencies(ctx.db, opts.filter, c?.id, opts.limit + 1);
  return pageOf(rows.map(toCurrency), opts.limit, (cur) => ({ k: null, id: cur.code }));
}

/**
 * How many decimals each of these currencies has (2 for one not known, as most have): one
 * statement for all of them.
 */
export async function minorUnitsOf(ctx: Ctx, opts: { codes: string[] }): Promise<(code: string) => number> {
  const units = await repo.minorUnitsOf(ctx.db, [...new Set(opts.codes)]);
  return (code) => units.get(code) ?? 2;
}
