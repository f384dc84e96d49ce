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
  }
}
