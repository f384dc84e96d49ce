import type { Ctx } from '../shared/context';
import * as repo from './repository';

/**
 * What invoices had billed of each order line by the end of a day (UTC), from the match ledger's
 * entries recorded by then (matches, give-backs of rejected or cancelled invoices, credit notes):
 * a past day gives the figure of that day. Order lines at zero are left out.
 */
export async function invoicedQuantitiesAsOf(
  ctx: Ctx,
  opts: { asOf: string; purchaseOrderId?: string; supplierId?: string },
): Promise<{ purchaseOrderId: string; lineNo: number; invoiced: string }[]> {
  return repo.invoicedAsOf(ctx.db, opts);
}
