import type {
  ApprovalApprovers,
  ApprovalCondition,
  ApprovalDocumentType,
  ApprovalMode,
  ApprovalStepDecision,
  DocumentApprovalStepStatus,
} from '../../db/schema';
import { GRADES, type Grade, gradeIsBelow } from '../../domain/evaluation';
import { DECIMAL_RE, dec } from '../shared/money';

/**
 * Approval routing as pure functions: which steps a policy yields for a document, who may decide
 * each, why, and what one decision does to a stored route. No SQL, no clock: the use cases load the
 * facts, call these and write the answer.
 *
 * Separation of duties is enforced twice: when a route is resolved (the document's authors are
 * never among a step's approvers) and when somebody acts on it (`decideOnRoute` refuses authors,
 * a second step by the same person, and delegates acting for an author).
 */

export type PolicyStep = {
  position: number;
  level: number;
  name: string;
  condition: ApprovalCondition;
  approvers: ApprovalApprovers;
  mode: ApprovalMode;
  reminderHours: number | null;
  escalationHours: number | null;
  fallbackUserId: string | null;
};

/**
 * When a change to an approved document goes back to approval although it crosses no threshold:
 * its total rises by more than `percent` of the approved total or by more than `amount` in base
 * currency (either null: that test is off).
 */
export type ReapprovalRise = { percent: string | null; amount: string | null };

export type Policy = {
  id: string;
  name: string;
  documentType: ApprovalDocumentType;
  steps: PolicyStep[];
  reapproveWhenTotalRises?: ReapprovalRise;
};

/** What the conditions look at, loaded by the use case for one document. */
export type DocumentFacts = {
  /** Total in base currency, a decimal string. */
  amountBase: string;
  /** What the amount is, in explanations: "total" (the default), "variance". */
  amountNoun?: string;
  baseCurrency: string;
  departmentId: string | null;
  costCentreId: string | null;
  categoryIds: string[];
  supplierStatus: string | null;
  /** The supplier's scorecard grade over the last 12 months; null or absent: not enough data (or no supplier). */
  supplierGrade?: { grade: Grade; score: string } | null;
  budgetExceeded: boolean;
  requesterId: string | null;
  creatorId: string | null;
  lastEditorId: string | null;
  /** Others who wrote or asked for it (a purchase order's requisition requesters). */
  otherAuthorIds?: string[];
  departmentHeadId: string | null;
  costCentreOwnerId: string | null;
  /** Active users holding each role. */
  usersByRole: Record<string, string[]>;
};

export type ResolvedStep = {
  position: number;
  level: number;
  name: string;
  /** "Finance — because total 31,200.00 USD ≥ 25,000". */
  explanation: string;
  mode: ApprovalMode;
  /** Who may decide, authors already removed; sorted for a stable answer. */
  approverUserIds: string[];
  reminderHours: number | null;
  escalationHours: number | null;
  fallbackUserId: string | null;
};

export type ResolvedRoute = {
  /** The policy that routes the document; id null for a route only budget control gave it. */
  policy: { id: string | null; name: string } | null;
  steps: ResolvedStep[];
  /** One sentence for the author and the audit trail. */
  explanation: string;
  /** Why this route could never complete (a step nobody may decide); empty when it can. */
  problems: string[];
};

// ── conditions ──────────────────────────────────────────────────────────────

/** Groups thousands and keeps only the decimals a threshold was written with: "25,000", "1,000.5". */
export function formatThreshold(value: string): string {
  const n = dec(value);
  const fixed = n.toFixed();
  return groupThousands(fixed);
}

/** A document amount as people read it: two decimals, grouped thousands. */
export function formatAmount(value: string): string {
  return groupThousands(dec(value).toFixed(2));
}

function groupThousands(fixed: string): string {
  const negative = fixed.startsWith('-');
  const [int = '0', frac] = (negative ? fixed.slice(1) : fixed).split('.');
  const grouped = int.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `${negative ? '-' : ''}${grouped}${frac === undefined ? '' : `.${frac}`}`;
}

