import type { EventConsumer } from '../events';
import { SYSTEM_ACTOR } from '../identity';
import * as repo from './repository';
import { rematchInvoice } from './transition-invoice';

/**
 * Receipts that arrive (or are accepted at inspection) after an invoice re-run its match: an
 * invoice that was early becomes matched by itself, and one whose quantity was an exception may
 * stop being one. Runs in the relay's transaction; a rematch that changes nothing records nothing,
 * so a replayed event is harmless.
 */
export const rematchAfterReceipts: EventConsumer = {
  name: 'invoicing-rematch',
  accepts: (type) =>
    type === 'purchase_order.goods_received' ||
    type === 'purchase_order.inspected' ||
    type === 'purchase_order.short_closed',
  async handle(ctx, event) {
    for (const invoice of await repo.rematchableOf(ctx.db, event.subjectId)) {
      await rematchInvoice(ctx, { actor: SYSTEM_ACTOR, id: invoice.id, version: invoice.version });
    }
  },
};
