import { eq, sql } from 'drizzle-orm';
import { eventConsumptions, events } from '../../db/schema';
import type { Ctx } from '../shared/context';
import { rowsOf } from '../shared/sql';

/** An event as consumers receive it. */
export type DomainEvent = {
  seq: number;
  id: string;
  type: string;
  version: number;
  subjectType: string;
  subjectId: string;
  actorId: string | null;
  payload: Record<string, unknown>;
  occurredAt: Date;
};

/**
 * What one relay batch shares between its events: `memo` loads a value once per batch (the
 * webhook endpoints, say) instead of once per event.
 */
export type RelayBatch = {
  memo<T>(key: string, load: () => Promise<T>): Promise<T>;
  /** Tells the relay's caller that work was queued (`webhook-deliveries` …), to start it after commit. */
  queued(kind: string): void;
};

/**
 * A consumer of domain events. `handle` runs inside the relay's transaction (in a savepoint):
 * what it writes commits together with the record that it handled the event, so a replayed
 * event is never handled twice. It must not wait on the network: a consumer that talks to the
 * outside world queues the work (a delivery row, a job) and does it after commit.
 */
export type EventConsumer = {
  name: string;
  accepts(type: string): boolean;
  handle(ctx: Ctx, event: DomainEvent, batch: RelayBatch): Promise<void>;
  /**
   * Optional: all the events of a batch it accepts, at once, after the other consumers have had
   * the batch — for a consumer that recomputes what the events are about (a document's figures)
   * and so does the same work once for many events of many documents. It must leave what `handle`
   * event by event would leave. After a failure the relay goes event by event with `handle`.
   */
  handleAll?(ctx: Ctx, events: DomainEvent[], batch: RelayBatch): Promise<void>;
};

/** Attempts before a consumer gives up on one event; the failure is kept in event_consumptions. */
export const MAX_RELAY_ATTEMPTS = 5;

export type RelayRun = {
  /** Events handed to every consumer that wanted them. */
  relayed: number;
  /** Events handled, per consumer. */
  handled: Record<string, number>;
  /** Consumer hand-overs given up after MAX_RELAY_ATTEMPTS. */
  givenUp: number;
  /** A consumer failed and will be retried: the relay stopped there to keep the order. */
  retryLater: boolean;
  /** Another relay held the lock. */
  busy: boolean;
  /** Kinds of work consumers queued (RelayBatch.queued); a hint, to start that work now. */
  queued: string[];
};

/** Only one relay works at a time (across processes), so events leave in sequence order. */
const RELAY_LOCK = 727_275;

/**
 * Where a long-running relay goes on from. Relaying marks events, and the marked ones stay in the
 * index of unrelayed events until vacuum removes them: under steady writes, a relay that always
 * started from the oldest event would step over thousands of them per batch (3 ms a batch, the
 * largest single cost of the database under load). A relay with a cursor starts after the last
 * event it relayed, and looks at all unrelayed events only every `fullScanMs`, for an event that
 * committed after later ones had been relayed (its transaction took longer): such an event is
 * relayed by that full look, and a later event of its document waits for it (the cursor's look
 * skips an event while an earlier one of its document is unrelayed), so the order per document
 * holds.
 */
export type RelayCursor = { floor: number; lastFullScan: number; fullScanMs: number };

export function relayCursor(fullScanMs = 1000): RelayCursor {
  return { floor: 0, lastFullScan: Number.NEGATIVE_INFINITY, fullScanMs };
}

/**
 * Hands committed events to their consumers in sequence order. Events of one document are
 * appended while the document is locked, so their sequence order is the order they happened in,
 * and an event is never visible before an earlier one of the same document: relaying in
 * sequence order keeps the order per document. Each batch is one transaction: the consumers'
 * writes, their consumption records and the `relayed_at` marks commit together, so a crash
 * anywhere loses nothing and repeats nothing. A consumer may be called again for an event whose
 * earlier call was rolled back (a later consumer failed in the same batch): only committed
 * effects count, and those happen once. A consumer that throws is retried on the next run
 * (the relay stops at that event); after MAX_RELAY_ATTEMPTS it is given up for that event, with
 * the error kept, and the relay moves on.
 */
export async function relayEvents(
  ctx: Ctx,
  opts: { consumers: EventConsumer[]; batchSize?: number; maxBatches?: number; cursor?: RelayCursor },
): Promise<RelayRun> {
  const run: RelayRun = { relayed: 0, handled: {}, givenUp: 0, retryLater: false, busy: false, queued: [] };
  for (const c of opts.consumers) run.handled[c.name] = 0;
  // Without a cursor every run looks at all unrelayed events (tests, one-off runs).
  const cursor = opts.cursor ?? relayCursor(0);
  const now = performance.now();
  if (now - cursor.lastFullScan >= cursor.fullScanMs) {
    cursor.floor = 0;
    cursor.lastFullScan = now;
  }
  for (let batch = 0; batch < (opts.maxBatches ?? 50); batch++) {
    const more = await relayBatch(ctx, opts.consumers, opts.batchSize ?? 200, run, cursor);
    if (!more) break;
  }
  return run;
}

