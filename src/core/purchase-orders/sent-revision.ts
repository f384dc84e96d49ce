import type { Ctx } from '../shared/context';
import { normalize } from '../shared/money';
import { snapshotLine, snapshotOf } from './purchase-order';
import * as repo from './repository';
import { diffOrders, type OrderDiff, type OrderSnapshot } from './rules';

type Revisions = { id: string; revision: number; sentRevision: number | null };

/**
 * The order as its supplier was last sent it, when it has been changed since (null when the
 * supplier has the current revision, or was never sent it). Revision n keeps the document as it
 * stood at revision n−1, so the copy sent at revision s is the snapshot of revision s+1.
 */
export async function sentSnapshot(ctx: Ctx, order: Revisions): Promise<OrderSnapshot | null> {
  if (order.sentRevision === null || order.sentRevision >= order.revision) return null;
  const row = await repo.findRevision(ctx.db, order.id, order.sentRevision + 1);
  return row ? (row.snapshot as OrderSnapshot) : null;
}

/** A change order's content: what changed, when the last change was made, and why. */
export type ChangeToSend = { diff: OrderDiff; date: Date; reason: string | null };

/**
 * What a change order tells its supplier: every change since the revision it was last sent
 * (several revisions made in between add up — a line added and removed again is not there — and
 * their reasons are given in order), else since the revision before.
 */
export async function changesToSend(ctx: Ctx, order: Revisions): Promise<ChangeToSend | null> {
  if (order.revision === 0) return null;
  const latest = await repo.findRevision(ctx.db, order.id, order.revision);
  if (!latest) return null;
  const sent = order.sentRevision === order.revision - 1 ? null : await sentSnapshot(ctx, order);
  if (!sent) return { diff: latest.changes as OrderDiff, date: latest.createdAt, reason: latest.reason };
  const current = await repo.findDetailWithLines(ctx.db, order.id);
  if (!current) return null;
  const sourcesOf = (lineId: string) =>
    current.sources
      .filter((s) => s.purchaseOrderLineId === lineId)
      .map((s) => ({ requisitionLineId: s.requisitionLineId, quantity: normalize(s.quantity) }));
  const since = await repo.listRevisions(ctx.db, order.id, undefined, order.revision - order.sentRevision!);
  const reasons = since
    .filter((r) => r.revision > order.sentRevision! && r.reason)
    .sort((a, b) => a.revision - b.revision)
    .map((r) => r.reason!);
  return {
    diff: diffOrders(
      sent,
      snapshotOf(
        current.order,
        current.lines.map((l) => snapshotLine(l, sourcesOf(l.id))),
      ),
    ),
    date: latest.createdAt,
    reason: reasons.length > 0 ? reasons.join('; ') : null,
  };
}
