import type {
  ApprovalDocumentType,
  ApprovalMode,
  ApprovalStepDecision,
  DocumentApprovalStepStatus,
} from '../../db/schema';
import type { Ctx } from '../shared/context';
import { type DocumentBasics, resolveDocumentRoute } from './document-route';
import * as repo from './repository';
import { authorsOf, type DocumentAuthors, decideOnRoute } from './rules';

/**
 * What the person reading a stored route may do on it now: decide (approve, request changes,
 * reject) the named step, perhaps on behalf of someone; or why not.
 */
export type RouteViewer = {
  mayDecide: boolean;
  stepName: string | null;
  onBehalfOfName: string | null;
  /** Why not, when the route waits and the viewer may not decide. */
  reason: string | null;
};

export type ApprovalRouteView = {
  kind: 'preview' | 'stored' | 'none';
  policy: { id: string | null; name: string } | null;
  explanation: string;
  problems: string[];
  steps: {
    id: string | null;
    level: number;
    name: string;
    explanation: string;
    mode: ApprovalMode;
    status: DocumentApprovalStepStatus;
    approvers: { id: string; name: string }[];
    decisions: {
      actorUserId: string;
      actorName: string;
      onBehalfOfUserId: string | null;
      onBehalfOfName: string | null;
      decision: ApprovalStepDecision['decision'];
      comment: string | null;
      at: string;
    }[];
  }[];
  /** Set on a stored route that still waits, when the caller names who is reading it. */
  viewer: RouteViewer | null;
};

/** What submitting a draft now would do, and why. */
export async function previewApprovalRoute(
  ctx: Ctx,
  opts: { documentType: ApprovalDocumentType; basics: DocumentBasics },
): Promise<ApprovalRouteView> {
  const route = await resolveDocumentRoute(ctx, opts);
  const names = await repo.userNames(
    ctx.db,
    route.steps.flatMap((s) => s.approverUserIds),
  );
  return {
    kind: 'preview',
    policy: route.policy,
    explanation: route.policy
      ? route.explanation
      : 'No approval policy is enabled: one approval by any approver who did not write the document.',
    problems: route.budgetRefusal ? [route.budgetRefusal, ...route.problems] : route.problems,
    steps: route.steps.map((s) => ({
      id: null,
      level: s.level,
      name: s.name,
      explanation: s.explanation,
      mode: s.mode,
      status: 'pending' as const,
      approvers: s.approverUserIds.map((id) => ({ id, name: names.get(id) ?? id })),
      decisions: [],
    })),
    viewer: null,
  };
}

/**
 * The route stored with a submitted document, decisions included; `none` when it was submitted
 * while no policy was enabled (or a policy approved it on submission).
 */
export async function storedApprovalRoute(
  ctx: Ctx,
  opts: {
    documentType: ApprovalDocumentType;
    documentId: string;
    /** Who reads it, and who wrote the document: adds what the reader may do now. */
    viewer?: {
      userId: string | null;
      authors: DocumentAuthors;
    };
  },
): Promise<ApprovalRouteView> {
  const round = await repo.latestRound(ctx.db, opts.documentType, opts.documentId);
  const steps =
    round === 0 ? [] : await repo.findDocumentSteps(ctx.db, opts.documentType, opts.documentId, round);
  if (steps.length === 0) {
    return {
      kind: 'none',
      policy: null,
      explanation:
        'No approval route was stored for this document: it was decided in one step, or needed none.',
      problems: [],
      steps: [],
      viewer: null,
    };
  }
  const names = await repo.userNames(ctx.db, [
    ...steps.flatMap((s) => s.approverUserIds),
    ...steps.flatMap((s) => s.decisions.flatMap((d) => [d.actorUserId, d.onBehalfOfUserId ?? d.actorUserId])),
  ]);
  const first = steps[0]!;
  let viewer: RouteViewer | null = null;
  if (opts.viewer && steps.some((s) => s.status === 'pending')) {
    const userId = opts.viewer.userId;
    const decision = userId
      ? decideOnRoute({
          steps,
          actorUserId: userId,
          delegators: await repo.delegatorsOf(ctx.db, userId, ctx.clock.now()),
          authors: authorsOf(opts.viewer.authors),
          action: 'approve',
        })
      : ({ ok: false, reason: 'only a person decides on approvals' } as const);
    if (decision.ok) {
      const behalf = decision.onBehalfOfUserId
        ? ((await repo.userNames(ctx.db, [decision.onBehalfOfUserId])).get(decision.onBehalfOfUserId) ?? null)
        : null;
      viewer = { mayDecide: true, stepName: decision.stepName, onBehalfOfName: behalf, reason: null };
    } else {
      const reason = decision.reason.charAt(0).toUpperCase() + decision.reason.slice(1);
      viewer = { mayDecide: false, stepName: null, onBehalfOfName: null, reason: `${reason}.` };
    }
  }
  return {
    kind: 'stored',
    policy: { id: first.policyId, name: first.policyName },
    explanation: `Approval under policy ${first.policyName}: ${steps.map((s) => s.name).join(', then ')}.`,
    problems: [],
    steps: steps.map((s) => ({
      id: s.id,
      level: s.level,
      name: s.name,
      explanation: s.explanation,
      mode: s.mode,
      status: s.status,
      approvers: s.approverUserIds.map((id) => ({ id, name: names.get(id) ?? id })),
      decisions: s.decisions.map((d) => ({
        ...d,
        actorName: names.get(d.actorUserId) ?? d.actorUserId,
        onBehalfOfName: d.onBehalfOfUserId ? (names.get(d.onBehalfOfUserId) ?? d.onBehalfOfUserId) : null,
      })),
    })),
    viewer,
  };
}
