import type { Ctx } from '../shared/context';
import { supplierPartNumbersOn } from './repository';

/** Item id → the supplier's own part number, from its price list valid on the date. */
export function supplierPartNumbers(
  ctx: Ctx,
  opts: { supplierId: string; itemIds: string[]; date: string },
): Promise<Map<string, string>> {
  return supplierPartNumbersOn(ctx.db, opts.supplierId, [...new Set(opts.itemIds)], opts.date);
}
