import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  conditionHolds,
  type DocumentFacts,
  decideOnRoute,
  resolveRevisionRoute,
} from '../../src/core/approvals/rules';
import { dec } from '../../src/core/shared/money';
import {
  BUYER,
  COMP,
  demoPolicy,
  documentFacts,
  FIN1,
  FIN2,
  HEAD,
  storedStep,
} from '../helpers/approval-fixtures';

const DEPUTY = 'u-deputy';
const demo = demoPolicy;

function facts(over: Partial<DocumentFacts> = {}): DocumentFacts {
  return documentFacts({
    amountBase: '22000',
    categoryIds: [],
    lastEditorId: FIN2,
    costCentreOwnerId: null,
    usersByRole: { finance: [FIN1, FIN2], compliance: [COMP] },
    ...over,
  });
}

// ── request changes ──

const stored = storedStep;

describe('decideOnRoute: request changes', () => {
  const authors = new Set([BUYER]);
  const route = [
    stored({ id: 'head', level: 1, approverUserIds: [HEAD] }),
    stored({ id: 'fin', level: 2, approverUserIds: [FIN1, FIN2] }),
  ];
  const decide = (actorUserId: string, steps = route, delegators: string[] = []) =>
    decideOnRoute({ steps, actorUserId, delegators, authors, action: 'request_changes' });

  it('lets an approver of the open step end the route, as a reject does', () => {
    expect(decide(HEAD)).toEqual({
      ok: true,
      stepId: 'head',
      stepName: 'head',
      onBehalfOfUserId: null,
      stepCompletes: true,
      routeCompletes: true,
    });
  });

  it('lets a delegate of the open step act on behalf of its approver', () => {
    expect(decide(DEPUTY, route, [HEAD])).toMatchObject({ ok: true, onBehalfOfUserId: HEAD });
  });

  it('refuses an approver of a later step, and an author even when named', () => {
    expect(decide(FIN1)).toEqual({ ok: false, reason: expect.stringContaining('not yours') });
    const own = [stored({ id: 's', level: 1, approverUserIds: [BUYER, HEAD] })];
    expect(decide(BUYER, own)).toEqual({ ok: false, reason: expect.stringContaining('own document') });
  });

  it('refuses when no step is open', () => {
    const done = [stored({ id: 'head', level: 1, approverUserIds: [HEAD], status: 'changes_requested' })];
    expect(decide(HEAD, done)).toEqual({ ok: false, reason: 'no approval step is open on this document' });
  });

  it('decides exactly like reject, for any route and actor', () => {
    const ids = [HEAD, FIN1, FIN2, COMP, BUYER];
    const stepArb = fc.record({
      level: fc.integer({ min: 1, max: 3 }),
      approverUserIds: fc.subarray(ids),
      status: fc.constantFrom('pending' as const, 'approved' as const),
    });
    fc.assert(
      fc.property(fc.array(stepArb, { maxLength: 4 }), fc.constantFrom(...ids), (raw, actor) => {
        const steps = raw.map((s, i) => stored({ id: `s${i}`, ...s }));
        const opts = { steps, actorUserId: actor, delegators: [], authors };
        expect(decideOnRoute({ ...opts, action: 'request_changes' })).toEqual(
          decideOnRoute({ ...opts, action: 'reject' }),
        );
      }),
    );
  });
});

// ── revisions ──

