import type { ApprovalDocumentType, ApprovalStepDecision } from '../../db/schema';
import type { Actor } from '../shared/actor';
import type { Ctx } from '../shared/context';
import { AppError } from '../shared/errors';
import { newId } from '../shared/ids';
import { toRoutingPolicy } from './policy';
import { findEnabledPolicy } from './read-approval-policies';
import * as repo from './repository';
import { authorsOf, type DocumentFacts, decideOnRoute, type ResolvedRoute, resolveRoute } from './rules';

/**
 * The bridge between the approval engine and the documents it routes. A document capability
 * describes its document (`DocumentBasics`); this module adds who heads the department, owns the
 * cost centre and holds each role, resolves the enabled policy, stores the route at submission and
 * records decisions on it. It never changes the document itself: the caller does, in the same
 * transaction, from the answer.
 */

/** What a document capability knows of its document. */
export type DocumentBasics = Omit<
  DocumentFacts,
  'departmentHeadId' | 'costCentreOwnerId' | 'usersByRole' | 'budgetExceeded'
> & { budgetExceeded?: boolean };

export type DocumentRef = { documentType: ApprovalDocumentType; documentId: string };

async function factsOf(ctx: Ctx, basics: DocumentBasics, roles: string[]): Promise<DocumentFacts> {
  const [departmentHeadId, costCentreOwnerId, usersByRole] = await Promise.all([
    repo.departmentHead(ctx.db, basics.departmentId),
    repo.costCentreOwner(ctx.db, basics.costCentreId),
    repo.activeUsersByRole(ctx.db, roles),
  ]);
  return {
    ...basics,
    budgetExceeded: basics.budgetExceeded ?? false,
    departmentHeadId,
    costCentreOwnerId,
    usersByRole,
  };
}

/** The route the enabled policy gives this document now (a draft's preview; a submission's route). */
export async function resolveDocumentRoute(
  ctx: Ctx,
  opts: { documentType: ApprovalDocumentType; basics: DocumentBasics },
): Promise<ResolvedRoute> {
  const policy = await findEnabledPolicy(ctx, opts.documentType);
  if (!policy) return resolveRoute(null, await factsOf(ctx, opts.basics, []));
  const roles = [...new Set(policy.steps.flatMap((s) => s.approvers.roles))];
  return resolveRoute(toRoutingPolicy(policy), await factsOf(ctx, opts.basics, roles));
}

export type StartedRoute =
  /** No policy is enabled: the document waits for one approval by any approver. */
  | { kind: 'single_step' }
  /** The policy yields no step: the document is approved on submission. */
  | { kind: 'approved'; explanation: string; policyName: string }
  | { kind: 'routed'; explanation: string; policyName: string; firstStep: string };

/**
 * Resolves and stores the route of a document being submitted (call inside the submission's
 * transaction). A route some step of which nobody may decide is refused (409) with the reason, so
 * no document waits forever.
 */
export async function startApprovalRoute(
  ctx: Ctx,
  opts: DocumentRef & { basics: DocumentBasics },
): Promise<StartedRoute> {
  const route = await resolveDocumentRoute(ctx, opts);
  if (!route.policy) return { kind: 'single_step' };
  if (route.steps.length === 0)
    return { kind: 'approved', explanation: route.explanation, policyName: route.policy.name };
  if (route.problems.length > 0) {
    throw AppError.conflict(`This document cannot be submitted: ${route.problems.join(' ')}`, {
      problems: route.problems,
    });
  }
  const now = ctx.clock.now();
  const round = (await repo.latestRound(ctx.db, opts.documentType, opts.documentId)) + 1;
  const policy = route.policy;
  await repo.insertDocumentSteps(
    ctx.db,
    route.steps.map((s) => ({
      id: newId(now.getTime()),
      documentType: opts.documentType,
      documentId: opts.documentId,
      round,
      position: s.position,
      level: s.level,
      name: s.name,
      policyId: policy.id,
      policyName: policy.name,
      explanation: s.explanation,
      mode: s.mode,
      status: 'pending' as const,
      approverUserIds: s.approverUserIds,
      decisions: [],
      reminderHours: s.reminderHours,
      escalationHours: s.escalationHours,
      fallbackUserId: s.fallbackUserId,
      createdAt: now,
    })),
  );
  return {
    kind: 'routed',
    explanation: route.explanation,
    policyName: policy.name,
    firstStep: route.steps[0]!.name,
  };
}

