import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  checkReceipt,
  creditedQuantity,
  inspectionDelta,
  keptQuantity,
  openQuantity,
  pendingQuantity,
  type ReceiptLineQuantities,
  receiptDelta,
  receiptLineStatus,
  returnableQuantity,
  reversalDelta,
  reversibleQuantity,
  sumDeltas,
} from '../../src/core/receiving/rules';
import { D } from '../../src/core/shared/money';

const line = (quantity: string, received = '0', accepted = received, rejected = '0', shortClosed = '0') => ({
  quantity,
  quantityShortClosed: shortClosed,
  quantityReceived: received,
  quantityAccepted: accepted,
  quantityRejected: rejected,
});

describe('what a line may still receive', () => {
  it('is what is open plus the allowance on the ordered quantity', () => {
    expect(checkReceipt(line('10'), '10', '0')).toEqual({
      open: '10',
      limit: '10',
      over: '0',
      exceeds: false,
    });
    expect(checkReceipt(line('10'), '11', '0')).toMatchObject({ exceeds: true, limit: '10' });
    expect(checkReceipt(line('10', '8'), '2.5', '0.5')).toEqual({
      open: '2',
      limit: '2.5',
      over: '0.5',
      exceeds: false,
    });
  });

  it('opens rejected goods again and closes what was short-closed', () => {
    expect(openQuantity(line('10', '10', '8', '2'))).toBe('2');
    expect(openQuantity(line('10', '4', '4', '0', '6'))).toBe('0');
    expect(checkReceipt(line('10', '10', '8', '2'), '3', '0').exceeds).toBe(true);
  });

  it('never has a negative open quantity, after an over-receipt too', () => {
    expect(openQuantity(line('10', '12'))).toBe('0');
    expect(checkReceipt(line('10', '12'), '1', '5')).toMatchObject({ open: '0', limit: '3', over: '1' });
  });
});

describe('a receipt line', () => {
  const rl = (over: Partial<ReceiptLineQuantities> = {}): ReceiptLineQuantities => ({
    quantity: '10',
    quantityReversed: '0',
    quantityAccepted: '0',
    quantityRejected: '0',
    inspectionRequired: true,
    ...over,
  });

  it('awaits inspection until all of it is accepted or rejected', () => {
    expect(receiptLineStatus(rl())).toBe('pending_inspection');
    expect(receiptLineStatus(rl({ quantityAccepted: '8', quantityRejected: '2' }))).toBe('inspected');
    expect(receiptLineStatus(rl({ quantityAccepted: '10' }))).toBe('accepted');
    expect(receiptLineStatus(rl({ quantityReversed: '10' }))).toBe('reversed');
    expect(pendingQuantity(rl({ quantityReversed: '3', quantityAccepted: '4' }))).toBe('3');
  });

  it('can be taken back whole when accepted on receipt, only while pending when inspected', () => {
    expect(
      reversibleQuantity(rl({ inspectionRequired: false, quantityAccepted: '10', quantityReversed: '0' })),
    ).toBe('10');
    expect(reversibleQuantity(rl({ quantityAccepted: '6' }))).toBe('4');
    expect(keptQuantity(rl({ quantityReversed: '4' }))).toBe('6');
  });

  it('adds deltas of the same order line up', () => {
    expect(
      sumDeltas([receiptDelta(2, '5', false), reversalDelta(2, '2', false), inspectionDelta(1, '1', '1')]),
    ).toEqual([
      { lineNo: 1, received: '0', accepted: '1', rejected: '1' },
      { lineNo: 2, received: '3', accepted: '3', rejected: '0' },
    ]);
  });
});

describe('a return to supplier', () => {
  it('sends back what was rejected and not yet returned', () => {
    expect(returnableQuantity({ quantityRejected: '3', quantityReturned: '1' })).toBe('2');
    expect(returnableQuantity({ quantityRejected: '3', quantityReturned: '3' })).toBe('0');
  });

  it('gives up for credit no more than the line still expects', () => {
    expect(creditedQuantity(line('10', '10', '8', '2'), '2')).toBe('2');
    // 12 received of 10, 4 rejected: 8 are covered, 2 still expected; the other 2 were never ordered.
    expect(creditedQuantity(line('10', '12', '8', '4'), '4')).toBe('2');
  });
});

/**
 * Any sequence of receipts, inspections, reversals and returns, each checked by the rules before it is
 * applied (as the use cases do), keeps the order line and every receipt line consistent.
 */
