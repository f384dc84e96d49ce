import type { Ctx } from '../shared/context';
import * as repo from './repository';

/** A receipt line as invoicing consumes it: accepted, and what invoices consumed of that. */
export type InvoicableReceiptLine = repo.InvoicableLineRow;

/**
 * The accepted lines of an order's receipts with what invoices consumed of each, oldest receipt
 * first: what a three-way match takes from. Call with the order locked (invoicing locks it as
 * receiving does), so no receipt, reversal or other match moves them meanwhile.
 */
export async function invoicableReceiptLines(
  ctx: Ctx,
  opts: { purchaseOrderId: string },
): Promise<InvoicableReceiptLine[]> {
  return repo.invoicableLines(ctx.db, opts.purchaseOrderId);
}

/**
 * Records what matched invoices consumed of receipt lines (negative: a credit note or a rejected
 * invoice gives it back). Inside the matching transaction; the database refuses more than accepted.
 */
export async function recordInvoicedQuantities(
  ctx: Ctx,
  opts: { entries: { receiptId: string; lineNo: number; quantity: string }[] },
): Promise<void> {
  await repo.addInvoiced(ctx.db, opts.entries);
}
