import type { Ctx } from '../shared/context';
import type { PurchaseOrder } from './purchase-order';
import { type TransitionInput, transitionPurchaseOrder } from './transition-purchase-order';

/** Takes an order off hold, back to the status it was held from. */
export async function releasePurchaseOrder(ctx: Ctx, opts: TransitionInput): Promise<PurchaseOrder> {
  return transitionPurchaseOrder(ctx, {
    ...opts,
    transition: 'release',
    step: (_tx, order) => ({
      patch: { holdReason: null },
      changes: { holdReason: { before: order.holdReason, after: null } },
    }),
  });
}
