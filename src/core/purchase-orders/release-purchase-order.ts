import type { Ctx } from '../shared/context';
import type { PurchaseOrder } from './purchase-order';
import { runTransition, type TransitionInput } from './run-transition';

/** Takes an order off hold, back to the status it was held from. */
export async function releasePurchaseOrder(ctx: Ctx, opts: TransitionInput): Promise<PurchaseOrder> {
  return runTransition(ctx, {
    ...opts,
    transition: 'release',
    step: (_tx, order) => ({
      patch: { holdReason: null },
      changes: { holdReason: { before: order.holdReason, after: null } },
    }),
  });
}
