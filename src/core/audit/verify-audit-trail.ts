import { entryHash } from '../shared/audit';
import type { Ctx } from '../shared/context';
import {
  type CheckpointContent,
  differingFields,
  GENESIS,
  inBatch,
  linkEntry,
  macMatches,
  nextBatchStart,
  type PublishedCheckpoint,
  parsePublishedLine,
} from './checkpoint';
import { toPublished } from './publish-audit-checkpoints';
import * as repo from './repository';

/** Unsealed entries and unpublished checkpoints older than this are a fault. */
export const SEAL_DEADLINE_MS = 60_000;
const LISTED = 50;
const ENTRY_PAGE = 2000;
const CHECKPOINT_PAGE = 500;
const BATCH_PAGE = 5000;

export type AuditProblem = { seq?: number; checkpointId?: number; problem: string };

export type AuditReport = {
  ok: boolean;
  /** Entries in the log; every one's content was hashed again. */
  entries: number;
  /** Entries found in a checkpoint's batch. */
  sealed: number;
  /** Entries after the last checkpoint's horizon (normal for a second or so). */
  unsealed: number;
  checkpoints: number;
  /** Checkpoints read from the published file; null when there is none to compare with. */
  published: number | null;
  /** The first faulty entry's seq, when a fault names one. */
  brokenAt?: number;
  /** The first faulty checkpoint's id, when a fault names one. */
  checkpointId?: number;
  /** The first fault, in words. */
  problem?: string;
  /** The first faults (at most 50), entries first, then checkpoints, the published copy, sealing. */
  problems: AuditProblem[];
  /** How many faults there are in all. */
  faults: number;
};

class Faults {
  private readonly groups: AuditProblem[][] = [[], [], [], []];
  count = 0;
  add(group: 0 | 1 | 2 | 3, p: AuditProblem): void {
    this.count++;
    if (this.groups[group]!.length < LISTED) this.groups[group]!.push(p);
  }
  list(): AuditProblem[] {
    return this.groups.flat().slice(0, LISTED);
  }
}
const ENTRY = 0;
const CHECKPOINT = 1;
const PUBLISHED = 2;
const SEALING = 3;

const range = (first: number | null, last: number | null) =>
  first === null ? 'no entries' : first === last ? `entry ${first}` : `entries ${first}–${last}`;

/**
 * Verifies the audit trail (docs/audit.md): every entry's content against its hash; each
 * checkpoint's batch (recounted, chain head recomputed), its MAC under the key it names, and its
 * place in the checkpoints' own chain; that every entry below the last horizon lies in a batch;
 * the published copy of the checkpoints against the database (truncation, rewriting); and that
 * nothing waits to be sealed or published for more than a minute. Reads one snapshot (the
 * published copy is read first, so every checkpoint in it was committed before the snapshot).
 */
