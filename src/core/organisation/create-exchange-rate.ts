import type { Db } from '../../db/client';
import type { Actor } from '../shared/actor';
import { diff, recordAudit } from '../shared/audit';
import type { Ctx } from '../shared/context';
import { AppError, FieldErrors, isUniqueViolation } from '../shared/errors';
import { newId } from '../shared/ids';
import { EXCHANGE_RATE_AUDITED, type ExchangeRate, toExchangeRate } from './models';
import * as repo from './repository';
import { exchangeRateProblem, isIsoDate } from './rules';
import { requireSettings } from './validate-organisation';

export type CreateExchangeRateInput = {
  currency: string;
  /** Defaults to the organisation's base currency. */
  baseCurrency?: string;
  rate: string;
  validOn: string;
};

export function assertValidRate(rate: string): void {
  const problem = exchangeRateProblem(rate);
  if (problem) throw AppError.field('rate', problem);
}

async function assertRateCurrencies(db: Db, currency: string, baseCurrency: string): Promise<void> {
  const errors = new FieldErrors();
  // Shared lock: neither currency can be deactivated until this rate is committed.
  const active = await repo.activeCurrencyCodes(db, [currency, baseCurrency], { lock: 'share' });
  if (currency === baseCurrency) errors.add('currency', `must differ from the base currency ${baseCurrency}`);
  else if (!active.has(currency)) errors.add('currency', `${currency} is not an active currency`);
  if (!active.has(baseCurrency)) errors.add('baseCurrency', `${baseCurrency} is not an active currency`);
  errors.throwIfAny();
}

function rateExists(input: { currency: string; baseCurrency: string; validOn: string }): AppError {
  return new AppError(
    'conflict',
    `There is already a ${input.currency} → ${input.baseCurrency} rate for ${input.validOn}; change that one instead.`,
    {
      errors: [{ path: 'validOn', message: `already has a ${input.currency} → ${input.baseCurrency} rate` }],
    },
  );
}

/** Records the rate of a currency against the base currency from a date on (one per date). */
export async function createExchangeRate(
  ctx: Ctx,
  opts: { actor: Actor; input: CreateExchangeRateInput },
): Promise<ExchangeRate> {
  const { input } = opts;
  assertValidRate(input.rate);
  if (!isIsoDate(input.validOn)) throw AppError.field('validOn', 'must be a date as YYYY-MM-DD');
  let baseCurrency = input.baseCurrency;
  try {
    return await ctx.db.transaction(async (tx) => {
      baseCurrency ??= (await requireSettings(tx)).baseCurrency;
      await assertRateCurrencies(tx, input.currency, baseCurrency);
      const now = ctx.clock.now();
      const row = await repo.insertExchangeRate(tx, {
        id: newId(now.getTime()),
        currency: input.currency,
        baseCurrency,
        rate: input.rate,
        validOn: input.validOn,
        createdAt: now,
      });
      const rate = toExchangeRate(row);
      await recordAudit(tx, ctx.clock, {
        actor: opts.actor,
        entityType: 'exchange_rate',
        entityId: rate.id,
        action: 'create',
        changes: diff(null, rate, EXCHANGE_RATE_AUDITED),
      });
      return rate;
    });
  } catch (err) {
    if (isUniqueViolation(err)) throw rateExists({ ...input, baseCurrency: baseCurrency ?? '' });
    throw err;
  }
}