/** Whether the condition holds for these facts. An empty `all` holds; an empty `any` does not. */
export function conditionHolds(condition: ApprovalCondition, facts: DocumentFacts): boolean {
  if ('all' in condition) return condition.all.every((c) => conditionHolds(c, facts));
  if ('any' in condition) return condition.any.some((c) => conditionHolds(c, facts));
  if ('amountAtLeast' in condition) return dec(facts.amountBase).gte(dec(condition.amountAtLeast));
  if ('departmentIn' in condition)
    return facts.departmentId !== null && condition.departmentIn.includes(facts.departmentId);
  if ('costCentreIn' in condition)
    return facts.costCentreId !== null && condition.costCentreIn.includes(facts.costCentreId);
  if ('categoryIn' in condition) return facts.categoryIds.some((id) => condition.categoryIn.includes(id));
  if ('supplierStatusIn' in condition) {
    return facts.supplierStatus !== null && condition.supplierStatusIn.includes(facts.supplierStatus);
  }
  if ('supplierGradeBelow' in condition)
    return (
      facts.supplierGrade != null && gradeIsBelow(facts.supplierGrade.grade, condition.supplierGradeBelow)
    );
  if ('budgetExceeded' in condition) return facts.budgetExceeded;
  return true;
}

/**
 * Why a condition holds, in words, for the parts that hold (an `any` names the branches that
 * matched). Call only when `conditionHolds` is true.
 */
export function explainCondition(condition: ApprovalCondition, facts: DocumentFacts): string {
  if ('all' in condition) {
    const parts = condition.all.map((c) => explainCondition(c, facts)).filter((s) => s !== '');
    return parts.join(' and ');
  }
  if ('any' in condition) {
    return condition.any
      .filter((c) => conditionHolds(c, facts))
      .map((c) => explainCondition(c, facts))
      .join(' or ');
  }
  if ('amountAtLeast' in condition) {
    return `${facts.amountNoun ?? 'total'} ${formatAmount(facts.amountBase)} ${facts.baseCurrency} ≥ ${formatThreshold(condition.amountAtLeast)}`;
  }
  if ('departmentIn' in condition) return 'the department is one the step lists';
  if ('costCentreIn' in condition) return 'the cost centre is one the step lists';
  if ('categoryIn' in condition) return 'a line is in a category the step lists';
  if ('supplierStatusIn' in condition) return `the supplier is ${facts.supplierStatus ?? 'unknown'}`;
  if ('supplierGradeBelow' in condition)
    return `the supplier is graded ${facts.supplierGrade?.grade ?? '–'} (score ${facts.supplierGrade?.score ?? '–'} over 12 months), below ${condition.supplierGradeBelow}`;
  if ('budgetExceeded' in condition) return 'the budget is exceeded';
  return 'every document of this type';
}

/** Field errors of a condition (paths relative to it); empty when valid. */
export function conditionProblems(
  condition: ApprovalCondition,
  path = 'condition',
): { path: string; message: string }[] {
  if ('all' in condition || 'any' in condition) {
    const list = 'all' in condition ? condition.all : condition.any;
    const key = 'all' in condition ? 'all' : 'any';
    if (list.length === 0) return [{ path: `${path}.${key}`, message: 'Combine at least one condition.' }];
    return list.flatMap((c, i) => conditionProblems(c, `${path}.${key}[${i}]`));
  }
  if ('amountAtLeast' in condition) {
    const v = condition.amountAtLeast;
    if (!DECIMAL_RE.test(v) || dec(v).isNegative()) {
      return [
        {
          path: `${path}.amountAtLeast`,
          message: 'Give the threshold as a non-negative decimal string, e.g. "25000.00".',
        },
      ];
    }
    return [];
  }
  if ('supplierGradeBelow' in condition) {
    return GRADES.includes(condition.supplierGradeBelow)
      ? []
      : [{ path: `${path}.supplierGradeBelow`, message: `Give a grade: ${GRADES.join(', ')}.` }];
  }
  for (const key of ['departmentIn', 'costCentreIn', 'categoryIn', 'supplierStatusIn'] as const) {
    if (key in condition) {
      const list = (condition as Record<string, string[]>)[key] ?? [];
      return list.length === 0 ? [{ path: `${path}.${key}`, message: 'List at least one value.' }] : [];
    }
  }
  return [];
}