export async function verifyAuditTrail(ctx: Ctx): Promise<AuditReport> {
  const seal = ctx.audit;
  const publishedLines = seal ? await seal.file.read() : null;
  const now = ctx.clock.now().getTime();
  const faults = new Faults();

  return ctx.db.transaction(
    async (tx) => {
      // ── checkpoints and their batches ──
      const restarts = await repo.restarts(tx);
      let prev: repo.CheckpointRow | null = null;
      let checkpoints = 0;
      let sealed = 0;
      let unchecked = 0;
      let unfiled: { count: number; first?: number } = { count: 0 };
      for (let after = 0; ; ) {
        const page = await repo.checkpointPage(tx, after, CHECKPOINT_PAGE);
        // This page's faults, put in checkpoint order before they are added.
        const found: AuditProblem[] = [];
        const toRecount: Sealed[] = [];
        for (const c of page) {
          checkpoints++;
          const expectedId = (prev?.id ?? 0) + 1;
          if (c.id !== expectedId) {
            found.push({
              checkpointId: c.id,
              problem: `checkpoint${c.id - expectedId > 1 ? `s ${expectedId}–${c.id - 1} are` : ` ${expectedId} is`} missing: checkpoint ${c.id} follows ${prev ? `checkpoint ${prev.id}` : 'nothing'}`,
            });
          }
          const start = nextBatchStart(prev);
          const shapeOk =
            c.kind === 'seal'
              ? c.horizon !== null && c.seqCeiling === null
              : c.horizon === null && c.seqCeiling !== null;
          if (c.previousHorizon !== start.previousHorizon || c.seqFloor !== start.seqFloor || !shapeOk) {
            found.push({
              checkpointId: c.id,
              problem: `checkpoint ${c.id} does not start where the one before it ended (transaction id ${start.previousHorizon}, seq above ${start.seqFloor})`,
            });
          }
          toRecount.push({
            checkpoint: c,
            startHead: prev?.head ?? GENESIS,
            seqCeiling:
              c.kind === 'restart' ? c.seqCeiling : (restarts.find((r) => r.id > c.id)?.seqCeiling ?? null),
          });
          const key = seal?.keys.find((k) => k.id === c.keyId);
          if (!seal || seal.keys.length === 0) unchecked++;
          else if (!key) {
            found.push({
              checkpointId: c.id,
              problem: `checkpoint ${c.id} is signed with key "${c.keyId}", which is not among the configured keys`,
            });
          } else if (!macMatches(key.secret, contentOf(c, prev?.mac ?? null), c.mac)) {
            found.push({
              checkpointId: c.id,
              problem: `checkpoint ${c.id}: its MAC does not match its content: it was changed or recomputed without the key`,
            });
          }
          if (c.filedAt === null && seal && now - c.sealedAt.getTime() > SEAL_DEADLINE_MS) {
            unfiled = { count: unfiled.count + 1, first: unfiled.first ?? c.id };
          }
          prev = c;
        }
        for (const run of runsOf(toRecount)) {
          for (const { checkpoint: c, recount } of await recountBatches(tx, run)) {
            sealed += recount.count;
            const { count, head, first, last, outside } = recount;
            if (count === c.entryCount && head === c.head && first === c.firstSeq && last === c.lastSeq)
              continue;
            const what =
              count > c.entryCount
                ? `it holds ${count} entries but ${c.entryCount} were sealed: entries were added to a sealed range${outside === undefined ? '' : ` (entry ${outside} among them)`}`
                : count < c.entryCount
                  ? `it holds ${count} entries but ${c.entryCount} were sealed: entries were deleted or moved out of it`
                  : 'its entries, their hashes or their order differ from what was sealed';
            found.push({
              checkpointId: c.id,
              ...(outside === undefined ? {} : { seq: outside }),
              problem: `checkpoint ${c.id} (${range(c.firstSeq, c.lastSeq)}): ${what}`,
            });
          }
        }
        found.sort((a, b) => (a.checkpointId ?? 0) - (b.checkpointId ?? 0));
        for (const f of found) faults.add(CHECKPOINT, f);
        if (page.length < CHECKPOINT_PAGE) break;
        after = page.at(-1)!.id;
      }
      if (unchecked > 0) {
        faults.add(CHECKPOINT, {
          problem: `no audit seal key is configured here: the MACs of ${unchecked} checkpoints could not be checked`,
        });
      }

      // ── entries ──
      const pending = nextBatchStart(prev);
      const pendingRange = {
        from: BigInt(pending.previousHorizon),
        to: null,
        seqFloor: pending.seqFloor,
        seqCeiling: null,
      };
      let entries = 0;
      let unsealed = 0;
      let stale: { count: number; first?: number } = { count: 0 };
      for (let after = 0; ; ) {
        const page = await repo.entryPage(tx, after, ENTRY_PAGE);
        for (const e of page) {
          entries++;
          if (entryHash(e) !== e.hash) {
            faults.add(ENTRY, { seq: e.seq, problem: `entry ${e.seq}: its content does not match its hash` });
          }
          if (inBatch(pendingRange, { seq: e.seq, txid: BigInt(e.txid) })) {
            unsealed++;
            if (now - e.at.getTime() > SEAL_DEADLINE_MS)
              stale = { count: stale.count + 1, first: stale.first ?? e.seq };
          }
        }
        if (page.length < ENTRY_PAGE) break;
        after = page.at(-1)!.seq;
      }
      const unbatched = entries - unsealed - sealed;
      if (unbatched > 0) {
        faults.add(SEALING, {
          problem: `${unbatched} entries lie in no checkpoint's batch although their transactions ended before the last horizon`,
        });
      } else if (unbatched < 0) {
        faults.add(SEALING, { problem: `checkpoints' batches overlap: ${-unbatched} entries lie in two` });
      }
      if (stale.count > 0) {
        faults.add(SEALING, {
          seq: stale.first,
          problem: `${stale.count} entries unsealed for more than a minute; is the sealer running? (the oldest is entry ${stale.first})`,
        });
      }
      if (unfiled.count > 0) {
        faults.add(SEALING, {
          checkpointId: unfiled.first,
          problem: `${unfiled.count} checkpoints not published for more than a minute (the first is checkpoint ${unfiled.first})`,
        });
      }

      // ── the published copy ──
      let published: number | null = null;
      if (seal && publishedLines) {
        published = await comparePublished(tx, seal.file.location, publishedLines, faults);
      } else if (seal) {
        const filed = await repo.countFiled(tx);
        if (filed > 0) {
          faults.add(PUBLISHED, {
            problem: `the published checkpoint file ${seal.file.location} is missing, yet ${filed} checkpoints were published to it`,
          });
        }
      }

      const problems = faults.list();
      const firstEntry = problems.find((p) => p.seq !== undefined);
      const firstCheckpoint = problems.find((p) => p.checkpointId !== undefined);
      return {
        ok: faults.count === 0,
        entries,
        sealed,
        unsealed,
        checkpoints,
        published,
        ...(firstEntry ? { brokenAt: firstEntry.seq } : {}),
        ...(firstCheckpoint ? { checkpointId: firstCheckpoint.checkpointId } : {}),
        ...(problems[0] ? { problem: problems[0].problem } : {}),
        problems,
        faults: faults.count,
      };
    },
    { isolationLevel: 'repeatable read', accessMode: 'read only' },
  );
}

