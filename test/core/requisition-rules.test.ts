import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  assertNothingOrdered,
  canSee,
  canTransition,
  lineOrderStatus,
  maxOrderable,
  orderChangeProblem,
  REASON_REQUIRED,
  REQUISITION_TRANSITIONS,
  type RequisitionStatus,
  type RequisitionTransition,
  remainingQuantity,
  statusAfterOrdering,
  transition,
} from '../../src/core/requisitions/rules';
import { AppError } from '../../src/core/shared/errors';
import { dec } from '../../src/core/shared/money';
import { REQUISITION_STATUSES } from '../../src/domain/requisitions';

/** The state machine as the issue states it, written out independently of the table in rules.ts. */
const EXPECTED: Record<RequisitionTransition, Partial<Record<RequisitionStatus, RequisitionStatus>>> = {
  edit: { draft: 'draft' },
  submit: { draft: 'submitted' },
  approve: { submitted: 'approved' },
  reject: { submitted: 'draft' },
  request_changes: { submitted: 'draft' },
  cancel: { draft: 'cancelled', submitted: 'cancelled', approved: 'cancelled' },
  close: { partially_ordered: 'closed', ordered: 'closed' },
};

describe('the requisition state machine', () => {
  it('has exactly the transitions the issue states', () => {
    expect([...REQUISITION_TRANSITIONS].sort()).toEqual(Object.keys(EXPECTED).sort());
  });

  for (const state of REQUISITION_STATUSES) {
    for (const t of Object.keys(EXPECTED) as RequisitionTransition[]) {
      const to = EXPECTED[t][state];
      if (to) {
        it(`${t} from ${state} leads to ${to}`, () => {
          expect(canTransition(state, t)).toBe(true);
          expect(transition(state, t)).toBe(to);
        });
      } else {
        it(`${t} from ${state} is a 409 naming the state`, () => {
          expect(canTransition(state, t)).toBe(false);
          let thrown: unknown;
          try {
            transition(state, t);
          } catch (err) {
            thrown = err;
          }
          expect(thrown).toBeInstanceOf(AppError);
          const err = thrown as AppError;
          expect(err.code).toBe('conflict');
          expect(err.message).toContain(`The requisition is ${state.replace(/_/g, ' ')};`);
          expect(err.meta).toEqual({ currentStatus: state, transition: t });
        });
      }
    }
  }

  it('requires a reason to reject, cancel and close, and only those', () => {
    expect([...REASON_REQUIRED].sort()).toEqual(['cancel', 'close', 'reject']);
  });

  it('cancels only what has nothing ordered', () => {
    expect(() => assertNothingOrdered('approved', [{ quantity: '5', quantityOrdered: '0' }])).not.toThrow();
    expect(() =>
      assertNothingOrdered('approved', [
        { quantity: '5', quantityOrdered: '0' },
        { quantity: '5', quantityOrdered: '0.001' },
      ]),
    ).toThrow(/approved and has lines on purchase orders/);
  });
});

// ── quantities ───────────────────────────────────────────────────────────────

/** A quantity with up to three decimals, as a decimal string. */
const quantity = (min = 0, max = 10_000_000) =>
  fc.integer({ min, max }).map((n) => dec(n).dividedBy(1000).toFixed());
const percent = fc.integer({ min: 0, max: 10_000 }).map((n) => dec(n).dividedBy(100).toFixed());
const status = fc.constantFrom(...REQUISITION_STATUSES);

describe('a line: ordered against requested', () => {
  it('shows examples', () => {
    expect(lineOrderStatus({ quantity: '10', quantityOrdered: '0' })).toBe('open');
    expect(lineOrderStatus({ quantity: '10', quantityOrdered: '4' })).toBe('partially_ordered');
    expect(lineOrderStatus({ quantity: '10', quantityOrdered: '10.000' })).toBe('ordered');
    expect(lineOrderStatus({ quantity: '10', quantityOrdered: '10.5' })).toBe('ordered');
    expect(remainingQuantity({ quantity: '10', quantityOrdered: '4.25' })).toBe('5.75');
    expect(remainingQuantity({ quantity: '10', quantityOrdered: '10.5' })).toBe('0');
  });

  it('remaining + ordered (capped at requested) is the requested quantity, and remaining is never negative', () => {
    fc.assert(
      fc.property(quantity(1), quantity(0), (q, o) => {
        const rest = dec(remainingQuantity({ quantity: q, quantityOrdered: o }));
        expect(rest.isNegative()).toBe(false);
        expect(rest.plus(dec(o).gt(q) ? q : o).eq(q)).toBe(true);
        expect(lineOrderStatus({ quantity: q, quantityOrdered: o }) === 'ordered').toBe(rest.isZero());
      }),
    );
  });
});

