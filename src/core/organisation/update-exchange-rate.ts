import type { Actor } from '../shared/actor';
import { diff, recordAudit } from '../shared/audit';
import type { Ctx } from '../shared/context';
import { AppError } from '../shared/errors';
import { assertVersion } from '../shared/versioning';
import { assertValidRate } from './create-exchange-rate';
import { EXCHANGE_RATE_AUDITED, type ExchangeRate, toExchangeRate } from './models';
import * as repo from './repository';

/** Corrects the rate of an existing entry; its currency pair and date stay (enter a new date instead). */
export async function updateExchangeRate(
  ctx: Ctx,
  opts: { actor: Actor; id: string; version: number; input: { rate: string } },
): Promise<ExchangeRate> {
  assertValidRate(opts.input.rate);
  return ctx.db.transaction(async (tx) => {
    const before = await repo.findExchangeRateById(tx, opts.id, { lock: 'update' });
    if (!before) throw AppError.notFound('Exchange rate', opts.id);
    assertVersion(before.version, opts.version);
    const row = await repo.updateExchangeRate(tx, opts.id, opts.version, { rate: opts.input.rate });
    if (!row) throw AppError.conflict('The exchange rate changed while saving; reload and try again.');
    const rate = toExchangeRate(row);
    const changes = diff(toExchangeRate(before), rate, EXCHANGE_RATE_AUDITED);
    if (Object.keys(changes).length > 0) {
      await recordAudit(tx, ctx.clock, {
        actor: opts.actor,
        entityType: 'exchange_rate',
        entityId: rate.id,
        action: 'update',
        changes,
      });
    }
    return rate;
  });
}
