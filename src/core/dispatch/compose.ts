import type { DispatchFile } from '../../db/schema';
import { composeMessage, renderDispatchMessage } from '../../documents/email/dispatch-message';
import { translator } from '../../documents/i18n';
import type { PurchaseOrderDocument } from '../../documents/purchase-order-document';
import { renderPurchaseOrderPdf } from '../../documents/purchase-order-pdf';
import {
  orderDocumentProblems,
  renderPurchaseOrderUbl,
  ublFileName,
} from '../../documents/purchase-order-ubl';
import type { DispatchKind } from '../../domain/dispatch';
import { DEFAULT_MAIL_FROM } from '../../domain/notifications';
import { sha256Hex } from '../discussion';
import { absoluteUrl, queueComposedEmail } from '../notifications';
import type { Ctx } from '../shared/context';
import { newId } from '../shared/ids';
import * as repo from './repository';

export type PreparedSend = {
  kind: DispatchKind;
  emailId: string;
  subject: string;
  text: string;
  html: string;
  raw: Buffer;
  files: DispatchFile[];
  /** Bytes of the attachments, by SHA-256 (the message's own are kept with the e-mail). */
  bytes: Map<string, Buffer>;
  ublOmittedReason: string | null;
};

/**
 * Renders what a send carries, before anything is written: the PDF (for the order and a change),
 * the UBL document when the order has what PEPPOL needs (else why not), and the e-mail composed
 * whole around them, in the supplier's language. Pure work: no transaction is held meanwhile.
 */
export async function prepareSend(
  ctx: Ctx,
  opts: {
    kind: DispatchKind;
    orderId: string;
    doc: PurchaseOrderDocument;
    recipients: string[];
    contact: { name: string; email: string | null };
    note: string | null;
    reason: string | null;
    /** A closing notice: what was still open on each line. */
    openLines?: string[];
  },
): Promise<PreparedSend> {
  const { doc, kind } = opts;
  const attachments: { role: DispatchFile['role']; fileName: string; mediaType: string; bytes: Buffer }[] =
    [];
  // A closing notice is a message only: no document says "closed" (PDF or PEPPOL).
  if (kind === 'order' || kind === 'change') {
    attachments.push({
      role: 'pdf',
      fileName: `${doc.number}-r${doc.revision}.pdf`,
      mediaType: 'application/pdf',
      bytes: await renderPurchaseOrderPdf(doc),
    });
  }
  const problems = kind === 'closure' ? [] : orderDocumentProblems(doc);
  let ublOmittedReason: string | null = null;
  if (kind === 'closure') {
    // Nothing to attach.
  } else if (problems.length === 0) {
    attachments.push({
      role: 'ubl',
      fileName: ublFileName(doc),
      mediaType: 'application/xml',
      bytes: Buffer.from(renderPurchaseOrderUbl(doc), 'utf8'),
    });
  } else {
    ublOmittedReason = problems.map((p) => p.message).join('; ');
  }
  const text = renderDispatchMessage(translator(doc.language), {
    kind,
    number: doc.number,
    revision: doc.revision,
    organisationName: doc.buyerOrganisation.name,
    contact: opts.contact,
    note: opts.note,
    reason: opts.reason,
    openLines: opts.openLines,
    attachmentNames: attachments.map((a) => a.fileName),
    portalUrl: absoluteUrl(ctx.baseUrl, `/portal/orders/${opts.orderId}`),
  });
  const now = ctx.clock.now();
  const emailId = newId(now.getTime());
  const raw = await composeMessage({
    id: emailId,
    from: ctx.mailFrom ?? DEFAULT_MAIL_FROM,
    to: opts.recipients,
    replyTo: opts.contact.email,
    date: now,
    subject: text.subject,
    text: text.text,
    html: text.html,
    attachments,
  });
  const files: DispatchFile[] = [];
  const bytes = new Map<string, Buffer>();
  const keep = (role: DispatchFile['role'], fileName: string, mediaType: string, b: Buffer) => {
    const sha256 = sha256Hex(b);
    files.push({ role, fileName, mediaType, sizeBytes: b.length, sha256 });
    if (role !== 'message') bytes.set(sha256, b);
  };
  for (const a of attachments) keep(a.role, a.fileName, a.mediaType, a.bytes);
  keep('message', `${doc.number}-r${doc.revision}-${kind}.eml`, 'message/rfc822', raw);
  return { kind, emailId, ...text, raw, files, bytes, ublOmittedReason };
}

/** Writes a prepared send in the caller's transaction: its files, its e-mail (queued) and its record. */
export async function recordSend(
  ctx: Ctx,
  opts: {
    prepared: PreparedSend;
    orderId: string;
    supplierId: string;
    revision: number;
    recipients: string[];
    note: string | null;
    reason: string | null;
    automatic: boolean;
    sentBy: string | null;
  },
): Promise<string> {
  const { prepared } = opts;
  const now = ctx.clock.now();
  await repo.insertFiles(
    ctx.db,
    [...prepared.bytes].map(([sha256, bytes]) => ({ sha256, bytes, createdAt: now })),
  );
  await queueComposedEmail(ctx, {
    id: prepared.emailId,
    toAddresses: opts.recipients,
    subject: prepared.subject,
    textBody: prepared.text,
    htmlBody: prepared.html,
    raw: prepared.raw,
  });
  const id = newId(now.getTime());
  await repo.insertDispatch(ctx.db, {
    id,
    purchaseOrderId: opts.orderId,
    supplierId: opts.supplierId,
    kind: prepared.kind,
    revision: opts.revision,
    recipients: opts.recipients,
    message: opts.note,
    reason: opts.reason,
    automatic: opts.automatic,
    sentBy: opts.sentBy,
    sentAt: now,
    emailMessageId: prepared.emailId,
    files: prepared.files,
    ublOmittedReason: prepared.ublOmittedReason,
  });
  return id;
}
