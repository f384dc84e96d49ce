import { type Grade, gradeIsBelow } from '../../domain/evaluation';
import * as notifications from '../notifications';
import * as purchaseOrders from '../purchase-orders';
import type { Ctx } from '../shared/context';
import { findSuppliersByIds } from '../suppliers';
import { requirePeriod, scoreSettingsOf } from './read-scorecards';
import * as repo from './repository';
import { scoreOf } from './rules';

export type GradeReview = { reviewed: number; dropped: { supplierId: string; from: Grade; to: Grade }[] };

/** Why a grade change asks for a review: a drop by a band or more, or a fall below the warning grade. */
export function reviewReason(
  from: Grade | null,
  to: Grade,
  warnBelow: Grade,
): 'dropped' | 'below_warning' | null {
  if (from !== null && gradeIsBelow(to, from)) return 'dropped';
  if (gradeIsBelow(to, warnBelow) && (from === null || !gradeIsBelow(from, warnBelow)))
    return 'below_warning';
  return null;
}

/**
 * Compares each supplier's grade over the last 12 months with the grade it had at the last review,
 * and asks its buyers (those of its orders sent in the 12 months) to review it — in the app and by
 * e-mail — when it dropped a band or more, or fell below the warning grade. The first review only
 * records the grades (an upgrade does not flood anyone). `evaluation-grade-review`, hourly.
 */
export async function reviewGrades(ctx: Ctx): Promise<GradeReview> {
  const settingsRow = await repo.readSettings(ctx.db);
  const settings = scoreSettingsOf(settingsRow);
  const period = requirePeriod(ctx, '12m');
  const bySupplier = await repo.sumBySupplier(ctx.db, { from: period.from, to: period.to });
  const watched = await repo.watchedGrades(ctx.db);
  const firstReview = watched.size === 0;
  const now = ctx.clock.now();
  const rows: repo.WatchedGrade[] = [];
  const dropped: GradeReview['dropped'] = [];
  const toTell: { supplierId: string; from: Grade | null; to: Grade; score: string }[] = [];
  for (const [supplierId, counters] of bySupplier) {
    const outcome = scoreOf(counters, settings);
    const before = watched.get(supplierId);
    rows.push({ supplierId, grade: outcome.grade, score: outcome.score, reviewedAt: now });
    if (firstReview || outcome.grade === null || outcome.score === null) continue;
    const from = before?.grade ?? null;
    if (reviewReason(from, outcome.grade, settingsRow.warnBelowGrade) === null) continue;
    toTell.push({ supplierId, from, to: outcome.grade, score: outcome.score });
    if (from) dropped.push({ supplierId, from, to: outcome.grade });
  }
  const names = new Map(
    (await findSuppliersByIds(ctx, { ids: toTell.map((x) => x.supplierId) })).map((s) => [s.id, s.legalName]),
  );
  const since = new Date(`${period.from}T00:00:00Z`);
  for (const change of toTell) {
    const buyers = await purchaseOrders.buyersOfSupplier(ctx, change.supplierId, since);
    const name = names.get(change.supplierId) ?? '';
    await notifications.notify(ctx, {
      userIds: buyers,
      kind: 'supplier_grade_dropped',
      link: `/suppliers/${change.supplierId}#scorecard`,
      document: { type: 'supplier', id: change.supplierId },
      message: (i18n) => ({
        title: i18n._({
          id: 'evaluation.gradeDropped.title',
          message: '{supplier} is now graded {grade}: review it',
          values: { supplier: name, grade: change.to },
        }),
        body: change.from
          ? i18n._({
              id: 'evaluation.gradeDropped.body',
              message:
                'The scorecard of {supplier} over the last 12 months fell from grade {from} to {grade} (score {score}). Open it to see which orders were late, short, rejected or invoiced wrongly, and decide whether to talk to the supplier, ask for corrective action or put it on hold.',
              values: { supplier: name, from: change.from, grade: change.to, score: change.score },
            })
          : i18n._({
              id: 'evaluation.gradeBelowWarning.body',
              message:
                'The scorecard of {supplier} over the last 12 months gives grade {grade} (score {score}), below the warning grade {warning}. Open it to see which orders were late, short, rejected or invoiced wrongly, and decide whether to talk to the supplier, ask for corrective action or put it on hold.',
              values: {
                supplier: name,
                grade: change.to,
                score: change.score,
                warning: settingsRow.warnBelowGrade,
              },
            }),
      }),
    });
  }
  await repo.watchGrades(ctx.db, rows);
  return { reviewed: rows.length, dropped };
}
