import type { Contact } from '../../db/schema';
import type { DispatchKind } from '../../domain/dispatch';
import { MAX_DISPATCH_RECIPIENTS } from '../../domain/dispatch';
import * as purchaseOrders from '../purchase-orders';
import type { Actor } from '../shared/actor';
import type { Ctx } from '../shared/context';
import { AppError } from '../shared/errors';
import { assertVersion } from '../shared/versioning';
import * as suppliers from '../suppliers';
import { requestSend } from './compose';
import * as repo from './repository';

export type SendPurchaseOrderInput = {
  actor: Actor;
  id: string;
  version: number;
  /** Who gets it this time; absent: the supplier's order contacts. */
  recipients?: string[];
  /** A note for the supplier in the message. */
  message?: string | null;
  /** Sent by the automatic send on approval, not by a person. */
  automatic?: boolean;
};

/** The supplier's order contacts that have an address. */
export function orderContactsOf(contacts: Contact[]): Contact[] {
  return contacts.filter((c) => c.orderContact === true && (c.email ?? '').trim() !== '');
}

/** Each address once (letter case ignored), in the order given. */
function distinctAddresses(addresses: string[]): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const raw of addresses) {
    const address = raw.trim();
    const key = address.toLowerCase();
    if (address !== '' && !seen.has(key)) {
      seen.add(key);
      out.push(address);
    }
  }
  return out;
}

/**
 * Sends an order to its supplier: e-mails the supplier's order contacts (or the recipients the
 * buyer chose for this send) a message with the PDF and the UBL document attached, and marks the
 * order sent. The first send carries the order; once sent, a later revision goes as a change
 * order (PDF "Change order — revision N", UBL OrderChange); the same revision may be sent again.
 * The exact bytes of the PDF, the XML and the whole message are kept with the send's record.
 *
 * Refused, with nothing sent and nothing changed: a stale version (412), a state that cannot be
 * sent (409 naming it), a blocked supplier or one without an order contact (409 naming what is
 * missing), no recipient left (422). The order's document is read before the transaction and kept
 * with the send; inside it the order is locked at the version it was read at, so what is rendered
 * (a moment later, by prepareDispatches) is what was sent.
 */
export async function sendPurchaseOrder(
  ctx: Ctx,
  opts: SendPurchaseOrderInput,
): Promise<purchaseOrders.PurchaseOrder> {
  const order = await purchaseOrders.getPurchaseOrder(ctx, { actor: opts.actor, id: opts.id });
  assertVersion(order.version, opts.version);
  purchaseOrders.assertPurchaseOrderTransition(order.status, 'send');
  const [supplier] = await suppliers.findSuppliersByIds(ctx, { ids: [order.supplierId] });
  if (!supplier) throw AppError.notFound('Supplier', order.supplierId);
  if (supplier.status === 'blocked') {
    throw AppError.conflict(
      `${supplier.legalName} is blocked${supplier.statusReason ? ` (${supplier.statusReason})` : ''}: nothing can be sent to it.`,
      { supplierStatus: supplier.status },
    );
  }
  const contacts = orderContactsOf(supplier.contacts);
  if (contacts.length === 0) {
    throw AppError.conflict(
      `${supplier.legalName} has no order contact: mark a contact with an e-mail address as the order contact on the supplier.`,
      { missing: 'orderContact' },
    );
  }
  const recipients = distinctAddresses(opts.recipients ?? contacts.map((c) => c.email!));
  if (recipients.length === 0) throw AppError.field('recipients', 'must name at least one address');
  if (recipients.length > MAX_DISPATCH_RECIPIENTS) {
    throw AppError.field('recipients', `can name at most ${MAX_DISPATCH_RECIPIENTS} addresses`);
  }

  // Never sent: the order; a revision the supplier has not had: a change; the revision it has
  // (sent again): whatever its latest send was.
  const newRevision = order.sentRevision === null || order.revision > order.sentRevision;
  let kind: DispatchKind = 'order';
  if (order.sentRevision !== null) {
    kind = newRevision ? 'change' : ((await repo.latestOrderSend(ctx.db, order.id))?.kind ?? 'order');
  }
  const document = await purchaseOrders.purchaseOrderDocumentOf(ctx, order, { supplier });
  // A supplier that never had the order gets it whole, whatever revision it is at.
  const doc = kind === 'order' ? { ...document, change: undefined } : document;
  const note = opts.message?.trim() || null;
  return purchaseOrders.markPurchaseOrderSent(ctx, {
    actor: opts.actor,
    id: order.id,
    version: opts.version,
    comment: note ?? undefined,
    newRevision,
    // Read above at the version the transition locks; sending changes only the order's state.
    before: order,
    record: async (tx) => {
      const dispatchId = await requestSend(tx, {
        kind,
        order,
        doc,
        recipients,
        note,
        reason: null,
        automatic: opts.automatic ?? false,
        sentBy: opts.actor.userId,
      });
      return {
        dispatch: {
          before: null,
          after: { id: dispatchId, kind, revision: order.revision, recipients },
        },
      };
    },
  });
}
