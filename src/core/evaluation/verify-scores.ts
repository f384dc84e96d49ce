import * as purchaseOrders from '../purchase-orders';
import type { Ctx } from '../shared/context';
import { computeFacts, monthDeltas, ruleSettingsOf } from './refresh-scores';
import * as repo from './repository';
import type { ScoreFact } from './rules';

const PAGE = 500;

export type ScoreVerification = {
  ok: boolean;
  /** Sent orders whose facts were computed again and compared. */
  checkedOrders: number;
  /** Orders whose stored facts differ from their documents' (the first 100). */
  orderMismatches: { purchaseOrderId: string; stored: ScoreFact[]; computed: ScoreFact[] }[];
  mismatchedOrders: number;
  /** Supplier-category-months whose summary differs from the sum of their facts (the first 100). */
  monthMismatches: { supplierId: string; categoryId: string; month: string }[];
};

/**
 * Proves the scores equal to a recomputation from the documents: every sent order's facts are
 * computed again and compared with the stored ones, and the monthly summary with the facts summed
 * (`openpo scorecards-verify`, docs/evaluation.md#verifying).
 */
export async function verifyScores(ctx: Ctx): Promise<ScoreVerification> {
  const rules = ruleSettingsOf(await repo.readSettings(ctx.db));
  const orderMismatches: ScoreVerification['orderMismatches'] = [];
  let mismatchedOrders = 0;
  let checkedOrders = 0;
  let after: string | null = null;
  for (;;) {
    const ids = await purchaseOrders.sentOrderIdsAfter(ctx, after, PAGE);
    if (ids.length === 0) break;
    const stored = await repo.factsOfOrders(ctx.db, ids);
    const computed = await computeFacts(ctx, ids, rules);
    const storedOf = byOrder(stored);
    const computedOf = byOrder(computed);
    for (const id of ids) {
      const s = storedOf.get(id) ?? [];
      const c = computedOf.get(id) ?? [];
      const differs = monthDeltas(s, c).length > 0 || s.length !== c.length || rejectionsDiffer(s, c);
      if (!differs) continue;
      mismatchedOrders += 1;
      if (orderMismatches.length < 100) orderMismatches.push({ purchaseOrderId: id, stored: s, computed: c });
    }
    checkedOrders += ids.length;
    after = ids[ids.length - 1] ?? null;
  }
  const monthMismatches = await repo.monthMismatches(ctx.db);
  return {
    ok: mismatchedOrders === 0 && monthMismatches.length === 0,
    checkedOrders,
    orderMismatches,
    mismatchedOrders,
    monthMismatches,
  };
}

function rejectionsDiffer(a: ScoreFact[], b: ScoreFact[]): boolean {
  const key = (facts: ScoreFact[]) =>
    JSON.stringify(
      facts
        .map(
          (f) => [f.categoryId, Object.entries(f.rejections).sort(([x], [y]) => x.localeCompare(y))] as const,
        )
        .sort(([x], [y]) => x.localeCompare(y)),
    );
  return key(a) !== key(b);
}

function byOrder(facts: ScoreFact[]): Map<string, ScoreFact[]> {
  const out = new Map<string, ScoreFact[]>();
  for (const f of facts) out.set(f.purchaseOrderId, [...(out.get(f.purchaseOrderId) ?? []), f]);
  return out;
}
