import * as notifications from '../notifications';
import type { AuditSeal } from '../shared/audit-seal';
import type { Ctx } from '../shared/context';
import { AppError } from '../shared/errors';
import {
  type BatchRange,
  type CheckpointContent,
  checkpointMac,
  GENESIS,
  linkEntry,
  nextBatch,
  type PublishedCheckpoint,
  publishedLine,
} from './checkpoint';
import { type PublishOutcome, publishAuditCheckpoints } from './publish-audit-checkpoints';
import * as repo from './repository';

const PAGE = 5000;
/** The newest checkpoint goes to the e-mail address at most this often. */
const EMAIL_EVERY_MS = 3600_000;

export type SealOutcome =
  | { outcome: 'sealed'; checkpoint: PublishedCheckpoint }
  | { outcome: 'nothing' }
  | { outcome: 'busy' }
  | { outcome: 'refused'; problem: string };

export function requireAuditSeal(ctx: Ctx): AuditSeal {
  if (!ctx.audit || ctx.audit.keys.length === 0) {
    throw AppError.conflict(
      'No audit seal key is configured in this process, so it cannot seal the audit log.',
    );
  }
  return ctx.audit;
}

/**
 * Seals the audit entries committed since the last checkpoint into a new one, then publishes the
 * checkpoints not yet published (docs/audit.md).
 *
 * One short transaction under the sealer's try-lock (only sealers wait for it, never writers;
 * a second sealer finds it taken and does nothing). The transaction runs in READ COMMITTED on
 * purpose: each statement's snapshot is taken after the lock, so it sees the checkpoint the
 * previous sealer committed. (In REPEATABLE READ the snapshot would be taken by the statement
 * that asks for the lock, before it is granted, and could miss that checkpoint.) The batch is
 * every entry of a transaction below the snapshot's xmin not sealed yet: those transactions have
 * all ended, so the batch is final and any later snapshot sees the same rows.
 */
export async function sealAuditLog(ctx: Ctx): Promise<SealOutcome & { publication: PublishOutcome }> {
  const seal = requireAuditSeal(ctx);
  const key = seal.keys[0]!;
  const sealed = await ctx.db.transaction(async (tx): Promise<SealOutcome> => {
    if (!(await repo.trySealLock(tx))) return { outcome: 'busy' };
    const last = (await repo.lastCheckpoint(tx)) ?? null;
    if (last && !seal.keys.some((k) => k.id === last.keyId)) {
      // Another process seals with a key this one lacks: sealing on would make checkpoints that
      // half the processes cannot verify. Every process on one database needs the same keys.
      return {
        outcome: 'refused',
        problem: `Cannot seal: the last checkpoint (${last.id}) is signed with key "${last.keyId}", which this process does not have. Every process on one database needs the same audit keys; after a rotation keep the old keys listed.`,
      };
    }
    const next = nextBatch(last, await repo.snapshotBounds(tx));
    if (next.kind === 'refuse') return { outcome: 'refused', problem: `Cannot seal: ${next.problem}.` };

    let range: BatchRange = { ...next.range, seqCeiling: null };
    let head = last?.head ?? GENESIS;
    let entryCount = 0;
    let firstSeq: number | null = null;
    let lastSeq: number | null = null;
    for (let after = 0; ; ) {
      const page = await repo.batchPage(tx, range, after, PAGE);
      for (const e of page) {
        head = linkEntry(head, e);
        entryCount++;
        firstSeq ??= e.seq;
        lastSeq = e.seq;
      }
      if (page.length < PAGE) break;
      after = page.at(-1)!.seq;
    }
    if (next.kind === 'seal' && entryCount === 0) return { outcome: 'nothing' };
    if (next.kind === 'restart') {
      // The era ends at the highest seq it holds: the new cluster's entries all lie above it.
      range = {
        ...range,
        seqCeiling: Math.max(await repo.highestSealedSeq(tx), lastSeq ?? 0, range.seqFloor),
      };
    }

    const now = ctx.clock.now();
    const content: CheckpointContent = {
      id: (last?.id ?? 0) + 1,
      kind: next.kind,
      previousHorizon: range.previousHorizon,
      horizon: range.horizon,
      seqFloor: range.seqFloor,
      seqCeiling: range.seqCeiling,
      entryCount,
      firstSeq,
      lastSeq,
      head,
      previousMac: last?.mac ?? null,
      sealedAt: now.toISOString(),
      keyId: key.id,
    };
    const checkpoint = { ...content, mac: checkpointMac(key.secret, content) };
    const emailed = seal.email !== undefined && (await dueForEmail(tx, now));
    const { previousMac: _, ...row } = checkpoint;
    await repo.insertCheckpoint(tx, { ...row, sealedAt: now, emailed });
    if (emailed) {
      await notifications.queueEmail(
        { ...ctx, db: tx },
        {
          toAddress: seal.email!,
          subject: `OpenPO audit checkpoint ${checkpoint.id}`,
          textBody: [
            `The newest checkpoint of the OpenPO audit trail, sealed at ${checkpoint.sealedAt}.`,
            'Keep this message where nobody who can write to the OpenPO database can change it:',
            'it proves the audit trail up to this checkpoint (docs/audit.md).',
            '',
            publishedLine(checkpoint),
            '',
          ].join('\n'),
        },
      );
    }
    return { outcome: 'sealed', checkpoint };
  });
  return { ...sealed, publication: await publishAuditCheckpoints(ctx) };
}

async function dueForEmail(tx: Ctx['db'], now: Date): Promise<boolean> {
  const last = await repo.lastEmailedAt(tx);
  return last === null || now.getTime() - last.getTime() >= EMAIL_EVERY_MS;
}
