import { and, asc, eq, inArray, isNull, sql } from 'drizzle-orm';
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
export type RelayBatch = { memo<T>(key: string, load: () => Promise<T>): Promise<T> };

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
};

/** Only one relay works at a time (across processes), so events leave in sequence order. */
const RELAY_LOCK = 727_275;

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
  opts: { consumers: EventConsumer[]; batchSize?: number; maxBatches?: number },
): Promise<RelayRun> {
  const run: RelayRun = { relayed: 0, handled: {}, givenUp: 0, retryLater: false, busy: false };
  for (const c of opts.consumers) run.handled[c.name] = 0;
  for (let batch = 0; batch < (opts.maxBatches ?? 50); batch++) {
    const more = await relayBatch(ctx, opts.consumers, opts.batchSize ?? 200, run);
    if (!more) break;
  }
  return run;
}

function relayBatchMemo(): RelayBatch {
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
  };
}

type PendingEvent = DomainEvent & { relayAttempts: number; done: Set<string> };

async function relayBatch(
  ctx: Ctx,
  consumers: EventConsumer[],
  batchSize: number,
  run: RelayRun,
): Promise<boolean> {
  return ctx.db.transaction(async (tx) => {
    const lock = rowsOf<{ locked: boolean }>(
      await tx.execute(sql`select pg_try_advisory_xact_lock(${RELAY_LOCK}) as locked`),
    );
    if (!lock[0]?.locked) {
      run.busy = true;
      return false;
    }
    // The batch with, for each event, the consumers that already handled it (an earlier run that
    // stopped at a failing consumer): one statement.
    const rows = await tx
      .select({
        event: events,
        done: sql<
          string[]
        >`array(select c.consumer from ${eventConsumptions} c where c.event_seq = ${events.seq})`,
      })
      .from(events)
      .where(isNull(events.relayedAt))
      .orderBy(asc(events.seq))
      .limit(batchSize);
    if (rows.length === 0) return false;
    const batch: PendingEvent[] = rows.map(({ event: row, done }) => ({
      seq: row.seq,
      id: row.id,
      type: row.type,
      version: row.version,
      subjectType: row.subjectType,
      subjectId: row.subjectId,
      actorId: row.actorId,
      payload: row.payload,
      occurredAt: row.occurredAt,
      relayAttempts: row.relayAttempts,
      done: new Set(done),
    }));
    const memo = relayBatchMemo();
    const whole = await handleWholeBatch(ctx, tx, consumers, batch, memo, run);
    const relayed =
      'relayed' in whole
        ? whole.relayed
        : await handleEventByEvent(ctx, tx, consumers, batch, memo, run, whole);
    if (relayed.length > 0) {
      await tx
        .update(events)
        .set({ relayedAt: ctx.clock.now() })
        .where(and(inArray(events.seq, relayed), isNull(events.relayedAt)));
    }
    run.relayed += relayed.length;
    return !run.retryLater && rows.length === batchSize;
  });
}

type Tx = Parameters<Parameters<Ctx['db']['transaction']>[0]>[0];

/** A consumer that threw on an event while the whole batch was handled at once. */
type BatchFailure = { seq: number; consumer: string; error: string };

/**
 * The usual case: every consumer handles every event of the batch in one savepoint, and their
 * consumption records are written in one statement. When a consumer throws, the savepoint is
 * rolled back (nothing of the batch is kept) and the failure is returned: the batch is then
 * handled event by event up to it.
 */
async function handleWholeBatch(
  ctx: Ctx,
  tx: Tx,
  consumers: EventConsumer[],
  batch: PendingEvent[],
  memo: RelayBatch,
  run: RelayRun,
): Promise<{ relayed: number[] } | BatchFailure> {
  const handled: Record<string, number> = {};
  let current: { seq: number; consumer: string } | null = null;
  try {
    await tx.transaction(async (sp) => {
      const consumed: { consumer: string; eventSeq: number }[] = [];
      for (const event of batch) {
        for (const consumer of consumers) {
          if (!consumer.accepts(event.type) || event.done.has(consumer.name)) continue;
          current = { seq: event.seq, consumer: consumer.name };
          await consumer.handle({ ...ctx, db: sp, events: undefined }, event, memo);
          consumed.push({ consumer: consumer.name, eventSeq: event.seq });
          handled[consumer.name] = (handled[consumer.name] ?? 0) + 1;
        }
      }
      current = null;
      if (consumed.length > 0) await sp.insert(eventConsumptions).values(consumed);
    });
  } catch (err) {
    const error = err instanceof Error ? err.message : String(err);
    // Failing to write the consumption records is not one consumer's fault: retry all event by event.
    const failed = current as { seq: number; consumer: string } | null;
    return failed ? { ...failed, error } : { seq: Number.POSITIVE_INFINITY, consumer: '', error };
  }
  for (const [name, count] of Object.entries(handled)) run.handled[name] = (run.handled[name] ?? 0) + count;
  return { relayed: batch.map((e) => e.seq) };
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
