/**
 * The vocabulary of requisitions, declared once for the schema, the contracts and the core. Pure.
 */

export const REQUISITION_STATUSES = [
  'draft',
  'submitted',
  'approved',
  /** Final state of requisitions rejected before a reject returned them to draft; no transition leads here now. */
  'rejected',
  'cancelled',
  'partially_ordered',
  'ordered',
  'closed',
] as const;
export type RequisitionStatus = (typeof REQUISITION_STATUSES)[number];

/** Each state in words, as every page, export and message says it. */
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

/** How much of a requisition line is on purchase orders: nothing, some, or all of it. */
export const REQUISITION_LINE_ORDER_STATUSES = ['open', 'partially_ordered', 'ordered'] as const;
export type RequisitionLineOrderStatus = (typeof REQUISITION_LINE_ORDER_STATUSES)[number];

/** The most lines one requisition may have. */
export const MAX_REQUISITION_LINES = 1000;

/** Statuses whose lines buyers may order (the workbench lists their lines not fully ordered). */
export const ORDERABLE_REQUISITION_STATUSES = [
  'approved',
  'partially_ordered',
] as const satisfies readonly RequisitionStatus[];

export function isRequisitionOrderable(status: RequisitionStatus): boolean {
  return (ORDERABLE_REQUISITION_STATUSES as readonly RequisitionStatus[]).includes(status);
}

/** Statuses whose status follows the ordered quantities of the lines. */
export const ORDER_TRACKING_REQUISITION_STATUSES = [
  ...ORDERABLE_REQUISITION_STATUSES,
  'ordered',
] as const satisfies readonly RequisitionStatus[];
