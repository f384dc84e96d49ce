import type { Ctx } from '../shared/context';
import * as repo from './repository';

/**
 * What each order's approved invoices come to in base currency, recomputed from the invoices (credit
 * notes negative; orders whose invoices add up to zero left out): what the orders were told, as
 * spend:verify checks.
 */
export async function actualSpendByOrder(
  ctx: Ctx,
): Promise<{ purchaseOrderId: string; amountBase: string }[]> {
  return repo.actualSpendByOrder(ctx.db);
}
