import { composeMessage } from './email/dispatch-message';
import { renderScorecardMessage } from './email/scorecard-message';
import { translator } from './i18n';
import type { ScorecardDocument } from './scorecard-document';
import { renderScorecardPdf, scorecardFileName } from './scorecard-pdf';

/**
 * What a scorecard e-mailed for a review is made of, fixed when the buyer pressed Send: the
 * scorecard as the supplier will read it, the recipients, the buyer's message, who to answer, the
 * portal link, the sender. Plain data (kept as JSON until it is rendered, in a worker thread).
 */
export type ScorecardReviewContent = {
  doc: ScorecardDocument;
  recipients: string[];
  contact: { name: string; email: string | null };
  message: string | null;
  portalUrl: string;
  from: string;
};

/** A review rendered: the PDF, the message's words and the whole message as it will be sent. */
export type RenderedScorecardReview = {
  subject: string;
  text: string;
  html: string;
  attachment: { fileName: string; mediaType: string; bytes: Uint8Array };
  raw: Uint8Array;
};

/**
 * Renders a review: the scorecard PDF and the e-mail around it, in the supplier's language. Pure
 * CPU work on plain data: it runs in a worker thread (src/jobs/render-pool.ts).
 */
export async function renderScorecardReview(
  content: ScorecardReviewContent,
  message: { id: string; date: Date },
): Promise<RenderedScorecardReview> {
  const { doc } = content;
  const attachment = {
    fileName: scorecardFileName(doc),
    mediaType: 'application/pdf',
    bytes: await renderScorecardPdf(doc),
  };
  const words = renderScorecardMessage(translator(doc.language), {
    organisationName: doc.organisationName,
    supplierName: doc.supplier.name,
    period: doc.period.key,
    score: doc.enoughData ? doc.score : null,
    grade: doc.enoughData ? doc.grade : null,
    message: content.message,
    correctiveAction: doc.correctiveAction ? { dueDate: doc.correctiveAction.dueDate } : null,
    contact: content.contact,
    attachmentName: attachment.fileName,
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
    attachments: [{ ...attachment, bytes: Buffer.from(attachment.bytes) }],
  });
  return { ...words, attachment, raw };
}
