import type { Ctx } from '../shared/context';
import * as repo from './repository';

export type SpendSummaryReport = {
  ok: boolean;
  /** Supplier-months compared: every one present in the summary or in the raw sum. */
  checked: number;
  /** How many differ; `mismatches` lists the first 50 by supplier id and month. */
  mismatched: number;
  mismatches: repo.SpendComparison['mismatches'];
};

const SHOWN = 50;

/** Proves spend_monthly equal to the raw sum over purchase orders, or names where it is not. */
export async function verifySpendSummary(ctx: Ctx): Promise<SpendSummaryReport> {
  const result = await repo.compareSpendSummary(ctx.db, SHOWN);
  return { ok: result.mismatched === 0, ...result };
}
