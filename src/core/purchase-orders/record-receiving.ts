import type { PurchaseOrderStatus } from '../../domain/purchase-orders';
import type { Actor } from '../shared/actor';
import type { Ctx } from '../shared/context';
import { AppError } from '../shared/errors';
import type { PurchaseOrder } from './purchase-order';
import * as repo from './repository';
import { applyTransition } from './rules';
import { transitionPurchaseOrder } from './transition-purchase-order';

export type ReceivingState = repo.ReceivingState;

/** What one receipt, inspection or reversal changes on one line. */
export type ReceivingDelta = { lineNo: number; received: string; accepted: string; rejected: string };

/**
 * The order locked for receiving, with its lines' quantities (404 when it does not exist; the
 * caller has checked the actor may see it). Receipts, inspections and reversals of one order wait
 * for each other here, so each checks its quantities against the others'.
 */
export async function lockReceivingState(tx: Ctx, id: string): Promise<ReceivingState> {
  const state = await repo.lockReceivingState(tx.db, id);
  if (!state) throw AppError.notFound('Purchase order', id);
  return state;
}

/**
 * Adds what receiving recorded to the order's lines (derived progress: the order's version does
 * not change for it) and moves the order when that changes its state — partially received,
 * received, or back to sent/acknowledged when reversals took everything back — through the shared
 * transition core (`receive`). Call inside the transaction that holds `lockReceivingState`.
 * `order`: the order as the caller read it, when read at `state.version`, so the transition need not
 * read it again.
 */
export async function recordReceiving(
  tx: Ctx,
  opts: {
    actor: Actor;
    state: ReceivingState;
    deltas: ReceivingDelta[];
    order?: PurchaseOrder;
  },
): Promise<{ status: PurchaseOrderStatus; previousStatus: PurchaseOrderStatus }> {
  const { state } = opts;
  const facts = await repo.addReceivingQuantities(tx.db, state.id, opts.deltas);
  const next = applyTransition(
    { status: state.status, heldFromStatus: null, receivedFromStatus: state.receivedFromStatus },
    'receive',
    facts,
  );
  if (next.status === state.status) return { status: state.status, previousStatus: state.status };
  const moved = await transitionPurchaseOrder(tx, {
    actor: opts.actor,
    id: state.id,
    version: state.version,
    transition: 'receive',
    ...(opts.order && opts.order.version === state.version ? { before: opts.order } : {}),
  });
  return { status: moved.status, previousStatus: state.status };
}
