import type { Ctx } from '../shared/context';
import type { BilledLine, JudgedInvoice } from './repository';
import * as repo from './repository';

export type { BilledLine, JudgedInvoice };

/**
 * The invoices (not credit notes) of the orders `ids` that a match has judged — matched, found an
 * exception, or rejected —, with their lines' prices as the match compared them, by order: one
 * statement. Drafts, invoices still waiting for goods and cancelled ones say nothing of the supplier.
 */
export async function invoiceFactsOfOrders(ctx: Ctx, ids: string[]): Promise<Map<string, JudgedInvoice[]>> {
  return repo.invoiceFactsOfOrders(ctx.db, ids);
}
