import type { Ctx } from '../shared/context';
import * as repo from './repository';

/**
 * What purchase orders commit: approved orders and every status after it, closed included, and
 * orders on hold from one of those (domain: purchaseOrderCommitsSpend), each with its base-currency
 * total less the value of its short-closed quantities. Budgets (through organisation's commitment
 * sources) and the spend summary's check count exactly this.
 */
export type CommittedSpendCell = repo.CommittedSpendCell;

/** Committed spend of a cost centre's orders dated in [from, to); with `documentId`, of that order only. */
export async function committedSpendOfCostCentre(
  ctx: Ctx,
  q: { costCentreId: string; from: string; to: string; documentId?: string },
): Promise<string> {
  return repo.committedSpendOfCostCentre(ctx.db, {
    costCentreId: q.costCentreId,
    from: q.from,
    to: q.to,
    orderId: q.documentId,
  });
}

/** Committed spend and committed lines per item category and month of the order date, over every order. */
export async function committedSpendByCategoryMonth(ctx: Ctx): Promise<repo.CommittedCategoryCell[]> {
  return repo.committedSpendByCategoryMonth(ctx.db);
}

/** Committed spend and committed orders per supplier and month of the order date, over every order. */
export async function committedSpendBySupplierMonth(ctx: Ctx): Promise<CommittedSpendCell[]> {
  return repo.committedSpendBySupplierMonth(ctx.db);
}

/**
 * A budget's committed spend (organisation's commitment source for purchase orders): what the cost
 * centre's orders dated in [from, to) still commit once their approved invoices are actual.
 */
export async function openCommitmentOfCostCentre(
  ctx: Ctx,
  q: { costCentreId: string; from: string; to: string; documentId?: string },
): Promise<string> {
  return repo.openCommitmentOfCostCentre(ctx.db, {
    costCentreId: q.costCentreId,
    from: q.from,
    to: q.to,
    orderId: q.documentId,
  });
}

/** A budget's actual spend (organisation's actual source): the approved invoices of those orders. */
export async function invoicedSpendOfCostCentre(
  ctx: Ctx,
  q: { costCentreId: string; from: string; to: string; documentId?: string },
): Promise<string> {
  return repo.invoicedSpendOfCostCentre(ctx.db, {
    costCentreId: q.costCentreId,
    from: q.from,
    to: q.to,
    orderId: q.documentId,
  });
}

/**
 * Tells the order what its approved invoices now add up to (base currency; negative takes off): an
 * invoice approved for payment adds its amount, a credit note takes it off, a rejected or cancelled
 * one gives back what it had added. Call in the transaction that changes the invoice.
 */
export async function recordInvoicedSpend(
  tx: Ctx,
  opts: { purchaseOrderId: string; amountBase: string },
): Promise<void> {
  await repo.addInvoicedBase(tx.db, opts.purchaseOrderId, opts.amountBase);
}

/** Every order whose approved invoices add up to something, and that amount. */
export async function invoicedSpendByOrder(
  ctx: Ctx,
): Promise<{ purchaseOrderId: string; amountBase: string }[]> {
  return repo.invoicedBaseByOrder(ctx.db);
}
