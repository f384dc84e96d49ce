import type { Actor } from '../shared/actor';
import { recordAudit } from '../shared/audit';
import type { Ctx } from '../shared/context';
import { AppError } from '../shared/errors';
import { type Currency, toCurrency } from './models';
import * as repo from './repository';
import { requireSettings } from './validate-organisation';

function assertNotBaseCurrency(code: string, baseCurrency: string): void {
  if (code === baseCurrency) {
    throw new AppError(
      'conflict',
      `${code} is the base currency and cannot be deactivated; choose another base currency in the settings first.`,
      { errors: [{ path: 'active', message: `${code} is the base currency` }] },
    );
  }
}

/**
 * Offers a currency for new documents, or stops offering it. Existing documents and rates in a
 * deactivated currency stay as they are.
 */
export async function setCurrencyActive(
  ctx: Ctx,
  opts: { actor: Actor; code: string; active: boolean },
): Promise<Currency> {
  return ctx.db.transaction(async (tx) => {
    // Settings first, then the currency: the same order as updateSettings, so the two cannot
    // deadlock, and the base currency cannot change under this check.
    const settings = await requireSettings(tx, { lock: 'share' });
    const before = await repo.findCurrency(tx, opts.code, { lock: 'update' });
    if (!before) throw AppError.notFound('Currency', opts.code);
    if (before.active === opts.active) return toCurrency(before);
    if (!opts.active) assertNotBaseCurrency(before.code, settings.baseCurrency);
    const row = await repo.setCurrencyActive(tx, before.code, opts.active);
    await recordAudit(tx, ctx.clock, {
      actor: opts.actor,
      entityType: 'currency',
      entityId: before.code,
      action: opts.active ? 'activate' : 'deactivate',
      changes: { active: { before: before.active, after: opts.active } },
    });
    return toCurrency(row);
  });
}
