import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  applyTransition,
  assertCanShortClose,
  assignLineNumbers,
  diffOrders,
  editModeOf,
  fullReapprovalReasons,
  isEmptyDiff,
  lineProgress,
  type OrderSnapshot,
  orderProgress,
  type ProgressInput,
  PURCHASE_ORDER_TRANSITIONS,
  type PurchaseOrderStatus,
  type PurchaseOrderTransition,
  readScopeOf,
  reasonRequired,
  releaseFromSources,
  remainingToShortClose,
} from '../../src/core/purchase-orders/rules';
import { AppError } from '../../src/core/shared/errors';
import { dec } from '../../src/core/shared/money';
import { PURCHASE_ORDER_STATUSES } from '../../src/domain/purchase-orders';

/**
 * The legal moves, written out independently of the table in rules.ts: every (state, transition)
 * pair not listed here must be refused with a 409 naming the state.
 */
const LEGAL: Record<
  PurchaseOrderTransition,
  Partial<Record<PurchaseOrderStatus, PurchaseOrderStatus | 'held'>>
> = {
  submit: { draft: 'pending_approval' },
  approve: { pending_approval: 'approved' },
  reject: { pending_approval: 'draft' },
  request_changes: { pending_approval: 'draft' },
  hold: {
    draft: 'on_hold',
    pending_approval: 'on_hold',
    approved: 'on_hold',
    sent: 'on_hold',
    acknowledged: 'on_hold',
    partially_received: 'on_hold',
  },
  release: { on_hold: 'held' },
  cancel: {
    draft: 'cancelled',
    pending_approval: 'cancelled',
    approved: 'cancelled',
    sent: 'cancelled',
    acknowledged: 'cancelled',
    on_hold: 'cancelled',
  },
  close: {
    approved: 'closed',
    sent: 'closed',
    acknowledged: 'closed',
    partially_received: 'closed',
    received: 'closed',
  },
  resubmit: {
    approved: 'pending_approval',
    sent: 'pending_approval',
    acknowledged: 'pending_approval',
    partially_received: 'pending_approval',
    received: 'pending_approval',
  },
  send: {
    approved: 'sent',
    sent: 'sent',
    acknowledged: 'sent',
    partially_received: 'partially_received',
    received: 'received',
  },
  acknowledge: { sent: 'acknowledged' },
  // With nothing received (no facts): back where the order was before its first receipt.
  receive: { sent: 'sent', acknowledged: 'acknowledged', partially_received: 'sent', received: 'sent' },
};

function conflictOf(fn: () => unknown): AppError {
  try {
    fn();
  } catch (err) {
    expect(err).toBeInstanceOf(AppError);
    return err as AppError;
  }
  throw new Error('expected the transition to be refused');
}