export type StepDecision = {
  /** The document's route is done: approved (approve) or ended (reject). */
  complete: boolean;
  stepName: string;
  onBehalfOfUserId: string | null;
  /** For the audit trail: "Finance approved by Ann Lee on behalf of Bo Chen". */
  summary: string;
  /** What still waits after an approval that does not complete the route. */
  waitingFor: string | null;
};

/**
 * Records `actor`'s decision on the open step of a document's stored route. Null when the
 * document has no open stored route (it was submitted while no policy was enabled): the caller
 * keeps the single-step rule. Refusals are 403 with the reason. Call with the document row
 * locked, so two approvers of the last open step cannot both complete it.
 */
export async function decideApprovalStep(
  ctx: Ctx,
  opts: DocumentRef & {
    actor: Actor;
    action: 'approve' | 'reject';
    comment: string | null;
    authors: { requesterId: string | null; creatorId: string | null; lastEditorId: string | null };
    documentLabel: string;
  },
): Promise<StepDecision | null> {
  const round = await repo.latestRound(ctx.db, opts.documentType, opts.documentId);
  if (round === 0) return null;
  const steps = await repo.findDocumentSteps(ctx.db, opts.documentType, opts.documentId, round);
  if (!steps.some((s) => s.status === 'pending')) return null;
  const actorUserId = opts.actor.userId;
  if (!actorUserId) throw AppError.forbidden(`Only a person can decide on ${opts.documentLabel}.`);
  const now = ctx.clock.now();
  const decision = decideOnRoute({
    steps,
    actorUserId,
    delegators: await repo.delegatorsOf(ctx.db, actorUserId, now),
    authors: authorsOf(opts.authors),
    action: opts.action,
  });
  if (!decision.ok)
    throw AppError.forbidden(`You cannot ${opts.action} ${opts.documentLabel}: ${decision.reason}.`);

  const step = steps.find((s) => s.id === decision.stepId)!;
  const entry: ApprovalStepDecision = {
    actorUserId,
    onBehalfOfUserId: decision.onBehalfOfUserId,
    decision: opts.action === 'approve' ? 'approved' : 'rejected',
    comment: opts.comment,
    at: now.toISOString(),
  };
  const status = opts.action === 'reject' ? 'rejected' : decision.stepCompletes ? 'approved' : 'pending';
  await repo.updateDocumentStep(ctx.db, step.id, {
    decisions: [...step.decisions, entry],
    status,
    completedAt: status === 'pending' ? null : now,
  });
  if (opts.action === 'reject') {
    for (const other of steps) {
      if (other.id !== step.id && other.status === 'pending') {
        await repo.updateDocumentStep(ctx.db, other.id, { status: 'skipped', completedAt: now });
      }
    }
  }
  const names = await repo.userNames(ctx.db, [
    actorUserId,
    ...(decision.onBehalfOfUserId ? [decision.onBehalfOfUserId] : []),
  ]);
  const verb = opts.action === 'approve' ? 'approved' : 'rejected';
  const behalf = decision.onBehalfOfUserId
    ? ` on behalf of ${names.get(decision.onBehalfOfUserId) ?? 'an approver'}`
    : '';
  const waiting = decision.routeCompletes
    ? null
    : steps
        .filter((s) => s.status === 'pending' && !(s.id === step.id && decision.stepCompletes))
        .map((s) => s.name)
        .join(', ');
  return {
    complete: decision.routeCompletes,
    stepName: step.name,
    onBehalfOfUserId: decision.onBehalfOfUserId,
    summary: `${step.name} ${verb} by ${names.get(actorUserId) ?? opts.actor.name}${behalf}`,
    waitingFor: waiting,
  };
}
