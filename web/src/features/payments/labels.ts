import type { MessageDescriptor } from '@lingui/core';
import { msg } from '@lingui/core/macro';
import type { Payment, PaymentRunLine, PaymentRunStatus } from './queries';

export const RUN_STATUS_LABELS: Record<PaymentRunStatus, MessageDescriptor> = {
  draft: msg`Draft`,
  confirmed: msg`Confirmed`,
  paid: msg`Paid`,
  cancelled: msg`Cancelled`,
};

export const RUN_STATUS_COLORS: Record<PaymentRunStatus, string> = {
  draft: 'gray',
  confirmed: 'blue',
  paid: 'teal',
  cancelled: 'red',
};

export const PAYMENT_STATUS_LABELS: Record<Payment['status'], MessageDescriptor> = {
  scheduled: msg`Scheduled`,
  paid: msg`Paid`,
  rejected: msg`Rejected by the bank`,
  cancelled: msg`Cancelled`,
};

export const PAYMENT_STATUS_COLORS: Record<Payment['status'], string> = {
  scheduled: 'blue',
  paid: 'teal',
  rejected: 'red',
  cancelled: 'gray',
};

export const LINE_STATUS_LABELS: Record<PaymentRunLine['status'], MessageDescriptor> = {
  proposed: msg`Proposed`,
  ...PAYMENT_STATUS_LABELS,
};

export const METHOD_LABELS: Record<Payment['method'], MessageDescriptor> = {
  sepa_credit_transfer: msg`SEPA transfer`,
  bank_transfer: msg`Bank transfer (CSV)`,
};

export const REASON_LABELS: Record<PaymentRunLine['reason'], MessageDescriptor> = {
  due: msg`Due`,
  discount: msg`Discount expires`,
};