describe('purchase-order state machine', () => {
  const pairs = PURCHASE_ORDER_STATUSES.flatMap((status) =>
    PURCHASE_ORDER_TRANSITIONS.map((transition) => [status, transition] as const),
  );

  it.each(pairs)(
    'from %s, %s is allowed exactly when the table says, to the right state',
    (status, transition) => {
      const expected = LEGAL[transition][status];
      // A held order remembers where it came from; pick one so release has somewhere to go.
      const heldFromStatus: PurchaseOrderStatus | null = status === 'on_hold' ? 'sent' : null;
      if (expected === undefined) {
        const err = conflictOf(() => applyTransition({ status, heldFromStatus }, transition));
        expect(err.code).toBe('conflict');
        expect(err.message).toContain(`"${status}"`);
        expect(err.meta.currentStatus).toBe(status);
        return;
      }
      const next = applyTransition({ status, heldFromStatus }, transition);
      if (expected === 'held') expect(next).toEqual({ status: 'sent', heldFromStatus: null });
      else if (expected === 'on_hold') expect(next).toEqual({ status: 'on_hold', heldFromStatus: status });
      else expect(next).toMatchObject({ status: expected, heldFromStatus: null });
    },
  );

  it('receiving leads where accepted quantity says, and back to where the order was before its first receipt', () => {
    const some = { anyReceived: true, fullyReceived: false };
    const all = { anyReceived: true, fullyReceived: true };
    const from = (status: PurchaseOrderStatus, receivedFromStatus: PurchaseOrderStatus | null = null) => ({
      status,
      heldFromStatus: null,
      receivedFromStatus,
    });
    expect(applyTransition(from('acknowledged'), 'receive', some)).toEqual({
      status: 'partially_received',
      heldFromStatus: null,
      receivedFromStatus: 'acknowledged',
    });
    expect(applyTransition(from('sent'), 'receive', all).status).toBe('received');
    expect(applyTransition(from('partially_received', 'acknowledged'), 'receive', all)).toMatchObject({
      status: 'received',
      receivedFromStatus: 'acknowledged',
    });
    expect(applyTransition(from('received', 'acknowledged'), 'receive', some).status).toBe(
      'partially_received',
    );
    expect(applyTransition(from('received', 'acknowledged'), 'receive', {})).toEqual({
      status: 'acknowledged',
      heldFromStatus: null,
      receivedFromStatus: null,
    });
    for (const status of ['draft', 'approved', 'closed', 'cancelled', 'on_hold'] as const) {
      expect(conflictOf(() => applyTransition(from(status), 'receive', some)).meta.currentStatus).toBe(
        status,
      );
    }
  });

  it('releases to whichever state the order was held from', () => {
    for (const from of Object.keys(LEGAL.hold) as PurchaseOrderStatus[]) {
      const held = applyTransition({ status: from, heldFromStatus: null }, 'hold');
      expect(applyTransition(held, 'release')).toEqual({ status: from, heldFromStatus: null });
    }
  });

  it('refuses to cancel once anything was received, naming the state', () => {
    for (const status of Object.keys(LEGAL.cancel) as PurchaseOrderStatus[]) {
      const err = conflictOf(() =>
        applyTransition({ status, heldFromStatus: status === 'on_hold' ? 'approved' : null }, 'cancel', {
          anyReceived: true,
        }),
      );
      expect(err.code).toBe('conflict');
      expect(err.message).toContain(`"${status}"`);
    }
  });

  it('approves a change order of a receiving order back to its receiving state', () => {
    const state = { status: 'pending_approval' as const, heldFromStatus: null };
    expect(applyTransition(state, 'approve', { anyReceived: true, fullyReceived: false }).status).toBe(
      'partially_received',
    );
    expect(applyTransition(state, 'approve', { anyReceived: true, fullyReceived: true }).status).toBe(
      'received',
    );
  });

  it('requires reasons for reject, hold and cancel, and for close unless fully received', () => {
    for (const t of PURCHASE_ORDER_TRANSITIONS) {
      const always = t === 'reject' || t === 'hold' || t === 'cancel';
      expect(reasonRequired(t, { fullyReceived: false })).toBe(always || t === 'close');
      expect(reasonRequired(t, { fullyReceived: true })).toBe(always);
    }
  });

  it('edits drafts freely, revises approved-or-later orders, refuses the rest naming the state', () => {
    const modes: Partial<Record<PurchaseOrderStatus, string>> = {
      draft: 'draft',
      approved: 'revision',
      sent: 'revision',
      acknowledged: 'revision',
      partially_received: 'revision',
      received: 'revision',
    };
    for (const status of PURCHASE_ORDER_STATUSES) {
      if (modes[status]) expect(editModeOf(status)).toBe(modes[status]);
      else expect(conflictOf(() => editModeOf(status)).message).toContain(`"${status}"`);
    }
  });

  it('short-closes only orders still expecting goods', () => {
    for (const status of PURCHASE_ORDER_STATUSES) {
      const ok = ['approved', 'sent', 'acknowledged', 'partially_received'].includes(status);
      if (ok) expect(() => assertCanShortClose(status)).not.toThrow();
      else expect(conflictOf(() => assertCanShortClose(status)).message).toContain(`"${status}"`);
    }
  });

  it('lets requesters see their department only, every other role everything', () => {
    expect(readScopeOf(['requester'])).toBe('department');
    expect(readScopeOf([])).toBe('department');
    expect(readScopeOf(['requester', 'buyer'])).toBe('all');
    expect(readScopeOf(['auditor'])).toBe('all');
  });
});

describe('change-order classification', () => {
  const base = { supplierId: 's1', currency: 'EUR' };

  it('asks for the whole route again when the supplier or the currency changes', () => {
    expect(fullReapprovalReasons(base, { ...base, supplierId: 's2' })).toEqual(['the supplier changed']);
    expect(fullReapprovalReasons(base, { ...base, currency: 'USD' })).toEqual(['the currency changed']);
    expect(fullReapprovalReasons(base, { supplierId: 's2', currency: 'USD' })).toEqual([
      'the supplier changed',
      'the currency changed',
    ]);
  });

  it('does not for any other change (amounts are weighed by the approval policy)', () => {
    expect(fullReapprovalReasons(base, { ...base })).toEqual([]);
  });
});

