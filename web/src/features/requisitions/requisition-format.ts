import type { RequisitionLine, RequisitionStatus } from '@contracts/requisitions';
import type { I18n, MessageDescriptor } from '@lingui/core';
import { msg } from '@lingui/core/macro';

/** Each state in words, as every page says it (render with `i18n._`). */
export const REQUISITION_STATUS_LABELS: Record<RequisitionStatus, MessageDescriptor> = {
  draft: msg`Draft`,
  submitted: msg`Awaiting approval`,
  approved: msg`Approved`,
  rejected: msg`Rejected`,
  cancelled: msg`Cancelled`,
  partially_ordered: msg`Partially ordered`,
  ordered: msg`Ordered`,
  closed: msg`Closed`,
};

export const REQUISITION_STATUS_COLORS: Record<RequisitionStatus, string> = {
  draft: 'gray',
  submitted: 'yellow',
  approved: 'teal',
  rejected: 'red',
  cancelled: 'gray',
  partially_ordered: 'blue',
  ordered: 'indigo',
  closed: 'dark',
};

export type LineOrderStatus = RequisitionLine['orderStatus'];

export const LINE_ORDER_STATUS_LABELS: Record<LineOrderStatus, MessageDescriptor> = {
  open: msg({ message: 'Open', context: 'requisition line not yet ordered' }),
  partially_ordered: msg`Partly ordered`,
  ordered: msg`Ordered`,
};

export const LINE_ORDER_STATUS_COLORS: Record<LineOrderStatus, string> = {
  open: 'gray',
  partially_ordered: 'blue',
  ordered: 'teal',
};

/** The notification after saving (and perhaps submitting) a requisition, by where it ended up. */
export function savedNotice(
  i18n: I18n,
  r: { number: string; status: RequisitionStatus },
): {
  title: string;
  message: string;
} {
  const number = r.number;
  if (r.status === 'submitted')
    return {
      title: i18n._(msg`Requisition submitted`),
      message: i18n._(msg`${number} is waiting for approval.`),
    };
  if (r.status === 'approved')
    return {
      title: i18n._(msg`Requisition approved`),
      message: i18n._(msg`${number} needed no approval: its lines are on the buyers’ workbench.`),
    };
  return {
    title: i18n._(msg`Draft saved`),
    message: i18n._(msg`${number} is saved; submit it when it is complete.`),
  };
}
