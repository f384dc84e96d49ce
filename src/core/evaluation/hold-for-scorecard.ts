import type { Actor } from '../shared/actor';
import type { Ctx } from '../shared/context';
import { AppError } from '../shared/errors';
import { changeSupplierStatus, type Supplier } from '../suppliers';
import { getSupplierScorecard } from './read-scorecards';

/**
 * Puts a supplier on hold because of its scorecard: the reason and a snapshot of the scorecard
 * (period, score, grade, each measure) are kept in the supplier's history, so the decision can be
 * explained later whatever the scores become (docs/evaluation.md#choosing-a-supplier).
 */
export async function holdSupplierForScorecard(
  ctx: Ctx,
  opts: { actor: Actor; supplierId: string; version: number; reason: string; period?: string },
): Promise<Supplier> {
  const reason = opts.reason.trim();
  if (!reason)
    throw AppError.field('reason', 'is required: say what in the scorecard puts the supplier on hold');
  const card = await getSupplierScorecard(ctx, {
    actor: opts.actor,
    supplierId: opts.supplierId,
    period: opts.period,
  });
  return changeSupplierStatus(ctx, {
    actor: opts.actor,
    id: opts.supplierId,
    version: opts.version,
    status: 'on_hold',
    reason,
    scorecard: {
      period: card.period.key,
      from: card.period.from,
      to: card.period.to,
      orders: card.orders,
      score: card.score,
      grade: card.grade,
      enoughData: card.enoughData,
      measures: Object.fromEntries(card.measures.map((m) => [m.key, m.value])),
      otif: card.details.otif,
    },
  });
}
