import type { Changes } from '../shared/audit';

/**
 * What an approver's decision means for any approvable document (one type for all of them):
 * `complete` when the route is done (the document is approved, or returned on reject and request
 * changes); otherwise the approval completed one step of several and the document keeps waiting
 * for `waitingFor`. `summary` says who decided which step, for the audit trail.
 */
export type ApprovalDecision = {
  complete: boolean;
  /** The step decided, under a stored route; null under the single-step rule. */
  stepName: string | null;
  /** "Finance approved by Ann Lee on behalf of Bo Chen"; null under the single-step rule. */
  summary: string | null;
  waitingFor: string | null;
  /** Who decided, as people read it: "Ann Lee on behalf of Bo Chen". */
  by: string;
};

/** The audit fields of a decision: the step and, while the route goes on, what still waits. */
export function decisionChanges(decision: ApprovalDecision): Changes {
  return {
    ...(decision.summary ? { approvalStep: { before: null, after: decision.summary } } : {}),
    ...(!decision.complete && decision.waitingFor
      ? { waitingFor: { before: null, after: decision.waitingFor } }
      : {}),
  };
}
