import type { Ctx } from '../shared/context';
import * as repo from './repository';

/**
 * What was accepted of each order line by the end of a day (UTC), as the receipts, reversals and
 * inspections recorded it: received on or before the day and not inspected, or accepted by an
 * inspection by then, less what reversals dated on or before it took back. A past day gives the
 * figure of that day. Order lines with nothing accepted are left out.
 */
export async function acceptedQuantitiesAsOf(
  ctx: Ctx,
  opts: { asOf: string; purchaseOrderId?: string; supplierId?: string },
): Promise<{ purchaseOrderId: string; lineNo: number; accepted: string }[]> {
  return repo.acceptedAsOf(ctx.db, opts);
}
