import type { PurchaseOrderStatus } from '../../domain/purchase-orders';
import type { Actor } from '../shared/actor';
import type { Ctx } from '../shared/context';
import { AppError } from '../shared/errors';
import { type DocumentType, transitionDocument } from '../shared/transition-document';
import { assertCanSee } from './access';
import * as repo from './repository';
import { applyTransition, type PurchaseOrderTransition, type TransitionFacts } from './rules';
import { orderEventFacts, purchaseOrderType } from './transition-purchase-order';

export type ReceivingState = repo.ReceivingState;

/** An order as receiving checks a receipt against it before locking it (`getReceivingView`). */
export type ReceivingView = repo.ReceivingViewRow;

/**
 * The order and its lines' quantities, units and items, if the actor may see it (404 otherwise):
 * what a receipt is checked against before the order is locked. One statement: none of the
 * order's amounts, addresses or sources.
 */
export async function getReceivingView(ctx: Ctx, opts: { actor: Actor; id: string }): Promise<ReceivingView> {
  const view = await repo.receivingView(ctx.db, opts.id);
  if (!view) throw AppError.notFound('Purchase order', opts.id);
  assertCanSee(opts.actor, view);
  return view;
}

/**
 * Purchase orders as receiving moves them: the shared core's description of orders, answered with
 * the row as written (the events carry what the row has), so a state change reads nothing again.
 */
const receivingType: DocumentType<
  repo.OrderRow,
  PurchaseOrderTransition,
  TransitionFacts,
  repo.OrderInsert,
  repo.OrderRow
> = {
  ...purchaseOrderType,
  read: async (ctx, id) => (await repo.findById(ctx.db, id))!,
  eventFacts: (row) => orderEventFacts(row),
};

/** What one receipt, inspection, reversal or return changes on one line. */
export type ReceivingDelta = repo.ReceivingLineDelta;

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
 */
export async function recordReceiving(
  tx: Ctx,
  opts: {
    actor: Actor;
    state: ReceivingState;
    deltas: ReceivingDelta[];
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
  const moved = await transitionDocument(tx, receivingType, {
    actor: opts.actor,
    id: state.id,
    version: state.version,
    transition: 'receive',
    answer: (written) => written,
  });
  return { status: moved.status, previousStatus: state.status };
}
