import type { EventConsumer } from '../events';
import * as identity from '../identity';
import * as notifications from '../notifications';
import * as purchaseOrders from '../purchase-orders';
import { orderRaters } from './order-raters';
import { peopleToAsk } from './rating-rules';
import * as repo from './repository';

/** Where an order that became fully received may still be when the event is relayed: still worth a rating. */
const STILL_RATEABLE = new Set(['received', 'closed']);

/**
 * Once an order is fully received (`purchase_order.received` with status `received`), asks its
 * requesters and whoever received it to rate it: an in-app notification and an e-mail each, in
 * their language, with a link that opens the rating form. Each person is asked once per order
 * (kept in `order_rating_requests`, so neither a replayed event nor an order received again after
 * a reversal asks twice); nobody who already rated it is asked, nor anyone who cannot open the
 * order (an inactive user, a requester of another department). The buyer is not asked here: they
 * give the close-out evaluation when closing the order. Runs in the relay's transaction.
 */
export const ratingRequests: EventConsumer = {
  name: 'evaluation-rating-requests',
  accepts: (type) => type === 'purchase_order.received',
  async handle(ctx, event) {
    if (event.payload.status !== 'received') return;
    const order = await purchaseOrders.getPurchaseOrder(ctx, {
      actor: identity.SYSTEM_ACTOR,
      id: event.subjectId,
    });
    if (!STILL_RATEABLE.has(order.status)) return;
    const candidates = peopleToAsk(await orderRaters(ctx, order));
    const rated = await repo.ratersAmong(ctx.db, order.id, [...candidates.keys()]);
    const actors = await identity.activeActors(ctx, { ids: [...candidates.keys()] });
    const now = ctx.clock.now();
    const askable = [...candidates].filter(([userId]) => {
      const person = actors.get(userId);
      return (
        !rated.has(userId) &&
        person !== undefined &&
        !person.supplierId &&
        purchaseOrders.canSeePurchaseOrder(person, order)
      );
    });
    const fresh = await repo.recordRatingRequests(
      ctx.db,
      askable.map(([userId, raterRole]) => ({ purchaseOrderId: order.id, userId, raterRole, askedAt: now })),
    );
    if (fresh.size === 0) return;
    const values = { number: order.number, supplier: order.supplierName };
    await notifications.notify(ctx, {
      userIds: [...fresh],
      kind: 'rating_requested',
      message: (i18n) => ({
        title: i18n._({
          id: 'evaluation.rating.requested.title',
          message: 'How did {supplier} do on {number}?',
          values,
        }),
        body: i18n._({
          id: 'evaluation.rating.requested.body',
          message:
            'Everything on purchase order {number} from {supplier} has been received. Rate its delivery, quality and service from 1 to 5: it takes a few seconds and helps choose suppliers.',
          values,
        }),
      }),
      linkLabel: (i18n) => i18n._({ id: 'evaluation.rating.requested.link', message: 'Rate the order' }),
      link: `/purchase-orders/${order.id}/rate`,
      document: { type: 'purchase_order', id: order.id },
    });
  },
};
