import type { Ctx } from '../shared/context';
import type { PurchaseOrder } from './purchase-order';
import { runTransition, type TransitionInput } from './run-transition';
import { assertSupplierNotBlocked } from './supplier-check';

/** Sends a draft for approval. */
export async function submitPurchaseOrder(ctx: Ctx, opts: TransitionInput): Promise<PurchaseOrder> {
  return runTransition(ctx, {
    ...opts,
    transition: 'submit',
    step: async (tx, order) => {
      await assertSupplierNotBlocked(tx, order.supplierId);
      return { patch: { submittedAt: tx.clock.now() } };
    },
  });
}
