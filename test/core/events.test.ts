import { and, asc, eq, isNull, sql } from 'drizzle-orm';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import {
  type DomainEvent,
  type EventConsumer,
  MAX_RELAY_ATTEMPTS,
  relayCursor,
  relayEvents,
} from '../../src/core/events';
import { SYSTEM_ACTOR } from '../../src/core/identity';
import { recordAudit } from '../../src/core/shared/audit';
import { fixedClock } from '../../src/core/shared/clock';
import type { Ctx } from '../../src/core/shared/context';
import { inTransaction, recordEvents } from '../../src/core/shared/events';
import { rowsOf } from '../../src/core/shared/sql';
import type { Database } from '../../src/db/client';
import { auditLog, eventConsumptions, events } from '../../src/db/schema';
import { createTestDatabase } from '../helpers/db';

/**
 * The event relay against a real database (PGlite, or PostgreSQL with TEST_DATABASE_URL): order
 * per subject, at least once, nothing lost when the process stops between commit and delivery or
 * a consumer fails, nothing done twice when an event is delivered again, and a poison event given
 * up after its last attempt without holding the others back for ever.
 */
let database: Database;
let ctx: Ctx;

beforeAll(async () => {
  database = await createTestDatabase();
  ctx = { db: database.db, clock: fixedClock(new Date('2026-03-02T09:00:00Z')) };
}, 60_000);
afterAll(async () => {
  await database.close();
});
beforeEach(async () => {
  // Every test starts with nothing waiting.
  await ctx.db.update(events).set({ relayedAt: new Date() }).where(isNull(events.relayedAt));
});

/** A consumer that writes down what it saw, in order. */
function recorder(name: string, accepts: (type: string) => boolean = () => true) {
  const seen: DomainEvent[] = [];
  const consumer: EventConsumer = {
    name,
    accepts,
    async handle(_ctx, event) {
      seen.push(event);
    },
  };
  return { consumer, seen };
}

const docEvent = (doc: string, n: number) => ({
  type: 'test_document.changed',
  subject: { type: 'test_document', id: doc },
  actor: null,
  payload: { n },
});

describe('recording events', () => {
  it('commits events with the transaction that made them, and rolls them back with it', async () => {
    await inTransaction(ctx, async (tx) => recordEvents(tx.db, tx.clock, [docEvent('kept', 1)]));
    await expect(
      inTransaction(ctx, async (tx) => {
        await recordEvents(tx.db, tx.clock, [docEvent('rolled-back', 1)]);
        throw new Error('the write failed');
      }),
    ).rejects.toThrow('the write failed');
    const rows = await ctx.db.select().from(events).where(isNull(events.relayedAt));
    expect(rows.map((r) => r.subjectId)).toEqual(['kept']);
    expect(rows[0]).toMatchObject({ type: 'test_document.changed', version: 1, payload: { n: 1 } });
  });

  it('writes a transaction’s events and audit entries together when it ends, in the order recorded; a failed savepoint keeps none of its own', async () => {
    const actor = { ...SYSTEM_ACTOR };
    await inTransaction(ctx, async (tx) => {
      await recordEvents(tx.db, tx.clock, [docEvent('gathered', 1)]);
      await recordAudit(tx.db, tx.clock, {
        actor,
        entityType: 'test_document',
        entityId: 'gathered',
        action: 'one',
      });
      // Gathered, not yet written: nothing of this transaction is in the table yet.
      const inside = await tx.db.select().from(events).where(eq(events.subjectId, 'gathered'));
      expect(inside).toEqual([]);
      await expect(
        inTransaction(tx, async (sp) => {
          await recordEvents(sp.db, sp.clock, [docEvent('gathered', 99)]);
          throw new Error('the inner write failed');
        }),
      ).rejects.toThrow('the inner write failed');
      await recordEvents(tx.db, tx.clock, [docEvent('gathered', 2), docEvent('gathered', 3)]);
      await recordAudit(tx.db, tx.clock, {
        actor,
        entityType: 'test_document',
        entityId: 'gathered',
        action: 'two',
      });
    });
    const written = await ctx.db
      .select()
      .from(events)
      .where(eq(events.subjectId, 'gathered'))
      .orderBy(asc(events.seq));
    expect(written.map((e) => e.payload.n)).toEqual([1, 2, 3]);
    const audited = await ctx.db
      .select()
      .from(auditLog)
      .where(eq(auditLog.entityId, 'gathered'))
      .orderBy(asc(auditLog.seq));
    expect(audited.map((a) => a.action)).toEqual(['one', 'two']);
    // One transaction wrote them all.
    expect(new Set(audited.map((a) => String(a.txid))).size).toBe(1);
  });

  it('tells the relay after the commit, not inside the transaction', async () => {
    const calls: number[] = [];
    const signalled: Ctx = {
      ...ctx,
      events: {
        async committed() {
          const waiting = await ctx.db.select().from(events).where(isNull(events.relayedAt));
          calls.push(waiting.length);
        },
      },
    };
    await inTransaction(signalled, async (tx) => {
      expect(tx.events).toBeUndefined();
      await recordEvents(tx.db, tx.clock, [docEvent('signal', 1), docEvent('signal', 2)]);
    });
    // By the time the signal came, both events were visible outside the transaction.
    expect(calls).toEqual([2]);
  });
});

