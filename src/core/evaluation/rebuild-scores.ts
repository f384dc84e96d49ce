import * as purchaseOrders from '../purchase-orders';
import type { Ctx } from '../shared/context';
import { refreshOrderScores, ruleSettingsOf } from './refresh-scores';
import * as repo from './repository';

/** Orders scored per transaction when every order is scored again. */
const PAGE = 200;
const NIL = '00000000-0000-0000-0000-000000000000';

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
  const started = ctx.clock.now();
  let after: string | null = null;
  let orders = 0;
  for (;;) {
    const ids = await purchaseOrders.sentOrderIdsAfter(ctx, after, PAGE);
    if (ids.length === 0) break;
    await refreshOrderScores(ctx, ids, rules);
    orders += ids.length;
    after = ids[ids.length - 1] ?? null;
  }
  const now = await repo.readSettings(ctx.db);
  if (now.version === settings.version) {
    await repo.markFactsBuilt(ctx.db, ctx.clock.now());
    // Every order was scored as of `started` at least: answers due before it are counted.
    await repo.markResponsesSwept(ctx.db, started);
  }
  return { rebuilt: true, orders };
}

export type ResponseSweep = { orders: number };

/**
 * Scores again the orders whose answer fell due since the last sweep (sent more than the response
 * days ago): an unanswered one now counts against responsiveness, though nothing happened to it.
 * Runs with `evaluation-rebuild`, every minute; a first sweep looks at every order.
 */
export async function sweepDueResponses(ctx: Ctx): Promise<ResponseSweep> {
  const settings = await repo.readSettings(ctx.db);
  const now = ctx.clock.now();
  const dueBefore = new Date(now.getTime() - settings.responseDays * 86_400_000);
  const sweptAt = settings.responsesDueSweptAt ?? new Date(0);
  let after = { at: new Date(sweptAt.getTime() - settings.responseDays * 86_400_000), id: NIL };
  let orders = 0;
  for (;;) {
    const page = await purchaseOrders.sentOrdersBetween(ctx, after, dueBefore, PAGE);
    if (page.length === 0) break;
    await refreshOrderScores(
      ctx,
      page.map((o) => o.id),
    );
    orders += page.length;
    const last = page[page.length - 1]!;
    after = { at: last.firstSentAt, id: last.id };
  }
  await repo.markResponsesSwept(ctx.db, now);
  return { orders };
}
