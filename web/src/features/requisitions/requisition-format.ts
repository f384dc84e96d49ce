import type { RequisitionLine, RequisitionStatus } from '@contracts/requisitions';

export const REQUISITION_STATUS_LABELS: Record<RequisitionStatus, string> = {
  draft: 'Draft',
  submitted: 'Awaiting approval',
  approved: 'Approved',
  rejected: 'Rejected',
  cancelled: 'Cancelled',
  partially_ordered: 'Partially ordered',
  ordered: 'Ordered',
  closed: 'Closed',
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

export const LINE_ORDER_STATUS_LABELS: Record<LineOrderStatus, string> = {
  open: 'Open',
  partially_ordered: 'Partly ordered',
  ordered: 'Ordered',
};

export const LINE_ORDER_STATUS_COLORS: Record<LineOrderStatus, string> = {
  open: 'gray',
  partially_ordered: 'blue',
  ordered: 'teal',
};
