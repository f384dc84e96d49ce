import type { ReceiptLineStatus } from '../../domain/receiving';
import { D, type Dec, normalize } from '../shared/money';

/**
 * Pure rules of receiving: how much of an order line may still be received, what a receipt line
 * still holds for inspection or reversal, and where it stands. No I/O; quantities are decimal
 * strings in the order line's unit.
 */

/** An order line's quantities as receiving checks against them. */
export type OrderLineQuantities = {
  quantity: string;
  quantityShortClosed: string;
  quantityReceived: string;
  quantityAccepted: string;
  quantityRejected: string;
};

const ZERO = new D(0);
const atLeastZero = (d: Dec): Dec => (d.lessThan(0) ? ZERO : d);

/** Ordered less short-closed: what the supplier is still to deliver in all. */
export function expectedQuantity(line: OrderLineQuantities): string {
  return normalize(atLeastZero(D(line.quantity).minus(line.quantityShortClosed)).toFixed());
}

/**
 * Still open on a line: expected less what was received and not rejected (accepted or awaiting
 * inspection). Rejected goods are open again: a replacement may come.
 */
export function openQuantity(line: OrderLineQuantities): string {
  const covered = D(line.quantityReceived).minus(line.quantityRejected);
  return normalize(atLeastZero(D(expectedQuantity(line)).minus(covered)).toFixed());
}

/** What a receipt of `quantity` does against a line's open quantity and its over-receipt allowance. */
export type ReceiptCheck = {
  open: string;
  /** The most that may be received now: open plus the allowance (on the expected quantity). */
  limit: string;
  /** Received beyond what was open (flagged on the receipt); 0 when within the open quantity. */
  over: string;
  /** More than the limit: refused. */
  exceeds: boolean;
};

/**
 * Checks a quantity received on a line. `allowance`: what the over-receipt tolerance allows above
 * the expected quantity (organisation.allowanceOf), in the line's unit. An over-receipt uses the
 * allowance up: after 10 + 0.5 received of 10 with 0.5 allowed, nothing more may come.
 */
export function checkReceipt(line: OrderLineQuantities, quantity: string, allowance: string): ReceiptCheck {
  const open = D(openQuantity(line));
  const covered = atLeastZero(D(line.quantityReceived).minus(line.quantityRejected));
  const limit = atLeastZero(D(expectedQuantity(line)).plus(allowance).minus(covered));
  const q = D(quantity);
  return {
    open: normalize(open.toFixed()),
    limit: normalize(limit.toFixed()),
    over: normalize(atLeastZero(q.minus(open)).toFixed()),
    exceeds: q.greaterThan(limit),
  };
}

/** A receipt line's quantities. */
export type ReceiptLineQuantities = {
  quantity: string;
  quantityReversed: string;
  quantityAccepted: string;
  quantityRejected: string;
  inspectionRequired: boolean;
  /** Of the accepted quantity, what matched invoices consumed: it cannot be reversed. */
  quantityInvoiced?: string;
};

/** Received on the line and not taken back by a reversal. */
export function keptQuantity(line: ReceiptLineQuantities): string {
  return normalize(atLeastZero(D(line.quantity).minus(line.quantityReversed)).toFixed());
}

/** Kept and neither accepted nor rejected: awaiting inspection. */
export function pendingQuantity(line: ReceiptLineQuantities): string {
  return normalize(
    atLeastZero(D(keptQuantity(line)).minus(line.quantityAccepted).minus(line.quantityRejected)).toFixed(),
  );
}

/**
 * What a reversal may still take back of a receipt line: all that is kept of a line accepted on
 * receipt and not yet invoiced (an invoice was matched against it); of an inspected item only what
 * still awaits inspection (inspected goods go back by a return, not a reversal).
 */
export function reversibleQuantity(line: ReceiptLineQuantities): string {
  if (line.inspectionRequired) return pendingQuantity(line);
  return normalize(atLeastZero(D(keptQuantity(line)).minus(line.quantityInvoiced ?? '0')).toFixed());
}

export function receiptLineStatus(line: ReceiptLineQuantities): ReceiptLineStatus {
  if (D(keptQuantity(line)).isZero()) return 'reversed';
  if (D(pendingQuantity(line)).greaterThan(0)) return 'pending_inspection';
  return D(line.quantityRejected).greaterThan(0) ? 'inspected' : 'accepted';
}

/** What a change of a receipt line does to its order line: received, accepted and rejected, signed. */
export type OrderLineDelta = { lineNo: number; received: string; accepted: string; rejected: string };

/** A receipt line received: accepted at once unless its goods are inspected. */
export function receiptDelta(lineNo: number, quantity: string, inspectionRequired: boolean): OrderLineDelta {
  return { lineNo, received: quantity, accepted: inspectionRequired ? '0' : quantity, rejected: '0' };
}

/** A reversal of `quantity` of a receipt line: what was accepted on receipt goes with it. */
export function reversalDelta(lineNo: number, quantity: string, inspectionRequired: boolean): OrderLineDelta {
  const minus = normalize(D(quantity).negated().toFixed());
  return { lineNo, received: minus, accepted: inspectionRequired ? '0' : minus, rejected: '0' };
}

export function inspectionDelta(lineNo: number, accepted: string, rejected: string): OrderLineDelta {
  return { lineNo, received: '0', accepted, rejected };
}

/** Deltas on the same order line added up, in line order. */
export function sumDeltas(deltas: readonly OrderLineDelta[]): OrderLineDelta[] {
  const byLine = new Map<number, OrderLineDelta>();
  for (const d of deltas) {
    const s = byLine.get(d.lineNo);
    byLine.set(
      d.lineNo,
      s
        ? {
            lineNo: d.lineNo,
            received: normalize(D(s.received).plus(d.received).toFixed()),
            accepted: normalize(D(s.accepted).plus(d.accepted).toFixed()),
            rejected: normalize(D(s.rejected).plus(d.rejected).toFixed()),
          }
        : d,
    );
  }
  return [...byLine.values()].sort((a, b) => a.lineNo - b.lineNo);
}

/** What a return may still send back of a receipt line: rejected and not yet returned. */
export function returnableQuantity(line: { quantityRejected: string; quantityReturned: string }): string {
  return normalize(atLeastZero(D(line.quantityRejected).minus(line.quantityReturned)).toFixed());
}

/**
 * What returning `quantity` of an order line for credit gives up of what the line still expects:
 * no more than is open (goods received beyond the order were never expected).
 */
export function creditedQuantity(line: OrderLineQuantities, quantity: string): string {
  const open = D(openQuantity(line));
  const q = D(quantity);
  return normalize((q.lessThan(open) ? q : open).toFixed());
}
