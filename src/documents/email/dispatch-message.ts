import MailComposer from 'nodemailer/lib/mail-composer/index.js';
import type { DispatchKind } from '../../domain/dispatch';
import { formatQuantity } from '../format';
import type { I18n } from '../i18n';
import { escapeHtml } from './notification-email';

/** The words of an order e-mail to a supplier, in the supplier's language. */
export type DispatchMessageInput = {
  kind: DispatchKind;
  number: string;
  revision: number;
  organisationName: string;
  /** Who to answer: the order's buyer (or the organisation when sent automatically). */
  contact: { name: string; email: string | null };
  /** The buyer's note for this send. */
  note: string | null;
  /** Why the order was cancelled or closed. */
  reason: string | null;
  /** A closing notice: what was still open on each line when the order was closed. */
  openLines?: OpenLine[];
  /** Names of the attached files. */
  attachmentNames: string[];
  /** The order's page in the supplier portal (answer and ship there). */
  portalUrl: string;
};

export type DispatchMessageText = { subject: string; text: string; html: string };

/** A line of a closed order with what was still open on it (its quantity as a decimal string). */
export type OpenLine = { lineNo: number; description: string; quantity: string; unitCode: string };

type Values = { number: string; revision: number; organisation: string };

/** The subject and first sentence of a send of this kind. */
function heading(i18n: I18n, kind: DispatchKind, values: Values): { subject: string; intro: string } {
  switch (kind) {
    case 'order':
      return {
        subject: i18n._({
          id: 'dispatch.subject.order',
          message: 'Purchase order {number} from {organisation}',
          values,
        }),
        intro: i18n._({
          id: 'dispatch.intro.order',
          message: 'Please find attached our purchase order {number}.',
          values,
        }),
      };
    case 'change':
      return {
        subject: i18n._({
          id: 'dispatch.subject.change',
          message: 'Change order {number} — revision {revision} from {organisation}',
          values,
        }),
        intro: i18n._({
          id: 'dispatch.intro.change',
          message:
            'Our purchase order {number} has changed: attached is revision {revision}, which replaces the earlier ones.',
          values,
        }),
      };
    case 'cancellation':
      return {
        subject: i18n._({
          id: 'dispatch.subject.cancellation',
          message: 'Cancellation of purchase order {number} from {organisation}',
          values,
        }),
        intro: i18n._({
          id: 'dispatch.intro.cancellation',
          message: 'We cancel our purchase order {number}. Please do not ship anything further against it.',
          values,
        }),
      };
    case 'closure':
      return {
        subject: i18n._({
          id: 'dispatch.subject.closure',
          message: 'Purchase order {number} from {organisation} is closed',
          values,
        }),
        intro: i18n._({
          id: 'dispatch.intro.closure',
          message:
            'We have closed our purchase order {number}: we expect nothing more on it. Please do not ship what is still open.',
          values,
        }),
      };
  }
}

/** What the supplier is asked to do: confirm a notice, or answer the order in the portal. */
function request(i18n: I18n, kind: DispatchKind, portalUrl: string): string {
  switch (kind) {
    case 'cancellation':
      return i18n._({
        id: 'dispatch.confirm.cancellation',
        message: 'Please confirm that you have received this cancellation.',
      });
    case 'closure':
      return i18n._({
        id: 'dispatch.confirm.closure',
        message: 'Please confirm that you have received this notice.',
      });
    default:
      return i18n._({
        id: 'dispatch.confirm.portal',
        message:
          'Please confirm the order line by line, with your delivery dates, or propose changes in the supplier portal: {url}',
        values: { url: portalUrl },
      });
  }
}

export function renderDispatchMessage(i18n: I18n, m: DispatchMessageInput): DispatchMessageText {
  const { subject, intro } = heading(i18n, m.kind, {
    number: m.number,
    revision: m.revision,
    organisation: m.organisationName,
  });
  const reason = m.reason
    ? i18n._({ id: 'dispatch.reason', message: 'Reason: {reason}', values: { reason: m.reason } })
    : null;
  const open =
    m.openLines && m.openLines.length > 0
      ? [
          i18n._({ id: 'dispatch.closure.open', message: 'Still open when it was closed:' }),
          // In the reader's way of writing numbers (1.234,5 in German).
          ...m.openLines.map(
            (l) => `${l.lineNo}. ${l.description}: ${formatQuantity(l.quantity, i18n.locale)} ${l.unitCode}`,
          ),
        ]
      : null;
  const confirm = request(i18n, m.kind, m.portalUrl);
  const attached = i18n._({
    id: 'dispatch.attached',
    message: 'Attached: {files}',
    values: { files: m.attachmentNames.join(', ') },
  });
  const questions = m.contact.email
    ? i18n._({
        id: 'dispatch.questions',
        message: 'Questions: {name}, {email}',
        values: { name: m.contact.name, email: m.contact.email },
      })
    : null;
  const regards = i18n._({ id: 'dispatch.regards', message: 'Kind regards' });
  const hello = i18n._({ id: 'dispatch.hello', message: 'Hello,' });

  const paragraphs: string[][] = [
    [hello],
    [intro, ...(reason ? [reason] : [])],
    ...(open ? [open] : []),
    ...(m.note ? [[m.note]] : []),
    [confirm],
    ...(m.attachmentNames.length > 0 ? [[attached]] : []),
    ...(questions ? [[questions]] : []),
    [regards, m.contact.name, m.organisationName],
  ];
  const text = `${paragraphs.map((p) => p.join('\n')).join('\n\n')}\n`;
  const html = [
    '<!doctype html>',
    `<html lang="${escapeHtml(i18n.locale)}"><body style="font-family: sans-serif; line-height: 1.5">`,
    ...paragraphs.map((p) => `<p>${p.map(escapeHtml).join('<br>')}</p>`),
    '</body></html>',
  ].join('\n');
  return { subject, text, html };
}

export type ComposeInput = {
  /** The message's id: its Message-ID is `<id@openpo>`, as every OpenPO e-mail's is. */
  id: string;
  from: string;
  to: string[];
  replyTo: string | null;
  date: Date;
  subject: string;
  text: string;
  html: string;
  attachments: { fileName: string; mediaType: string; bytes: Buffer }[];
};

/** The whole message (MIME, RFC 5322), with its attachments: the bytes that will be sent. */
export function composeMessage(m: ComposeInput): Promise<Buffer> {
  const composer = new MailComposer({
    from: m.from,
    to: m.to,
    ...(m.replyTo ? { replyTo: m.replyTo } : {}),
    subject: m.subject,
    text: m.text,
    html: m.html,
    date: m.date,
    messageId: `<${m.id}@openpo>`,
    attachments: m.attachments.map((a) => ({
      filename: a.fileName,
      content: a.bytes,
      contentType: a.mediaType,
    })),
  });
  return new Promise((resolve, reject) => {
    composer.compile().build((err, message) => (err ? reject(err) : resolve(message)));
  });
}
