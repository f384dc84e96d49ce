import type { DispatchFileRole, DispatchKind } from '../domain/dispatch';
import { composeMessage, type OpenLine, renderDispatchMessage } from './email/dispatch-message';
import { translator } from './i18n';
import type { PurchaseOrderDocument } from './purchase-order-document';
import { renderPurchaseOrderPdf } from './purchase-order-pdf';
import { orderDocumentProblems, renderPurchaseOrderUbl, ublFileName } from './purchase-order-ubl';

/**
 * What a send to a supplier is made of, fixed when the buyer pressed Send: the order's document at
 * the revision sent, who to answer, the note or reason, the portal link, the sender. Plain data (it
 * is kept as JSON until the send is prepared, and handed to a worker thread).
 */
export type DispatchContent = {
  kind: DispatchKind;
  doc: PurchaseOrderDocument;
  recipients: string[];
  contact: { name: string; email: string | null };
  note: string | null;
  reason: string | null;
  /** A closing notice: what was still open on each line. */
  openLines?: OpenLine[];
  portalUrl: string;
  from: string;
};

export type RenderedAttachment = {
  role: Exclude<DispatchFileRole, 'message'>;
  fileName: string;
  mediaType: string;
  bytes: Uint8Array;
};

/** A send rendered: the attachments, the message's words and the whole message as sent. */
export type RenderedDispatch = {
  subject: string;
  text: string;
  html: string;
  attachments: RenderedAttachment[];
  raw: Uint8Array;
  /** Why the UBL document is not attached (what the order lacks for PEPPOL); null: it is. */
  ublOmittedReason: string | null;
};

/**
 * Renders a send: the PDF (for the order and a change), the UBL document when the order has what
 * PEPPOL needs (else why not), and the e-mail composed whole around them, in the supplier's
 * language. Pure CPU work on plain data: it runs in a worker thread (src/jobs/render-pool.ts).
 */
export async function renderDispatch(
  content: DispatchContent,
  message: { id: string; date: Date },
): Promise<RenderedDispatch> {
  const { doc, kind } = content;
  const attachments: RenderedAttachment[] = [];
  let ublOmittedReason: string | null = null;
  // A closing notice is a message only: no document says "closed" (PDF or PEPPOL).
  if (kind !== 'closure') {
    if (kind !== 'cancellation') {
      attachments.push({
        role: 'pdf',
        fileName: `${doc.number}-r${doc.revision}.pdf`,
        mediaType: 'application/pdf',
        bytes: await renderPurchaseOrderPdf(doc),
      });
    }
    const problems = orderDocumentProblems(doc);
    if (problems.length === 0) {
      attachments.push({
        role: 'ubl',
        fileName: ublFileName(doc),
        mediaType: 'application/xml',
        bytes: Buffer.from(renderPurchaseOrderUbl(doc), 'utf8'),
      });
    } else {
      ublOmittedReason = problems.map((p) => p.message).join('; ');
    }
  }
  const words = renderDispatchMessage(translator(doc.language), {
    kind,
    number: doc.number,
    revision: doc.revision,
    organisationName: doc.buyerOrganisation.name,
    contact: content.contact,
    note: content.note,
    reason: content.reason,
    openLines: content.openLines,
    attachmentNames: attachments.map((a) => a.fileName),
    portalUrl: content.portalUrl,
  });
  const raw = await composeMessage({
    id: message.id,
    from: content.from,
    to: content.recipients,
    replyTo: content.contact.email,
    date: message.date,
    subject: words.subject,
    text: words.text,
    html: words.html,
    attachments: attachments.map((a) => ({ ...a, bytes: Buffer.from(a.bytes) })),
  });
  return { ...words, attachments, raw, ublOmittedReason };
}
