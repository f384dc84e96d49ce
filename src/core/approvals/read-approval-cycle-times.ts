import type { ApprovalDocumentType } from '../../domain/approvals';
import type { Ctx } from '../shared/context';
import * as repo from './repository';

/** How long approval took, submission to final approval, per kind of document. */
export type ApprovalCycleTime = {
  documentType: ApprovalDocumentType;
  /** How many approved routes were measured. */
  routes: number;
  medianHours: number;
  p90Hours: number;
};

/** Routes approved in the last this many days are measured … */
export const CYCLE_TIME_DAYS = 90;
/** … reading at most this many approved steps, the newest first. */
export const CYCLE_TIME_STEPS = 2000;

/**
 * Approval cycle time (submit → approved), median and 90th percentile, of the routes approved in
 * the last 90 days (the most recent ones, at most 2,000 steps read). Documents approved without
 * a route (no policy step applied) took no approval and are not counted.
 */
export async function readApprovalCycleTimes(ctx: Ctx): Promise<ApprovalCycleTime[]> {
  const since = new Date(ctx.clock.now().getTime() - CYCLE_TIME_DAYS * 86_400_000);
  const rows = await repo.recentApprovalCycles(ctx.db, since, CYCLE_TIME_STEPS);
  const hours = (seconds: number) => Math.round((seconds / 3600) * 10) / 10;
  return rows.map((r) => ({
    documentType: r.documentType as ApprovalDocumentType,
    routes: r.routes,
    medianHours: hours(r.medianSeconds),
    p90Hours: hours(r.p90Seconds),
  }));
}
