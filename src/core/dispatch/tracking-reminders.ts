import type { translator } from '../../documents/i18n';
import * as notifications from '../notifications';
import * as organisation from '../organisation';
import type { Ctx } from '../shared/context';
import { inTransaction } from '../shared/events';
import * as repo from './repository';
import { tellSupplier } from './tell-supplier';
import { trackingClock } from './tracking';

/** How many orders (or lines) one run handles of each kind; the next run takes the rest. */
const BATCH = 200;

export type TrackingReminderRun = { buyersTold: number; suppliersReminded: number };

/**
 * The tracking job (every 15 minutes, idempotent):
 * - tells each buyer, once, when lines of an order turn at risk or late (late after at risk is
 *   told again; a line that recovers and turns again is told again);
 * - reminds the supplier of a delivery promised `deliveryReminderDays` from today, and every day
 *   while an acknowledgement is overdue — at most once per order, reason and day (a reminder
 *   claimed in the same transaction that queues it). The supplier's portal users are notified in
 *   the app and by e-mail; a supplier without any gets an e-mail at the addresses the order was
 *   last sent to.
 */
export async function runTrackingReminders(ctx: Ctx): Promise<TrackingReminderRun> {
  const clock = await trackingClock(ctx);
  const settings = await organisation.getSettings(ctx);
  let buyersTold = 0;
  let suppliersReminded = 0;

  const turned = await repo.linesToTellBuyers(ctx.db, clock, BATCH);
  // One message per order and state, naming its lines.
  const byOrder = new Map<string, typeof turned>();
  for (const l of turned) {
    const key = `${l.purchaseOrderId}:${l.state}`;
    byOrder.set(key, [...(byOrder.get(key) ?? []), l]);
  }
  for (const lines of byOrder.values()) {
    const { purchaseOrderId, orderNumber: number, buyerId, state } = lines[0]!;
    const lineList = lines.map((l) => l.lineNo).join(', ');
    await inTransaction(ctx, async (tx) => {
      await repo.setNotifiedState(
        tx.db,
        purchaseOrderId,
        lines.map((l) => l.lineNo),
        state,
      );
      await notifications.notify(tx, {
        userIds: [buyerId],
        kind: state === 'late' ? 'delivery_late' : 'delivery_at_risk',
        message: (i18n) =>
          state === 'late'
            ? {
                title: i18n._({
                  id: 'tracking.late.title',
                  message: 'Delivery of {number} is late',
                  values: { number },
                }),
                body: i18n._({
                  id: 'tracking.late.body',
                  message: 'Line {lines}: the expected date has passed and the goods have not all arrived.',
                  values: { lines: lineList },
                }),
              }
            : {
                title: i18n._({
                  id: 'tracking.risk.title',
                  message: 'Delivery of {number} is at risk',
                  values: { number },
                }),
                body: i18n._({
                  id: 'tracking.risk.body',
                  message:
                    'Line {lines}: promised later than needed, expected later than promised, or not acknowledged in time.',
                  values: { lines: lineList },
                }),
              },
        link: `/purchase-orders/${purchaseOrderId}#ship-notices`,
        document: { type: 'purchase_order', id: purchaseOrderId },
      });
    });
    buyersTold++;
  }

  const reasons = [
    ...(settings.deliveryReminderDays > 0 ? (['delivery_due'] as const) : []),
    'acknowledgement_overdue' as const,
  ];
  const dueDate = new Date(
    Date.parse(`${clock.today}T00:00:00Z`) + settings.deliveryReminderDays * 86_400_000,
  )
    .toISOString()
    .slice(0, 10);
  for (const reason of reasons) {
    const orders = await repo.ordersToRemind(ctx.db, { reason, clock, dueDate, limit: BATCH });
    for (const order of orders) {
      const sent = await inTransaction(ctx, async (tx) => {
        const claimed = await repo.claimReminder(tx.db, {
          orderId: order.purchaseOrderId,
          reason,
          day: clock.today,
          at: tx.clock.now(),
        });
        if (!claimed) return false;
        await remindSupplier(tx, { ...order, reason });
        return true;
      });
      if (sent) suppliersReminded++;
    }
  }
  return { buyersTold, suppliersReminded };
}

async function remindSupplier(
  ctx: Ctx,
  order: {
    purchaseOrderId: string;
    orderNumber: string;
    supplierId: string;
    date: string | null;
    reason: 'delivery_due' | 'acknowledgement_overdue';
  },
): Promise<void> {
  const number = order.orderNumber;
  const date = order.date ?? '';
  const message = (i18n: ReturnType<typeof translator>) =>
    order.reason === 'delivery_due'
      ? {
          title: i18n._({
            id: 'tracking.due.title',
            message: 'Reminder: delivery of {number} is due on {date}',
            values: { number, date },
          }),
          body: i18n._({
            id: 'tracking.due.body',
            message:
              'You promised to deliver {number} on {date}. When it ships, send a ship notice in the portal; if the date no longer holds, tell the buyer.',
            values: { number, date },
          }),
        }
      : {
          title: i18n._({
            id: 'tracking.ack.title',
            message: 'Reminder: please answer order {number}',
            values: { number },
          }),
          body: i18n._({
            id: 'tracking.ack.body',
            message:
              'Order {number} is waiting for your answer: accept it, propose another date, quantity or price, or reject lines, in the portal.',
            values: { number },
          }),
        };
  await tellSupplier(ctx, {
    supplierId: order.supplierId,
    purchaseOrderId: order.purchaseOrderId,
    kind: 'supplier_reminder',
    message,
    link: `/portal/orders/${order.purchaseOrderId}`,
    document: { type: 'purchase_order', id: order.purchaseOrderId },
  });
}
