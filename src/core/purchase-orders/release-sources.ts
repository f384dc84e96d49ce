import type { Actor } from '../shared/actor';
import type { Ctx } from '../shared/context';
import { D, normalize } from '../shared/money';
import * as repo from './repository';
import { recordRequisitionQuantities } from './requisition-quantities';
import { releaseFromSources } from './rules';

/**
 * Gives back to the requisitions what order lines no longer order (cancel, close, short-close):
 * for each line, `quantity` taken from its sources latest first ('all': everything they hold).
 * The sources keep what is still on order; a few statements whatever the number of lines.
 */
export async function releaseSources(
  ctx: Ctx,
  opts: { actor: Actor; orderId: string; release: Map<string, string> | 'all' },
): Promise<void> {
  const sources = await repo.findSources(ctx.db, opts.orderId);
  const byLine = new Map<string, repo.SourceDetailRow[]>();
  for (const s of sources)
    byLine.set(s.purchaseOrderLineId, [...(byLine.get(s.purchaseOrderLineId) ?? []), s]);
  const rewritten: repo.SourceRow[] = [];
  const changes: { requisitionLineId: string; quantityDelta: string; path: string }[] = [];
  for (const [lineId, lineSources] of byLine) {
    const quantity =
      opts.release === 'all'
        ? lineSources.reduce((sum, s) => sum.plus(s.quantity), new D(0)).toFixed()
        : opts.release.get(lineId);
    if (!quantity || new D(quantity).isZero()) continue;
    const released = new Map(
      releaseFromSources(lineSources, quantity).map((r) => [r.source.requisitionLineId, r.release]),
    );
    for (const s of lineSources) {
      const give = released.get(s.requisitionLineId);
      if (give)
        changes.push({ requisitionLineId: s.requisitionLineId, quantityDelta: `-${give}`, path: 'lines' });
      rewritten.push({
        purchaseOrderLineId: lineId,
        requisitionLineId: s.requisitionLineId,
        quantity: normalize(new D(s.quantity).minus(give ?? '0').toFixed()),
      });
    }
  }
  if (changes.length === 0) return;
  await recordRequisitionQuantities(ctx.db, changes, { actor: opts.actor, clock: ctx.clock });
  await repo.deleteSourcesOfLines(ctx.db, [...new Set(rewritten.map((r) => r.purchaseOrderLineId))]);
  await repo.insertSources(ctx.db, rewritten);
}
