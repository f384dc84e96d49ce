import type { ApprovalDocumentType, ApprovalStepDecision } from '../../db/schema';
import * as organisation from '../organisation';
import type { Actor } from '../shared/actor';
import type { Ctx } from '../shared/context';
import { AppError } from '../shared/errors';
import { newId } from '../shared/ids';
import { dec } from '../shared/money';
import * as suppliers from '../suppliers';
import { toRoutingPolicy } from './policy';
import { findEnabledPolicy } from './read-approval-policies';
import * as repo from './repository';
import { announceDecision, announceStepsActivated } from './route-notifications';
import {
  authorsOf,
  type BudgetOverrun,
  budgetRefusal,
  type DocumentAuthors,
  type DocumentFacts,
  decideOnRoute,
  type ResolvedRoute,
  type RevisionChange,
  type RevisionRoute,
  type RouteAction,
  resolveRevisionRoute,
  resolveRoute,
  withBudgetOverrunStep,
} from './rules';

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
> & {
  budgetExceeded?: boolean;
  /**
   * Checks the amount against the cost centre's budgets on `date` (budget control). Name the
   * purchase order the amount belongs to, so an approved one is not counted twice.
   */
  budgetCheck?: { date: string; purchaseOrderId?: string };
  /** The document's supplier: its grade is looked up when a step's condition asks for it. */
  supplierId?: string | null;
};

export type DocumentRef = { documentType: ApprovalDocumentType; documentId: string };

/** The resolved route, and why submitting is refused when budget control blocks overruns. */
export type DocumentRoute = ResolvedRoute & { budgetRefusal: string | null };

const DOCUMENT_NOUNS: Record<ApprovalDocumentType, string> = {
  requisition: 'requisition',
  purchase_order: 'order',
  purchase_order_revision: 'change order',
  invoice_variance: 'invoice variance',
};

/** Whether any step of the policy tests the supplier's grade. */
function asksForGrade(policy: { steps: { condition: unknown }[] } | null): boolean {
  return policy?.steps.some((s) => JSON.stringify(s.condition).includes('"supplierGradeBelow"')) ?? false;
}

async function factsOf(
  ctx: Ctx,
  basics: DocumentBasics,
  roles: string[],
  withGrade: boolean,
): Promise<DocumentFacts> {
  const { budgetCheck: _check, supplierId, ...rest } = basics;
  const grade =
    withGrade && supplierId ? (await suppliers.supplierGrades(ctx, [supplierId])).get(supplierId) : undefined;
  // One after the other: inside a transaction they share one connection, which takes a query
  // at a time (queueing them on it is deprecated by the driver).
  const departmentHeadId = await repo.departmentHead(ctx.db, basics.departmentId);
  const costCentreOwnerId = await repo.costCentreOwner(ctx.db, basics.costCentreId);
  const usersByRole = await repo.activeUsersByRole(ctx.db, roles);
  return {
    ...rest,
    budgetExceeded: basics.budgetExceeded ?? false,
    supplierGrade: grade?.grade && grade.score ? { grade: grade.grade, score: grade.score } : null,
    departmentHeadId,
    costCentreOwnerId,
    usersByRole,
  };
}

/** The covering budget the document exceeds most, or null when it exceeds none. */
function worstOverrun(effect: organisation.BudgetEffect): BudgetOverrun | null {
  const exceeded = effect.budgets.filter((b) => b.exceeded);
  if (exceeded.length === 0 || effect.costCentreCode === null) return null;
  const worst = exceeded.reduce((a, b) => (dec(b.availableAfter).lt(a.availableAfter) ? b : a));
  return {
    costCentreCode: effect.costCentreCode,
    periodLabel: worst.periodLabel,
    baseCurrency: effect.baseCurrency,
    availableNow: worst.availableNow,
    needed: dec(effect.amountBase).minus(worst.documentCommitted).toFixed(),
    over: dec(worst.availableAfter).negated().toFixed(),
  };
}

/**
 * The route the enabled policy gives this document now (a draft's preview; a submission's route).
 * When the document would exceed a budget, budget control adds its step or refuses it.
 */
export async function resolveDocumentRoute(
  ctx: Ctx,
  opts: { documentType: ApprovalDocumentType; basics: DocumentBasics },
): Promise<DocumentRoute> {
  const { basics } = opts;
  const effect = basics.budgetCheck
    ? await organisation.budgetEffect(ctx, {
        costCentreId: basics.costCentreId,
        date: basics.budgetCheck.date,
        amountBase: basics.amountBase,
        purchaseOrderId: basics.budgetCheck.purchaseOrderId,
      })
    : null;
  const overrun = effect ? worstOverrun(effect) : null;
  const withBudget: DocumentBasics = effect ? { ...basics, budgetExceeded: effect.exceeded } : basics;
  const policy = await findEnabledPolicy(ctx, opts.documentType);
  const roles = new Set<string>(policy?.steps.flatMap((s) => s.approvers.roles) ?? []);
  if (overrun && effect) roles.add(effect.approverRole);
  const facts = await factsOf(ctx, withBudget, [...roles], asksForGrade(policy));
  const routing = policy ? toRoutingPolicy(policy) : null;
  const route = resolveRoute(routing, facts);
  if (!overrun || !effect) return { ...route, budgetRefusal: null };
  const noun = DOCUMENT_NOUNS[opts.documentType];
  if (effect.control === 'block') return { ...route, budgetRefusal: budgetRefusal(overrun, noun) };
  return {
    ...withBudgetOverrunStep(route, routing, facts, {
      overrun,
      noun,
      approvers: { roles: [effect.approverRole], userIds: [], departmentHead: false, costCentreOwner: true },
    }),
    budgetRefusal: null,
  };
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
  opts: DocumentRef & {
    basics: DocumentBasics;
    /** A route already resolved (a change order's re-approval steps); else the enabled policy's. */
    route?: ResolvedRoute;
  },
): Promise<StartedRoute> {
  const route = opts.route ?? (await resolveDocumentRoute(ctx, opts));
  const refusal = (route as Partial<DocumentRoute>).budgetRefusal;
  if (refusal) throw AppError.conflict(refusal);
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
  const inserted = route.steps.map((s) => ({
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
    // The lowest level is current from now; the next opens when it is decided.
    activatedAt: s.level === route.steps[0]!.level ? now : null,
  }));
  await repo.insertDocumentSteps(ctx.db, inserted);
  await announceStepsActivated(ctx, {
    documentType: opts.documentType,
    documentId: opts.documentId,
    round,
    steps: inserted
      .filter((s) => s.activatedAt !== null)
      .map((s) => ({
        stepId: s.id,
        name: s.name,
        explanation: s.explanation,
        approverUserIds: s.approverUserIds,
      })),
  });
  return {
    kind: 'routed',
    explanation: route.explanation,
    policyName: policy.name,
    firstStep: route.steps[0]!.name,
  };
}

