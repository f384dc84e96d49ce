import type { BankDetails, Contact } from '../../db/schema';
import type { Ctx } from '../shared/context';
import * as repo from './repository';
import type { SupplierStatus } from './rules';

/**
 * What a payment run needs to pay suppliers: their bank details as entered (not masked: only the
 * payments capability asks, to write the bank file), the contacts a remittance advice goes to,
 * and their language. One statement for all of them.
 */
export type SupplierPaymentDetails = {
  id: string;
  code: string;
  legalName: string;
  status: SupplierStatus;
  bankDetails: BankDetails | null;
  contacts: Contact[];
  language: string | null;
};

export async function supplierPaymentDetails(
  ctx: Ctx,
  opts: { ids: string[] },
): Promise<Map<string, SupplierPaymentDetails>> {
  const rows = await repo.paymentDetails(ctx.db, [...new Set(opts.ids)]);
  return new Map(rows.map((r) => [r.id, r]));
}