type Sealed = { checkpoint: repo.CheckpointRow; startHead: string; seqCeiling: number | null };
type Recount = { count: number; head: string; first: number | null; last: number | null; outside?: number };

/** Most batches are small: up to this many sealed entries are recounted with one query. */
const RUN_ENTRIES = 20_000;

/**
 * Consecutive checkpoints whose batches can be read with one query: seals of one era whose
 * transaction-id ranges follow one another, up to RUN_ENTRIES entries in all. Anything else (a
 * restart, a gap or overlap left by tampering) is recounted alone.
 */
function* runsOf(list: Sealed[]): Generator<Sealed[]> {
  let run: Sealed[] = [];
  let entries = 0;
  for (const s of list) {
    const last = run.at(-1);
    const joins =
      last !== undefined &&
      s.checkpoint.kind === 'seal' &&
      last.checkpoint.kind === 'seal' &&
      s.checkpoint.previousHorizon === last.checkpoint.horizon &&
      s.checkpoint.seqFloor === last.checkpoint.seqFloor &&
      s.seqCeiling === last.seqCeiling &&
      entries + s.checkpoint.entryCount <= RUN_ENTRIES;
    if (!joins && run.length > 0) {
      yield run;
      run = [];
      entries = 0;
    }
    run.push(s);
    entries += s.checkpoint.entryCount;
  }
  if (run.length > 0) yield run;
}

/**
 * Reads the batches of a run in seq order and recomputes each one's count, seq range and chain
 * head (from the head the checkpoint before it stored). An entry goes to the checkpoint whose
 * transaction-id range holds it.
 */