// ── resolution ──────────────────────────────────────────────────────────────

/** Who wrote or asked for a document. */
export type DocumentAuthors = Pick<
  DocumentFacts,
  'requesterId' | 'creatorId' | 'lastEditorId' | 'otherAuthorIds'
>;

/** Everyone who wrote or requested the document: never an approver of it, whatever their roles. */
export function authorsOf(facts: DocumentAuthors): Set<string> {
  return new Set(
    [facts.requesterId, facts.creatorId, facts.lastEditorId, ...(facts.otherAuthorIds ?? [])].filter(
      (id): id is string => id !== null,
    ),
  );
}

/** The users a step's approver definition names for this document, authors removed. */
export function eligibleApprovers(approvers: ApprovalApprovers, facts: DocumentFacts): string[] {
  const authors = authorsOf(facts);
  const named = new Set<string>();
  for (const role of approvers.roles) for (const id of facts.usersByRole[role] ?? []) named.add(id);
  for (const id of approvers.userIds) named.add(id);
  if (approvers.departmentHead && facts.departmentHeadId) named.add(facts.departmentHeadId);
  if (approvers.costCentreOwner && facts.costCentreOwnerId) named.add(facts.costCentreOwnerId);
  return [...named].filter((id) => !authors.has(id)).sort();
}

/**
 * The concrete route of a document under a policy: the steps whose condition holds, ordered by
 * level (then position), each with its approvers and the reason it applies. `policy` null means no
 * enabled policy covers the document type: the caller keeps the single-step behaviour.
 */
export function resolveRoute(policy: Policy | null, facts: DocumentFacts): ResolvedRoute {
  if (policy === null) {
    return {
      policy: null,
      steps: [],
      explanation: 'No approval policy is enabled for this document type.',
      problems: [],
    };
  }
  const authors = authorsOf(facts);
  const steps: ResolvedStep[] = [...policy.steps]
    .sort((a, b) => a.level - b.level || a.position - b.position)
    .filter((step) => conditionHolds(step.condition, facts))
    .map((step) => ({
      position: step.position,
      level: step.level,
      name: step.name,
      explanation: `${step.name} — because ${explainCondition(step.condition, facts)}`,
      mode: step.mode,
      approverUserIds: eligibleApprovers(step.approvers, facts),
      reminderHours: step.reminderHours,
      escalationHours: step.escalationHours,
      fallbackUserId:
        step.fallbackUserId !== null && !authors.has(step.fallbackUserId) ? step.fallbackUserId : null,
    }));
  const ref = { id: policy.id, name: policy.name };
  if (steps.length === 0) {
    return {
      policy: ref,
      steps,
      explanation: `No approval needed under policy ${policy.name}.`,
      problems: [],
    };
  }
  return {
    policy: ref,
    steps,
    explanation: `Approval under policy ${policy.name}: ${steps.map((s) => s.name).join(', then ')}.`,
    problems: routeProblems(steps),
  };
}

/**
 * Why a resolved route could never complete: a step with nobody eligible, or (one person never
 * approving two steps) steps that only the same single person could decide.
 */
export function routeProblems(steps: ResolvedStep[]): string[] {
  const problems: string[] = [];
  const soleApprover = new Map<string, string>();
  for (const step of steps) {
    if (step.approverUserIds.length === 0) {
      problems.push(
        `Nobody may decide step "${step.name}": every approver it names wrote this document, or it names nobody.`,
      );
      continue;
    }
    if (step.approverUserIds.length === 1) {
      const only = step.approverUserIds[0] as string;
      const other = soleApprover.get(only);
      if (other !== undefined) {
        problems.push(
          `Steps "${other}" and "${step.name}" can only be decided by the same person, and nobody approves two steps of one document.`,
        );
      } else {
        soleApprover.set(only, step.name);
      }
    }
  }
  return problems;
}

