import type { Actor } from '../shared/actor';
import { recordAudit } from '../shared/audit';
import type { Ctx } from '../shared/context';
import { AppError } from '../shared/errors';
import { inTransaction } from '../shared/events';
import { D } from '../shared/money';
import { recordDocumentEvent } from '../shared/transition-document';
import { assertVersion } from '../shared/versioning';
import { assertCanSee } from './access';
import type { PurchaseOrder } from './purchase-order';
import { loadPurchaseOrder } from './read-purchase-orders';
import { releaseSources } from './release-sources';
import * as repo from './repository';
import { applyTransition, assertCanShortClose, orderProgress, remainingToShortClose } from './rules';
import { purchaseOrderType } from './transition-purchase-order';

/**
 * Short-closes one line (lineNo) or every line: the quantity still expected and not received is no
 * longer expected, with a reason. The requisition quantities it ordered become orderable again. An
 * order with nothing left outstanding closes.
 */
export async function shortClosePurchaseOrder(
  ctx: Ctx,
  opts: { actor: Actor; id: string; version: number; lineNo?: number; reason?: string },
): Promise<PurchaseOrder> {
  const reason = opts.reason?.trim();
  return inTransaction(ctx, async (txCtx) => {
    const tx = txCtx.db;
    const order = await repo.findById(tx, opts.id, { forUpdate: true });
    if (!order) throw AppError.notFound('Purchase order', opts.id);
    assertCanSee(opts.actor, order);
    assertVersion(order.version, opts.version);
    assertCanShortClose(order.status);
    const lines = await repo.findLines(tx, order.id);
    const targets = opts.lineNo === undefined ? lines : lines.filter((l) => l.lineNo === opts.lineNo);
    if (opts.lineNo !== undefined && targets.length === 0)
      throw AppError.notFound(`Line ${opts.lineNo} of purchase order`, order.number);
    const closing = targets
      .map((l) => ({ line: l, quantity: remainingToShortClose(l) }))
      .filter((c) => new D(c.quantity).greaterThan(0));
    if (closing.length === 0) {
      throw AppError.conflict(
        opts.lineNo === undefined
          ? `Nothing is outstanding on purchase order ${order.number}; there is nothing to short-close.`
          : `Nothing is outstanding on line ${opts.lineNo}; there is nothing to short-close.`,
      );
    }
    if (!reason)
      throw AppError.field('reason', 'is required to short-close: say why the rest is no longer expected');

    await repo.shortCloseLines(tx, order.id, opts.lineNo, reason);
    await releaseSources(txCtx, {
      actor: opts.actor,
      orderId: order.id,
      release: new Map(closing.map((c) => [c.line.id, c.quantity])),
    });
    const closedIds = new Set(closing.map((c) => c.line.id));
    const after = lines.map((l) =>
      closedIds.has(l.id)
        ? { ...l, quantityShortClosed: new D(l.quantity).minus(l.quantityReceived).toFixed() }
        : l,
    );
    const complete = orderProgress(after).fullyReceived;
    const next = complete ? applyTransition(order, 'close') : order;
    const row = await repo.updateOrder(tx, order.id, order.version, {
      status: next.status,
      heldFromStatus: next.heldFromStatus,
      ...(complete ? { closeReason: reason } : {}),
      updatedAt: ctx.clock.now(),
    });
    if (!row) throw AppError.conflict('The purchase order changed while saving; reload and try again.');
    await recordAudit(tx, ctx.clock, {
      actor: opts.actor,
      entityType: 'purchase_order',
      entityId: order.id,
      action: 'short_close',
      changes: {
        lines: {
          before: closing.map((c) => ({
            lineNo: c.line.lineNo,
            quantityShortClosed: c.line.quantityShortClosed,
          })),
          after: closing.map((c) => ({
            lineNo: c.line.lineNo,
            quantityShortClosed: new D(c.line.quantityShortClosed).plus(c.quantity).toFixed(),
          })),
        },
        ...(complete ? { status: { before: order.status, after: next.status } } : {}),
      },
      reason,
    });
    const updated = (await loadPurchaseOrder(tx, order.id))!;
    await recordDocumentEvent(txCtx, purchaseOrderType, {
      what: 'short_closed',
      id: order.id,
      doc: updated,
      actor: opts.actor,
      status: updated.status,
      previousStatus: order.status,
      version: updated.version,
      reason,
      extra: { lines: closing.map((c) => ({ lineNo: c.line.lineNo, quantityShortClosed: c.quantity })) },
    });
    return updated;
  });
}
