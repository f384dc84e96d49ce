import type { Ctx } from '../shared/context';
import { type PublishedCheckpoint, publishedLine } from './checkpoint';
import * as repo from './repository';

const FILE_BATCH = 1000;
const SEND_BATCH = 100;

export type PublishOutcome = {
  /** Checkpoints appended to the published file. */
  filed: number;
  /** Checkpoints accepted by the checkpoint URL. */
  sent: number;
  /** The checkpoint the URL did not accept, and why; it is sent again next time. */
  failed: { id: number; error: string } | null;
};

export function toPublished(row: repo.CheckpointWithPrevious): PublishedCheckpoint {
  return {
    id: row.id,
    kind: row.kind,
    previousHorizon: row.previousHorizon,
    horizon: row.horizon,
    seqFloor: row.seqFloor,
    seqCeiling: row.seqCeiling,
    entryCount: row.entryCount,
    firstSeq: row.firstSeq,
    lastSeq: row.lastSeq,
    head: row.head,
    previousMac: row.previousMac,
    sealedAt: row.sealedAt.toISOString(),
    keyId: row.keyId,
    mac: row.mac,
  };
}

/**
 * Publishes committed checkpoints outside the database: appends each to the checkpoint file, in
 * order, under the sealer's lock (so two processes never interleave or repeat lines), then sends
 * the ones the checkpoint URL has not accepted yet, outside any transaction, oldest first; the
 * first refusal stops the round and is retried on the next. Sending is at least once: a receiver
 * may see a checkpoint twice and keeps one per id.
 */
export async function publishAuditCheckpoints(ctx: Ctx): Promise<PublishOutcome> {
  const seal = ctx.audit;
  const result: PublishOutcome = { filed: 0, sent: 0, failed: null };
  if (!seal) return result;
  for (;;) {
    const filed = await ctx.db.transaction(async (tx) => {
      if (!(await repo.trySealLock(tx))) return 0;
      const rows = await repo.unfiledCheckpoints(tx, FILE_BATCH);
      if (rows.length === 0) return 0;
      await seal.file.append(rows.map((r) => publishedLine(toPublished(r))));
      await repo.markFiled(
        tx,
        rows.map((r) => r.id),
        ctx.clock.now(),
      );
      return rows.length;
    });
    result.filed += filed;
    if (filed < FILE_BATCH) break;
  }
  if (!seal.send) return result;
  const rows = await repo.unsentCheckpoints(ctx.db, SEND_BATCH);
  for (const row of rows) {
    try {
      await seal.send(publishedLine(toPublished(row)));
    } catch (err) {
      const error = err instanceof Error ? err.message : String(err);
      await repo.markSendFailed(ctx.db, row.id, error);
      result.failed = { id: row.id, error };
      break;
    }
    await repo.markSent(ctx.db, row.id, ctx.clock.now());
    result.sent++;
  }
  return result;
}
