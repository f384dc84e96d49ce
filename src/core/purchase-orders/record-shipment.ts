import type { Ctx } from '../shared/context';
import * as repo from './repository';

/**
 * A ship notice's quantities, added to what each line was shipped (dispatch): derived progress,
 * like what was received, so the order's version does not change. When every line's open quantity
 * is shipped, the order is marked fully shipped (its supplier's portal shows it under *Shipped*).
 */
export async function recordShipment(
  ctx: Ctx,
  opts: { purchaseOrderId: string; lines: { lineNo: number; quantity: string }[] },
): Promise<{ fullyShipped: boolean }> {
  await repo.addShippedQuantities(ctx.db, opts.purchaseOrderId, opts.lines);
  return { fullyShipped: await repo.markFullyShipped(ctx.db, opts.purchaseOrderId, ctx.clock.now()) };
}
