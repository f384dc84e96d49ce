import type { Ctx } from '../shared/context';
import { type Settings, toSettings } from './models';
import { requireSettings } from './validate-organisation';

/** The organisation-wide settings: name, base currency, fiscal year, document number formats. */
export async function getSettings(ctx: Ctx): Promise<Settings> {
  return toSettings(await requireSettings(ctx.db));
}
