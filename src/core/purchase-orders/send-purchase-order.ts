import type { Changes } from '../shared/audit';
import type { Ctx } from '../shared/context';
import type { PurchaseOrder } from './purchase-order';
import * as repo from './repository';
import { type TransitionInput, transitionPurchaseOrder } from './transition-purchase-order';

/**
 * Marks an order sent to its supplier (dispatch calls it with what it records of the send): from
 * approved it becomes sent; a change sent to an acknowledged order is sent again (it awaits the
 * supplier's new answer), while the same revision sent again keeps the acknowledgement.
 * `record` runs in the transaction, with the order locked at the version the send was prepared
 * from, and returns what the audit entry says about the send.
 */
export async function markPurchaseOrderSent(
  ctx: Ctx,
  opts: TransitionInput & {
    /** The send carries a revision the supplier has not had yet. */
    newRevision: boolean;
    record: (tx: Ctx) => Promise<Changes>;
    /** The order as the sender read it at `version`: the answer is built from it (nothing else changes). */
    before?: PurchaseOrder;
  },
): Promise<PurchaseOrder> {
  return transitionPurchaseOrder(ctx, {
    ...opts,
    transition: 'send',
    step: async (tx, order, next) => {
      const changes = await opts.record(tx);
      const keep = order.status === 'acknowledged' && !opts.newRevision;
      const firstSentAt = order.firstSentAt ?? tx.clock.now();
      // Lines a revision added since the first send go with this one (prices of the item: evaluation).
      await repo.markLinesSent(tx.db, order.id, firstSentAt);
      return {
        changes,
        patch: { firstSentAt, sentRevision: order.revision },
        ...(keep ? { state: { status: order.status, heldFromStatus: null } } : { state: next }),
      };
    },
  });
}
