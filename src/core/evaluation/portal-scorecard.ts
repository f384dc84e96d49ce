import type { Actor } from '../shared/actor';
import { isoDate } from '../shared/clock';
import type { Ctx } from '../shared/context';
import { AppError } from '../shared/errors';
import { getSupplierScorecard, type Scorecard } from './read-scorecards';
import * as repo from './repository';
import { isOverdue } from './rules';
import { type SharedComment, sharedCommentsOf } from './shared-comments';

/**
 * A supplier's own scorecard as its portal shows it: its measures, score, grade, the figures beside
 * them and the trend, the rating comments the organisation shared (by the rater's role), and the
 * corrective actions it was asked for that are open. Nothing of any other supplier: not the
 * comparison of suppliers, nor how its prices compare with the last price paid to anyone
 * (`orderVsLastPrice`), nor unshared comments or who rated.
 */
export type PortalScorecard = Omit<Scorecard, 'supplier' | 'categoryId' | 'details'> & {
  supplier: { code: string; name: string };
  details: Omit<Scorecard['details'], 'orderVsLastPrice'>;
  comments: SharedComment[];
  correctiveActions: {
    id: string;
    note: string;
    dueDate: string;
    period: string | null;
    requestedAt: Date;
    overdue: boolean;
  }[];
};

/** The signed-in supplier's user's own supplier's scorecard; anyone else has none (404). */
export async function getPortalScorecard(
  ctx: Ctx,
  opts: { actor: Actor; period?: string },
): Promise<PortalScorecard> {
  const supplierId = opts.actor.supplierId;
  if (!supplierId) throw AppError.notFound('Supplier');
  const card = await getSupplierScorecard(ctx, { actor: opts.actor, supplierId, period: opts.period });
  const [comments, open] = await Promise.all([
    sharedCommentsOf(ctx, { supplierId, period: card.period }),
    repo.openCorrectiveActions(ctx.db, supplierId),
  ]);
  const today = isoDate(ctx.clock.now());
  const { supplier, categoryId: _categoryId, details, ...figures } = card;
  const { orderVsLastPrice: _orderVsLastPrice, ...ownDetails } = details;
  return {
    ...figures,
    supplier: { code: supplier.code, name: supplier.name },
    details: ownDetails,
    comments,
    correctiveActions: open.map((a) => ({
      id: a.id,
      note: a.note,
      dueDate: a.dueDate,
      period: a.period,
      requestedAt: a.requestedAt,
      overdue: isOverdue(a, today),
    })),
  };
}
