/**
 * The event types an endpoint can subscribe to (docs/events.md). A subscription may also name
 * `<subject>.*` for every type of a subject, or `*` for all of them.
 */
export const EVENT_TYPES = [
  'purchase_order.created',
  'purchase_order.updated',
  'purchase_order.revised',
  'purchase_order.submitted',
  'purchase_order.step_approved',
  'purchase_order.approved',
  'purchase_order.rejected',
  'purchase_order.changes_requested',
  'purchase_order.held',
  'purchase_order.released',
  'purchase_order.cancelled',
  'purchase_order.closed',
  'purchase_order.short_closed',
  'requisition.created',
  'requisition.updated',
  'requisition.submitted',
  'requisition.step_approved',
  'requisition.approved',
  'requisition.rejected',
  'requisition.changes_requested',
  'requisition.cancelled',
  'requisition.closed',
  'requisition.quantities_ordered',
  'invoice.created',
  'invoice.updated',
  'invoice.submitted',
  'invoice.rematched',
  'invoice.accepted',
  'invoice.variance_submitted',
  'invoice.step_variance_approved',
  'invoice.variance_rejected',
  'invoice.credit_note_requested',
  'invoice.approved',
  'invoice.held',
  'invoice.released',
  'invoice.rejected',
  'invoice.cancelled',
  'invoice.scheduled',
  'invoice.paid',
  'invoice.paid_in_part',
  'invoice.unscheduled',
  'payment_run.created',
  'payment_run.updated',
  'payment_run.confirmed',
  'payment_run.paid',
  'payment_run.cancelled',
  'payment_run.reported',
  'payment.paid',
  'payment.rejected',
  'approval.steps_activated',
  'approval.route_ended',
  'approval.reminder_due',
  'approval.escalated',
  'webhook.ping',
] as const;

const SUBJECTS = new Set(EVENT_TYPES.map((t) => t.split('.')[0]!));

/** Whether a subscription pattern names known events. */
export function isKnownPattern(pattern: string): boolean {
  if (pattern === '*') return true;
  if (pattern.endsWith('.*')) return SUBJECTS.has(pattern.slice(0, -2));
  return (EVENT_TYPES as readonly string[]).includes(pattern);
}
