import type { Ctx } from '../shared/context';
import type { PurchaseOrder } from './purchase-order';
import { releaseSources } from './release-sources';
import * as repo from './repository';
import { remainingToShortClose } from './rules';
import { type TransitionInput, transitionPurchaseOrder } from './transition-purchase-order';

/**
 * Closes an order: nothing more is expected on it. A reason is required unless everything was
 * received; what was not received goes back to the requisitions it was ordered for. The lines keep
 * their quantities, so the order's progress still shows what was delivered.
 */
export async function closePurchaseOrder(ctx: Ctx, opts: TransitionInput): Promise<PurchaseOrder> {
  return transitionPurchaseOrder(ctx, {
    ...opts,
    transition: 'close',
    step: async (tx, order) => {
      const lines = await repo.findLines(tx.db, order.id);
      const release = new Map(lines.map((l) => [l.id, remainingToShortClose(l)]));
      await releaseSources(tx, { actor: opts.actor, orderId: order.id, release });
      return { patch: { closeReason: opts.reason?.trim() || null } };
    },
  });
}