async function recountBatches(
  tx: Ctx['db'],
  run: Sealed[],
): Promise<{ checkpoint: repo.CheckpointRow; recount: Recount }[]> {
  const first = run[0]!;
  const last = run.at(-1)!;
  const recounts: Recount[] = run.map((s) => ({ count: 0, head: s.startHead, first: null, last: null }));
  const upper = run.map((s) => (s.checkpoint.horizon === null ? null : BigInt(s.checkpoint.horizon)));
  const batchRange = {
    previousHorizon: first.checkpoint.previousHorizon,
    horizon: last.checkpoint.horizon,
    seqFloor: first.checkpoint.seqFloor,
    seqCeiling: first.seqCeiling,
  };
  for (let after = 0; ; ) {
    const entries = await repo.batchPage(tx, batchRange, after, BATCH_PAGE);
    for (const e of entries) {
      const i = run.length === 1 ? 0 : firstAbove(upper, BigInt(e.txid));
      const r = recounts[i]!;
      const c = run[i]!.checkpoint;
      r.head = linkEntry(r.head, e);
      r.count++;
      r.first ??= e.seq;
      r.last = e.seq;
      if (
        r.outside === undefined &&
        (c.firstSeq === null || e.seq < c.firstSeq || e.seq > (c.lastSeq ?? 0))
      ) {
        r.outside = e.seq;
      }
    }
    if (entries.length < BATCH_PAGE) break;
    after = entries.at(-1)!.seq;
  }
  return run.map((s, i) => ({ checkpoint: s.checkpoint, recount: recounts[i]! }));
}

/** The index of the first upper bound above `txid` (bounds ascending; null is unbounded). */
function firstAbove(upper: (bigint | null)[], txid: bigint): number {
  let lo = 0;
  let hi = upper.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    const bound = upper[mid];
    if (bound === null || bound === undefined || txid < bound) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

function contentOf(c: repo.CheckpointRow, previousMac: string | null): CheckpointContent {
  const { mac: _, ...content } = toPublished({ ...c, previousMac });
  return content;
}

/** Compares each published checkpoint with the database's; returns how many lines were read. */
async function comparePublished(
  tx: Ctx['db'],
  location: string,
  lines: AsyncIterable<string>,
  faults: Faults,
): Promise<number> {
  let lineNo = 0;
  let read = 0;
  let missing: { count: number; first?: number; last?: number } = { count: 0 };
  let chunk: PublishedCheckpoint[] = [];
  const compare = async () => {
    const rows = new Map(
      (await repo.checkpointsById(tx, [...new Set(chunk.map((c) => c.id))])).map((r) => [r.id, r]),
    );
    for (const published of chunk) {
      const row = rows.get(published.id);
      if (!row) {
        missing = { count: missing.count + 1, first: missing.first ?? published.id, last: published.id };
        continue;
      }
      const fields = differingFields(published, toPublished(row));
      if (fields.length > 0) {
        faults.add(PUBLISHED, {
          checkpointId: published.id,
          problem: `checkpoint ${published.id} differs from its published copy (${fields.join(', ')}): it was rewritten`,
        });
      }
    }
    chunk = [];
  };
  for await (const line of lines) {
    lineNo++;
    if (line.trim() === '') continue;
    const checkpoint = parsePublishedLine(line);
    if (!checkpoint) {
      faults.add(PUBLISHED, { problem: `line ${lineNo} of ${location} is not a checkpoint` });
      continue;
    }
    read++;
    chunk.push(checkpoint);
    if (chunk.length >= CHECKPOINT_PAGE) await compare();
  }
  await compare();
  if (missing.count > 0) {
    faults.add(PUBLISHED, {
      checkpointId: missing.first,
      problem: `${missing.count} published checkpoints (${missing.first === missing.last ? `checkpoint ${missing.first}` : `checkpoints ${missing.first}–${missing.last}`}) are in ${location} but not in the database: the audit log was truncated`,
    });
  }
  return read;
}
