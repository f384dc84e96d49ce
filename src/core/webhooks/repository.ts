import { and, desc, eq, inArray, lt, lte, or, sql } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { events, webhookDeliveries, webhookEndpoints } from '../../db/schema';

/** The only SQL of the webhooks capability: endpoints and their deliveries (and reading events). */

export type EndpointRow = typeof webhookEndpoints.$inferSelect;
export type EndpointInsert = typeof webhookEndpoints.$inferInsert;
export type DeliveryRow = typeof webhookDeliveries.$inferSelect;
export type DeliveryInsert = typeof webhookDeliveries.$inferInsert;

export async function insertEndpoint(db: Db, row: EndpointInsert): Promise<EndpointRow> {
  const [inserted] = await db.insert(webhookEndpoints).values(row).returning();
  return inserted!;
}

export async function findEndpoint(
  db: Db,
  id: string,
  opts: { forUpdate?: boolean } = {},
): Promise<EndpointRow | undefined> {
  const q = db.select().from(webhookEndpoints).where(eq(webhookEndpoints.id, id));
  const [row] = opts.forUpdate ? await q.for('update') : await q;
  return row;
}

export async function listEndpoints(db: Db): Promise<EndpointRow[]> {
  // Endpoints are few (an organisation's integrations): no paging.
  return db.select().from(webhookEndpoints).orderBy(desc(webhookEndpoints.createdAt)).limit(500);
}

export async function activeEndpoints(db: Db): Promise<EndpointRow[]> {
  return db.select().from(webhookEndpoints).where(eq(webhookEndpoints.active, true)).limit(500);
}

export async function updateEndpoint(
  db: Db,
  id: string,
  expectedVersion: number,
  patch: Partial<EndpointInsert>,
): Promise<EndpointRow | undefined> {
  const [row] = await db
    .update(webhookEndpoints)
    .set({ ...patch, version: sql`${webhookEndpoints.version} + 1` })
    .where(and(eq(webhookEndpoints.id, id), eq(webhookEndpoints.version, expectedVersion)))
    .returning();
  return row;
}

/** Queues deliveries; one per endpoint and event, however often the event is relayed. */
export async function insertDeliveries(db: Db, rows: DeliveryInsert[]): Promise<void> {
  if (rows.length === 0) return;
  await db.insert(webhookDeliveries).values(rows).onConflictDoNothing();
}

export async function listDeliveries(
  db: Db,
  endpointId: string,
  after: { at: Date; id: string } | undefined,
  limit: number,
): Promise<DeliveryRow[]> {
  const d = webhookDeliveries;
  return db
    .select()
    .from(d)
    .where(
      and(
        eq(d.endpointId, endpointId),
        after ? or(lt(d.createdAt, after.at), and(eq(d.createdAt, after.at), lt(d.id, after.id))) : undefined,
      ),
    )
    .orderBy(desc(d.createdAt), desc(d.id))
    .limit(limit);
}

export async function findDelivery(db: Db, endpointId: string, id: string): Promise<DeliveryRow | undefined> {
  const [row] = await db
    .select()
    .from(webhookDeliveries)
    .where(and(eq(webhookDeliveries.id, id), eq(webhookDeliveries.endpointId, endpointId)));
  return row;
}

export async function updateDelivery(db: Db, id: string, patch: Partial<DeliveryInsert>): Promise<void> {
  await db.update(webhookDeliveries).set(patch).where(eq(webhookDeliveries.id, id));
}

/**
 * Takes up to `limit` due deliveries for this worker in one statement: their next attempt moves
 * `leaseMs` ahead, so another worker does not take them while this one sends (and a worker that
 * dies mid-send leaves them to be tried again when the lease runs out).
 */
export async function claimDueDeliveries(db: Db, now: Date, leaseMs: number, limit: number) {
  const d = webhookDeliveries;
  const due = db
    .select({ id: d.id })
    .from(d)
    .where(and(eq(d.status, 'pending'), lte(d.nextAttemptAt, now)))
    .orderBy(d.nextAttemptAt)
    .limit(limit)
    .for('update', { skipLocked: true });
  const claimed = await db
    .update(d)
    .set({ nextAttemptAt: new Date(now.getTime() + leaseMs), attempts: sql`${d.attempts} + 1` })
    .where(inArray(d.id, due))
    .returning();
  if (claimed.length === 0) return [];
  // One after the other: in a transaction both would queue on its one connection.
  const endpointRows = await db
    .select()
    .from(webhookEndpoints)
    .where(
      inArray(
        webhookEndpoints.id,
        claimed.map((c) => c.endpointId),
      ),
    );
  const eventRows = await db
    .select()
    .from(events)
    .where(
      inArray(
        events.seq,
        claimed.map((c) => c.eventSeq),
      ),
    );
  const endpoints = new Map(endpointRows.map((e) => [e.id, e]));
  const eventsBySeq = new Map(eventRows.map((e) => [e.seq, e]));
  return claimed.map((delivery) => ({
    delivery,
    endpoint: endpoints.get(delivery.endpointId)!,
    event: eventsBySeq.get(delivery.eventSeq),
  }));
}

/** Addresses of these webhook endpoints. */
export async function endpointNames(db: Db, ids: string[]) {
  if (ids.length === 0) return [];
  return db
    .select({ id: webhookEndpoints.id, url: webhookEndpoints.url })
    .from(webhookEndpoints)
    .where(inArray(webhookEndpoints.id, ids));
}
