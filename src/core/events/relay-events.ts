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
 * A consumer of domain events. `handle` runs inside the relay's transaction (a savepoint of its
 * own): what it writes commits together with the record that it handled the event, so a replayed
 * event is never handled twice. It must not wait on the network: a consumer that talks to the
 * outside world queues the work (a delivery row, a job) and does it after commit.
 */
export type EventConsumer = {
  name: string;
  accepts(type: string): boolean;
  handle(ctx: Ctx, event: DomainEvent): Promise<void>;
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
 * anywhere loses nothing and repeats nothing. A consumer that throws is retried on the next run
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
    const rows = await tx
      .select()
      .from(events)
      .where(isNull(events.relayedAt))
      .orderBy(asc(events.seq))
      .limit(batchSize);
    if (rows.length === 0) return false;
    const seqs = rows.map((r) => r.seq);
    const done = new Set(
      (
        await tx
          .select({ consumer: eventConsumptions.consumer, seq: eventConsumptions.eventSeq })
          .from(eventConsumptions)
          .where(inArray(eventConsumptions.eventSeq, seqs))
      ).map((r) => `${r.consumer}:${r.seq}`),
    );
    const relayed: number[] = [];
    for (const row of rows) {
      const event: DomainEvent = {
        seq: row.seq,
        id: row.id,
        type: row.type,
        version: row.version,
        subjectType: row.subjectType,
        subjectId: row.subjectId,
        actorId: row.actorId,
        payload: row.payload,
        occurredAt: row.occurredAt,
      };
      let stop = false;
      for (const consumer of consumers) {
        if (!consumer.accepts(event.type) || done.has(`${consumer.name}:${event.seq}`)) continue;
        try {
          await tx.transaction(async (sp) => {
            await consumer.handle({ ...ctx, db: sp, events: undefined }, event);
            await sp.insert(eventConsumptions).values({ consumer: consumer.name, eventSeq: event.seq });
          });
          run.handled[consumer.name] = (run.handled[consumer.name] ?? 0) + 1;
        } catch (err) {
          const error = err instanceof Error ? err.message : String(err);
          const attempts = row.relayAttempts + 1;
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