// ── deciding ────────────────────────────────────────────────────────────────

/** A step of a stored route, as the decision function sees it. */
export type RouteStep = {
  id: string;
  level: number;
  name: string;
  mode: ApprovalMode;
  status: DocumentApprovalStepStatus;
  approverUserIds: string[];
  decisions: ApprovalStepDecision[];
};

export type RouteDecision =
  | { ok: false; reason: string }
  | {
      ok: true;
      stepId: string;
      stepName: string;
      /** Set when the actor acts as delegate of an approver. */
      onBehalfOfUserId: string | null;
      /** The step is decided by this action (its status changes). */
      stepCompletes: boolean;
      /** Approve: the last open step completes, the document is approved. Reject, request changes: always true. */
      routeCompletes: boolean;
    };

/** What an approver may do on an open step: approve it, or end the route (reject, request changes). */
export type RouteAction = 'approve' | 'reject' | 'request_changes';

/** The open steps: the pending ones at the lowest level that still has any. */
export function currentSteps(steps: RouteStep[]): RouteStep[] {
  const pending = steps.filter((s) => s.status === 'pending');
  if (pending.length === 0) return [];
  const level = Math.min(...pending.map((s) => s.level));
  return pending.filter((s) => s.level === level);
}

/** Whose approval is still missing on a step: for `any`, everyone until somebody approves. */
function undecidedApprovers(step: RouteStep): string[] {
  const decided = new Set(step.decisions.map((d) => d.onBehalfOfUserId ?? d.actorUserId));
  return step.approverUserIds.filter((id) => !decided.has(id));
}

/**
 * What `actorUserId` may do on a stored route now. `delegators` are the users whose approvals the
 * actor may act on (valid delegations to the actor); `authors` the document's writers.
 */
export function decideOnRoute(opts: {
  steps: RouteStep[];
  actorUserId: string;
  delegators: string[];
  authors: Set<string>;
  action: RouteAction;
}): RouteDecision {
  const { steps, actorUserId, authors, action } = opts;
  if (authors.has(actorUserId)) {
    return {
      ok: false,
      reason: 'you created, requested or last edited this document, and nobody decides on their own document',
    };
  }
  const open = currentSteps(steps);
  if (open.length === 0) return { ok: false, reason: 'no approval step is open on this document' };

  // Who the actor has already decided for on other steps of this route (themselves or a delegator).
  const actedOn = new Set<string>();
  for (const step of steps) {
    for (const d of step.decisions) if (d.actorUserId === actorUserId) actedOn.add(step.id);
  }
  const delegators = opts.delegators.filter((id) => id !== actorUserId && !authors.has(id));

  for (const step of open) {
    const missing = undecidedApprovers(step);
    const onBehalf: string | null | undefined = missing.includes(actorUserId)
      ? null
      : delegators.find((id) => missing.includes(id));
    if (onBehalf === undefined) continue;
    const principal = onBehalf ?? actorUserId;
    const decidedOtherStep = steps.some(
      (s) =>
        s.id !== step.id &&
        (actedOn.has(s.id) ||
          s.decisions.some(
            (d) => d.decision === 'approved' && (d.onBehalfOfUserId ?? d.actorUserId) === principal,
          )),
    );
    if (decidedOtherStep) {
      return {
        ok: false,
        reason: `you already decided another step of this document, and one person approves only one step ("${step.name}" needs somebody else)`,
      };
    }
    if (action !== 'approve') {
      return {
        ok: true,
        stepId: step.id,
        stepName: step.name,
        onBehalfOfUserId: onBehalf,
        stepCompletes: true,
        routeCompletes: true,
      };
    }
    const stepCompletes = step.mode === 'any' || missing.length === 1;
    const otherOpen = steps.filter((s) => s.status === 'pending' && s.id !== step.id);
    return {
      ok: true,
      stepId: step.id,
      stepName: step.name,
      onBehalfOfUserId: onBehalf,
      stepCompletes,
      routeCompletes: stepCompletes && otherOpen.length === 0,
    };
  }
  const alreadyApproved = open.find((s) => s.decisions.some((d) => d.actorUserId === actorUserId));
  if (alreadyApproved) return { ok: false, reason: `you already approved step "${alreadyApproved.name}"` };
  const names = open.map((s) => `"${s.name}"`).join(', ');
  return { ok: false, reason: `the open approval step ${names} is not yours to decide` };
}

