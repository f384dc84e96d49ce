import type { PurchaseOrderStatus } from '../../domain/purchase-orders';
import type { Actor } from '../shared/actor';
import { type Changes, recordAudit } from '../shared/audit';
import type { Ctx } from '../shared/context';
import { recordEvents } from '../shared/events';
import type { ReceiptRow } from './repository';

/** The receipt a change is about, and its order. */
type About = Pick<
  ReceiptRow,
  'id' | 'number' | 'purchaseOrderId' | 'purchaseOrderNumber' | 'supplierId' | 'departmentId'
>;

/**
 * What every receipt, reversal and inspection leaves: an entry in its order's audit trail (so the
 * order's timeline shows it) and a domain event on the order (`purchase_order.<what>`: live
 * updates, the tracking board, webhooks) naming the receipt and where the order now stands.
 */
export async function recordReceivingChange(
  tx: Ctx,
  opts: {
    actor: Actor;
    receipt: About;
    moved: { status: PurchaseOrderStatus; previousStatus: PurchaseOrderStatus };
    action: string;
    changes: Changes;
    reason?: string;
    event: string;
    payload: Record<string, unknown>;
  },
): Promise<void> {
  const { receipt } = opts;
  await recordAudit(tx.db, tx.clock, {
    actor: opts.actor,
    entityType: 'purchase_order',
    entityId: receipt.purchaseOrderId,
    action: opts.action,
    changes: opts.changes,
    ...(opts.reason ? { reason: opts.reason } : {}),
  });
  await recordEvents(tx.db, tx.clock, [
    {
      type: `purchase_order.${opts.event}`,
      subject: { type: 'purchase_order', id: receipt.purchaseOrderId },
      actor: opts.actor,
      payload: {
        id: receipt.purchaseOrderId,
        number: receipt.purchaseOrderNumber,
        supplierId: receipt.supplierId,
        departmentId: receipt.departmentId,
        receiptId: receipt.id,
        receiptNumber: receipt.number,
        status: opts.moved.status,
        previousStatus: opts.moved.previousStatus,
        ...opts.payload,
      },
    },
  ]);
}
