import type { Ctx } from '../shared/context';
import * as repo from './repository';

export type { LineToOrderFilter, LineToOrderRow } from './repository';

/**
 * A page of the lines buyers may order: lines of approved and partially ordered requisitions that
 * are not fully ordered, by needed-by date (undated last) then id, after `after` when given. The
 * buyer's workbench (purchase-orders) prices and orders them.
 */
export async function listLinesToOrder(
  ctx: Ctx,
  opts: { filter: repo.LineToOrderFilter; after?: { neededBy: string; id: string }; limit: number },
): Promise<repo.LineToOrderRow[]> {
  return repo.listLinesToOrder(ctx.db, opts.filter, opts.after, opts.limit);
}

/** These requisition lines as the workbench sees them, whatever their state (the caller checks). */
export async function findLinesToOrder(
  ctx: Ctx,
  opts: { lineIds: string[] },
): Promise<repo.LineToOrderRow[]> {
  return repo.findLinesToOrder(ctx.db, opts.lineIds);
}

/** The cursor key of a line in listLinesToOrder: its needed-by date, undated lines last. */
export function lineToOrderSortKey(neededBy: string | null): string {
  return repo.lineToOrderSortKey(neededBy);
}
