import type { ApprovalRoute } from '@contracts/approvals';

const DECISIONS = ['approve', 'request_changes', 'reject'] as const;

/**
 * Narrows the decision actions a page offers (approve, request changes, reject) to what the stored
 * route says the viewer may do now, and says why: "You decide Finance", or the server's reason
 * ("You already decided another step …"). Without a stored route (single-step approval, or the
 * route not loaded yet) the actions stay as the permission check left them.
 */
export function gateDecisions<A extends string>(
  actions: A[],
  viewer: ApprovalRoute['viewer'] | undefined,
): { actions: A[]; note: string | null } {
  if (!viewer) return { actions, note: null };
  const isDecision = (a: A) => (DECISIONS as readonly string[]).includes(a);
  if (!viewer.mayDecide) {
    const hadDecision = actions.some(isDecision);
    return { actions: actions.filter((a) => !isDecision(a)), note: hadDecision ? viewer.reason : null };
  }
  const behalf = viewer.onBehalfOfName ? ` on behalf of ${viewer.onBehalfOfName}` : '';
  return {
    actions,
    note: actions.some(isDecision) ? `You decide the step "${viewer.stepName}"${behalf}.` : null,
  };
}
