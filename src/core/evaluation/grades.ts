import { gradeIsBelow } from '../../domain/evaluation';
import type { Ctx } from '../shared/context';
import { registerGradeSource, type SupplierGrade } from '../suppliers';
import { requirePeriod, scoreSettingsOf } from './read-scorecards';
import * as repo from './repository';
import { scoreOf } from './rules';

/**
 * The suppliers' grades over the last 12 months, all categories together: two statements (the
 * settings, the suppliers' months). What purchasing, requisitions and approvals see where a
 * supplier is chosen.
 */
export async function gradesOfSuppliers(
  ctx: Ctx,
  supplierIds: string[],
): Promise<Map<string, SupplierGrade>> {
  const out = new Map<string, SupplierGrade>();
  if (supplierIds.length === 0) return out;
  const period = requirePeriod(ctx, '12m');
  const settingsRow = await repo.readSettings(ctx.db);
  const settings = scoreSettingsOf(settingsRow);
  const bySupplier = await repo.sumBySupplier(ctx.db, { supplierIds, from: period.from, to: period.to });
  for (const [supplierId, counters] of bySupplier) {
    const outcome = scoreOf(counters, settings);
    out.set(supplierId, {
      supplierId,
      grade: outcome.grade,
      score: outcome.score,
      orders: counters.orders,
      belowWarning: outcome.grade !== null && gradeIsBelow(outcome.grade, settingsRow.warnBelowGrade),
      warnBelowGrade: settingsRow.warnBelowGrade,
    });
  }
  return out;
}

registerGradeSource(gradesOfSuppliers);

/** The grades of these suppliers and the warning grade (the pickers' badges). */
export async function readSupplierGrades(
  ctx: Ctx,
  opts: { ids: string[] },
): Promise<{ warnBelowGrade: SupplierGrade['warnBelowGrade']; items: SupplierGrade[] }> {
  const settings = await repo.readSettings(ctx.db);
  const grades = await gradesOfSuppliers(ctx, opts.ids);
  return { warnBelowGrade: settings.warnBelowGrade, items: [...grades.values()] };
}