const DECIDED = {
  approve: 'approved',
  reject: 'rejected',
  request_changes: 'changes_requested',
} as const satisfies Record<RouteAction, ApprovalStepDecision['decision']>;

export type StepDecision = {
  /** The document's route is done: approved (approve) or ended (reject, request changes). */
  complete: boolean;
  stepName: string;
  onBehalfOfUserId: string | null;
  /** For the audit trail: "Finance approved by Ann Lee on behalf of Bo Chen". */
  summary: string;
  /** What still waits after an approval that does not complete the route. */
  waitingFor: string | null;
  /** Who decided, as people read it: "Ann Lee on behalf of Bo Chen". */
  by: string;
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
    action: RouteAction;
    comment: string | null;
    authors: DocumentAuthors;
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
    decision: DECIDED[opts.action],
    comment: opts.comment,
    at: now.toISOString(),
  };
  const status =
    opts.action !== 'approve' ? DECIDED[opts.action] : decision.stepCompletes ? 'approved' : 'pending';
  await repo.updateDocumentStep(ctx.db, step.id, {
    decisions: [...step.decisions, entry],
    status,
    completedAt: status === 'pending' ? null : now,
  });
  if (opts.action !== 'approve') {
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
  const verb = opts.action === 'request_changes' ? 'changes requested' : DECIDED[opts.action];
  const behalf = decision.onBehalfOfUserId
    ? ` on behalf of ${names.get(decision.onBehalfOfUserId) ?? 'an approver'}`
    : '';
  const waiting = decision.routeCompletes
    ? null
    : steps
        .filter((s) => s.status === 'pending' && !(s.id === step.id && decision.stepCompletes))
        .map((s) => s.name)
        .join(', ');
  await announceDecision(ctx, {
    documentType: opts.documentType,
    documentId: opts.documentId,
    round,
    action: opts.action,
    routeCompletes: decision.routeCompletes,
    stepName: step.name,
    by: `${names.get(actorUserId) ?? opts.actor.name}${behalf}`,
    actorUserId,
    comment: opts.comment,
  });
  return {
    complete: decision.routeCompletes,
    stepName: step.name,
    onBehalfOfUserId: decision.onBehalfOfUserId,
    summary: `${step.name} ${verb} by ${names.get(actorUserId) ?? opts.actor.name}${behalf}`,
    waitingFor: waiting,
    by: `${names.get(actorUserId) ?? opts.actor.name}${behalf}`,
  };
}

/**
 * What a change to an approved document needs (resolveRevisionRoute): the enabled
 * `purchase_order_revision` policy when there is one, else the document type's own policy. Pass
 * the answer's route to startApprovalRoute when it is required and has steps.
 */
export async function resolveRevisionApprovalRoute(
  ctx: Ctx,
  opts: { documentType: ApprovalDocumentType; basics: DocumentBasics; change: RevisionChange },
): Promise<RevisionRoute> {
  const policy =
    (opts.documentType === 'purchase_order'
      ? await findEnabledPolicy(ctx, 'purchase_order_revision')
      : null) ?? (await findEnabledPolicy(ctx, opts.documentType));
  const roles = policy ? [...new Set(policy.steps.flatMap((s) => s.approvers.roles))] : [];
  return resolveRevisionRoute(
    policy ? toRoutingPolicy(policy) : null,
    await factsOf(ctx, opts.basics, roles, asksForGrade(policy)),
    opts.change,
  );
}

/**
 * Ends a document's open route without a decision (the document went elsewhere: an invoice rejected
 * or cancelled while its variances wait for approval): its pending steps are skipped, so they leave
 * the approvers' inboxes. Nothing happens when no route is open. Inside the document's transaction.
 */
export async function withdrawApprovalRoute(ctx: Ctx, ref: DocumentRef): Promise<boolean> {
  const round = await repo.latestRound(ctx.db, ref.documentType, ref.documentId);
  if (round === 0) return false;
  const steps = await repo.findDocumentSteps(ctx.db, ref.documentType, ref.documentId, round);
  const now = ctx.clock.now();
  let withdrawn = false;
  for (const step of steps) {
    if (step.status !== 'pending') continue;
    await repo.updateDocumentStep(ctx.db, step.id, { status: 'skipped', completedAt: now });
    withdrawn = true;
  }
  return withdrawn;
}
