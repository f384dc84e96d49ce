import type { Ctx } from '../shared/context';
import type { PurchaseOrder } from './purchase-order';
import { releaseSources } from './release-sources';
import { type TransitionInput, transitionPurchaseOrder } from './transition-purchase-order';

/**
 * Cancels an order nothing was received against (reason required); the requisition quantities it
 * ordered become orderable again.
 */
export async function cancelPurchaseOrder(ctx: Ctx, opts: TransitionInput): Promise<PurchaseOrder> {
  return transitionPurchaseOrder(ctx, {
    ...opts,
    transition: 'cancel',
    step: async (tx, order) => {
      await releaseSources(tx, { actor: opts.actor, orderId: order.id, release: 'all' });
      return { patch: { cancelReason: opts.reason?.trim() || null } };
    },
  });
}
