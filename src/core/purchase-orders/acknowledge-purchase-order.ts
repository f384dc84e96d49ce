import type { Ctx } from '../shared/context';
import type { PurchaseOrder } from './purchase-order';
import * as repo from './repository';
import { type TransitionInput, transitionPurchaseOrder } from './transition-purchase-order';

/**
 * The supplier accepted the order (in the portal, or the buyer accepted its proposal): the order is
 * acknowledged and the delivery date it promised is recorded on each line.
 */
export async function acknowledgePurchaseOrder(
  ctx: Ctx,
  opts: TransitionInput & { promisedDates: { lineNo: number; promisedDate: string | null }[] },
): Promise<PurchaseOrder> {
  return transitionPurchaseOrder(ctx, {
    ...opts,
    transition: 'acknowledge',
    step: async (tx, order) => {
      await repo.setPromisedDates(tx.db, order.id, opts.promisedDates);
      return {
        changes: {
          promisedDates: {
            before: null,
            after: opts.promisedDates.map((d) => `${d.lineNo}: ${d.promisedDate ?? '—'}`).join(', '),
          },
        },
      };
    },
  });
}
