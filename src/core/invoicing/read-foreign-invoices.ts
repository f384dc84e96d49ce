import type { Ctx } from '../shared/context';
import * as repo from './repository';

export type ForeignInvoice = repo.ForeignInvoiceRow;

/**
 * Invoices and credit notes in another currency than the base one, issued between two days and
 * booked as actual spend: what the exchange differences report values at the order's rate.
 */
export async function foreignInvoicesIssuedBetween(
  ctx: Ctx,
  opts: { from: string; to: string; baseCurrency: string; limit: number },
): Promise<ForeignInvoice[]> {
  return repo.foreignInvoicesIssuedBetween(ctx.db, opts);
}