// ── revisions (change orders) ───────────────────────────────────────────────

export type RevisionChange = {
  /** Total in base currency when the document was last approved. */
  approvedAmountBase: string;
  /** Why the whole route applies again, e.g. "the supplier changed"; empty when only amounts count. */
  fullRouteBecause: string[];
};

export type RevisionRoute = ResolvedRoute & {
  /** The revision goes back to approval (with `steps`, or in one step when no policy is enabled). */
  required: boolean;
};

const SINGLE_STEP =
  'no approval policy is enabled, so one approval by any approver who did not write the change';

/** " and rises by no more than 10 % or 1,000 USD", when the policy limits rises. */
function riseLimitText(limit: ReapprovalRise | undefined, baseCurrency: string): string {
  const parts = [
    limit?.percent != null ? `${dec(limit.percent).toFixed()} %` : null,
    limit?.amount != null ? `${formatAmount(limit.amount)} ${baseCurrency}` : null,
  ].filter((p): p is string => p !== null);
  return parts.length === 0 ? '' : ` and rises by no more than ${parts.join(' or ')}`;
}

/** How a rise from the approved total exceeds the policy's limit, in words; null when it does not. */
export function riseBeyondLimit(
  limit: ReapprovalRise | undefined,
  newTotal: string,
  approvedTotal: string,
  baseCurrency: string,
): string | null {
  if (!limit) return null;
  const rise = dec(newTotal).minus(dec(approvedTotal));
  if (rise.lte(0)) return null;
  const approvedAmount = dec(approvedTotal);
  if (
    limit.percent !== null &&
    (approvedAmount.lte(0) || rise.gt(approvedAmount.times(limit.percent).div(100)))
  )
    return `more than the ${dec(limit.percent).toFixed()} % the policy lets an approved total rise`;
  if (limit.amount !== null && rise.gt(dec(limit.amount)))
    return `more than the ${formatAmount(limit.amount)} ${baseCurrency} the policy lets an approved total rise`;
  return null;
}

/**
 * Which approval a change to an approved document needs, and why, in one sentence either way.
 *
 * - A reason in `fullRouteBecause` (supplier or currency changed): the whole route of the policy for
 *   the new facts — none when no step applies to them.
 * - Otherwise only the steps the new total newly triggers: those whose condition holds for the new
 *   facts but not for the same facts at the approved amount. Steps already approved for that
 *   amount are not asked again — unless the total rises by more than the policy's limit
 *   (`reapproveWhenTotalRises`, by default 10 % or 1,000 in base currency): then the whole route
 *   for the new total applies again.
 * - No policy: any reason, or a total above the approved one, sends it back for one approval.
 */