describe('revision diff', () => {
  const line = (lineNo: number, over: Record<string, string | null> = {}) => ({
    lineNo,
    description: `Line ${lineNo}`,
    quantity: '1',
    unitPrice: '10',
    neededBy: null,
    ...over,
  });
  const before: OrderSnapshot = {
    header: { notes: 'a', total: '30', shipTo: { city: 'Oslo', line1: 'x' } },
    lines: [line(1), line(2), line(3)],
  };

  it('reports changed header fields with before/after, and lines added, removed and changed by number', () => {
    const after: OrderSnapshot = {
      header: { notes: 'b', total: '45', shipTo: { line1: 'x', city: 'Oslo' } },
      lines: [line(1), line(3, { quantity: '2' }), line(4)],
    };
    const d = diffOrders(before, after);
    expect(d.header).toEqual({ notes: { before: 'a', after: 'b' }, total: { before: '30', after: '45' } });
    expect(d.lines.added.map((l) => l.lineNo)).toEqual([4]);
    expect(d.lines.removed.map((l) => l.lineNo)).toEqual([2]);
    expect(d.lines.changed).toEqual([{ lineNo: 3, changes: { quantity: { before: '1', after: '2' } } }]);
    expect(isEmptyDiff(d)).toBe(false);
  });

  const snapshot: fc.Arbitrary<OrderSnapshot> = fc.record({
    header: fc.record({
      notes: fc.string({ maxLength: 5 }),
      total: fc.constantFrom('1', '2', '3'),
      incoterms: fc.constantFrom(null, 'FOB', 'EXW'),
    }),
    lines: fc
      .uniqueArray(fc.integer({ min: 1, max: 8 }), { maxLength: 6 })
      .chain((nos) =>
        fc.tuple(
          ...nos.map((n) => fc.record({ lineNo: fc.constant(n), quantity: fc.constantFrom('1', '2') })),
        ),
      ),
  });

  it('property: an order compared with itself has no differences', () => {
    fc.assert(
      fc.property(snapshot, (s) => {
        expect(isEmptyDiff(diffOrders(s, s))).toBe(true);
      }),
    );
  });

  it('property: reversing the comparison swaps added/removed and before/after', () => {
    fc.assert(
      fc.property(snapshot, snapshot, (a, b) => {
        const ab = diffOrders(a, b);
        const ba = diffOrders(b, a);
        expect(ba.lines.added).toEqual(ab.lines.removed);
        expect(ba.lines.removed).toEqual(ab.lines.added);
        expect(ba.lines.changed.map((c) => c.lineNo)).toEqual(ab.lines.changed.map((c) => c.lineNo));
        for (const [k, v] of Object.entries(ab.header))
          expect(ba.header[k]).toEqual({ before: v.after, after: v.before });
      }),
    );
  });

  it('property: every line number is in exactly one of added, removed, changed or unchanged', () => {
    fc.assert(
      fc.property(snapshot, snapshot, (a, b) => {
        const d = diffOrders(a, b);
        const inA = new Set(a.lines.map((l) => l.lineNo));
        const inB = new Set(b.lines.map((l) => l.lineNo));
        expect(d.lines.added.every((l) => inB.has(l.lineNo) && !inA.has(l.lineNo))).toBe(true);
        expect(d.lines.removed.every((l) => inA.has(l.lineNo) && !inB.has(l.lineNo))).toBe(true);
        expect(d.lines.changed.every((c) => inA.has(c.lineNo) && inB.has(c.lineNo))).toBe(true);
      }),
    );
  });
});

describe('line numbers of a replaced set of lines', () => {
  it('keeps the numbers of kept lines and gives new lines numbers never used before', () => {
    expect(assignLineNumbers([{ lineNo: 2 }, {}, { lineNo: 1 }, {}], 5)).toEqual([2, 6, 1, 7]);
  });
});

