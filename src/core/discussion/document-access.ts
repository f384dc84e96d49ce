import type { DiscussedDocumentType } from '../../domain/discussion';
import { canSeePurchaseOrder, getPurchaseOrder } from '../purchase-orders';
import { canSeeRequisition, getRequisition } from '../requisitions';
import { type Actor, can } from '../shared/actor';
import type { Ctx } from '../shared/context';

export type DocumentRef = { type: DiscussedDocumentType; id: string };

/**
 * What attachments and comments need to know of their document, in words, and who else may read
 * it (the document loaded once, each person checked against it without loading it again).
 */
export type DocumentFacts = {
  number: string;
  label: string;
  link: string;
  readableBy(actor: Actor): boolean;
};

/** Reads a document of a type another capability owns (it registers it: no import cycle). */
export type DocumentReader = (ctx: Ctx, actor: Actor, id: string) => Promise<DocumentFacts>;

const readers = new Map<DiscussedDocumentType, DocumentReader>();

/**
 * Lets a capability give its documents attachments and a thread (receiving: goods receipts and
 * returns): `read` loads the document with the capability's own access rules (404 as reading it
 * would) and says who else may read it.
 */
export function registerDiscussedDocument(type: DiscussedDocumentType, read: DocumentReader): void {
  readers.set(type, read);
}

/**
 * The document if the actor may read it, loaded through its own capability, which applies its row
 * access (a requester sees only their department's): 404 exactly as reading the document would.
 * Attachments and comments follow the document's access rules and have none of their own.
 */
export async function readableDocument(ctx: Ctx, actor: Actor, ref: DocumentRef): Promise<DocumentFacts> {
  switch (ref.type) {
    case 'requisition': {
      const r = await getRequisition(ctx, { actor, id: ref.id });
      return {
        number: r.number,
        label: 'requisition',
        link: `/requisitions/${r.id}`,
        readableBy: (other) => can(other, 'requisitions:read') && canSeeRequisition(other, r),
      };
    }
    case 'purchase_order': {
      const po = await getPurchaseOrder(ctx, { actor, id: ref.id });
      return {
        number: po.number,
        label: 'purchase order',
        link: `/purchase-orders/${po.id}`,
        readableBy: (other) => can(other, 'purchase_orders:read') && canSeePurchaseOrder(other, po),
      };
    }
    default: {
      const read = readers.get(ref.type);
      if (!read) throw new Error(`No capability registered the ${ref.type} documents`);
      return read(ctx, actor, ref.id);
    }
  }
}
