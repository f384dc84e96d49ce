import type { PurchaseOrderStatus } from '../../domain/purchase-orders';
import * as purchaseOrders from '../purchase-orders';
import type { Actor } from '../shared/actor';
import type { Ctx } from '../shared/context';
import { AppError } from '../shared/errors';
import * as repo from './repository';

/**
 * A receipt is seen by whoever sees its order (a requester: their department's); anything else is
 * not found, so its existence does not leak.
 */
export async function findVisibleReceipt(
  ctx: Ctx,
  opts: { actor: Actor; id: string },
): Promise<repo.ReceiptRow> {
  const row = await repo.findReceipt(ctx.db, opts.id);
  if (!row || !canSeeReceipt(opts.actor, row)) throw AppError.notFound('Receipt', opts.id);
  return row;
}

export function canSeeReceipt(actor: Actor, row: Pick<repo.ReceiptRow, 'departmentId'>): boolean {
  const visibility = purchaseOrders.visibilityOfPurchaseOrders(actor);
  return visibility === 'all' || (!!visibility.departmentId && visibility.departmentId === row.departmentId);
}

/** The department filter of the actor's receipt lists: undefined: all; null: none. */
export function receiptScopeOf(actor: Actor): string | null | undefined {
  const visibility = purchaseOrders.visibilityOfPurchaseOrders(actor);
  return visibility === 'all' ? undefined : visibility.departmentId;
}

/** Orders whose receipts can still be inspected or reversed: received against and not closed. */
const RECEIVING_OPEN: readonly PurchaseOrderStatus[] = [
  'sent',
  'acknowledged',
  'partially_received',
  'received',
];

/** 409 when the order's receiving is over (closed, cancelled, on hold): `what` says what was refused. */
export function throwIfReceivingClosed(
  order: { number: string; status: PurchaseOrderStatus },
  what: string,
): void {
  if (!RECEIVING_OPEN.includes(order.status)) {
    const hint = order.status === 'on_hold' ? '; release it first' : '';
    throw AppError.conflict(
      `${order.number} is in status "${order.status}": its receipts cannot be ${what}${hint}.`,
      { currentStatus: order.status },
    );
  }
}
