import { PgTransaction } from 'drizzle-orm/pg-core';
import type { Db } from '../../db/client';
import { events } from '../../db/schema';
import type { Actor } from './actor';
import { pendingAppends, withAppends } from './appends';
import type { Clock } from './clock';
import type { Ctx } from './context';
import { newId } from './ids';
import { insertFromJson } from './sql';

/**
 * Domain events: what happened to a document (`purchase_order.approved`), appended in the
 * transaction that made it happen, so an event exists exactly when its change was committed.
 * Consumers (notifications, webhooks …) receive them later from the relay (core/events), at
 * least once and in order per subject. The catalogue and payloads: docs/events.md.
 */
export type EventInput = {
  /** `<subject type>.<what happened>`, e.g. `purchase_order.approved`. */
  type: string;
  /** Version of the payload's shape (default 1); a breaking change gets a new version. */
  version?: number;
  subject: { type: string; id: string };
  actor: Pick<Actor, 'userId'> | null;
  payload: Record<string, unknown>;
};

/** Plain JSON, as jsonb gives it back (dates as ISO strings, no undefined). */
function plain(value: Record<string, unknown>): Record<string, unknown> {
  return JSON.parse(JSON.stringify(value)) as Record<string, unknown>;
}

export type EventRow = typeof events.$inferInsert;

/** The rows of events as they are stored, in the order given (ids and time from the clock). */
export function eventRows(clock: Clock, inputs: EventInput[]): EventRow[] {
  const now = clock.now();
  return inputs.map((e) => ({
    id: newId(now.getTime()),
    type: e.type,
    version: e.version ?? 1,
    subjectType: e.subject.type,
    subjectId: e.subject.id,
    actorId: e.actor?.userId ?? null,
    payload: plain(e.payload),
    occurredAt: now,
  }));
}

/**
 * Appends events in the caller's transaction, in the order given: in one statement, or, in a
 * transaction of inTransaction, with its other events and audit entries when it ends.
 */
export async function recordEvents(tx: Db, clock: Clock, inputs: EventInput[]): Promise<void> {
  if (inputs.length === 0) return;
  const rows = eventRows(clock, inputs);
  const gathered = pendingAppends(tx);
  if (gathered) gathered.events.push(...rows);
  else await tx.execute(insertFromJson(events, rows));
}

/**
 * Runs `work` in one transaction and, once it has committed, tells the relay that events may be
 * waiting (`ctx.events`). Called inside a transaction it becomes a savepoint and leaves the
 * signal to whoever commits the outer transaction (nothing is visible before that).
 */
export async function inTransaction<T>(ctx: Ctx, work: (tx: Ctx) => Promise<T>): Promise<T> {
  const result = await ctx.db.transaction((db) =>
    withAppends(db, () => work({ ...ctx, db, events: undefined })),
  );
  await eventsCommitted(ctx);
  return result;
}

/**
 * Tells the relay that events may be waiting, after a write that appended them committed: the
 * caller's own statement outside a transaction, or inTransaction. Inside a transaction it does
 * nothing: the signal is for whoever commits it.
 */
export async function eventsCommitted(ctx: Ctx): Promise<void> {
  if (!(ctx.db instanceof PgTransaction)) await ctx.events?.committed();
}
