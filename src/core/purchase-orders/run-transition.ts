import type { Actor } from '../shared/actor';
import { type Changes, recordAudit } from '../shared/audit';
import type { Ctx } from '../shared/context';
import { AppError } from '../shared/errors';
import { assertVersion } from '../shared/versioning';
import { assertCanSee } from './access';
import type { PurchaseOrder } from './purchase-order';
import { loadPurchaseOrder } from './read-purchase-orders';
import * as repo from './repository';
import {
  applyTransition,
  type OrderState,
  type PurchaseOrderTransition,
  reasonRequired,
  type TransitionFacts,
} from './rules';

/** What every transition takes: the order, the version it was read at, and a reason or comment. */
export type TransitionInput = {
  actor: Actor;
  id: string;
  version: number;
  reason?: string;
  comment?: string;
};

export type TransitionStep = {
  /** Extra columns to write with the new state (timestamps, reasons …). */
  patch?: Partial<repo.OrderInsert>;
  /** Record the action but keep the current state (e.g. one approval of several). */
  stay?: boolean;
  /** A state other than the transition's target: a submission no policy step applies to is approved at once. */
  state?: OrderState;
  /** Extra audit fields. */
  changes?: Changes;
};

/**
 * The shape every state change of a purchase order shares: lock the order, check its version and
 * that the transition is legal from its state (409 naming the state), require the reason where the
 * rules do (422 on `reason`), let the use case check and add its own columns, write, audit with the
 * reason, and return the order as it now stands. One transaction; the order is locked and read with
 * its receipt facts in one query, and the audit entry is written last.
 */
export async function runTransition(
  ctx: Ctx,
  opts: {
    actor: Actor;
    id: string;
    version: number;
    transition: PurchaseOrderTransition;
    reason?: string;
    comment?: string;
    step?: (
      tx: Ctx,
      order: repo.OrderRow,
      next: OrderState,
      facts: TransitionFacts,
    ) => Promise<TransitionStep | undefined> | TransitionStep | undefined;
  },
): Promise<PurchaseOrder> {
  const reason = opts.reason?.trim() || opts.comment?.trim() || null;
  return ctx.db.transaction(async (tx) => {
    const txCtx: Ctx = { ...ctx, db: tx };
    const found = await repo.findForTransition(tx, opts.id);
    if (!found) throw AppError.notFound('Purchase order', opts.id);
    const { anyReceived, fullyReceived, ...order } = found;
    assertCanSee(opts.actor, order);
    assertVersion(order.version, opts.version);
    const facts = { anyReceived, fullyReceived };
    const next = applyTransition(order, opts.transition, facts);
    if (reasonRequired(opts.transition, facts) && !reason) {
      throw AppError.field('reason', `is required to ${opts.transition} a purchase order`);
    }
    const step = (await opts.step?.(txCtx, order, next, facts)) ?? {};
    const state = step.stay
      ? { status: order.status, heldFromStatus: order.heldFromStatus }
      : (step.state ?? next);
    const now = ctx.clock.now();
    const row = await repo.updateOrder(tx, order.id, order.version, {
      ...step.patch,
      status: state.status,
      heldFromStatus: state.heldFromStatus,
      updatedAt: now,
    });
    if (!row) throw AppError.conflict('The purchase order changed while saving; reload and try again.');
    const result = (await loadPurchaseOrder(tx, order.id))!;
    // Last: the audit chain's lock is held from here to the commit.
    await recordAudit(tx, ctx.clock, {
      actor: opts.actor,
      entityType: 'purchase_order',
      entityId: order.id,
      action: step.stay ? `${opts.transition}:step` : opts.transition,
      changes: {
        ...(state.status !== order.status ? { status: { before: order.status, after: state.status } } : {}),
        ...step.changes,
      },
      reason,
    });
    return result;
  });
}
