import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  conditionHolds,
  conditionProblems,
  currentSteps,
  type DocumentFacts,
  decideOnRoute,
  formatThreshold,
  type Policy,
  type PolicyStep,
  type RouteStep,
  resolveRoute,
} from '../../src/core/approvals/rules';
import type { ApprovalApprovers, ApprovalCondition } from '../../src/db/schema';
import {
  BUYER,
  COMP,
  demoPolicy,
  documentFacts,
  FIN1,
  FIN2,
  HEAD,
  none,
  step,
  storedStep,
} from '../helpers/approval-fixtures';

const demo = demoPolicy;
const facts = documentFacts;
const stored = storedStep;

describe('resolveRoute', () => {
  it('routes a 31,200 USD order to the head, then finance, and explains why', () => {
    const route = resolveRoute(demo, facts());
    expect(route.steps.map((s) => [s.level, s.name, s.approverUserIds])).toEqual([
      [1, 'Department head', [HEAD]],
      [2, 'Finance', [FIN1, FIN2]],
    ]);
    expect(route.steps[1]?.explanation).toBe('Finance — because total 31,200.00 USD ≥ 25,000');
    expect(route.problems).toEqual([]);
  });

  it('needs no approval below every threshold, naming the policy', () => {
    const route = resolveRoute(demo, facts({ amountBase: '4999.99' }));
    expect(route.steps).toEqual([]);
    expect(route.explanation).toBe('No approval needed under policy Purchase orders by amount.');
  });

  it('applies a threshold at exactly its amount', () => {
    expect(resolveRoute(demo, facts({ amountBase: '100000.00' })).steps.map((s) => s.name)).toEqual([
      'Department head',
      'Finance',
      'Compliance',
    ]);
  });

  it('without a policy answers no route (the caller keeps single-step approval)', () => {
    const route = resolveRoute(null, facts());
    expect(route.policy).toBeNull();
    expect(route.steps).toEqual([]);
  });

  it('never names an author as approver, even an admin department head, and reports the empty step', () => {
    const route = resolveRoute(demo, facts({ departmentHeadId: BUYER }));
    expect(route.steps[0]?.approverUserIds).toEqual([]);
    expect(route.problems[0]).toContain('Nobody may decide step "Department head"');
  });

  it('removes the requester, the creator and the last editor alike', () => {
    const p: Policy = {
      ...demo,
      steps: [
        step({
          position: 1,
          level: 1,
          name: 'Named',
          condition: { always: true },
          approvers: { ...none, userIds: ['a', 'b', 'c', 'd'] },
        }),
      ],
    };
    const route = resolveRoute(p, facts({ requesterId: 'a', creatorId: 'b', lastEditorId: 'c' }));
    expect(route.steps[0]?.approverUserIds).toEqual(['d']);
  });

  it('drops a fallback approver who wrote the document', () => {
    const p: Policy = {
      ...demo,
      steps: [
        step({ position: 1, level: 1, name: 'Head', condition: { always: true }, fallbackUserId: BUYER }),
      ],
    };
    expect(resolveRoute(p, facts()).steps[0]?.fallbackUserId).toBeNull();
  });

  it('flags two steps only the same single person could decide', () => {
    const p: Policy = {
      ...demo,
      steps: [
        step({ position: 1, level: 1, name: 'Head', condition: { always: true } }),
        step({
          position: 2,
          level: 2,
          name: 'Owner',
          condition: { always: true },
          approvers: { ...none, costCentreOwner: true },
        }),
      ],
    };
    expect(resolveRoute(p, facts({ costCentreOwnerId: HEAD })).problems[0]).toContain('same person');
  });

  it('explains combined conditions with the branches that hold', () => {
    const p: Policy = {
      ...demo,
      steps: [
        step({
          position: 1,
          level: 1,
          name: 'Compliance',
          condition: {
            all: [
              { amountAtLeast: '1000' },
              { any: [{ supplierStatusIn: ['on_hold'] }, { budgetExceeded: true }] },
            ],
          },
        }),
      ],
    };
    expect(resolveRoute(p, facts({ budgetExceeded: true })).steps[0]?.explanation).toBe(
      'Compliance — because total 31,200.00 USD ≥ 1,000 and the budget is exceeded',
    );
    expect(resolveRoute(p, facts()).steps).toEqual([]);
  });
});

