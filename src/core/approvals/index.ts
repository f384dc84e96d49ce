export { type Approvable, type ApprovableSummary, registerApprovable } from './approvable';
export { type ApprovalDecision, decisionChanges } from './approval-decision';
export { type BulkApproveItem, type BulkApproveResult, bulkApprove } from './bulk-approve';
export { type CreateApprovalPolicyInput, createApprovalPolicy } from './create-approval-policy';
export {
  type CreateDelegationInput,
  createDelegation,
  type DelegateCandidate,
  type Delegation,
  listDelegateCandidates,
  listDelegations,
  revokeDelegation,
} from './delegations';
export {
  type DocumentBasics,
  decideApprovalStep,
  resolveRevisionApprovalRoute,
  type StartedRoute,
  type StepDecision,
  startApprovalRoute,
  withdrawApprovalRoute,
} from './document-route';
export type { ApprovalPolicy, ApprovalPolicyStepInput } from './policy';
export {
  type ApprovalCycleTime,
  CYCLE_TIME_DAYS,
  readApprovalCycleTimes,
} from './read-approval-cycle-times';
export { countApprovalInbox, type InboxItem, readApprovalInbox } from './read-approval-inbox';
export { getApprovalPolicy, listApprovalPolicies } from './read-approval-policies';
export { type ApprovalRouteView, previewApprovalRoute, storedApprovalRoute } from './read-approval-route';
export { recordNamers } from './record-names';
export { APPROVAL_EVENTS, approvalNotifications } from './route-notifications';
export type { RevisionRoute, RouteAction } from './rules';
export { type EscalationRun, runApprovalEscalations } from './run-approval-escalations';
export { type UpdateApprovalPolicyInput, updateApprovalPolicy } from './update-approval-policy';
