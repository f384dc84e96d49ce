import {
  REQUISITION_STATUS_LABELS,
  type RequisitionLine,
  type RequisitionStatus,
} from '@contracts/requisitions';

export { REQUISITION_STATUS_LABELS };

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

/** The notification after saving (and perhaps submitting) a requisition, by where it ended up. */
export function savedNotice(r: { number: string; status: RequisitionStatus }): {
  title: string;
  message: string;
} {
  if (r.status === 'submitted')
    return { title: 'Requisition submitted', message: `${r.number} is waiting for approval.` };
  if (r.status === 'approved')
    return {
      title: 'Requisition approved',
      message: `${r.number} needed no approval: its lines are on the buyers’ workbench.`,
    };
  return { title: 'Draft saved', message: `${r.number} is saved; submit it when it is complete.` };
}
