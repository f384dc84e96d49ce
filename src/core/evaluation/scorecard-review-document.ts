import type { ScorecardDocument } from '../../documents/scorecard-document';
import { asLanguage, type Language } from '../../domain/languages';
import * as organisation from '../organisation';
import type { Actor } from '../shared/actor';
import { isoDate } from '../shared/clock';
import type { Ctx } from '../shared/context';
import { AppError } from '../shared/errors';
import { getSupplier, type Supplier } from '../suppliers';
import { getSupplierScorecard, requirePeriod } from './read-scorecards';
import * as repo from './repository';
import { lastCompleteQuarter, type Period, periodHasBegun } from './rules';
import { sharedCommentsOf } from './shared-comments';

/**
 * The period a review covers: the one named, else the last complete quarter. A period that has not
 * begun has nothing to review (422 on `period`).
 */
export function reviewPeriod(ctx: Ctx, key: string | undefined): Period {
  const today = isoDate(ctx.clock.now());
  const period = requirePeriod(ctx, key ?? lastCompleteQuarter(today));
  if (!periodHasBegun(period, today)) throw AppError.field('period', `must not be after today (${today})`);
  return period;
}

/**
 * A supplier's scorecard as the document it is sent (the PDF of a review): its figures and trend,
 * the comments shared with it, and a corrective action of its own when one is named (422 on
 * `correctiveActionId` for any other, or a closed one). In the supplier's language unless another
 * is asked for.
 */
export async function scorecardDocumentOf(
  ctx: Ctx,
  opts: {
    actor: Actor;
    supplierId: string;
    period?: string;
    correctiveActionId?: string | null;
    language?: Language;
  },
): Promise<{ doc: ScorecardDocument; supplier: Supplier; correctiveActionId: string | null }> {
  const period = reviewPeriod(ctx, opts.period);
  const supplier = await getSupplier(ctx, { id: opts.supplierId });
  let action: repo.CorrectiveActionRow | undefined;
  if (opts.correctiveActionId) {
    action = await repo.findCorrectiveAction(ctx.db, supplier.id, opts.correctiveActionId);
    if (!action) throw AppError.field('correctiveActionId', 'is not a corrective action of this supplier');
    if (action.status !== 'open')
      throw AppError.field('correctiveActionId', 'is closed: only an open corrective action can be sent');
  }
  const [card, comments, settings] = await Promise.all([
    getSupplierScorecard(ctx, { actor: opts.actor, supplierId: supplier.id, period: period.key }),
    sharedCommentsOf(ctx, { supplierId: supplier.id, period }),
    organisation.getSettings(ctx),
  ]);
  const doc: ScorecardDocument = {
    language: opts.language ?? asLanguage(supplier.language ?? 'en'),
    generatedAt: ctx.clock.now().toISOString(),
    organisationName: settings.organisationName,
    supplier: { code: supplier.code, name: supplier.legalName },
    period: card.period,
    orders: card.orders,
    minimumOrders: card.minimumOrders,
    enoughData: card.enoughData,
    score: card.score,
    grade: card.grade,
    measures: card.measures,
    details: {
      otif: card.details.otif,
      averageDaysLate: card.details.averageDaysLate,
      returnRate: card.details.returnRate,
      averageResponseHours: card.details.averageResponseHours,
    },
    trend: card.trend.map((p) => ({
      month: p.month,
      orders: p.orders,
      score: p.score,
      grade: p.grade,
      onTime: p.onTime,
      inFull: p.inFull,
      quality: p.quality,
    })),
    graceDays: card.graceDays,
    responseDays: card.responseDays,
    comments: comments.map((c) => ({
      raterRole: c.raterRole,
      comment: c.comment,
      ratedOn: isoDate(c.ratedAt),
      orderNumber: c.orderNumber,
    })),
    correctiveAction: action
      ? {
          note: action.note,
          dueDate: action.dueDate,
          requestedOn: isoDate(action.requestedAt),
          period: action.period,
        }
      : null,
  };
  return { doc, supplier, correctiveActionId: action?.id ?? null };
}
