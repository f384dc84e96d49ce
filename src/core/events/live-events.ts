import { and, asc, gt, inArray, sql } from 'drizzle-orm';
import { events } from '../../db/schema';
import { type Actor, can } from '../shared/actor';
import type { Ctx } from '../shared/context';
import { rowsOf } from '../shared/sql';

/**
 * What the live event stream hands a browser: which document changed and how, never the payload
 * (the page reloads what it shows through the API, under its own access checks).
 */
export type LiveEvent = {
  seq: number;
  type: string;
  subjectType: string;
  subjectId: string;
  supplierId: string | null;
  departmentId: string | null;
};

/** The subjects the stream carries: the documents pages show. */
const LIVE_SUBJECTS = ['purchase_order', 'requisition'];

/** What a supplier's user hears of its orders: what the portal shows (nothing before the send). */
const SUPPLIER_EVENT_TYPES = new Set([
  'purchase_order.sent',
  'purchase_order.acknowledged',
  'purchase_order.supplier_answered',
  'purchase_order.shipped',
  'purchase_order.cancelled',
  'purchase_order.closed',
  'purchase_order.received',
  'purchase_order.returned_to_supplier',
]);

/** Events appended after `afterSeq`, oldest first, at most `limit` (the stream's catch-up and wake-ups). */
export async function readLiveEvents(
  ctx: Ctx,
  opts: { afterSeq: number; limit: number },
): Promise<LiveEvent[]> {
  const rows = await ctx.db
    .select({
      seq: events.seq,
      type: events.type,
      subjectType: events.subjectType,
      subjectId: events.subjectId,
      payload: events.payload,
    })
    .from(events)
    .where(and(gt(events.seq, opts.afterSeq), inArray(events.subjectType, LIVE_SUBJECTS)))
    .orderBy(asc(events.seq))
    .limit(opts.limit);
  return rows.map((r) => ({
    seq: r.seq,
    type: r.type,
    subjectType: r.subjectType,
    subjectId: r.subjectId,
    supplierId: typeof r.payload.supplierId === 'string' ? r.payload.supplierId : null,
    departmentId: typeof r.payload.departmentId === 'string' ? r.payload.departmentId : null,
  }));
}

/** The newest event's position (where a new stream starts). */
export async function latestEventSeq(ctx: Ctx): Promise<number> {
  const result = await ctx.db.execute(sql`select coalesce(max(seq), 0)::text as seq from events`);
  return Number(rowsOf<{ seq: string }>(result)[0]?.seq ?? 0);
}

/**
 * Whether the actor may hear of this event: a supplier's user, of its own supplier's orders once
 * sent; people who see every order or requisition, of those; a requester, of its department's
 * requisitions. Anything else is left out (never more than the pages would show).
 */
export function liveEventVisible(
  actor: Actor,
  /** The actor's row access to documents (purchase-orders' visibilityOf). */
  visibility: 'all' | { departmentId: string | null },
  event: LiveEvent,
): boolean {
  if (actor.supplierId) {
    return (
      event.subjectType === 'purchase_order' &&
      event.supplierId === actor.supplierId &&
      SUPPLIER_EVENT_TYPES.has(event.type)
    );
  }
  const permission = event.subjectType === 'purchase_order' ? 'purchase_orders:read' : 'requisitions:read';
  if (!can(actor, permission)) return false;
  if (visibility === 'all') return true;
  return (
    event.subjectType === 'requisition' &&
    !!visibility.departmentId &&
    event.departmentId === visibility.departmentId
  );
}
