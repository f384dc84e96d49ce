import { createHash, createHmac, timingSafeEqual } from 'node:crypto';
import { canonicalJson } from '../shared/audit';

/**
 * Checkpoints, as pure functions (docs/audit.md). A checkpoint seals a batch of committed audit
 * entries: those whose transaction id lies in [previousHorizon, horizon) and whose seq lies above
 * seqFloor. Its head chains the previous checkpoint's head through each entry's (seq, hash) in
 * seq order; its MAC, under a key kept outside the database, covers its whole content and the
 * previous checkpoint's MAC, so checkpoints chain too.
 *
 * A `restart` checkpoint follows a restore of the database into a new PostgreSQL cluster, whose
 * transaction ids start again below the last horizon: it seals the entries left from the old
 * cluster (transaction id at or above the last horizon, seq at most seqCeiling) and starts a new
 * era whose batches count transaction ids from 0 again, above seqCeiling. Every batch of an
 * earlier era ends at that ceiling.
 */
export const GENESIS = '0'.repeat(64);
/** The lowest transaction id: the first batch of an era starts there. */
export const FIRST_TXID = '0';

export type CheckpointKind = 'seal' | 'restart';

export type CheckpointContent = {
  id: number;
  kind: CheckpointKind;
  previousHorizon: string;
  /** Null on a restart: its batch has no upper transaction id. */
  horizon: string | null;
  seqFloor: number;
  /** Set on a restart only: the highest seq of the era it closes. */
  seqCeiling: number | null;
  entryCount: number;
  firstSeq: number | null;
  lastSeq: number | null;
  head: string;
  /** The previous checkpoint's MAC; null on the first. */
  previousMac: string | null;
  sealedAt: string;
  keyId: string;
};

export type PublishedCheckpoint = CheckpointContent & { mac: string };

/** The chain head after one more entry. */
export function linkEntry(head: string, entry: { seq: number; hash: string }): string {
  return createHash('sha256').update(`${head}:${entry.seq}:${entry.hash}`).digest('hex');
}

export function checkpointMac(secret: Buffer, content: CheckpointContent): string {
  return createHmac('sha256', secret).update(canonicalJson(content)).digest('hex');
}

export function macMatches(secret: Buffer, content: CheckpointContent, mac: string): boolean {
  const expected = Buffer.from(checkpointMac(secret, content), 'hex');
  const given = Buffer.from(mac, 'hex');
  return given.length === expected.length && timingSafeEqual(given, expected);
}

/** One line of the published file (and the body sent to the checkpoint URL). */
export function publishedLine(c: PublishedCheckpoint): string {
  return canonicalJson(c);
}

/** Compares a published checkpoint with the database's: the fields that differ, none when equal. */
export function differingFields(a: PublishedCheckpoint, b: PublishedCheckpoint): string[] {
  const keys = Object.keys(a) as (keyof PublishedCheckpoint)[];
  return keys.filter((k) => canonicalJson(a[k]) !== canonicalJson(b[k]));
}

const isInt = (v: unknown): v is number => typeof v === 'number' && Number.isSafeInteger(v);
const isIntOrNull = (v: unknown) => v === null || isInt(v);
const isXid = (v: unknown): v is string => typeof v === 'string' && /^\d{1,20}$/.test(v);
const isHex64 = (v: unknown) => typeof v === 'string' && /^[0-9a-f]{64}$/.test(v);

/** Reads one published line back; null when it is not a checkpoint. */
export function parsePublishedLine(line: string): PublishedCheckpoint | null {
  let v: Record<string, unknown>;
  try {
    v = JSON.parse(line) as Record<string, unknown>;
  } catch {
    return null;
  }
  if (v === null || typeof v !== 'object' || Array.isArray(v)) return null;
  const ok =
    isInt(v.id) &&
    (v.kind === 'seal' || v.kind === 'restart') &&
    isXid(v.previousHorizon) &&
    (v.horizon === null || isXid(v.horizon)) &&
    isInt(v.seqFloor) &&
    isIntOrNull(v.seqCeiling) &&
    isInt(v.entryCount) &&
    isIntOrNull(v.firstSeq) &&
    isIntOrNull(v.lastSeq) &&
    isHex64(v.head) &&
    (v.previousMac === null || isHex64(v.previousMac)) &&
    typeof v.sealedAt === 'string' &&
    typeof v.keyId === 'string' &&
    isHex64(v.mac);
  return ok ? (v as unknown as PublishedCheckpoint) : null;
}

/** The transaction-id and seq range of a batch; `horizon` and `seqCeiling` null when unbounded. */
export type BatchRange = {
  previousHorizon: string;
  horizon: string | null;
  seqFloor: number;
  seqCeiling: number | null;
};

type LastCheckpoint = Pick<CheckpointContent, 'kind' | 'horizon' | 'seqFloor' | 'seqCeiling'>;

/** Where the batch after `last` starts: its previous horizon and seq floor. */
export function nextBatchStart(last: LastCheckpoint | null): { previousHorizon: string; seqFloor: number } {
  if (!last) return { previousHorizon: FIRST_TXID, seqFloor: 0 };
  if (last.kind === 'restart') return { previousHorizon: FIRST_TXID, seqFloor: last.seqCeiling ?? 0 };
  return { previousHorizon: last.horizon ?? FIRST_TXID, seqFloor: last.seqFloor };
}

/**
 * What the sealer seals, given the last checkpoint and the bounds of its snapshot (every
 * transaction id below `xmin` has ended; none at or above `xmax` had started): the entries of
 * transactions below xmin not sealed yet; a restart when the database's transaction ids now lie
 * wholly below the last horizon (a restore into a new cluster); a refusal when they straddle it,
 * which no restore or running cluster produces.
 */
export function nextBatch(
  last: LastCheckpoint | null,
  snapshot: { xmin: string; xmax: string },
):
  | { kind: 'seal'; range: BatchRange }
  | { kind: 'restart'; range: Omit<BatchRange, 'seqCeiling'> }
  | { kind: 'refuse'; problem: string } {
  const start = nextBatchStart(last);
  const from = BigInt(start.previousHorizon);
  if (BigInt(snapshot.xmin) >= from) {
    return { kind: 'seal', range: { ...start, horizon: snapshot.xmin, seqCeiling: null } };
  }
  if (BigInt(snapshot.xmax) <= from) {
    return { kind: 'restart', range: { ...start, horizon: null } };
  }
  return {
    kind: 'refuse',
    problem: `the oldest running transaction (${snapshot.xmin}) lies below the last checkpoint's horizon (${start.previousHorizon}) and the newest above it`,
  };
}

/** Does an entry lie in a batch? (Transaction ids as bigint.) */
export function inBatch(
  range: { from: bigint; to: bigint | null; seqFloor: number; seqCeiling: number | null },
  entry: { seq: number; txid: bigint },
): boolean {
  return (
    entry.txid >= range.from &&
    (range.to === null || entry.txid < range.to) &&
    entry.seq > range.seqFloor &&
    (range.seqCeiling === null || entry.seq <= range.seqCeiling)
  );
}
