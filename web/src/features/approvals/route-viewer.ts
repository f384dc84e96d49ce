import type { ApprovalRoute } from '@contracts/approvals';
import { i18n as appI18n, type I18n } from '@lingui/core';
import { msg } from '@lingui/core/macro';

const DECISIONS = ['approve', 'request_changes', 'reject'] as const;

/**
 * Narrows the decision actions a page offers (approve, request changes, reject) to what the stored
 * route says the viewer may do now, and says why: "You decide Finance", or the server's reason
 * ("You already decided another step …"). Without a stored route (single-step approval, or the
 * route not loaded yet) the actions stay as the permission check left them. `i18n`: the caller's
 * (from `useLingui()`); by default the app's instance, which is the one every component renders with.
 */
export function gateDecisions<A extends string>(
  actions: A[],
  viewer: ApprovalRoute['viewer'] | undefined,
  i18n: I18n = appI18n,
): { actions: A[]; note: string | null } {
  if (!viewer) return { actions, note: null };
  const isDecision = (a: A) => (DECISIONS as readonly string[]).includes(a);
  if (!viewer.mayDecide) {
    const hadDecision = actions.some(isDecision);
    return { actions: actions.filter((a) => !isDecision(a)), note: hadDecision ? viewer.reason : null };
  }
  if (!actions.some(isDecision)) return { actions, note: null };
  const step = viewer.stepName ?? '';
  const behalfOf = viewer.onBehalfOfName;
  return {
    actions,
    note: behalfOf
      ? i18n._(msg`You decide the step "${step}" on behalf of ${behalfOf}.`)
      : i18n._(msg`You decide the step "${step}".`),
  };
}
