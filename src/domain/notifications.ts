/** The vocabulary of notifications and e-mail, declared once. Pure. */

/** What an in-app notification is about. */
export const NOTIFICATION_KINDS = [
  'approval_requested',
  'approval_reminder',
  'approval_escalated',
  'approved',
  'rejected',
  'changes_requested',
  'mentioned',
  /** An order approved while automatic sending is on could not be sent (dispatch). */
  'dispatch_failed',
  /** A supplier answered an order with changes or rejections: its buyer decides (dispatch). */
  'supplier_proposal',
  /** The buyer declined a supplier's proposal: the supplier's user who made it is told why. */
  'supplier_proposal_declined',
  /** A buyer invited a supplier's contact to the portal. */
  'portal_invitation',
  /** The supplier sent a ship notice for an order: its buyer is told what comes when. */
  'ship_notice',
  /** Lines of an order turned at risk (tracking): its buyer is told once. */
  'delivery_at_risk',
  /** Lines of an order are late (tracking): its buyer is told once. */
  'delivery_late',
  /** A supplier's user is reminded of a delivery due soon or an answer overdue. */
  'supplier_reminder',
  /** Rejected goods are going back to the supplier (a return, receiving): its users are told. */
  'supplier_return',
  /** Accounts payable asks a supplier for a credit note against one of its invoices (invoicing). */
  'credit_note_requested',
  /** A payment run pays a supplier: its users are told what is paid, when, and what was set off. */
  'remittance_advice',
  /** A confirmed payment run was cancelled: the suppliers it announced payments to are told. */
  'remittance_withdrawn',
  /** The bank rejected a payment of a run (its status report): who proposed and confirmed the run are told. */
  'payment_rejected',
  /** A supplier's scorecard grade dropped a band or below the warning grade: its buyers are asked to review it. */
  'supplier_grade_dropped',
  /** An order was fully received: its requesters and receivers are asked to rate it (evaluation). */
  'rating_requested',
  /** A supplier's scorecard e-mailed for a review could not be prepared: who sent it is told. */
  'scorecard_review_failed',
] as const;
export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];

/** Where an e-mail is: waiting for delivery, handed over, or given up after its last attempt. */
export const EMAIL_STATUSES = ['queued', 'sent', 'failed'] as const;
export type EmailStatus = (typeof EMAIL_STATUSES)[number];

/** The sender of OpenPO's e-mails when the operator set none (OPENPO_MAIL_FROM). */
export const DEFAULT_MAIL_FROM = 'OpenPO <no-reply@localhost>';
