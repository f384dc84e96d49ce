import type { Ctx } from '../shared/context';
import type { PurchaseOrder } from './purchase-order';
import { runTransition, type TransitionInput } from './run-transition';

/** Sends an order awaiting approval back to draft, with the reason. */
export async function rejectPurchaseOrder(ctx: Ctx, opts: TransitionInput): Promise<PurchaseOrder> {
  return runTransition(ctx, { ...opts, transition: 'reject' });
}
