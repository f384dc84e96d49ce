import * as purchaseOrders from '../purchase-orders';
import type { Ctx } from '../shared/context';
import { refreshOrderScores, ruleSettingsOf } from './refresh-scores';
import * as repo from './repository';

/** Orders scored per transaction when every order is scored again. */
const PAGE = 200;

export type RebuildRun = { rebuilt: boolean; orders: number };

/**
 * Scores every sent order again when the settings say the facts are not built with them (an upgrade
 * from before scorecards, or the grace or response days changed): page by page, each page in its
 * own transaction, so the relay goes on meanwhile (the per-order locks keep the two apart). Marks
 * the facts built only if the settings did not change again while it ran (`evaluation-rebuild`,
 * every minute).
 */
export async function rebuildScoresIfNeeded(ctx: Ctx, opts: { force?: boolean } = {}): Promise<RebuildRun> {
  const settings = await repo.readSettings(ctx.db);
  if (settings.factsBuiltAt && !opts.force) return { rebuilt: false, orders: 0 };
  const rules = ruleSettingsOf(settings);
  let after: string | null = null;
  let orders = 0;
  for (;;) {
    const ids = await purchaseOrders.sentOrderIdsAfter(ctx.db, after, PAGE);
    if (ids.length === 0) break;
    await refreshOrderScores(ctx, ids, rules);
    orders += ids.length;
    after = ids[ids.length - 1] ?? null;
  }
  const now = await repo.readSettings(ctx.db);
  if (now.version === settings.version) await repo.markFactsBuilt(ctx.db, ctx.clock.now());
  return { rebuilt: true, orders };
}