export function resolveRevisionRoute(
  policy: Policy | null,
  facts: DocumentFacts,
  change: RevisionChange,
): RevisionRoute {
  const base = facts.baseCurrency;
  const total = `${formatAmount(facts.amountBase)} ${base}`;
  const approved = `${formatAmount(change.approvedAmountBase)} ${base}`;
  const because = change.fullRouteBecause.join(' and ');
  if (policy === null) {
    const rises = dec(facts.amountBase).gt(dec(change.approvedAmountBase));
    const reasons = because || (rises ? `the total rises from ${approved} to ${total}` : '');
    return {
      policy: null,
      steps: [],
      problems: [],
      required: reasons !== '',
      explanation: reasons
        ? `Re-approval needed because ${reasons}: ${SINGLE_STEP}`
        : `No re-approval needed: total ${total} does not exceed the ${approved} already approved`,
    };
  }
  const full = resolveRoute(policy, facts);
  const ref = full.policy;
  if (because) {
    if (full.steps.length === 0) {
      return {
        ...full,
        required: false,
        explanation: `No re-approval needed: ${because}, but no step of policy ${policy.name} applies to total ${total}`,
      };
    }
    return {
      ...full,
      required: true,
      explanation: `Re-approval needed because ${because}: ${full.steps.map((s) => s.explanation).join(', then ')}`,
    };
  }
  const atApproved: DocumentFacts = { ...facts, amountBase: change.approvedAmountBase };
  const byPosition = new Map(policy.steps.map((s) => [s.position, s]));
  const steps = full.steps.filter((s) => {
    const step = byPosition.get(s.position);
    return step !== undefined && !conditionHolds(step.condition, atApproved);
  });
  if (steps.length === 0) {
    const rise = riseBeyondLimit(
      policy.reapproveWhenTotalRises,
      facts.amountBase,
      change.approvedAmountBase,
      base,
    );
    if (rise && full.steps.length > 0) {
      return {
        ...full,
        required: true,
        explanation: `Re-approval needed because the total rises from ${approved} to ${total}, ${rise}: ${full.steps.map((s) => s.explanation).join(', then ')}`,
      };
    }
    return {
      policy: ref,
      steps,
      problems: [],
      required: false,
      explanation: `No re-approval needed: total ${total} crosses no approval threshold beyond the ${approved} already approved${riseLimitText(policy.reapproveWhenTotalRises, base)}`,
    };
  }
  return {
    policy: ref,
    steps,
    problems: routeProblems(steps),
    required: true,
    explanation: `Re-approval needed: ${steps.map((s) => s.explanation).join(', then ')} (approved for ${approved})`,
  };
}

// ── budget control ──────────────────────────────────────────────────────────

/** A covering budget a document would take below zero, in base currency. */
export type BudgetOverrun = {
  costCentreCode: string;
  /** "November 2026", "fiscal year 2026". */
  periodLabel: string;
  baseCurrency: string;
  /** What is left of the budget before the document (negative when already exceeded). */
  availableNow: string;
  /** What the document adds to the cost centre's commitments. */
  needed: string;
  /** By how much the budget would be exceeded: needed − availableNow. */
  over: string;
};

/** The name of the step budget control adds, and of the route it gives a document no policy routes. */
export const BUDGET_STEP_NAME = 'Budget overrun';
export const BUDGET_CONTROL_NAME = 'Budget control';

/** Whether a condition looks at the budget at all. */
export function mentionsBudgetExceeded(condition: ApprovalCondition): boolean {
  if ('all' in condition) return condition.all.some(mentionsBudgetExceeded);
  if ('any' in condition) return condition.any.some(mentionsBudgetExceeded);
  return 'budgetExceeded' in condition;
}

/** Why submitting is refused under `block`: "Cost centre ENG-01 has 4,000.00 USD left of its November 2026 budget; this order needs 31,200.00 USD". */
export function budgetRefusal(overrun: BudgetOverrun, noun: string): string {
  const cur = overrun.baseCurrency;
  const left = dec(overrun.availableNow).isPositive()
    ? `has ${formatAmount(overrun.availableNow)} ${cur} left of its ${overrun.periodLabel} budget`
    : `has nothing left of its ${overrun.periodLabel} budget (${formatAmount(dec(overrun.availableNow).negated().toFixed())} ${cur} over already)`;
  return `Cost centre ${overrun.costCentreCode} ${left}; this ${noun} needs ${formatAmount(overrun.needed)} ${cur}.`;
}

/** "Budget overrun — because this order exceeds the ENG-01 budget for November 2026 by 27,200.00 USD". */
export function budgetStepExplanation(overrun: BudgetOverrun, noun: string): string {
  return `${BUDGET_STEP_NAME} — because this ${noun} exceeds the ${overrun.costCentreCode} budget for ${overrun.periodLabel} by ${formatAmount(overrun.over)} ${overrun.baseCurrency}`;
}

