import type { Ctx } from '../shared/context';
import type { PurchaseOrder } from './purchase-order';
import { runTransition, type TransitionInput } from './run-transition';

/** Puts an order on hold (reason required); release returns it to the status it was held from. */
export async function holdPurchaseOrder(ctx: Ctx, opts: TransitionInput): Promise<PurchaseOrder> {
  return runTransition(ctx, {
    ...opts,
    transition: 'hold',
    step: () => ({ patch: { holdReason: opts.reason?.trim() || null } }),
  });
}
