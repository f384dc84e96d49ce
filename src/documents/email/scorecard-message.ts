import type { Grade } from '../../domain/evaluation';
import { formatDecimalText } from '../../domain/formatting';
import { formatDate } from '../format';
import type { I18n } from '../i18n';
import { escapeHtml } from './notification-email';

/** The words of a scorecard e-mailed to its supplier for a review, in the supplier's language. */
export type ScorecardMessageInput = {
  organisationName: string;
  supplierName: string;
  period: string;
  score: string | null;
  grade: Grade | null;
  /** The buyer's own words for this review. */
  message: string | null;
  correctiveAction: { dueDate: string } | null;
  /** Who to answer: the buyer who sent it. */
  contact: { name: string; email: string | null };
  attachmentName: string;
  /** The scorecard in the supplier portal. */
  portalUrl: string;
};

export function renderScorecardMessage(
  i18n: I18n,
  m: ScorecardMessageInput,
): { subject: string; text: string; html: string } {
  const values = { organisation: m.organisationName, supplier: m.supplierName, period: m.period };
  const subject = i18n._({
    id: 'scorecard.email.subject',
    message: 'Supplier scorecard {period}: {supplier} — {organisation}',
    values,
  });
  const intro = i18n._({
    id: 'scorecard.email.intro',
    message: 'Please find attached your supplier scorecard for {period}, for our review together.',
    values,
  });
  const result =
    m.score !== null && m.grade !== null
      ? i18n._({
          id: 'scorecard.email.score',
          message: 'Your score: {score} of 100, grade {grade}.',
          values: {
            score: formatDecimalText(m.score, { locale: i18n.locale, minFractionDigits: 1 }),
            grade: m.grade,
          },
        })
      : i18n._({
          id: 'scorecard.email.no-score',
          message: 'There were too few orders in the period for a score; the measures are in the scorecard.',
        });
  const action = m.correctiveAction
    ? i18n._({
        id: 'scorecard.email.corrective-action',
        message:
          'We ask you for a corrective action, described in the scorecard, by {date}. Please tell us what you will do.',
        values: { date: formatDate(m.correctiveAction.dueDate) },
      })
    : null;
  const portal = i18n._({
    id: 'scorecard.email.portal',
    message: 'Your scorecard, with its 12-month trend, is always up to date in the supplier portal: {url}',
    values: { url: m.portalUrl },
  });
  const attached = i18n._({
    id: 'dispatch.attached',
    message: 'Attached: {files}',
    values: { files: m.attachmentName },
  });
  const questions = m.contact.email
    ? i18n._({
        id: 'dispatch.questions',
        message: 'Questions: {name}, {email}',
        values: { name: m.contact.name, email: m.contact.email },
      })
    : null;
  const paragraphs: string[][] = [
    [i18n._({ id: 'dispatch.hello', message: 'Hello,' })],
    [intro, result],
    ...(m.message ? [[m.message]] : []),
    ...(action ? [[action]] : []),
    [portal],
    [attached],
    ...(questions ? [[questions]] : []),
    [i18n._({ id: 'dispatch.regards', message: 'Kind regards' }), m.contact.name, m.organisationName],
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
