import type { Actor } from '../shared/actor';
import { diff, recordAudit } from '../shared/audit';
import type { Ctx } from '../shared/context';
import { AppError } from '../shared/errors';
import { assertVersion } from '../shared/versioning';
import { EXCHANGE_RATE_AUDITED, toExchangeRate } from './models';
import * as repo from './repository';

/**
 * Removes a rate entered by mistake. Documents keep the rate they were converted at, so deleting
 * one only changes what later lookups find.
 */
export async function deleteExchangeRate(
  ctx: Ctx,
  opts: { actor: Actor; id: string; version: number },
): Promise<void> {
  await ctx.db.transaction(async (tx) => {
    const before = await repo.findExchangeRateById(tx, opts.id, { lock: 'update' });
    if (!before) throw AppError.notFound('Exchange rate', opts.id);
    assertVersion(before.version, opts.version);
    if (!(await repo.deleteExchangeRate(tx, opts.id, opts.version))) {
      throw AppError.conflict('The exchange rate changed while deleting; reload and try again.');
    }
    const removed = toExchangeRate(before);
    const changes = Object.fromEntries(
      Object.entries(diff(null, removed, EXCHANGE_RATE_AUDITED)).map(([field, c]) => [
        field,
        { before: c.after, after: null },
      ]),
    );
    await recordAudit(tx, ctx.clock, {
      actor: opts.actor,
      entityType: 'exchange_rate',
      entityId: removed.id,
      action: 'delete',
      changes,
    });
  });
}
