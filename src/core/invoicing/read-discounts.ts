import type { Ctx } from '../shared/context';
import * as repo from './repository';

export type DiscountInvoice = repo.DiscountRow;

/** Invoices with an early-payment discount dated between two days (the discounts report). */
export async function invoicesWithDiscountBetween(
  ctx: Ctx,
  opts: { from: string; to: string; limit: number },
): Promise<DiscountInvoice[]> {
  return repo.invoicesWithDiscountBetween(ctx.db, opts);
}