/**
 * The route with budget control's step added: "Budget overrun", decided by any one of `approvers`
 * (the budget approver role and the cost centre's owner), after every other step. Nothing is added
 * when a step of the policy already applies because the budget is exceeded: that step covers it.
 * A document no policy routes gets a route of this one step.
 */
export function withBudgetOverrunStep(
  route: ResolvedRoute,
  policy: Policy | null,
  facts: DocumentFacts,
  opts: { overrun: BudgetOverrun; noun: string; approvers: ApprovalApprovers },
): ResolvedRoute {
  const covered = route.steps.some((step) => {
    const source = policy?.steps.find((p) => p.position === step.position);
    return (
      source !== undefined &&
      mentionsBudgetExceeded(source.condition) &&
      conditionHolds(source.condition, facts)
    );
  });
  if (covered) return route;
  const budgetStep: ResolvedStep = {
    position: Math.max(0, ...(policy?.steps ?? []).map((s) => s.position)) + 1,
    level: Math.max(0, ...route.steps.map((s) => s.level)) + 1,
    name: BUDGET_STEP_NAME,
    explanation: budgetStepExplanation(opts.overrun, opts.noun),
    mode: 'any',
    approverUserIds: eligibleApprovers(opts.approvers, facts),
    reminderHours: null,
    escalationHours: null,
    fallbackUserId: null,
  };
  const steps = [...route.steps, budgetStep];
  const ref = route.policy ?? { id: null, name: BUDGET_CONTROL_NAME };
  return {
    policy: ref,
    steps,
    explanation: route.policy
      ? `Approval under policy ${ref.name}: ${steps.map((s) => s.name).join(', then ')}.`
      : `No approval policy is enabled; the budget overrun needs approval: ${BUDGET_STEP_NAME}.`,
    problems: routeProblems(steps),
  };
}

// ── reminders and escalation ────────────────────────────────────────────────

/** A stored step as the reminder and escalation sweep sees it. */
export type WaitingStep = {
  status: DocumentApprovalStepStatus;
  activatedAt: Date | null;
  reminderHours: number | null;
  escalationHours: number | null;
  fallbackUserId: string | null;
  remindedAt: Date | null;
  escalatedAt: Date | null;
  approverUserIds: string[];
};

const HOUR_MS = 3600_000;

/**
 * What is due for a step at `now`: a reminder once it has waited `reminderHours` since it became
 * current, and escalation to its fallback approver once it has waited `escalationHours` (only
 * with a fallback). Each happens once (`remindedAt`, `escalatedAt`); a step that is not pending
 * or not current yet has nothing due. `fallbackJoins` says whether escalating adds the fallback
 * to the approvers: not when they already are one, and never when they wrote the document.
 */
export function dueActions(
  step: WaitingStep,
  now: Date,
  authors: Set<string> = new Set(),
): { remind: boolean; escalate: boolean; fallbackJoins: boolean } {
  if (step.status !== 'pending' || step.activatedAt === null)
    return { remind: false, escalate: false, fallbackJoins: false };
  const waited = now.getTime() - step.activatedAt.getTime();
  const remind =
    step.reminderHours !== null && step.remindedAt === null && waited >= step.reminderHours * HOUR_MS;
  const fallback = step.fallbackUserId;
  const escalate =
    step.escalationHours !== null &&
    step.escalatedAt === null &&
    fallback !== null &&
    waited >= step.escalationHours * HOUR_MS;
  const fallbackJoins =
    escalate && fallback !== null && !authors.has(fallback) && !step.approverUserIds.includes(fallback);
  return { remind, escalate, fallbackJoins };
}

/** The steps that open when the pending steps of the current level are all decided: the next level's. */
export function nextLevelSteps<T extends { level: number; status: DocumentApprovalStepStatus }>(
  steps: T[],
): T[] {
  const pending = steps.filter((s) => s.status === 'pending');
  if (pending.length === 0) return [];
  const level = Math.min(...pending.map((s) => s.level));
  return pending.filter((s) => s.level === level);
}