describe('resolveRevisionRoute', () => {
  const change = { approvedAmountBase: '20000', fullRouteBecause: [] };

  it('needs no re-approval when the new total crosses no threshold beyond the amount approved', () => {
    const r = resolveRevisionRoute(demo, facts({ amountBase: '22000' }), change);
    expect(r.required).toBe(false);
    expect(r.steps).toEqual([]);
    expect(r.explanation).toBe(
      'No re-approval needed: total 22,000.00 USD crosses no approval threshold beyond the 20,000.00 USD already approved',
    );
  });

  it('asks the whole route again when the total rises past the policy’s limit within one band', () => {
    const limited = { ...demo, reapproveWhenTotalRises: { percent: '10', amount: '1000' } };
    const within = resolveRevisionRoute(limited, facts({ amountBase: '20900' }), change);
    expect(within.required).toBe(false);
    expect(within.explanation).toMatch(/rises by no more than 10 % or 1,000.00 USD$/);
    const byAmount = resolveRevisionRoute(limited, facts({ amountBase: '21500' }), change);
    expect(byAmount.required).toBe(true);
    expect(byAmount.explanation).toMatch(
      /^Re-approval needed because the total rises from 20,000.00 USD to 21,500.00 USD, more than the 1,000.00 USD the policy lets an approved total rise: Department head/,
    );
    const byPercent = resolveRevisionRoute(
      { ...demo, reapproveWhenTotalRises: { percent: '5', amount: null } },
      facts({ amountBase: '21500' }),
      change,
    );
    expect(byPercent.required).toBe(true);
    expect(byPercent.explanation).toMatch(/more than the 5 % the policy lets/);
    // Both tests off: only thresholds count (and a fall never asks anyone).
    const off = { ...demo, reapproveWhenTotalRises: { percent: null, amount: null } };
    expect(resolveRevisionRoute(off, facts({ amountBase: '24000' }), change).required).toBe(false);
    expect(resolveRevisionRoute(limited, facts({ amountBase: '1000' }), change).required).toBe(false);
  });

  it('asks only the steps the new total newly triggers', () => {
    const r = resolveRevisionRoute(demo, facts({ amountBase: '30000' }), change);
    expect(r.required).toBe(true);
    expect(r.steps.map((s) => s.name)).toEqual(['Finance']);
    expect(r.explanation).toBe(
      'Re-approval needed: Finance — because total 30,000.00 USD ≥ 25,000 (approved for 20,000.00 USD)',
    );
    // The change's author (lastEditorId) is never an approver of it.
    expect(r.steps[0]!.approverUserIds).toEqual([FIN1]);
  });

  it('asks every newly crossed threshold, in level order', () => {
    const r = resolveRevisionRoute(demo, facts({ amountBase: '150000' }), {
      ...change,
      approvedAmountBase: '4000',
    });
    expect(r.steps.map((s) => s.name)).toEqual(['Department head', 'Finance', 'Compliance']);
  });

  it('asks the whole route when the supplier or the currency changed', () => {
    const r = resolveRevisionRoute(demo, facts({ amountBase: '30000' }), {
      approvedAmountBase: '30000',
      fullRouteBecause: ['the supplier changed'],
    });
    expect(r.required).toBe(true);
    expect(r.steps.map((s) => s.name)).toEqual(['Department head', 'Finance']);
    expect(r.explanation).toBe(
      'Re-approval needed because the supplier changed: Department head — because total 30,000.00 USD ≥ 5,000, then Finance — because total 30,000.00 USD ≥ 25,000',
    );
  });

  it('needs none for a supplier change when no step applies to the new total', () => {
    const r = resolveRevisionRoute(demo, facts({ amountBase: '4000' }), {
      approvedAmountBase: '4000',
      fullRouteBecause: ['the currency changed'],
    });
    expect(r.required).toBe(false);
    expect(r.explanation).toBe(
      'No re-approval needed: the currency changed, but no step of policy Purchase orders by amount applies to total 4,000.00 USD',
    );
  });

  it('without a policy: one approval when the total rises or the supplier changed, else none', () => {
    const rises = resolveRevisionRoute(null, facts({ amountBase: '20000.01' }), change);
    expect(rises).toMatchObject({ required: true, steps: [] });
    expect(rises.explanation).toBe(
      'Re-approval needed because the total rises from 20,000.00 USD to 20,000.01 USD: no approval policy is enabled, so one approval by any approver who did not write the change',
    );
    expect(resolveRevisionRoute(null, facts({ amountBase: '20000' }), change).required).toBe(false);
    expect(
      resolveRevisionRoute(null, facts({ amountBase: '100' }), {
        ...change,
        fullRouteBecause: ['the supplier changed'],
      }).required,
    ).toBe(true);
  });

  it('property: a step is asked again exactly when its threshold lies in (approved, new]', () => {
    const amount = fc.integer({ min: 0, max: 200_000 }).map(String);
    fc.assert(
      fc.property(amount, amount, (approved, next) => {
        const r = resolveRevisionRoute(demo, facts({ amountBase: next }), {
          approvedAmountBase: approved,
          fullRouteBecause: [],
        });
        const expected = demo.steps
          .filter((s) => {
            const t = dec((s.condition as { amountAtLeast: string }).amountAtLeast);
            return t.gt(approved) && t.lte(next);
          })
          .map((s) => s.name);
        expect(r.steps.map((s) => s.name)).toEqual(expected);
        expect(r.required).toBe(expected.length > 0);
        for (const s of r.steps) {
          const policyStep = demo.steps.find((p) => p.position === s.position)!;
          expect(conditionHolds(policyStep.condition, facts({ amountBase: next }))).toBe(true);
        }
      }),
    );
  });
});
