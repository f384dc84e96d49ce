import type { PaymentAccount } from '../../db/schema';
import type { Ctx } from '../shared/context';
import { type Settings, toSettings } from './models';
import { requireSettings } from './validate-organisation';

/** The organisation-wide settings: name, base currency, fiscal year, document number formats. */
export async function getSettings(ctx: Ctx): Promise<Settings> {
  return toSettings(await requireSettings(ctx.db));
}

/** The account suppliers are paid from, as entered (null: none set yet). */
export async function paymentAccount(ctx: Ctx): Promise<PaymentAccount | null> {
  return (await requireSettings(ctx.db)).paymentAccount ?? null;
}
