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