describe('relaying', () => {
  it('hands every event to each consumer that wants it, in order per subject, and marks it relayed', async () => {
    for (let n = 1; n <= 5; n++) {
      await inTransaction(ctx, async (tx) =>
        recordEvents(tx.db, tx.clock, [docEvent('a', n), docEvent('b', n), docEvent('c', n)]),
      );
    }
    const all = recorder('all');
    const onlyB = recorder('only-b', () => false);
    const run = await relayEvents(ctx, { consumers: [all.consumer, onlyB.consumer], batchSize: 4 });
    expect(run).toMatchObject({ relayed: 15, givenUp: 0, retryLater: false, busy: false });
    expect(run.handled).toEqual({ all: 15, 'only-b': 0 });
    for (const doc of ['a', 'b', 'c']) {
      expect(all.seen.filter((e) => e.subjectId === doc).map((e) => e.payload.n)).toEqual([1, 2, 3, 4, 5]);
    }
    const seqs = all.seen.map((e) => e.seq);
    expect([...seqs].sort((x, y) => x - y)).toEqual(seqs);
    expect(await ctx.db.select().from(events).where(isNull(events.relayedAt))).toEqual([]);
    expect((await relayEvents(ctx, { consumers: [all.consumer] })).relayed).toBe(0);
  });

  it('delivers what was committed while no relay ran (a stop between commit and delivery)', async () => {
    // The process that committed these stopped before it could relay them.
    await inTransaction(ctx, async (tx) => recordEvents(tx.db, tx.clock, [docEvent('crash', 1)]));
    await inTransaction(ctx, async (tx) => recordEvents(tx.db, tx.clock, [docEvent('crash', 2)]));
    // A relay started later (another process, or this one after a restart) finds them.
    const later = recorder('later');
    expect((await relayEvents(ctx, { consumers: [later.consumer] })).relayed).toBe(2);
    expect(later.seen.map((e) => e.payload.n)).toEqual([1, 2]);
  });

  it('from a cursor, relays what came after it; an event committed late is relayed by the next full look, before the later events of its document', async () => {
    const cursor = relayCursor(60_000);
    const seen = recorder('cursor');
    await inTransaction(ctx, async (tx) => recordEvents(tx.db, tx.clock, [docEvent('early', 1)]));
    expect((await relayEvents(ctx, { consumers: [seen.consumer], cursor })).relayed).toBe(1);
    // A transaction takes its sequence number, then commits only after later events were relayed.
    const [reserved] = rowsOf<{ seq: number }>(
      await ctx.db.execute(sql`select nextval(pg_get_serial_sequence('events', 'seq'))::int as seq`),
    );
    const lateSeq = Number(reserved!.seq);
    await inTransaction(ctx, async (tx) => recordEvents(tx.db, tx.clock, [docEvent('other', 1)]));
    expect((await relayEvents(ctx, { consumers: [seen.consumer], cursor })).relayed).toBe(1);
    expect(cursor.floor).toBeGreaterThan(lateSeq);
    await ctx.db.insert(events).values({
      seq: lateSeq,
      id: crypto.randomUUID(),
      type: 'test_document.changed',
      subjectType: 'test_document',
      subjectId: 'late',
      payload: { n: 1 },
      occurredAt: new Date(),
    });
    await inTransaction(ctx, async (tx) =>
      recordEvents(tx.db, tx.clock, [docEvent('late', 2), docEvent('other', 2)]),
    );
    // The cursor's look relays the other document's event; the late document's second event waits
    // for its first.
    const quick = await relayEvents(ctx, { consumers: [seen.consumer], cursor });
    expect(quick.relayed).toBe(1);
    expect(seen.seen.map((e) => `${e.subjectId}${e.payload.n}`)).toEqual(['early1', 'other1', 'other2']);
    // The next full look finds both, in order.
    cursor.lastFullScan = Number.NEGATIVE_INFINITY;
    expect((await relayEvents(ctx, { consumers: [seen.consumer], cursor })).relayed).toBe(2);
    expect(seen.seen.map((e) => `${e.subjectId}${e.payload.n}`)).toEqual([
      'early1',
      'other1',
      'other2',
      'late1',
      'late2',
    ]);
    expect(await ctx.db.select().from(events).where(isNull(events.relayedAt))).toEqual([]);
  });

  it('hands each event over once while several relays race for it (a relay that commits as another takes the lock)', async () => {
    for (let n = 0; n < 40; n++) {
      await inTransaction(ctx, async (tx) =>
        recordEvents(tx.db, tx.clock, [docEvent(`race-${n % 7}`, n), docEvent(`race-${n % 5}`, n)]),
      );
    }
    const seen = recorder('race');
    const relay = async () => {
      for (let i = 0; i < 200; i++) {
        const run = await relayEvents(ctx, { consumers: [seen.consumer], batchSize: 3, maxBatches: 1 });
        if (!run.busy && run.relayed === 0) return;
      }
    };
    await Promise.all(Array.from({ length: 8 }, relay));
    const handled = seen.seen.map((e) => e.seq);
    expect(handled).toHaveLength(80);
    expect(new Set(handled).size).toBe(80);
    expect(await ctx.db.select().from(events).where(isNull(events.relayedAt))).toEqual([]);
  });

  it('keeps a failed consumer’s event and what follows for the next run; nothing is handled twice', async () => {
    await inTransaction(ctx, async (tx) =>
      recordEvents(tx.db, tx.clock, [docEvent('flaky', 1), docEvent('flaky', 2), docEvent('flaky', 3)]),
    );
    const steady = recorder('steady');
    let failNext = true;
    let flakyCalls = 0;
    const flaky: EventConsumer = {
      name: 'flaky',
      accepts: (type) => type === 'test_document.changed',
      async handle(c, event) {
        // It wrote something before it failed: that write must not survive.
        await recordEvents(c.db, c.clock, [
          { ...docEvent('side-effect', Number(event.payload.n)), type: 'test_side_effect.written' },
        ]);
        flakyCalls++;
        if (event.payload.n === 2 && failNext) {
          failNext = false;
          throw new Error('downstream unavailable');
        }
      },
    };
    /** What each consumer committed: its consumption records, in sequence order. */
    const consumed = async (consumer: string) =>
      (
        await ctx.db
          .select({ n: sql<number>`(${events.payload}->>'n')::int` })
          .from(eventConsumptions)
          .innerJoin(events, eq(events.seq, eventConsumptions.eventSeq))
          .where(and(eq(eventConsumptions.consumer, consumer), eq(events.subjectId, 'flaky')))
          .orderBy(asc(events.seq))
      ).map((r) => r.n);
    const first = await relayEvents(ctx, { consumers: [steady.consumer, flaky] });
    expect(first).toMatchObject({ relayed: 1, retryLater: true });
    // The failing hand-over was tried once in this run; what came before it is kept.
    expect(await consumed('steady')).toEqual([1, 2]);
    expect(await consumed('flaky')).toEqual([1]);
    const callsInFirstRun = flakyCalls;
    const [second] = await ctx.db
      .select()
      .from(events)
      .where(eq(events.subjectId, 'flaky'))
      .orderBy(asc(events.seq))
      .offset(1);
    expect(second).toMatchObject({
      relayAttempts: 1,
      relayError: 'flaky: downstream unavailable',
      relayedAt: null,
    });

    const again = await relayEvents(ctx, { consumers: [steady.consumer, flaky] });
    expect(again.retryLater).toBe(false);
    // Each consumer committed each event once, in order; the second run called flaky for 2 and 3 only.
    expect(await consumed('steady')).toEqual([1, 2, 3]);
    expect(await consumed('flaky')).toEqual([1, 2, 3]);
    expect(flakyCalls - callsInFirstRun).toBe(2);
    expect(steady.seen.filter((e) => e.subjectId === 'flaky').at(-1)?.payload.n).toBe(3);
    // The failed attempt's own write was rolled back with it: one side effect per event.
    const effects = await ctx.db.select().from(events).where(eq(events.subjectId, 'side-effect'));
    expect(effects.map((e) => e.payload.n).sort()).toEqual([1, 2, 3]);
  });

  it('hands a consumer that takes a batch at once all its events together, and after its failure finds the failing event one by one', async () => {
    await inTransaction(ctx, async (tx) =>
      recordEvents(tx.db, tx.clock, [
        docEvent('together', 1),
        docEvent('together', 2),
        docEvent('together', 3),
      ]),
    );
    const steady = recorder('steady-all');
    const batches: number[][] = [];
    const one: number[] = [];
    let failOn: number | null = null;
    const together: EventConsumer = {
      name: 'together',
      accepts: (type) => type === 'test_document.changed',
      async handle(_c, event) {
        if (event.payload.n === failOn) throw new Error(`cannot take ${failOn}`);
        one.push(Number(event.payload.n));
      },
      async handleAll(_c, events) {
        if (events.some((e) => e.payload.n === failOn)) throw new Error('one of them failed');
        batches.push(events.map((e) => Number(e.payload.n)));
      },
    };
    const run = await relayEvents(ctx, { consumers: [together, steady.consumer] });
    expect(run.relayed).toBe(3);
    expect(run.handled.together).toBe(3);
    // One call for the batch, after the consumers that take events one by one had them.
    expect(batches).toEqual([[1, 2, 3]]);
    expect(one).toEqual([]);
    expect(steady.seen.map((e) => e.payload.n)).toEqual([1, 2, 3]);

    // A failure of the whole batch: event by event, the events before the failing one are kept.
    await inTransaction(ctx, async (tx) =>
      recordEvents(tx.db, tx.clock, [
        docEvent('together', 4),
        docEvent('together', 5),
        docEvent('together', 6),
      ]),
    );
    failOn = 5;
    const failed = await relayEvents(ctx, { consumers: [together] });
    expect(failed).toMatchObject({ relayed: 1, retryLater: true });
    expect(one).toEqual([4]);
    const [five] = await ctx.db
      .select()
      .from(events)
      .where(and(eq(events.subjectId, 'together'), sql`${events.payload}->>'n' = '5'`));
    expect(five).toMatchObject({ relayAttempts: 1, relayError: 'together: cannot take 5', relayedAt: null });
    failOn = null;
    expect((await relayEvents(ctx, { consumers: [together] })).relayed).toBe(2);
    expect(batches.at(-1)).toEqual([5, 6]);
  });

  it('loads what a batch shares once, and reports the work its consumers queued', async () => {
    await inTransaction(ctx, async (tx) =>
      recordEvents(tx.db, tx.clock, [docEvent('shared', 1), docEvent('shared', 2), docEvent('shared', 3)]),
    );
    let loads = 0;
    const queuing: EventConsumer = {
      name: 'queuing',
      accepts: () => true,
      async handle(_c, event, batch) {
        const endpoints = await batch.memo('endpoints', async () => {
          loads++;
          return ['one endpoint'];
        });
        if (endpoints.length > 0 && event.payload.n === 2) batch.queued('deliveries');
      },
    };
    const run = await relayEvents(ctx, { consumers: [queuing] });
    expect(run).toMatchObject({ relayed: 3, handled: { queuing: 3 }, queued: ['deliveries'] });
    expect(loads).toBe(1);
    const idle = await relayEvents(ctx, { consumers: [queuing] });
    expect(idle).toMatchObject({ relayed: 0, queued: [] });
  });

  it('changes nothing when every event is delivered a second time', async () => {
    await inTransaction(ctx, async (tx) =>
      recordEvents(tx.db, tx.clock, [docEvent('twice', 1), docEvent('twice', 2)]),
    );
    const counter = recorder('counter');
    await relayEvents(ctx, { consumers: [counter.consumer] });
    // Deliver everything again, as a relay that lost its marks would.
    await ctx.db.update(events).set({ relayedAt: null }).where(eq(events.subjectId, 'twice'));
    const replay = await relayEvents(ctx, { consumers: [counter.consumer] });
    expect(replay.relayed).toBe(2);
    expect(replay.handled.counter).toBe(0);
    expect(counter.seen.map((e) => e.payload.n)).toEqual([1, 2]);
  });

  it('gives a poison event up after its last attempt, keeps the error, and moves on', async () => {
    await inTransaction(ctx, async (tx) =>
      recordEvents(tx.db, tx.clock, [docEvent('poison', 1), docEvent('poison', 2)]),
    );
    const poisoned: EventConsumer = {
      name: 'poisoned',
      accepts: () => true,
      async handle(_c, event) {
        if (event.payload.n === 1) throw new Error('cannot read payload');
      },
    };
    for (let i = 1; i < MAX_RELAY_ATTEMPTS; i++) {
      expect((await relayEvents(ctx, { consumers: [poisoned] })).retryLater).toBe(true);
    }
    const last = await relayEvents(ctx, { consumers: [poisoned] });
    expect(last).toMatchObject({ relayed: 2, givenUp: 1, retryLater: false });
    const failed = await ctx.db
      .select()
      .from(eventConsumptions)
      .where(eq(eventConsumptions.outcome, 'failed'));
    expect(failed).toHaveLength(1);
    expect(failed[0]).toMatchObject({ consumer: 'poisoned', error: 'cannot read payload' });
  });
});