describe('progress', () => {
  const l = (quantity: string, received = '0', billed = '0', shortClosed = '0'): ProgressInput => ({
    quantity,
    quantityReceived: received,
    quantityAccepted: received,
    quantityRejected: '0',
    quantityBilled: billed,
    quantityShortClosed: shortClosed,
  });

  it('caps each line at what is still expected, so an over-receipt never completes another line', () => {
    const lines = [l('10', '15'), l('10', '0')];
    expect(lineProgress(lines[0]!)).toMatchObject({
      receivedPercent: '100.00',
      complete: true,
      outstanding: '0',
    });
    expect(orderProgress(lines)).toMatchObject({
      receivedPercent: '50.00',
      fullyReceived: false,
      anyReceived: true,
    });
  });

  it('measures against the ordered quantity less what was short-closed', () => {
    expect(lineProgress(l('10', '6', '3', '4'))).toMatchObject({
      expected: '6',
      receivedPercent: '100.00',
      billedPercent: '50.00',
      outstanding: '0',
      complete: true,
    });
    expect(orderProgress([l('10', '6', '0', '4'), l('3', '3')]).fullyReceived).toBe(true);
  });

  it('rounds percentages down so 100 means complete', () => {
    expect(lineProgress(l('3', '2.999999')).receivedPercent).toBe('99.99');
    expect(lineProgress(l('3', '1')).receivedPercent).toBe('33.33');
  });

  it('short-closes what is expected and not received', () => {
    expect(remainingToShortClose(l('10', '4', '0', '1'))).toBe('5');
    expect(remainingToShortClose(l('10', '12'))).toBe('0');
  });

  const qty = fc.integer({ min: 0, max: 10_000 }).map((n) => dec(n).dividedBy(100).toFixed());
  const line = fc
    .tuple(fc.integer({ min: 1, max: 10_000 }), qty, qty, fc.integer({ min: 0, max: 100 }))
    .map(([q, received, billed, pct]) => {
      const quantity = dec(q).dividedBy(100);
      const shortClosed = quantity.times(pct).dividedBy(100).toDecimalPlaces(2, 1);
      return l(quantity.toFixed(), received, billed, shortClosed.toFixed());
    });
  const lines = fc.array(line, { minLength: 1, maxLength: 8 });
  const pct = (s: string) => dec(s);

  it('property: every percentage lies between 0 and 100', () => {
    fc.assert(
      fc.property(lines, (ls) => {
        const p = orderProgress(ls);
        for (const v of [
          p.receivedPercent,
          p.billedPercent,
          ...ls.flatMap((x) => [lineProgress(x).receivedPercent, lineProgress(x).billedPercent]),
        ]) {
          expect(pct(v).gte(0) && pct(v).lte(100)).toBe(true);
        }
      }),
    );
  });

  it('property: the order is fully received exactly when every line is complete, and only then at 100 %', () => {
    fc.assert(
      fc.property(lines, (ls) => {
        const p = orderProgress(ls);
        const all = ls.every((x) => lineProgress(x).complete);
        expect(p.fullyReceived).toBe(all);
        expect(p.receivedPercent === '100.00').toBe(all);
      }),
    );
  });

  it('property: receiving more on an already complete line changes nothing at order level', () => {
    fc.assert(
      fc.property(lines, fc.nat(), qty, (ls, pick, extra) => {
        const i = pick % ls.length;
        const target = ls[i]!;
        if (!lineProgress(target).complete) return;
        const more = ls.map((x, j) =>
          j === i
            ? {
                ...x,
                quantityReceived: dec(x.quantityReceived).plus(extra).toFixed(),
                quantityAccepted: dec(x.quantityAccepted).plus(extra).toFixed(),
              }
            : x,
        );
        expect(orderProgress(more)).toEqual(orderProgress(ls));
      }),
    );
  });

  it('property: receiving more never lowers progress', () => {
    fc.assert(
      fc.property(lines, fc.nat(), qty, (ls, pick, extra) => {
        const i = pick % ls.length;
        const more = ls.map((x, j) =>
          j === i
            ? {
                ...x,
                quantityReceived: dec(x.quantityReceived).plus(extra).toFixed(),
                quantityAccepted: dec(x.quantityAccepted).plus(extra).toFixed(),
              }
            : x,
        );
        expect(pct(orderProgress(more).receivedPercent).gte(pct(orderProgress(ls).receivedPercent))).toBe(
          true,
        );
      }),
    );
  });
});

describe('releasing requisition quantities', () => {
  it('takes from the latest source first, none beyond what it holds', () => {
    const sources = [
      { id: 'a', quantity: '6' },
      { id: 'b', quantity: '4' },
    ];
    expect(releaseFromSources(sources, '5').map((r) => [r.source.id, r.release])).toEqual([
      ['b', '4'],
      ['a', '1'],
    ]);
  });

  it('property: releases min(quantity, held) in all, never more than a source holds', () => {
    const q = fc.integer({ min: 0, max: 1000 }).map(String);
    fc.assert(
      fc.property(
        fc.array(
          q.map((quantity) => ({ quantity })),
          { maxLength: 5 },
        ),
        q,
        (sources, quantity) => {
          const released = releaseFromSources(sources, quantity);
          const total = released.reduce((s, r) => s.plus(r.release), dec(0));
          const held = sources.reduce((s, x) => s.plus(x.quantity), dec(0));
          expect(total.eq(dec(quantity).lessThan(held) ? dec(quantity) : held)).toBe(true);
          for (const r of released) expect(dec(r.release).lte(r.source.quantity)).toBe(true);
        },
      ),
    );
  });
});