describe('conditionHolds', () => {
  const f = facts();
  it.each<[ApprovalCondition, boolean]>([
    [{ always: true }, true],
    [{ departmentIn: ['d1'] }, true],
    [{ departmentIn: ['d2'] }, false],
    [{ costCentreIn: ['c1', 'c2'] }, true],
    [{ categoryIn: ['cat2'] }, false],
    [{ categoryIn: ['cat1'] }, true],
    [{ supplierStatusIn: ['on_hold'] }, false],
    [{ budgetExceeded: true }, false],
    [{ all: [] }, true],
    [{ any: [] }, false],
    [{ any: [{ departmentIn: ['d2'] }, { amountAtLeast: '31200.00' }] }, true],
    [{ all: [{ departmentIn: ['d1'] }, { amountAtLeast: '31200.01' }] }, false],
  ])('%j → %s', (condition, expected) => {
    expect(conditionHolds(condition, f)).toBe(expected);
  });
});

describe('conditionProblems', () => {
  it('names the field of a bad threshold, an empty list and an empty combination', () => {
    expect(
      conditionProblems({ all: [{ amountAtLeast: '25,000' }, { departmentIn: [] }, { any: [] }] }),
    ).toEqual([
      { path: 'condition.all[0].amountAtLeast', message: expect.any(String) },
      { path: 'condition.all[1].departmentIn', message: expect.any(String) },
      { path: 'condition.all[2].any', message: expect.any(String) },
    ]);
    expect(conditionProblems({ amountAtLeast: '-1' })).toHaveLength(1);
    expect(conditionProblems({ amountAtLeast: '25000.00' })).toEqual([]);
  });

  it('formats thresholds as written', () => {
    expect(formatThreshold('25000')).toBe('25,000');
    expect(formatThreshold('1000000.5')).toBe('1,000,000.5');
  });
});

// ── deciding ──

const approved = (actor: string, onBehalf: string | null = null) => ({
  actorUserId: actor,
  onBehalfOfUserId: onBehalf,
  decision: 'approved' as const,
  comment: null,
  at: '2026-03-02T09:00:00Z',
});

describe('decideOnRoute', () => {
  const authors = new Set([BUYER]);
  const route = [
    stored({ id: 'head', level: 1, approverUserIds: [HEAD] }),
    stored({ id: 'fin', level: 2, approverUserIds: [FIN1, FIN2] }),
  ];

  it('lets the head approve level 1 without completing the route', () => {
    expect(
      decideOnRoute({ steps: route, actorUserId: HEAD, delegators: [], authors, action: 'approve' }),
    ).toMatchObject({
      ok: true,
      stepId: 'head',
      stepCompletes: true,
      routeCompletes: false,
    });
  });

  it('does not let finance act before level 1 is done', () => {
    const d = decideOnRoute({ steps: route, actorUserId: FIN1, delegators: [], authors, action: 'approve' });
    expect(d).toEqual({ ok: false, reason: expect.stringContaining('not yours') });
  });

  it('completes the route with the last open step', () => {
    const steps = [
      { ...route[0], status: 'approved', decisions: [approved(HEAD)] } as RouteStep,
      route[1] as RouteStep,
    ];
    expect(
      decideOnRoute({ steps, actorUserId: FIN2, delegators: [], authors, action: 'approve' }),
    ).toMatchObject({
      ok: true,
      stepId: 'fin',
      routeCompletes: true,
    });
  });

  it('refuses an author even when named as approver', () => {
    const steps = [stored({ id: 's', level: 1, approverUserIds: [BUYER] })];
    const d = decideOnRoute({ steps, actorUserId: BUYER, delegators: [], authors, action: 'approve' });
    expect(d.ok).toBe(false);
  });

  it('refuses a second step by the same person', () => {
    const steps = [
      stored({ id: 'a', level: 1, approverUserIds: [FIN1], status: 'approved', decisions: [approved(FIN1)] }),
      stored({ id: 'b', level: 2, approverUserIds: [FIN1, FIN2] }),
    ];
    const d = decideOnRoute({ steps, actorUserId: FIN1, delegators: [], authors, action: 'approve' });
    expect(d).toEqual({ ok: false, reason: expect.stringContaining('another step') });
    expect(decideOnRoute({ steps, actorUserId: FIN2, delegators: [], authors, action: 'approve' }).ok).toBe(
      true,
    );
  });

  it('mode all waits for every approver, and the same person cannot approve twice', () => {
    const steps = [stored({ id: 'all', level: 1, mode: 'all', approverUserIds: [FIN1, FIN2] })];
    expect(
      decideOnRoute({ steps, actorUserId: FIN1, delegators: [], authors, action: 'approve' }),
    ).toMatchObject({
      ok: true,
      stepCompletes: false,
      routeCompletes: false,
    });
    const after = [{ ...(steps[0] as RouteStep), decisions: [approved(FIN1)] }];
    expect(
      decideOnRoute({ steps: after, actorUserId: FIN1, delegators: [], authors, action: 'approve' }),
    ).toEqual({
      ok: false,
      reason: expect.stringContaining('already approved'),
    });
    expect(
      decideOnRoute({ steps: after, actorUserId: FIN2, delegators: [], authors, action: 'approve' }),
    ).toMatchObject({
      ok: true,
      stepCompletes: true,
      routeCompletes: true,
    });
  });

  it('parallel steps of one level both have to complete', () => {
    const steps = [
      stored({ id: 'x', level: 1, approverUserIds: [FIN1] }),
      stored({ id: 'y', level: 1, approverUserIds: [COMP] }),
    ];
    expect(currentSteps(steps).map((s) => s.id)).toEqual(['x', 'y']);
    expect(
      decideOnRoute({ steps, actorUserId: COMP, delegators: [], authors, action: 'approve' }),
    ).toMatchObject({
      stepId: 'y',
      routeCompletes: false,
    });
  });

  it('a delegate acts on behalf of an approver, never for an author, and never as an author', () => {
    const steps = [stored({ id: 'head', level: 1, approverUserIds: [HEAD] })];
    expect(
      decideOnRoute({ steps, actorUserId: 'u-deputy', delegators: [HEAD], authors, action: 'approve' }),
    ).toMatchObject({
      ok: true,
      onBehalfOfUserId: HEAD,
    });
    expect(
      decideOnRoute({ steps, actorUserId: BUYER, delegators: [HEAD], authors, action: 'approve' }).ok,
    ).toBe(false);
  });

  it('a reject by an eligible approver ends the route', () => {
    expect(
      decideOnRoute({ steps: route, actorUserId: HEAD, delegators: [], authors, action: 'reject' }),
    ).toMatchObject({
      ok: true,
      routeCompletes: true,
    });
  });
});

