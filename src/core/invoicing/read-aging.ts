import type { Ctx } from '../shared/context';
import * as repo from './repository';

export type AgingCell = repo.AgingCell;

/**
 * Open payables at the end of a day per supplier, currency and bucket of days past due (one grouped
 * statement): invoices issued by then, submitted and neither rejected nor cancelled, and not paid by
 * then. A past day counts invoices paid since as open; rejections and cancellations are not dated
 * by status history, so those invoices never count.
 */
export async function payablesAging(
  ctx: Ctx,
  opts: { asOf: string; supplierId?: string },
): Promise<AgingCell[]> {
  return repo.agingCells(ctx.db, opts);
}
