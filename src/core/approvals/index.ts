export { type CreateApprovalPolicyInput, createApprovalPolicy } from './create-approval-policy';
export {
  type CreateDelegationInput,
  createDelegation,
  type Delegation,
  listDelegations,
  revokeDelegation,
} from './delegations';
export {
  type DocumentBasics,
  decideApprovalStep,
  type StartedRoute,
  type StepDecision,
  startApprovalRoute,
} from './document-route';
export type { ApprovalPolicy, ApprovalPolicyStepInput } from './policy';
export { type InboxItem, readApprovalInbox } from './read-approval-inbox';
export { getApprovalPolicy, listApprovalPolicies } from './read-approval-policies';
export { type ApprovalRouteView, previewApprovalRoute, storedApprovalRoute } from './read-approval-route';
export { type UpdateApprovalPolicyInput, updateApprovalPolicy } from './update-approval-policy';
