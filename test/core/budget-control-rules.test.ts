import { describe, expect, it } from 'vitest';
import {
  type BudgetOverrun,
  budgetRefusal,
  type DocumentFacts,
  mentionsBudgetExceeded,
  type Policy,
  resolveRoute,
  withBudgetOverrunStep,
} from '../../src/core/approvals/rules';
import { periodLabel } from '../../src/core/organisation/budget-rules';
import type { ApprovalApprovers } from '../../src/db/schema';
import { documentFacts, FIN1, FIN2, none, step } from '../helpers/approval-fixtures';

const budgetApprovers: ApprovalApprovers = { ...none, roles: ['finance'], costCentreOwner: true };

function facts(over: Partial<DocumentFacts> = {}): DocumentFacts {
  return documentFacts({
    categoryIds: [],
    budgetExceeded: true,
    lastEditorId: null,
    usersByRole: { finance: [FIN1, FIN2] },
    ...over,
  });
}

const overrun: BudgetOverrun = {
  costCentreCode: 'ENG-01',
  periodLabel: 'November 2026',
  baseCurrency: 'USD',
  availableNow: '4000',
  needed: '31200',
  over: '27200',
};

const byAmount: Policy = {
  id: 'p1',
  name: 'By amount',
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
  ],
};

describe('budget control', () => {
  it('names the cost centre, the period and both figures when it refuses', () => {
    expect(budgetRefusal(overrun, 'order')).toBe(
      'Cost centre ENG-01 has 4,000.00 USD left of its November 2026 budget; this order needs 31,200.00 USD.',
    );
    expect(budgetRefusal({ ...overrun, availableNow: '-150.5' }, 'requisition')).toBe(
      'Cost centre ENG-01 has nothing left of its November 2026 budget (150.50 USD over already); this requisition needs 31,200.00 USD.',
    );
  });

  it('adds a "Budget overrun" step after every other step, decided by any budget approver or the cost centre owner', () => {
    const f = facts();
    const route = withBudgetOverrunStep(resolveRoute(byAmount, f), byAmount, f, {
      overrun,
      noun: 'order',
      approvers: budgetApprovers,
    });
    expect(route.steps.map((s) => [s.name, s.level])).toEqual([
      ['Department head', 1],
      ['Finance', 2],
      ['Budget overrun', 3],
    ]);
    const added = route.steps[2]!;
    expect(added.explanation).toBe(
      'Budget overrun — because this order exceeds the ENG-01 budget for November 2026 by 27,200.00 USD',
    );
    expect(added.mode).toBe('any');
    expect(added.approverUserIds).toEqual(['u-fin1', 'u-fin2', 'u-owner']);
    expect(added.position).toBe(3);
    expect(route.explanation).toBe(
      'Approval under policy By amount: Department head, then Finance, then Budget overrun.',
    );
  });

  it('never names an author of the document among its approvers', () => {
    const f = facts({ costCentreOwnerId: 'u-buyer' });
    const route = withBudgetOverrunStep(resolveRoute(null, f), null, f, {
      overrun,
      noun: 'order',
      approvers: budgetApprovers,
    });
    expect(route.steps[0]!.approverUserIds).toEqual(['u-fin1', 'u-fin2']);
  });

  it('gives a document no policy routes a route of that one step', () => {
    const f = facts();
    const route = withBudgetOverrunStep(resolveRoute(null, f), null, f, {
      overrun,
      noun: 'requisition',
      approvers: budgetApprovers,
    });
    expect(route.policy).toEqual({ id: null, name: 'Budget control' });
    expect(route.steps.map((s) => [s.name, s.level])).toEqual([['Budget overrun', 1]]);
    expect(route.steps[0]!.explanation).toContain('because this requisition exceeds');
    expect(route.problems).toEqual([]);
  });

  it('adds nothing when a policy step already applies because the budget is exceeded', () => {
    const policy: Policy = {
      ...byAmount,
      steps: [
        ...byAmount.steps,
        step({
          position: 3,
          level: 3,
          name: 'Controller',
          condition: { all: [{ amountAtLeast: '1000' }, { budgetExceeded: true }] },
        }),
      ],
    };
    const f = facts();
    const base = resolveRoute(policy, f);
    expect(
      withBudgetOverrunStep(base, policy, f, { overrun, noun: 'order', approvers: budgetApprovers }),
    ).toBe(base);
    // A budget step whose other half does not hold does not apply, so it covers nothing.
    const small = facts({ amountBase: '500' });
    const route = withBudgetOverrunStep(resolveRoute(policy, small), policy, small, {
      overrun,
      noun: 'order',
      approvers: budgetApprovers,
    });
    expect(route.steps.map((s) => s.name)).toEqual(['Budget overrun']);
  });

  it('reports a step nobody may decide', () => {
    const f = facts({ usersByRole: {}, costCentreOwnerId: null });
    const route = withBudgetOverrunStep(resolveRoute(null, f), null, f, {
      overrun,
      noun: 'order',
      approvers: budgetApprovers,
    });
    expect(route.problems[0]).toContain('Nobody may decide step "Budget overrun"');
  });

  it('finds the budget condition at any depth', () => {
    expect(mentionsBudgetExceeded({ budgetExceeded: true })).toBe(true);
    expect(
      mentionsBudgetExceeded({ any: [{ amountAtLeast: '1' }, { all: [{ budgetExceeded: true }] }] }),
    ).toBe(true);
    expect(mentionsBudgetExceeded({ all: [{ amountAtLeast: '1' }, { always: true }] })).toBe(false);
  });

  it('names periods as people do', () => {
    expect(periodLabel('month', '2026-11-01')).toBe('November 2026');
    expect(periodLabel('year', '2026-01-01')).toBe('fiscal year 2026');
    expect(periodLabel('year', '2026-04-01')).toBe('fiscal year 2026/27');
    expect(periodLabel('year', '2099-07-01')).toBe('fiscal year 2099/00');
  });
});
