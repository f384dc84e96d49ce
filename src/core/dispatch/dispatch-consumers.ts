import type { EventConsumer } from '../events';
import { SYSTEM_ACTOR } from '../identity';
import * as notifications from '../notifications';
import * as organisation from '../organisation';
import * as purchaseOrders from '../purchase-orders';
import { recordAudit } from '../shared/audit';
import { AppError } from '../shared/errors';
import { type DispatchContent, requestSend } from './compose';
import * as repo from './repository';
import { sendPurchaseOrder } from './send-purchase-order';

const str = (v: unknown) => (typeof v === 'string' ? v : '');

/** Where an order may be sent without anyone pressing Send (a change needing approval waits for it). */
const AUTO_SENDABLE = new Set<string>(['approved', 'sent', 'acknowledged', 'partially_received']);

/** Said by the relay when an event may have left a send to prepare (prepareDispatches). */
export const DISPATCHES_QUEUED = 'dispatches';

/**
 * Tells whoever relays that a send may be waiting to be prepared: an order sent (by hand or
 * automatically), cancelled or closed with the supplier. Listed after the consumers that record
 * sends, so that the hint comes with what they recorded.
 */
export const dispatchPreparation: EventConsumer = {
  name: 'dispatch-preparation',
  accepts: (type) =>
    type === 'purchase_order.sent' || type === 'purchase_order.cancelled' || type === 'purchase_order.closed',
  async handle(_ctx, _event, batch) {
    batch.queued(DISPATCHES_QUEUED);
  },
};

/**
 * With the setting on (`autoSendOnApproval`), an order is sent to its supplier as soon as it is
 * finally approved — the first time as the order, after a re-approved change as the change — and a
 * change to a sent order that needed no re-approval goes as soon as it is made (also to an
 * acknowledged or partly received order). When it cannot be sent (no order contact, a blocked
 * supplier …), its buyer is told why, in the app and by e-mail, and sends it by hand once that is
 * fixed. Runs in the relay's transaction: a send happens once however often the event is handed
 * over.
 */
export const autoSendOnApproval: EventConsumer = {
  name: 'dispatch-auto-send',
  accepts: (type) => type === 'purchase_order.approved' || type === 'purchase_order.revised',
  async handle(ctx, event) {
    const approval = event.type === 'purchase_order.approved';
    if (approval && event.payload.status !== 'approved') return;
    const settings = await organisation.getSettings(ctx);
    if (!settings.autoSendOnApproval) return;
    const order = await purchaseOrders.getPurchaseOrder(ctx, { actor: SYSTEM_ACTOR, id: event.subjectId });
    if (approval ? order.status !== 'approved' : order.sentRevision === null) return;
    // A change waiting for approval goes once approved (the event above), one on hold once released.
    if (!AUTO_SENDABLE.has(order.status)) return;
    // Already with the supplier at this revision (the order says which it was last sent).
    if (order.sentRevision !== null && order.sentRevision >= order.revision) return;
    try {
      await sendPurchaseOrder(ctx, {
        actor: SYSTEM_ACTOR,
        id: order.id,
        version: order.version,
        automatic: true,
      });
    } catch (err) {
      if (!(err instanceof AppError)) throw err;
      await notifications.notify(ctx, {
        userIds: [order.buyerId],
        kind: 'dispatch_failed',
        message: (i18n) => ({
          title: approval
            ? i18n._({
                id: 'dispatch.failed.title',
                message: 'Purchase order {number} was approved but not sent',
                values: { number: order.number },
              })
            : i18n._({
                id: 'dispatch.failed.change.title',
                message: 'The change to purchase order {number} was not sent',
                values: { number: order.number },
              }),
          body: i18n._({
            id: 'dispatch.failed.body',
            message:
              'It could not be sent to the supplier automatically: {problem} Send it from its page once this is fixed.',
            values: { problem: err.message },
          }),
        }),
        link: `/purchase-orders/${order.id}`,
        document: { type: 'purchase_order', id: order.id },
      });
    }
  },
};

/**
 * Tells the supplier of an order it was sent that the order is cancelled or closed: the people the
 * latest send went to get a message with the reason (a cancellation also the UBL OrderCancellation,
 * when the order has what PEPPOL needs), kept like any send. Once per order and kind.
 */
async function sendNotice(
  ctx: Parameters<EventConsumer['handle']>[0],
  event: Parameters<EventConsumer['handle']>[1],
  kind: 'cancellation' | 'closure',
  content: (
    order: purchaseOrders.PurchaseOrder,
  ) => { reason: string | null; openLines?: DispatchContent['openLines'] } | null,
): Promise<void> {
  const prior = await repo.latestOrderSend(ctx.db, event.subjectId);
  if (!prior || (await repo.hasNotice(ctx.db, event.subjectId, kind))) return;
  const order = await purchaseOrders.getPurchaseOrder(ctx, { actor: SYSTEM_ACTOR, id: event.subjectId });
  const said = content(order);
  if (!said) return;
  const doc = await purchaseOrders.purchaseOrderDocumentOf(ctx, order);
  const id = await requestSend(ctx, {
    kind,
    order,
    doc,
    recipients: prior.recipients,
    note: null,
    reason: said.reason,
    openLines: said.openLines,
    automatic: true,
    sentBy: event.actorId,
  });
  await recordAudit(ctx.db, ctx.clock, {
    actor: SYSTEM_ACTOR,
    entityType: 'purchase_order',
    entityId: order.id,
    action: `send_${kind}`,
    changes: {
      dispatch: { before: null, after: { id, kind, revision: order.revision, recipients: prior.recipients } },
    },
    reason: said.reason,
  });
}