// ── properties ──

const userId = fc.constantFrom('u1', 'u2', 'u3', 'u4', 'u5', 'u6');
const amount = fc
  .tuple(fc.integer({ min: 0, max: 10_000_000 }), fc.integer({ min: 0, max: 99 }))
  .map(([i, c]) => `${i}.${String(c).padStart(2, '0')}`);
const approvers: fc.Arbitrary<ApprovalApprovers> = fc.record({
  roles: fc.subarray(['finance', 'compliance', 'admin']),
  userIds: fc.uniqueArray(userId, { maxLength: 4 }),
  departmentHead: fc.boolean(),
  costCentreOwner: fc.boolean(),
});
const leaf: fc.Arbitrary<ApprovalCondition> = fc.oneof(
  amount.map((a) => ({ amountAtLeast: a })),
  fc.constant({ always: true as const }),
  fc.constant({ budgetExceeded: true as const }),
  fc.subarray(['d1', 'd2'], { minLength: 1 }).map((d) => ({ departmentIn: d })),
);
const policyStep: fc.Arbitrary<PolicyStep> = fc.record({
  position: fc.nat(),
  level: fc.integer({ min: 1, max: 5 }),
  name: fc.constantFrom('Head', 'Finance', 'Compliance', 'Owner'),
  condition: fc.oneof(
    leaf,
    fc.array(leaf, { maxLength: 3 }).map((all) => ({ all })),
  ),
  approvers,
  mode: fc.constantFrom('any' as const, 'all' as const),
  reminderHours: fc.constant(null),
  escalationHours: fc.constant(null),
  fallbackUserId: fc.option(userId, { nil: null }),
});
const policy: fc.Arbitrary<Policy> = fc
  .array(policyStep, { maxLength: 6 })
  .map((steps) => ({ id: 'p', name: 'P', documentType: 'purchase_order' as const, steps }));