function relayBatchMemo(run: RelayRun): RelayBatch {
  const values = new Map<string, Promise<unknown>>();
  return {
    memo<T>(key: string, load: () => Promise<T>): Promise<T> {
      let value = values.get(key) as Promise<T> | undefined;
      if (!value) {
        value = load();
        values.set(key, value);
      }
      return value;
    },
    queued(kind) {
      if (!run.queued.includes(kind)) run.queued.push(kind);
    },
  };
}

type PendingEvent = DomainEvent & { relayAttempts: number; done: Set<string> };

/** A row of the batch statement, as both drivers give it (seq is a bigint: text from node-postgres). */
type BatchRow = {
  locked: boolean;
  seq: string | number | null;
  id: string;
  type: string;
  version: number;
  subject_type: string;
  subject_id: string;
  actor_id: string | null;
  payload: Record<string, unknown>;
  occurred_at: Date | string;
  relay_attempts: number;
  done: string[];
};

/** A consumer that threw on an event while the whole batch was handled at once. */
/** `seq` null: a consumer's `handleAll` failed, for no one event; event by event finds which. */
type BatchFailure = { seq: number | null; consumer: string; error: string };

class BatchFailed extends Error {
  constructor(readonly failure: BatchFailure) {
    super(failure.error);
  }
}

type Tx = Parameters<Parameters<Ctx['db']['transaction']>[0]>[0];

/**
 * One batch in one transaction. Usually every consumer handles every event of the batch right
 * in it, and their consumption records and the events' relayed marks are written in one
 * statement. When a consumer throws, the whole transaction is rolled back (nothing of the batch
 * is kept) and the batch is done again event by event, each hand-over in a savepoint of its
 * own, up to the one that failed.
 */
async function relayBatch(
  ctx: Ctx,
  consumers: EventConsumer[],
  batchSize: number,
  run: RelayRun,
  cursor: RelayCursor,
  failure?: BatchFailure,
): Promise<boolean> {
  const floor = cursor.floor;
  try {
    return await ctx.db.transaction(async (tx) => {
      // The relay's lock and the batch with, for each event, the consumers that already handled
      // it (an earlier run that stopped at a failing consumer): one statement. No row means
      // another relay holds the lock; one row without an event, that nothing is waiting. From a
      // cursor, an event waits while one of its document before the cursor is unrelayed (one that
      // committed late: RelayCursor); those after the cursor come in this batch, in order. The
      // statement's snapshot is taken before the lock: a relay that committed in between left its
      // events marked, and FOR UPDATE reads each row as it now is (relayed rows drop out) instead
      // of relaying them again.
      const fromCursor =
        floor > 0
          ? sql`and u.seq >= ${floor} and not exists (select 1 from ${events} p
              where p.subject_type = u.subject_type and p.subject_id = u.subject_id
                and p.seq < ${floor} and p.relayed_at is null)`
          : sql``;
      const rows = rowsOf<BatchRow>(
        await tx.execute(sql`select l.locked, e.seq, e.id, e.type, e.version, e.subject_type,
            e.subject_id, e.actor_id, e.payload, e.occurred_at, e.relay_attempts,
            array(select c.consumer from ${eventConsumptions} c where c.event_seq = e.seq) as done
          from (select pg_try_advisory_xact_lock(${RELAY_LOCK}) as locked) l
          left join lateral (select * from ${events} u where l.locked and u.relayed_at is null
            ${fromCursor} order by u.seq limit ${batchSize} for update) e on true
          order by e.seq`),
      );
      if (!rows[0]?.locked) {
        run.busy = true;
        return false;
      }
      if (rows[0].seq === null) return false;
      const batch: PendingEvent[] = rows.map((row) => ({
        seq: Number(row.seq),
        id: row.id,
        type: row.type,
        version: row.version,
        subjectType: row.subject_type,
        subjectId: row.subject_id,
        actorId: row.actor_id,
        payload: row.payload,
        occurredAt: new Date(row.occurred_at),
        relayAttempts: row.relay_attempts,
        done: new Set(row.done),
      }));
      const memo = relayBatchMemo(run);
      if (!failure) {
        await handleWholeBatch(ctx, tx, consumers, batch, memo, run);
        cursor.floor = batch.at(-1)!.seq + 1;
        return rows.length === batchSize;
      }
      const relayed = await handleEventByEvent(ctx, tx, consumers, batch, memo, run, failure);
      await markRelayed(ctx, tx, relayed, []);
      run.relayed += relayed.length;
      // The event the relay stopped at is where the next run starts.
      cursor.floor = run.retryLater ? batch[relayed.length]!.seq : batch.at(-1)!.seq + 1;
      return !run.retryLater && rows.length === batchSize;
    });
  } catch (err) {
    // The batch rolled back: the cursor stays where it was.
    cursor.floor = floor;
    if (err instanceof BatchFailed && !failure)
      return relayBatch(ctx, consumers, batchSize, run, cursor, err.failure);
    throw err;
  }
}

