import { formatMoney } from '../format';
import type { I18n } from '../i18n';

/**
 * What approval notifications say, in-app and as the e-mail's subject and body. Pure: the
 * approvals capability loads the document's facts and picks the message.
 */
export type ApprovalDocumentFacts = {
  documentType: 'purchase_order' | 'requisition';
  number: string;
  supplierName: string | null;
  requesterName: string | null;
  /** The order's total in its currency, or the requisition's estimate in base currency. */
  total: string | null;
  currency: string | null;
  minorUnits: number;
};

export type Message = { title: string; body: string };

/**
 * "PO-2026-00012 from Acme, 31,200.00 USD" / "REQ-2026-00003 from Ann Lee, 1,200.00 EUR"; in German
 * "PO-2026-00012 von Acme, 31.200,00 USD".
 */
export function describeDocument(i18n: I18n, d: ApprovalDocumentFacts): string {
  const from = d.documentType === 'purchase_order' ? d.supplierName : d.requesterName;
  const number = d.number;
  const head = from
    ? i18n._({ id: 'document.from', message: '{number} from {from}', values: { number, from } })
    : number;
  if (d.total === null || d.currency === null) return head;
  const amount = `${formatMoney(d.total, d.minorUnits, i18n.locale)} ${d.currency}`;
  return `${head}, ${amount}`;
}

export function approvalRequestedMessage(
  i18n: I18n,
  d: ApprovalDocumentFacts,
  opts: { explanation: string; onBehalfOfName: string | null },
): Message {
  const number = d.number;
  const document = describeDocument(i18n, d);
  const explanation = opts.explanation;
  const name = opts.onBehalfOfName;
  if (name) {
    return {
      title: i18n._({
        id: 'approval.requested.behalf.title',
        message: '{number} waits for approval on behalf of {name}',
        values: { number, name },
      }),
      body: i18n._({
        id: 'approval.requested.behalf.body',
        message: '{document}, waits for approval on behalf of {name} ({explanation}).',
        values: { document, name, explanation },
      }),
    };
  }
  return {
    title: i18n._({
      id: 'approval.requested.title',
      message: '{number} waits for your approval',
      values: { number },
    }),
    body: i18n._({
      id: 'approval.requested.body',
      message: '{document}, waits for your approval ({explanation}).',
      values: { document, explanation },
    }),
  };
}

export function approvalReminderMessage(
  i18n: I18n,
  d: ApprovalDocumentFacts,
  opts: { stepName: string; hours: number },
): Message {
  const number = d.number;
  const document = describeDocument(i18n, d);
  const { stepName, hours } = opts;
  return {
    title: i18n._({
      id: 'approval.reminder.title',
      message: 'Reminder: {number} still waits for your approval',
      values: { number },
    }),
    body: i18n._({
      id: 'approval.reminder.body',
      message: '{document}, has waited {hours} hours or more for your approval ({stepName}).',
      values: { document, hours, stepName },
    }),
  };
}

export function approvalEscalatedMessage(
  i18n: I18n,
  d: ApprovalDocumentFacts,
  opts: { stepName: string; hours: number },
): Message {
  const number = d.number;
  const document = describeDocument(i18n, d);
  const { stepName, hours } = opts;
  return {
    title: i18n._({
      id: 'approval.escalated.title',
      message: '{number} was escalated to you',
      values: { number },
    }),
    body: i18n._({
      id: 'approval.escalated.body',
      message:
        '{document}, has waited {hours} hours or more at step {stepName}; you are its fallback approver and may now decide it.',
      values: { document, hours, stepName },
    }),
  };
}

export type RouteOutcome = 'approved' | 'rejected' | 'changes_requested';

export function routeEndedMessage(
  i18n: I18n,
  d: ApprovalDocumentFacts,
  opts: { outcome: RouteOutcome; byName: string; stepName: string; comment: string | null },
): Message {
  const number = d.number;
  const document = describeDocument(i18n, d);
  const { byName, stepName } = opts;
  const values = { number, document, byName, stepName };
  const ended =
    opts.outcome === 'approved'
      ? {
          title: i18n._({ id: 'route.approved.title', message: '{number} was approved', values }),
          body: i18n._({
            id: 'route.approved.body',
            message: '{document}, was approved by {byName} ({stepName}).',
            values,
          }),
        }
      : opts.outcome === 'rejected'
        ? {
            title: i18n._({ id: 'route.rejected.title', message: '{number} was rejected', values }),
            body: i18n._({
              id: 'route.rejected.body',
              message: '{document}, was rejected by {byName} ({stepName}).',
              values,
            }),
          }
        : {
            title: i18n._({ id: 'route.changes.title', message: '{number} needs changes', values }),
            body: i18n._({
              id: 'route.changes.body',
              message: '{document}, needs changes, asked by {byName} ({stepName}).',
              values,
            }),
          };
  if (!opts.comment) return ended;
  const comment = opts.comment;
  return {
    title: ended.title,
    body: `${ended.body} ${i18n._({ id: 'route.comment', message: 'Comment: “{comment}”', values: { comment } })}`,
  };
}
