import type { DeliveryState } from '../../domain/dispatch';
import type { EventConsumer } from '../events';
import * as organisation from '../organisation';
import { visibilityOfPurchaseOrders } from '../purchase-orders';
import type { Actor } from '../shared/actor';
import type { Ctx } from '../shared/context';
import { AppError } from '../shared/errors';
import { normalize } from '../shared/money';
import { decodeListCursor, type Page, pageOf } from '../shared/pagination';
import { type CappedCount, HOME_COUNT_CAP } from '../shared/sql';
import * as repo from './repository';

/**
 * Delivery tracking (docs/tracking.md): every open line of a sent order with its needed-by,
 * promised and expected dates and where its delivery stands. The rows are kept by a consumer of
 * the order's events; the state depends on today and the settings, so it is derived when read.
 */

/** The order events after which its tracking rows are written again. */
const TRACKED_EVENTS = new Set([
  'purchase_order.sent',
  'purchase_order.revised',
  'purchase_order.approved',
  'purchase_order.acknowledged',
  'purchase_order.supplier_answered',
  'purchase_order.shipped',
  'purchase_order.held',
  'purchase_order.released',
  'purchase_order.cancelled',
  'purchase_order.closed',
  'purchase_order.short_closed',
  'purchase_order.received',
  'purchase_order.goods_received',
  'purchase_order.receipt_reversed',
  'purchase_order.returned_to_supplier',
  'purchase_order.inspected',
]);

/** Keeps the tracking rows of an order in step with it (idempotent: rewritten from the order). */
export const deliveryTrackingConsumer: EventConsumer = {
  name: 'dispatch-delivery-tracking',
  accepts: (type) => TRACKED_EVENTS.has(type),
  async handle(ctx, event) {
    if (event.subjectType !== 'purchase_order') return;
    await repo.refreshTrackingRows(ctx.db, event.subjectId, ctx.clock.now());
  },
};

export type TrackingFilter = {
  supplierId?: string;
  buyerId?: string;
  /** Expected between these dates (inclusive). */
  from?: string;
  to?: string;
  state?: DeliveryState;
};

export type TrackingLine = {
  purchaseOrderId: string;
  orderNumber: string;
  lineNo: number;
  supplier: { id: string; name: string };
  buyer: { id: string; name: string };
  description: string;
  unitCode: string;
  openQuantity: string;
  inTransitQuantity: string;
  neededBy: string | null;
  promisedDate: string | null;
  expectedDate: string | null;
  sentAt: Date;
  acknowledged: boolean;
  state: DeliveryState;
  /** Why it is at risk, when it is. */
  risk: ('promised_late' | 'expected_moved' | 'not_acknowledged')[];
};

/** Today and the acknowledgement cut-off: what the state of a line is measured against. */
export async function trackingClock(ctx: Ctx): Promise<repo.TrackingClock> {
  const settings = await organisation.getSettings(ctx);
  const now = ctx.clock.now();
  return {
    today: now.toISOString().slice(0, 10),
    ackCutoff: new Date(now.getTime() - settings.acknowledgementDueDays * 86_400_000),
  };
}

function toLine(r: repo.TrackingListRow, clock: repo.TrackingClock): TrackingLine {
  const overdueAck = !r.acknowledged && r.sentAt < clock.ackCutoff;
  const risk: TrackingLine['risk'] = [];
  if (r.promisedLate) risk.push('promised_late');
  if (r.expectedMoved) risk.push('expected_moved');
  if (overdueAck) risk.push('not_acknowledged');
  const state: DeliveryState =
    r.expectedDate !== null && r.expectedDate < clock.today
      ? 'late'
      : risk.length > 0
        ? 'at_risk'
        : !r.acknowledged
          ? 'not_acknowledged'
          : 'on_track';
  return {
    purchaseOrderId: r.purchaseOrderId,
    orderNumber: r.orderNumber,
    lineNo: r.lineNo,
    supplier: { id: r.supplierId, name: r.supplierName },
    buyer: { id: r.buyerId, name: r.buyerName },
    description: r.description,
    unitCode: r.unitCode,
    openQuantity: normalize(r.openQuantity),
    inTransitQuantity: normalize(r.inTransitQuantity),
    neededBy: r.neededBy,
    promisedDate: r.promisedDate,
    expectedDate: r.expectedDate,
    sentAt: r.sentAt,
    acknowledged: r.acknowledged,
    state,
    risk,
  };
}

const LINE_KEY = /^([0-9a-f-]{36}):(\d{1,6})$/i;

/**
 * Open lines of sent orders, soonest expected first (lines without any date last), under the
 * filters and the actor's row access; cursor-paginated, one index-backed statement a page.
 */
export async function listTrackingLines(
  ctx: Ctx,
  opts: { actor: Actor; filter: TrackingFilter; limit: number; cursor?: string },
): Promise<Page<TrackingLine>> {
  const c = decodeListCursor(opts.cursor, { k: 'date', id: 'code' });
  const key = c ? LINE_KEY.exec(c.id) : null;
  if (c && !key)
    throw AppError.field('cursor', 'is not a cursor returned by this list; start again without it');
  if (opts.filter.from && opts.filter.to && opts.filter.to < opts.filter.from) {
    throw AppError.field('to', `must not be before from (${opts.filter.from})`);
  }
  const clock = await trackingClock(ctx);
  const rows = await repo.listTrackingRows(ctx.db, {
    filter: opts.filter,
    visibility: visibilityOfPurchaseOrders(opts.actor),
    clock,
    after: c && key ? { sortDate: String(c.k), orderId: key[1]!, lineNo: Number(key[2]) } : undefined,
    limit: opts.limit + 1,
  });
  const page = pageOf(rows, opts.limit, (r) => ({ k: r.sortDate, id: `${r.purchaseOrderId}:${r.lineNo}` }));
  return { items: page.items.map((r) => toLine(r, clock)), nextCursor: page.nextCursor };
}

/** How many open lines are in each state under the filters (state aside); counted up to 1,000 each. */
export async function countTrackingLines(
  ctx: Ctx,
  opts: { actor: Actor; filter: Omit<TrackingFilter, 'state'> },
): Promise<Record<DeliveryState, CappedCount>> {
  const clock = await trackingClock(ctx);
  return repo.countTrackingRows(ctx.db, {
    filter: opts.filter,
    visibility: visibilityOfPurchaseOrders(opts.actor),
    clock,
    cap: HOME_COUNT_CAP,
  });
}
