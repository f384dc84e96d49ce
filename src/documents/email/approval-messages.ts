import { formatMoney } from '../format';

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

/** "PO-2026-00012 from Acme, 31,200.00 USD" / "REQ-2026-00003 from Ann Lee, 1,200.00 EUR". */
export function describeDocument(d: ApprovalDocumentFacts): string {
  const from = d.documentType === 'purchase_order' ? d.supplierName : d.requesterName;
  const amount =
    d.total !== null && d.currency !== null ? `${formatMoney(d.total, d.minorUnits)} ${d.currency}` : null;
  return [`${d.number}${from ? ` from ${from}` : ''}`, amount].filter(Boolean).join(', ');
}

export function approvalRequestedMessage(
  d: ApprovalDocumentFacts,
  opts: { explanation: string; onBehalfOfName: string | null },
): Message {
  const whose = opts.onBehalfOfName ? `approval on behalf of ${opts.onBehalfOfName}` : 'your approval';
  return {
    title: `${d.number} waits for ${whose}`,
    body: `${describeDocument(d)}, waits for ${whose} (${opts.explanation}).`,
  };
}

export function approvalReminderMessage(
  d: ApprovalDocumentFacts,
  opts: { stepName: string; hours: number },
): Message {
  return {
    title: `Reminder: ${d.number} still waits for your approval`,
    body: `${describeDocument(d)}, has waited ${opts.hours} hours or more for your approval (${opts.stepName}).`,
  };
}

export function approvalEscalatedMessage(
  d: ApprovalDocumentFacts,
  opts: { stepName: string; hours: number },
): Message {
  return {
    title: `${d.number} was escalated to you`,
    body: `${describeDocument(d)}, has waited ${opts.hours} hours or more at step ${opts.stepName}; you are its fallback approver and may now decide it.`,
  };
}

export type RouteOutcome = 'approved' | 'rejected' | 'changes_requested';

export function routeEndedMessage(
  d: ApprovalDocumentFacts,
  opts: { outcome: RouteOutcome; byName: string; stepName: string; comment: string | null },
): Message {
  const verb =
    opts.outcome === 'approved'
      ? 'was approved'
      : opts.outcome === 'rejected'
        ? 'was rejected'
        : 'needs changes';
  const by = opts.outcome === 'changes_requested' ? `, asked by ${opts.byName}` : ` by ${opts.byName}`;
  const comment = opts.comment ? ` Comment: “${opts.comment}”` : '';
  return {
    title: `${d.number} ${verb}`,
    body: `${describeDocument(d)}, ${verb}${by} (${opts.stepName}).${comment}`,
  };
}
