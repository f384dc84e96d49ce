import { isoDate } from '../shared/clock';
import type { Ctx } from '../shared/context';
import { AppError } from '../shared/errors';
import { type RateQuote, toExchangeRate } from './models';
import * as repo from './repository';
import { isIsoDate } from './rules';
import { requireSettings } from './validate-organisation';

/**
 * The rate that converts an amount in `currency` to the base currency on `date`: the latest rate
 * valid on or before that date (1 for the base currency itself). Usable inside another
 * capability's transaction: pass `{ ...ctx, db: tx }`. `baseCurrency`: from settings the caller
 * has just read, saving a read.
 */
export async function rateOn(
  ctx: Ctx,
  opts: { currency: string; date: string | Date; baseCurrency?: string },
): Promise<RateQuote> {
  const date = typeof opts.date === 'string' ? opts.date : isoDate(opts.date);
  if (!isIsoDate(date)) throw AppError.field('date', 'must be a date as YYYY-MM-DD');
  const baseCurrency = opts.baseCurrency ?? (await requireSettings(ctx.db)).baseCurrency;
  if (opts.currency === baseCurrency)
    return { currency: opts.currency, baseCurrency, date, rate: '1', validOn: null };
  const row = await repo.latestExchangeRate(ctx.db, opts.currency, baseCurrency, date);
  if (!row) {
    throw new AppError(
      'validation',
      `There is no exchange rate from ${opts.currency} to ${baseCurrency} on or before ${date}; enter one under exchange rates.`,
      {
        errors: [
          {
            path: 'currency',
            message: `${opts.currency} has no rate to ${baseCurrency} on or before ${date}`,
          },
        ],
      },
    );
  }
  return {
    currency: opts.currency,
    baseCurrency,
    date,
    rate: toExchangeRate(row).rate,
    validOn: row.validOn,
  };
}
