import type { INVOICE_EXCEPTION_KINDS } from '@contracts/invoicing';
import type { MessageDescriptor } from '@lingui/core';
import { msg } from '@lingui/core/macro';
import type { InvoiceLine, InvoiceStatus } from './queries';

export const INVOICE_STATUS_LABELS: Record<InvoiceStatus, MessageDescriptor> = {
  draft: msg`Draft`,
  matching: msg`Awaiting goods`,
  matched: msg`Matched`,
  exception: msg`Exception`,
  approved_for_payment: msg`Approved for payment`,
  scheduled: msg`Scheduled`,
  paid: msg`Paid`,
  on_hold: msg`On hold`,
  rejected: msg`Rejected`,
  cancelled: msg`Cancelled`,
};

export const INVOICE_STATUS_COLORS: Record<InvoiceStatus, string> = {
  draft: 'gray',
  matching: 'yellow',
  matched: 'teal',
  exception: 'red',
  approved_for_payment: 'indigo',
  scheduled: 'cyan',
  paid: 'green',
  on_hold: 'orange',
  rejected: 'red',
  cancelled: 'gray',
};

export const LINE_MATCH_LABELS: Record<NonNullable<InvoiceLine['match']>['status'], MessageDescriptor> = {
  matched: msg`Within tolerance`,
  awaiting_receipt: msg`Awaiting goods`,
  exception: msg`Exception`,
};

export const LINE_MATCH_COLORS: Record<NonNullable<InvoiceLine['match']>['status'], string> = {
  matched: 'teal',
  awaiting_receipt: 'yellow',
  exception: 'red',
};

export const EXCEPTION_KIND_LABELS: Record<(typeof INVOICE_EXCEPTION_KINDS)[number], MessageDescriptor> = {
  price: msg`Price`,
  quantity: msg`Quantity`,
  not_on_order: msg`Not on the order`,
  tax_rate: msg`Tax rate`,
  charge: msg`Charge`,
  possible_duplicate: msg`Possible duplicate`,
};

/**
 * The inbox's tabs: a status or a few together. `to_match` is what the match still works on
 * (drafts and invoices waiting for goods).
 */
export const INBOX_TABS = [
  { value: 'to_match', label: msg`To match`, status: 'draft,matching' },
  { value: 'exception', label: msg`Exceptions`, status: 'exception' },
  { value: 'matched', label: msg`Matched`, status: 'matched' },
  { value: 'approved_for_payment', label: msg`Approved for payment`, status: 'approved_for_payment' },
  { value: 'scheduled', label: msg`Scheduled`, status: 'scheduled' },
  { value: 'paid', label: msg`Paid`, status: 'paid' },
  { value: 'on_hold', label: msg`On hold`, status: 'on_hold' },
  { value: 'all', label: msg`All`, status: undefined },
] as const;
