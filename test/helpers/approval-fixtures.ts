import type { DocumentFacts, Policy, PolicyStep, RouteStep } from '../../src/core/approvals/rules';
import type { ApprovalApprovers } from '../../src/db/schema';

/**
 * Building blocks for the pure approval-rule tests: user ids, policy steps, the demo policy of
 * the issue, a document's facts and stored route steps. Each test file overrides what it needs.
 */
export const HEAD = 'u-head';
export const FIN1 = 'u-fin1';
export const FIN2 = 'u-fin2';
export const COMP = 'u-comp';
export const BUYER = 'u-buyer';

export const none: ApprovalApprovers = {
  roles: [],
  userIds: [],
  departmentHead: false,
  costCentreOwner: false,
};

/** A policy step; by default decided by the department head, any one approver, no reminders. */
export function step(
  over: Partial<PolicyStep> & Pick<PolicyStep, 'position' | 'level' | 'name' | 'condition'>,
): PolicyStep {
  return {
    approvers: { ...none, departmentHead: true },
    mode: 'any',
    reminderHours: null,
    escalationHours: null,
    fallbackUserId: null,
    ...over,
  };
}

/** The demo policy of the issue: ≥ 5,000 head; ≥ 25,000 then finance; ≥ 100,000 then compliance. */
export const demoPolicy: Policy = {
  id: 'p1',
  name: 'Purchase orders by amount',
  documentType: 'purchase_order',
  steps: [
    step({ position: 1, level: 1, name: 'Department head', condition: { amountAtLeast: '5000' } }),
    step({
      position: 2,
      level: 2,
      name: 'Finance',
      condition: { amountAtLeast: '25000' },
      approvers: { ...none, roles: ['finance'] },
    }),
    step({
      position: 3,
      level: 3,
      name: 'Compliance',
      condition: { amountAtLeast: '100000' },
      approvers: { ...none, roles: ['compliance'] },
    }),
  ],
};

/** A 31,200 USD order of the buyer in department d1 / cost centre c1, within budget. */
export function documentFacts(over: Partial<DocumentFacts> = {}): DocumentFacts {
  return {
    amountBase: '31200',
    baseCurrency: 'USD',
    departmentId: 'd1',
    costCentreId: 'c1',
    categoryIds: ['cat1'],
    supplierStatus: 'active',
    budgetExceeded: false,
    requesterId: BUYER,
    creatorId: BUYER,
    lastEditorId: BUYER,
    departmentHeadId: HEAD,
    costCentreOwnerId: 'u-owner',
    usersByRole: { finance: [FIN1, FIN2], compliance: [COMP], admin: [BUYER, FIN1] },
    ...over,
  };
}

/** A step of a stored route, pending with no decisions unless told otherwise. */
export function storedStep(
  over: Partial<RouteStep> & Pick<RouteStep, 'id' | 'level' | 'approverUserIds'>,
): RouteStep {
  return { name: over.id, mode: 'any', status: 'pending', decisions: [], ...over };
}