describe('the progress arithmetic, under any sequence', () => {
  type Op =
    | { kind: 'receive'; quantity: number; inspect: boolean }
    | { kind: 'inspect'; receipt: number; accepted: number; rejected: number }
    | { kind: 'reverse'; receipt: number; quantity: number }
    | { kind: 'return'; receipt: number; quantity: number; credit: boolean };

  const op: fc.Arbitrary<Op> = fc.oneof(
    fc.record({
      kind: fc.constant('receive' as const),
      quantity: fc.integer({ min: 1, max: 15 }),
      inspect: fc.boolean(),
    }),
    fc.record({
      kind: fc.constant('inspect' as const),
      receipt: fc.nat(10),
      accepted: fc.integer({ min: 0, max: 8 }),
      rejected: fc.integer({ min: 0, max: 8 }),
    }),
    fc.record({
      kind: fc.constant('reverse' as const),
      receipt: fc.nat(10),
      quantity: fc.integer({ min: 1, max: 8 }),
    }),
    fc.record({
      kind: fc.constant('return' as const),
      receipt: fc.nat(10),
      quantity: fc.integer({ min: 1, max: 8 }),
      credit: fc.boolean(),
    }),
  );
  type ReturnedLine = ReceiptLineQuantities & { quantityReturned: string };

  it('never accepts more than ordered plus the tolerance, nor makes any quantity negative', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 30 }),
        fc.integer({ min: 0, max: 5 }),
        fc.array(op, { maxLength: 40 }),
        (ordered, allowance, ops) => {
          const order = line(String(ordered), '0', '0', '0');
          const receipts: ReturnedLine[] = [];
          let returned = D(0);
          const apply = (d: { received: string; accepted: string; rejected: string }) => {
            order.quantityReceived = D(order.quantityReceived).plus(d.received).toFixed();
            order.quantityAccepted = D(order.quantityAccepted).plus(d.accepted).toFixed();
            order.quantityRejected = D(order.quantityRejected).plus(d.rejected).toFixed();
          };
          for (const o of ops) {
            if (o.kind === 'receive') {
              const q = String(o.quantity);
              if (checkReceipt(order, q, String(allowance)).exceeds) continue;
              receipts.push({
                quantity: q,
                quantityReversed: '0',
                quantityAccepted: o.inspect ? '0' : q,
                quantityRejected: '0',
                quantityReturned: '0',
                inspectionRequired: o.inspect,
              });
              apply(receiptDelta(1, q, o.inspect));
            } else if (o.kind === 'inspect') {
              const r = receipts[o.receipt];
              if (!r?.inspectionRequired || o.accepted + o.rejected === 0) continue;
              if (D(o.accepted + o.rejected).gt(pendingQuantity(r))) continue;
              r.quantityAccepted = D(r.quantityAccepted).plus(o.accepted).toFixed();
              r.quantityRejected = D(r.quantityRejected).plus(o.rejected).toFixed();
              apply(inspectionDelta(1, String(o.accepted), String(o.rejected)));
            } else if (o.kind === 'return') {
              const r = receipts[o.receipt];
              if (!r || D(o.quantity).gt(returnableQuantity(r))) continue;
              r.quantityReturned = D(r.quantityReturned).plus(o.quantity).toFixed();
              returned = returned.plus(o.quantity);
              if (o.credit) {
                const credited = creditedQuantity(order, String(o.quantity));
                order.quantityShortClosed = D(order.quantityShortClosed).plus(credited).toFixed();
              }
            } else {
              const r = receipts[o.receipt];
              if (!r || D(o.quantity).gt(reversibleQuantity(r))) continue;
              r.quantityReversed = D(r.quantityReversed).plus(o.quantity).toFixed();
              if (!r.inspectionRequired)
                r.quantityAccepted = D(r.quantityAccepted).minus(o.quantity).toFixed();
              apply(reversalDelta(1, String(o.quantity), r.inspectionRequired));
            }
            const ceiling = D(ordered + allowance);
            expect(D(order.quantityAccepted).lte(ceiling)).toBe(true);
            expect(D(order.quantityReceived).minus(order.quantityRejected).lte(ceiling)).toBe(true);
            for (const q of [order.quantityReceived, order.quantityAccepted, order.quantityRejected]) {
              expect(D(q).gte(0)).toBe(true);
            }
            expect(D(order.quantityAccepted).plus(order.quantityRejected).lte(order.quantityReceived)).toBe(
              true,
            );
            expect(D(openQuantity(order)).gte(0)).toBe(true);
            // Credits give up only what was expected: never more than was ordered.
            expect(D(order.quantityShortClosed).lte(ordered)).toBe(true);
            expect(returned.lte(order.quantityRejected)).toBe(true);
            for (const r of receipts) {
              expect(D(pendingQuantity(r)).gte(0)).toBe(true);
              expect(D(r.quantityReturned).lte(r.quantityRejected)).toBe(true);
              expect(
                D(r.quantityReversed).plus(r.quantityAccepted).plus(r.quantityRejected).lte(r.quantity),
              ).toBe(true);
            }
            // The order line is the sum of its receipts.
            const sum = (f: (r: ReceiptLineQuantities) => string) =>
              receipts.reduce((s, r) => s.plus(f(r)), D(0)).toFixed();
            expect(D(order.quantityReceived).eq(sum(keptQuantity))).toBe(true);
            expect(D(order.quantityAccepted).eq(sum((r) => r.quantityAccepted))).toBe(true);
          }
        },
      ),
      { numRuns: 300 },
    );
  });
});
