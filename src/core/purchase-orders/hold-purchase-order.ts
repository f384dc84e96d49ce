import type { Ctx } from '../shared/context';
import type { PurchaseOrder } from './purchase-order';
import { type TransitionInput, transitionPurchaseOrder } from './transition-purchase-order';

/** Puts an order on hold (reason required); release returns it to the status it was held from. */
export async function holdPurchaseOrder(ctx: Ctx, opts: TransitionInput): Promise<PurchaseOrder> {
  return transitionPurchaseOrder(ctx, {
    ...opts,
    transition: 'hold',
    step: () => ({ patch: { holdReason: opts.reason?.trim() || null } }),
  });
}
