import type { Ctx } from '../shared/context';
import * as repo from './repository';

export type ForeignPayment = repo.ForeignPaymentRow;

/**
 * Payments scheduled or paid on a payment date between two days in another currency than the base
 * one, with their base amount at the payment date's rate and what their invoices were booked at:
 * the realised side of the exchange differences report.
 */
export async function foreignPaymentsBetween(
  ctx: Ctx,
  opts: { from: string; to: string; baseCurrency: string; limit: number },
): Promise<ForeignPayment[]> {
  return repo.foreignPaymentsBetween(ctx.db, opts);
}
