import type { Db } from '../../db/client';
import type { Actor } from '../shared/actor';
import { isoDate } from '../shared/clock';
import type { Ctx } from '../shared/context';
import { AppError } from '../shared/errors';
import { roundTo } from '../shared/money';
import { decodeListCursor, type Page, pageOf } from '../shared/pagination';
import { assertCanSee, canSee, visibilityOf } from './access';
import { type PurchaseOrder, type PurchaseOrderSummary, toPurchaseOrder, toSummary } from './purchase-order';
import * as repo from './repository';

/** The whole order (header, lines with progress and sources, totals): two queries whatever its size. */
export async function loadPurchaseOrder(db: Db, id: string): Promise<PurchaseOrder | undefined> {
  const found = await repo.findDetailWithLines(db, id);
  return found && toPurchaseOrder(found.order, found.lines, found.sources);
}

export async function getPurchaseOrder(ctx: Ctx, opts: { actor: Actor; id: string }): Promise<PurchaseOrder> {
  const order = await loadPurchaseOrder(ctx.db, opts.id);
  if (!order) throw AppError.notFound('Purchase order', opts.id);
  assertCanSee(opts.actor, order);
  return order;
}

/**
 * 404 unless the order exists and the actor may see it, reading its header only: for reads of
 * what hangs off an order (its sends, its supplier's answers) that need nothing else of it.
 */
export async function assertPurchaseOrderVisible(
  ctx: Ctx,
  opts: { actor: Actor; id: string },
): Promise<void> {
  const row = await repo.findById(ctx.db, opts.id);
  if (!row) throw AppError.notFound('Purchase order', opts.id);
  assertCanSee(opts.actor, row);
}

/** The id of the order with this number when the actor may see it; null otherwise (either way). */
export async function findVisiblePurchaseOrderId(
  ctx: Ctx,
  opts: { actor: Actor; number: string },
): Promise<string | null> {
  const row = await repo.findByNumber(ctx.db, opts.number);
  return row && canSee(opts.actor, row) ? row.id : null;
}

function decodeOrderCursor(cursor: string | undefined): { createdAt: Date; id: string } | undefined {
  const c = decodeListCursor(cursor, { k: 'timestamp' });
  if (!c) return undefined;
  return { createdAt: new Date(String(c.k)), id: c.id };
}

/**
 * overdue: expected delivery date passed while goods are still awaited; dueSoon: goods awaited and
 * expected from today to DUE_SOON_DAYS ahead; returned: drafts an approver sent back.
 */
export type PurchaseOrderFilter = Omit<repo.OrderFilter, 'overdueOn' | 'dueBetween'> & {
  overdue?: boolean;
  dueSoon?: boolean;
};

/** "Due soon" is today and the next seven days. */
export const DUE_SOON_DAYS = 7;

/** The list's filter as the repository takes it, with the dates of today. */
export function orderFilterOn(filter: PurchaseOrderFilter, now: Date): repo.OrderFilter {
  const { overdue, dueSoon, ...rest } = filter;
  const today = isoDate(now);
  return {
    ...rest,
    ...(overdue ? { overdueOn: today } : {}),
    ...(dueSoon
      ? {
          dueBetween: {
            from: today,
            to: isoDate(new Date(now.getTime() + (DUE_SOON_DAYS + 1) * 86_400_000)),
          },
        }
      : {}),
  };
}

/**
 * Orders newest first, filtered, `limit` at a time; never counted. `q` matches the PO number's
 * start, a fragment of the supplier's legal name, or of a line's description or item SKU / name.
 */
export async function listPurchaseOrders(
  ctx: Ctx,
  opts: { actor: Actor; filter: PurchaseOrderFilter; limit: number; cursor?: string },
): Promise<Page<PurchaseOrderSummary>> {
  const rows = await repo.list(
    ctx.db,
    orderFilterOn(opts.filter, ctx.clock.now()),
    visibilityOf(opts.actor),
    decodeOrderCursor(opts.cursor),
    opts.limit + 1,
  );
  return pageOf(rows.map(toSummary), opts.limit, (o) => ({ k: o.createdAt.toISOString(), id: o.id }));
}

/** One row of a supplier's order list in the portal: nothing of the organisation's internals. */
export type SupplierOrderSummary = {
  id: string;
  number: string;
  revision: number;
  status: PurchaseOrderSummary['status'];
  currency: string;
  total: string;
  orderDate: string;
  expectedDeliveryDate: string | null;
  firstSentAt: Date;
  sentRevision: number | null;
  buyerName: string;
};

/**
 * The orders a supplier's user may see (its supplier's, once sent), in the given states, most
 * recently first sent first. Cursor-paged.
 */
export async function listSupplierOrders(
  ctx: Ctx,
  opts: {
    actor: Actor;
    statuses: readonly PurchaseOrderSummary['status'][];
    /** Only orders ship notices did (true) or did not (false) cover in full; absent: either. */
    fullyShipped?: boolean;
    limit: number;
    cursor?: string;
  },
): Promise<Page<SupplierOrderSummary>> {
  if (!opts.actor.supplierId) return { items: [], nextCursor: null };
  const c = decodeListCursor(opts.cursor, { k: 'timestamp' });
  const rows = await repo.listForSupplier(ctx.db, {
    supplierId: opts.actor.supplierId,
    statuses: opts.statuses,
    fullyShipped: opts.fullyShipped,
    after: c ? { at: new Date(String(c.k)), id: c.id } : undefined,
    limit: opts.limit + 1,
  });
  const items = rows.map(({ minorUnits, ...r }) => ({
    ...r,
    total: roundTo(r.total, minorUnits),
    firstSentAt: r.firstSentAt!,
  }));
  return pageOf(items, opts.limit, (o) => ({ k: o.firstSentAt.toISOString(), id: o.id }));
}