/**
 * A cancelled order the supplier had received is cancelled with the supplier too, with the reason
 * and the UBL OrderCancellation. An order never sent is cancelled silently.
 */
export const cancellationNotices: EventConsumer = {
  name: 'dispatch-cancellation',
  accepts: (type) => type === 'purchase_order.cancelled',
  handle: (ctx, event) =>
    sendNotice(ctx, event, 'cancellation', (order) => ({
      reason: order.cancelReason ?? (str(event.payload.reason) || null),
    })),
};

/**
 * An order closed while the supplier still had something to deliver on it: the supplier is told
 * not to ship it, with the reason and what was still open on each line. An order closed once all
 * of it arrived, or never sent, needs no word.
 */
export const closureNotices: EventConsumer = {
  name: 'dispatch-closure',
  accepts: (type) => type === 'purchase_order.closed',
  handle: (ctx, event) =>
    sendNotice(ctx, event, 'closure', (order) => {
      const openLines = order.lines.flatMap((l) => {
        const open = purchaseOrders.remainingToShortClose(l);
        return open === '0'
          ? []
          : [{ lineNo: l.lineNo, description: l.description, quantity: open, unitCode: l.unitCode }];
      });
      if (openLines.length === 0) return null;
      return { reason: order.closeReason ?? (str(event.payload.reason) || null), openLines };
    }),
};

/**
 * The buyer hears of the supplier's answer: a proposal (changes or rejections) to decide on, in the
 * app and by e-mail; an acknowledgement in the app only.
 */
export const supplierAnswerNotifications: EventConsumer = {
  name: 'dispatch-supplier-answers',
  accepts: (type) => type === 'purchase_order.supplier_answered',
  async handle(ctx, event) {
    const p = event.payload;
    const buyerId = str(p.buyerId);
    if (!buyerId) return;
    const number = str(p.number);
    const proposed = p.responseStatus === 'proposed';
    await notifications.notify(ctx, {
      userIds: [buyerId],
      kind: 'supplier_proposal',
      email: proposed,
      message: (i18n) =>
        proposed
          ? {
              title: i18n._({
                id: 'dispatch.proposal.title',
                message: 'The supplier proposes changes to {number}',
                values: { number },
              }),
              body: i18n._({
                id: 'dispatch.proposal.body',
                message:
                  'Review the proposal beside the order, then accept it (a change order) or decline it with a message.',
              }),
            }
          : {
              title: i18n._({
                id: 'dispatch.acknowledged.title',
                message: 'The supplier acknowledged {number}',
                values: { number },
              }),
              body: i18n._({
                id: 'dispatch.acknowledged.body',
                message: 'Every line was accepted as ordered; the promised dates are on the order.',
              }),
            },
      link: `/purchase-orders/${event.subjectId}#supplier-answer`,
      document: { type: 'purchase_order', id: event.subjectId },
    });
  },
};

/**
 * The buyer hears of a ship notice the supplier sent (portal, API or a UBL DespatchAdvice): what
 * ships and when it is expected, in the app and by e-mail. One the buyer recorded tells nobody.
 */
export const shipNoticeNotifications: EventConsumer = {
  name: 'dispatch-ship-notices',
  accepts: (type) => type === 'purchase_order.shipped',
  async handle(ctx, event) {
    const p = event.payload;
    const buyerId = str(p.buyerId);
    if (!buyerId || p.source === 'buyer') return;
    const number = str(p.number);
    const notice = str(p.shipNoticeNumber);
    const expected = str(p.expectedDeliveryDate);
    await notifications.notify(ctx, {
      userIds: [buyerId],
      kind: 'ship_notice',
      email: true,
      message: (i18n) => ({
        title: p.fullyShipped
          ? i18n._({
              id: 'dispatch.shipped.all.title',
              message: 'The supplier shipped the rest of {number} ({notice})',
              values: { number, notice },
            })
          : i18n._({
              id: 'dispatch.shipped.part.title',
              message: 'The supplier shipped part of {number} ({notice})',
              values: { number, notice },
            }),
        body: expected
          ? i18n._({
              id: 'dispatch.shipped.expected.body',
              message:
                'Expected on {expected}. The ship notice is on the order, with its lines and tracking.',
              values: { expected },
            })
          : i18n._({
              id: 'dispatch.shipped.body',
              message: 'The ship notice is on the order, with its lines and tracking.',
            }),
      }),
      link: `/purchase-orders/${event.subjectId}#ship-notices`,
      document: { type: 'purchase_order', id: event.subjectId },
    });
  },
};
