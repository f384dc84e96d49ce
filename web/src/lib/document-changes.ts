import type { QueryClient, QueryKey } from '@tanstack/react-query';

/**
 * What a change to a document may alter on screen, by the subject of its domain event
 * (`purchase_order.approved` → `purchase_order`; docs/events.md). Every mutation that changes a
 * document calls {@link documentChanged} with its subject, and the live updates from the server
 * will call the same function with the event types they carry: one table
 * decides which cached views follow, so no view is left stale after an action.
 *
 * The keys are the roots the features' own query keys start with (their `query-keys.ts`).
 */
const ORDER_VIEWS: readonly QueryKey[] = [
  ['purchase-orders'],
  // The inbox and the bell: a decision or a submission adds or removes what waits for someone.
  ['approvals'],
  ['notifications'],
  ['audit'],
  // Ordering or cancelling changes what is left to order of requisitions.
  ['requisitions'],
  ['workbench'],
  // Approved and cancelled orders commit and release budget and spend.
  ['organisation', 'budgets'],
  ['reports'],
  ['home'],
  // What was sent, answered and shipped, and where deliveries stand (dispatch); the portal's pages.
  ['dispatches'],
  ['supplier-responses'],
  ['ship-notices'],
  ['tracking'],
  ['portal'],
  // What was received, inspected, reversed and returned (receiving).
  ['receipts'],
  ['inspections'],
  ['returns'],
  // Receipts re-run the match of the order's invoices.
  ['invoices'],
  // What was sent, answered, delivered, inspected and billed is what suppliers are scored on
  // (the relay scores the order again just after; features/evaluation).
  ['scorecards'],
];

const VIEWS_OF_SUBJECT: Record<DocumentSubject, readonly QueryKey[]> = {
  purchase_order: ORDER_VIEWS,
  requisition: [
    ['requisitions'],
    ['approvals'],
    ['notifications'],
    ['audit'],
    ['workbench'],
    ['organisation', 'budgets'],
    ['home'],
  ],
  // A decision is on an order or a requisition: an order's views include a requisition's.
  approval: ORDER_VIEWS,
  // An invoice's match moves what its order shows as billed (and may close it); accepting its
  // variances may route them to approval (the inbox); approving, rejecting or cancelling it moves
  // budgets' actual spend; what it is, owes and was paid moves the GRNI, AP aging and discount
  // reports and the payment runs that list it (its page's payments too).
  invoice: [
    ['invoices'],
    ['purchase-orders'],
    ['receipts'],
    ['approvals'],
    ['payment-runs'],
    ['organisation', 'budgets'],
    ['reports'],
    ['notifications'],
    ['audit'],
    ['home'],
    // Its match is the supplier's invoice accuracy and price.
    ['scorecards'],
  ],
  // Files and comments show on their document's page and in its history; a mention notifies.
  attachment: [['discussion'], ['audit']],
  comment: [['discussion'], ['audit'], ['notifications']],
  // A run schedules and pays invoices (their status, what is open) and closes nothing else.
  payment_run: [['payment-runs'], ['invoices'], ['audit'], ['reports'], ['home']],
  // The bank paid or rejected one payment (its status report): its run, its invoices, and AP is told.
  payment: [['payment-runs'], ['invoices'], ['notifications'], ['audit'], ['reports'], ['home']],
};

export type DocumentSubject =
  | 'purchase_order'
  | 'requisition'
  | 'approval'
  | 'invoice'
  | 'attachment'
  | 'comment'
  | 'payment_run'
  | 'payment';

/** The subject of an event type (the part before the dot), or the subject itself. */
export function subjectOf(eventTypeOrSubject: string): DocumentSubject | null {
  const subject = eventTypeOrSubject.split('.')[0];
  return subject && subject in VIEWS_OF_SUBJECT ? (subject as DocumentSubject) : null;
}

/** The cached views an event of this type (or any event of this subject) may have changed. */
export function viewsChangedBy(eventTypeOrSubject: string): readonly QueryKey[] {
  const subject = subjectOf(eventTypeOrSubject);
  return subject ? VIEWS_OF_SUBJECT[subject] : [];
}

/**
 * After a document changed (here or, later, by someone else): every view showing it is marked
 * stale; those on screen fetch again at once, the others when next shown.
 */
export function documentChanged(queryClient: QueryClient, eventTypeOrSubject: string): Promise<void> {
  return Promise.all(
    viewsChangedBy(eventTypeOrSubject).map((queryKey) => queryClient.invalidateQueries({ queryKey })),
  ).then(() => undefined);
}
