// Relative imports: the web tests run this file without the web app's path aliases.

import type { Permission } from '../../../../src/core/shared/permissions';
import type { InvoiceStatus } from '../../../../src/domain/invoicing';

/** What may be done with an invoice, by whom, and when it is late: pure, no text. */

export type InvoiceTransition =
  | 'submit'
  | 'rematch'
  | 'accept'
  | 'request_credit_note'
  | 'approve'
  | 'hold'
  | 'release'
  | 'reject'
  | 'cancel';

/**
 * The statuses each action starts from, as the server's transition table has them (the server
 * decides again on every request and answers 409 naming the status).
 */
const FROM: Record<InvoiceTransition, readonly InvoiceStatus[]> = {
  submit: ['draft'],
  rematch: ['matching', 'exception'],
  accept: ['exception'],
  request_credit_note: ['exception'],
  approve: ['matched'],
  hold: ['draft', 'matching', 'matched', 'exception', 'approved_for_payment'],
  release: ['on_hold'],
  reject: ['matching', 'matched', 'exception', 'approved_for_payment', 'on_hold'],
  cancel: ['draft', 'matching', 'matched', 'exception', 'approved_for_payment', 'on_hold'],
};

const PERMISSION: Record<InvoiceTransition, Permission> = {
  submit: 'invoices:write',
  rematch: 'invoices:write',
  accept: 'invoices:resolve',
  request_credit_note: 'invoices:write',
  approve: 'invoices:approve',
  hold: 'invoices:write',
  release: 'invoices:write',
  reject: 'invoices:write',
  cancel: 'invoices:write',
};

const ORDER: readonly InvoiceTransition[] = [
  'submit',
  'approve',
  'accept',
  'request_credit_note',
  'rematch',
  'release',
  'hold',
  'reject',
  'cancel',
];

/** Not offered while the acceptance of the variances waits for approval: its route decides. */
const WHILE_VARIANCES_WAIT: readonly InvoiceTransition[] = ['accept', 'rematch'];

/**
 * What the viewer may do with the invoice now, most likely first. Deciding on variances routed for
 * approval is not among them: the variance approval card offers it to the route's approvers.
 */
export function allowedInvoiceActions(
  invoice: { status: InvoiceStatus; varianceApproval?: { status: string } | null },
  can: (permission: Permission) => boolean,
): InvoiceTransition[] {
  const waiting = invoice.varianceApproval?.status === 'pending';
  return ORDER.filter(
    (a) =>
      FROM[a].includes(invoice.status) &&
      can(PERMISSION[a]) &&
      !(waiting && WHILE_VARIANCES_WAIT.includes(a)),
  );
}

/** Whether the viewer may edit the invoice (PATCH /invoices/{id}): only a draft is edited, as the server checks. */
export function canEditInvoice(
  invoice: { status: InvoiceStatus },
  can: (permission: Permission) => boolean,
): boolean {
  return invoice.status === 'draft' && can('invoices:write');
}

/** Whether the invoice is due before today and still to be paid. */
export function isInvoiceOverdue(
  invoice: { status: InvoiceStatus; dueDate: string },
  today: string,
): boolean {
  const open: readonly InvoiceStatus[] = [
    'draft',
    'matching',
    'matched',
    'exception',
    'approved_for_payment',
    'scheduled',
    'on_hold',
  ];
  return invoice.dueDate < today && open.includes(invoice.status);
}
