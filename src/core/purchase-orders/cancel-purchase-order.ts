import type { Ctx } from '../shared/context';
import type { PurchaseOrder } from './purchase-order';
import { releaseSources } from './release-sources';
import { runTransition, type TransitionInput } from './run-transition';

/**
 * Cancels an order nothing was received against (reason required); the requisition quantities it
 * ordered become orderable again.
 */
export async function cancelPurchaseOrder(ctx: Ctx, opts: TransitionInput): Promise<PurchaseOrder> {
  return runTransition(ctx, {
    ...opts,
    transition: 'cancel',
    step: async (tx, order) => {
      await releaseSources(tx, { actor: opts.actor, orderId: order.id, release: 'all' });
      return { patch: { cancelReason: opts.reason?.trim() || null } };
    },
  });
}