describe('the requisition status from its lines', () => {
  it('moves approved → partially ordered → ordered and back as quantity is released', () => {
    const lines = (a: string, b: string) => [
      { quantity: '10', quantityOrdered: a },
      { quantity: '5', quantityOrdered: b },
    ];
    expect(statusAfterOrdering('approved', lines('0', '0'))).toBe('approved');
    expect(statusAfterOrdering('approved', lines('3', '0'))).toBe('partially_ordered');
    expect(statusAfterOrdering('partially_ordered', lines('10', '5'))).toBe('ordered');
    expect(statusAfterOrdering('ordered', lines('10', '4'))).toBe('partially_ordered');
    expect(statusAfterOrdering('partially_ordered', lines('0', '0'))).toBe('approved');
    expect(statusAfterOrdering('closed', lines('0', '0'))).toBe('closed');
  });

  it('is ordered exactly when every line is, approved exactly when nothing is (for order-tracking states)', () => {
    fc.assert(
      fc.property(
        fc.constantFrom<RequisitionStatus>('approved', 'partially_ordered', 'ordered'),
        fc.array(fc.tuple(quantity(1), quantity(0)), { minLength: 1, maxLength: 8 }),
        (from, pairs) => {
          const lines = pairs.map(([q, o]) => ({ quantity: q, quantityOrdered: o }));
          const to = statusAfterOrdering(from, lines);
          expect(to === 'ordered').toBe(lines.every((l) => dec(l.quantityOrdered).gte(l.quantity)));
          expect(to === 'approved').toBe(lines.every((l) => dec(l.quantityOrdered).isZero()));
        },
      ),
    );
  });

  it('keeps every other state whatever the lines say', () => {
    fc.assert(
      fc.property(
        fc.constantFrom<RequisitionStatus>('draft', 'submitted', 'rejected', 'cancelled', 'closed'),
        fc.array(fc.tuple(quantity(1), quantity(0)), { maxLength: 5 }),
        (from, pairs) => {
          const lines = pairs.map(([q, o]) => ({ quantity: q, quantityOrdered: o }));
          expect(statusAfterOrdering(from, lines)).toBe(from);
        },
      ),
    );
  });
});

describe('the over-order allowance', () => {
  it('shows examples', () => {
    expect(maxOrderable('10', '0')).toBe('10');
    expect(maxOrderable('10', '5')).toBe('10.5');
    expect(maxOrderable('3', '12.5')).toBe('3.375');
    const line = { status: 'approved' as const, quantity: '10', quantityOrdered: '8' };
    expect(orderChangeProblem(line, '2', '0')).toBeUndefined();
    expect(orderChangeProblem(line, '2.5', '5')).toBeUndefined();
    expect(orderChangeProblem(line, '2.51', '5')).toBe(
      'ordering 2.51 more would exceed what may be ordered: 10 requested, 8 already ordered, at most 10.5 (requested + 5 %), so at most 2.5 more',
    );
    expect(orderChangeProblem(line, '-8', '0')).toBeUndefined();
    expect(orderChangeProblem(line, '-8.5', '0')).toBe('cannot release 8.5: only 8 is ordered');
    expect(orderChangeProblem({ ...line, status: 'submitted' }, '1', '50')).toBe(
      'the requisition is submitted; only approved or partially ordered requisitions can be ordered',
    );
  });

  it('accepts more exactly up to requested × (1 + allowance), and only on approved or partially ordered', () => {
    fc.assert(
      fc.property(status, quantity(1), quantity(0), quantity(1), percent, (s, q, o, d, pct) => {
        const problem = orderChangeProblem({ status: s, quantity: q, quantityOrdered: o }, d, pct);
        const limit = dec(q).times(dec(1).plus(dec(pct).dividedBy(100)));
        const fits = dec(o).plus(d).lte(limit);
        expect(problem === undefined).toBe(['approved', 'partially_ordered'].includes(s) && fits);
      }),
    );
  });

  it('always lets quantity be released, but never below zero', () => {
    fc.assert(
      fc.property(status, quantity(1), quantity(0), quantity(0), percent, (s, q, o, release, pct) => {
        const problem = orderChangeProblem(
          { status: s, quantity: q, quantityOrdered: o },
          dec(release).negated().toFixed(),
          pct,
        );
        expect(problem === undefined).toBe(dec(release).lte(o));
      }),
    );
  });

  it('never lets a sequence of accepted changes order more than the allowance allows', () => {
    fc.assert(
      fc.property(
        quantity(1, 100_000),
        percent,
        fc.array(fc.integer({ min: -50_000, max: 50_000 }), { maxLength: 20 }),
        (q, pct, deltas) => {
          let ordered = '0';
          for (const n of deltas) {
            const delta = dec(n).dividedBy(1000).toFixed();
            const line = { status: 'partially_ordered' as const, quantity: q, quantityOrdered: ordered };
            if (orderChangeProblem(line, delta, pct) === undefined)
              ordered = dec(ordered).plus(delta).toFixed();
            expect(dec(ordered).isNegative()).toBe(false);
            expect(dec(ordered).lte(maxOrderable(q, pct))).toBe(true);
          }
        },
      ),
    );
  });
});

describe('who sees a requisition', () => {
  const r = { requesterId: 'u1', departmentId: 'd1' };
  it('the requester, their department, and whoever sees all', () => {
    expect(canSee({ userId: 'u1', departmentId: 'd9', seesAll: false }, r)).toBe(true);
    expect(canSee({ userId: 'u2', departmentId: 'd1', seesAll: false }, r)).toBe(true);
    expect(canSee({ userId: 'u2', departmentId: 'd2', seesAll: false }, r)).toBe(false);
    expect(canSee({ userId: 'u2', departmentId: null, seesAll: false }, r)).toBe(false);
    expect(canSee({ userId: null, departmentId: null, seesAll: true }, r)).toBe(true);
  });
});