const docFacts: fc.Arbitrary<DocumentFacts> = fc.record({
  amountBase: amount,
  baseCurrency: fc.constant('USD'),
  departmentId: fc.constantFrom('d1', 'd2'),
  costCentreId: fc.constant('c1'),
  categoryIds: fc.constant([]),
  supplierStatus: fc.constant('active'),
  budgetExceeded: fc.boolean(),
  requesterId: userId,
  creatorId: fc.option(userId, { nil: null }),
  lastEditorId: fc.option(userId, { nil: null }),
  departmentHeadId: fc.option(userId, { nil: null }),
  costCentreOwnerId: fc.option(userId, { nil: null }),
  usersByRole: fc.record({
    finance: fc.uniqueArray(userId, { maxLength: 3 }),
    compliance: fc.uniqueArray(userId, { maxLength: 3 }),
    admin: fc.uniqueArray(userId, { maxLength: 3 }),
  }),
});

describe('route properties', () => {
  it('no author is ever an approver or fallback of any step', () => {
    fc.assert(
      fc.property(policy, docFacts, (p, f) => {
        const authors = [f.requesterId, f.creatorId, f.lastEditorId].filter((x) => x !== null);
        for (const s of resolveRoute(p, f).steps) {
          for (const a of authors) {
            expect(s.approverUserIds).not.toContain(a);
            expect(s.fallbackUserId).not.toBe(a);
          }
        }
      }),
    );
  });

  it('levels come out in ascending order and only steps whose condition holds', () => {
    fc.assert(
      fc.property(policy, docFacts, (p, f) => {
        const steps = resolveRoute(p, f).steps;
        for (let i = 1; i < steps.length; i++)
          expect(steps[i]?.level).toBeGreaterThanOrEqual(steps[i - 1]?.level ?? 0);
        expect(steps.length).toBe(p.steps.filter((s) => conditionHolds(s.condition, f)).length);
      }),
    );
  });

  it('a document below every amount threshold of an amount-only policy resolves to no steps', () => {
    fc.assert(
      fc.property(fc.array(amount, { minLength: 1, maxLength: 4 }), docFacts, (thresholds, f) => {
        const min = thresholds.reduce((a, b) => (Number.parseFloat(a) <= Number.parseFloat(b) ? a : b));
        fc.pre(Number.parseFloat(min) > 0);
        const p: Policy = {
          id: 'p',
          name: 'P',
          documentType: 'requisition',
          steps: thresholds.map((t, i) =>
            step({ position: i, level: i + 1, name: `S${i}`, condition: { amountAtLeast: t } }),
          ),
        };
        const below = { ...f, amountBase: '0.00' };
        expect(resolveRoute(p, below).steps).toEqual([]);
      }),
    );
  });

  it('an author can never decide, with or without delegation', () => {
    fc.assert(
      fc.property(policy, docFacts, fc.uniqueArray(userId), (p, f, delegators) => {
        const author = f.requesterId ?? 'u1';
        const route = resolveRoute(p, f);
        const steps = route.steps.map((s, i) =>
          stored({ id: `s${i}`, level: s.level, approverUserIds: [...s.approverUserIds, author] }),
        );
        const d = decideOnRoute({
          steps,
          actorUserId: author,
          delegators,
          authors: new Set([author]),
          action: 'approve',
        });
        expect(d.ok).toBe(false);
      }),
    );
  });

  it('nobody approves two steps: replaying approvals never lets one principal decide twice', () => {
    fc.assert(
      fc.property(policy, docFacts, fc.array(userId, { maxLength: 20 }), (p, f, actors) => {
        let steps = resolveRoute(p, f).steps.map((s, i) =>
          stored({ id: `s${i}`, level: s.level, mode: s.mode, approverUserIds: s.approverUserIds }),
        );
        const authors = new Set(
          [f.requesterId, f.creatorId, f.lastEditorId].filter((x): x is string => x !== null),
        );
        for (const actor of actors) {
          const d = decideOnRoute({ steps, actorUserId: actor, delegators: [], authors, action: 'approve' });
          if (!d.ok) continue;
          steps = steps.map((s) =>
            s.id === d.stepId
              ? {
                  ...s,
                  decisions: [...s.decisions, approved(actor)],
                  status: d.stepCompletes ? 'approved' : 'pending',
                }
              : s,
          );
        }
        const byActor = new Map<string, Set<string>>();
        for (const s of steps)
          for (const dec of s.decisions)
            byActor.set(dec.actorUserId, (byActor.get(dec.actorUserId) ?? new Set()).add(s.id));
        for (const set of byActor.values()) expect(set.size).toBe(1);
        for (const s of steps) {
          expect(new Set(s.decisions.map((x) => x.actorUserId)).size).toBe(s.decisions.length);
          for (const x of s.decisions) expect(authors.has(x.actorUserId)).toBe(false);
        }
      }),
    );
  });
});
