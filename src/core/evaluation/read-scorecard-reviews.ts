import type { Ctx } from '../shared/context';
import { getSupplier } from '../suppliers';
import * as repo from './repository';
import { type ScorecardReview, toScorecardReview } from './send-scorecard';

/** The reviews a supplier was sent, newest first (the last 20): to whom, when, and where each stands. */
export async function listScorecardReviews(
  ctx: Ctx,
  opts: { supplierId: string },
): Promise<ScorecardReview[]> {
  const supplier = await getSupplier(ctx, { id: opts.supplierId });
  const rows = await repo.listScorecardReviews(ctx.db, supplier.id, 20);
  return rows.map(toScorecardReview);
}
