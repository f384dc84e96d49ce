/**
 * The vocabulary of approvals, declared once for the schema, the contracts and the core. Pure.
 */

/**
 * What can be routed for approval: a requisition, a purchase order, a change to an approved order,
 * or the acceptance of an invoice's variances (docs/accounts-payable.md#variance-approval).
 */
export const APPROVAL_DOCUMENT_TYPES = [
  'requisition',
  'purchase_order',
  'purchase_order_revision',
  'invoice_variance',
] as const;
export type ApprovalDocumentType = (typeof APPROVAL_DOCUMENT_TYPES)[number];

/** How the approvers of one step decide: any one of them, or all of them. */
export const APPROVAL_MODES = ['any', 'all'] as const;
export type ApprovalMode = (typeof APPROVAL_MODES)[number];

export const APPROVAL_STEP_STATUSES = [
  'pending',
  'approved',
  'rejected',
  'changes_requested',
  'skipped',
] as const;
export type ApprovalStepStatus = (typeof APPROVAL_STEP_STATUSES)[number];

/** What one approver decided on a step. */
export const APPROVAL_DECISIONS = ['approved', 'rejected', 'changes_requested'] as const;
export type ApprovalDecisionKind = (typeof APPROVAL_DECISIONS)[number];

/** Why a submitted document came back to its author as a draft. */
export const RETURN_KINDS = [
  'rejected',
  'changes_requested',
] as const satisfies readonly ApprovalDecisionKind[];
export type ReturnKind = (typeof RETURN_KINDS)[number];