/** Marks events relayed and records consumptions, in one statement. */
async function markRelayed(
  ctx: Ctx,
  tx: Tx,
  seqs: number[],
  consumed: { consumer: string; eventSeq: number }[],
): Promise<void> {
  if (seqs.length === 0 && consumed.length === 0) return;
  // Array literals: the sequence numbers are integers and the consumer names code constants.
  const array = (values: (string | number)[]) =>
    `{${values.map((v) => JSON.stringify(String(v))).join(',')}}`;
  await tx.execute(sql`with consumed as (
      insert into ${eventConsumptions} (consumer, event_seq)
      select c, s from unnest(${array(consumed.map((c) => c.consumer))}::text[], ${array(consumed.map((c) => c.eventSeq))}::bigint[]) as x(c, s))
    update ${events} set relayed_at = ${ctx.clock.now().toISOString()}::timestamptz
    where seq = any(${array(seqs)}::bigint[]) and relayed_at is null`);
}

/** The usual case: the whole batch, no savepoints; a consumer that throws aborts it (BatchFailed). */
async function handleWholeBatch(
  ctx: Ctx,
  tx: Tx,
  consumers: EventConsumer[],
  batch: PendingEvent[],
  memo: RelayBatch,
  run: RelayRun,
): Promise<void> {
  const handled: Record<string, number> = {};
  const consumed: { consumer: string; eventSeq: number }[] = [];
  const inTx = { ...ctx, db: tx, events: undefined };
  const wanted = (consumer: EventConsumer, event: PendingEvent) =>
    consumer.accepts(event.type) && !event.done.has(consumer.name);
  const took = (consumer: EventConsumer, event: PendingEvent) => {
    consumed.push({ consumer: consumer.name, eventSeq: event.seq });
    handled[consumer.name] = (handled[consumer.name] ?? 0) + 1;
  };
  for (const event of batch) {
    for (const consumer of consumers) {
      if (consumer.handleAll || !wanted(consumer, event)) continue;
      try {
        await consumer.handle(inTx, event, memo);
      } catch (err) {
        const error = err instanceof Error ? err.message : String(err);
        throw new BatchFailed({ seq: event.seq, consumer: consumer.name, error });
      }
      took(consumer, event);
    }
  }
  for (const consumer of consumers) {
    if (!consumer.handleAll) continue;
    const mine = batch.filter((event) => wanted(consumer, event));
    if (mine.length === 0) continue;
    try {
      await consumer.handleAll(inTx, mine, memo);
    } catch (err) {
      const error = err instanceof Error ? err.message : String(err);
      throw new BatchFailed({ seq: null, consumer: consumer.name, error });
    }
    for (const event of mine) took(consumer, event);
  }
  await markRelayed(
    ctx,
    tx,
    batch.map((e) => e.seq),
    consumed,
  );
  for (const [name, count] of Object.entries(handled)) run.handled[name] = (run.handled[name] ?? 0) + count;
  run.relayed += batch.length;
}

/**
 * After a failure: each consumer and event in a savepoint of its own, so what came before the
 * failing hand-over is kept, the failure's attempt is counted (the hand-over that failed in the
 * whole batch is not tried a second time in this run), and the relay stops there — or, after
 * MAX_RELAY_ATTEMPTS, gives up on it and goes on.
 */
async function handleEventByEvent(
  ctx: Ctx,
  tx: Tx,
  consumers: EventConsumer[],
  batch: PendingEvent[],
  memo: RelayBatch,
  run: RelayRun,
  failure: BatchFailure,
): Promise<number[]> {
  const relayed: number[] = [];
  for (const event of batch) {
    let stop = false;
    for (const consumer of consumers) {
      if (!consumer.accepts(event.type) || event.done.has(consumer.name)) continue;
      try {
        if (event.seq === failure.seq && consumer.name === failure.consumer) throw new Error(failure.error);
        await tx.transaction(async (sp) => {
          await consumer.handle({ ...ctx, db: sp, events: undefined }, event, memo);
          await sp.insert(eventConsumptions).values({ consumer: consumer.name, eventSeq: event.seq });
        });
        run.handled[consumer.name] = (run.handled[consumer.name] ?? 0) + 1;
      } catch (err) {
        const error = err instanceof Error ? err.message : String(err);
        const attempts = event.relayAttempts + 1;
        await tx
          .update(events)
          .set({ relayAttempts: attempts, relayError: `${consumer.name}: ${error}` })
          .where(eq(events.seq, event.seq));
        if (attempts < MAX_RELAY_ATTEMPTS) {
          stop = true;
          break;
        }
        await tx
          .insert(eventConsumptions)
          .values({ consumer: consumer.name, eventSeq: event.seq, outcome: 'failed', error });
        run.givenUp++;
      }
    }
    if (stop) {
      run.retryLater = true;
      break;
    }
    relayed.push(event.seq);
  }
  return relayed;
}
