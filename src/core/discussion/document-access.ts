import type { DiscussedDocumentType } from '../../domain/discussion';
import { getPurchaseOrder } from '../purchase-orders';
import { getRequisition } from '../requisitions';
import type { Actor } from '../shared/actor';
import type { Ctx } from '../shared/context';
import { AppError } from '../shared/errors';

export type DocumentRef = { type: DiscussedDocumentType; id: string };

/** What attachments and comments need to know of their document, in words. */
export type DocumentFacts = { number: string; label: string; link: string };

/**
 * The document if the actor may read it, loaded through its own capability, which applies its row
 * access (a requester sees only their department's): 404 exactly as reading the document would.
 * Attachments and comments follow the document's access rules and have none of their own.
 */
export async function readableDocument(ctx: Ctx, actor: Actor, ref: DocumentRef): Promise<DocumentFacts> {
  switch (ref.type) {
    case 'requisition': {
      const r = await getRequisition(ctx, { actor, id: ref.id });
      return { number: r.number, label: 'requisition', link: `/requisitions/${r.id}` };
    }
    case 'purchase_order': {
      const po = await getPurchaseOrder(ctx, { actor, id: ref.id });
      return { number: po.number, label: 'purchase order', link: `/purchase-orders/${po.id}` };
    }
  }
}

/** Whether the actor may read the document (a mention must not tell anyone about what they cannot open). */
export async function canReadDocument(ctx: Ctx, actor: Actor, ref: DocumentRef): Promise<boolean> {
  try {
    await readableDocument(ctx, actor, ref);
    return true;
  } catch (err) {
    if (err instanceof AppError && err.code === 'not_found') return false;
    throw err;
  }
}
