import {
  isRequisitionOrderable,
  ORDER_TRACKING_REQUISITION_STATUSES,
  type RequisitionLineOrderStatus,
  type RequisitionStatus,
} from '../../domain/requisitions';
import { AppError } from '../shared/errors';
import { dec } from '../shared/money';

/**
 * Pure rules of requisitions: the state machine, a line's order status, and the over-order
 * allowance. No database, no clock.
 */

export type { RequisitionStatus };

// ── state machine ───────────────────────────────────────────────────────────

/**
 * The named transitions and the states each may start from. Ordering (approved →
 * partially_ordered → ordered, and back when quantity is released) is not a transition a user
 * takes: it is derived from the lines by `statusAfterOrdering`.
 *
 * - edit: change a draft (the state stays draft);
 * - cancel: only while nothing is ordered (checked by `assertNothingOrdered`), reason required;
 * - close: no more will be ordered for a partially ordered or ordered requisition, reason required.
 */
export const TRANSITIONS = {
  edit: { from: ['draft'], to: 'draft' },
  submit: { from: ['draft'], to: 'submitted' },
  approve: { from: ['submitted'], to: 'approved' },
  /** Back to its requester, who edits and resubmits it; the reason stays on it until then. */
  reject: { from: ['submitted'], to: 'draft' },
  /** Back to its requester with what to change (the comment stays on it until resubmitted). */
  request_changes: { from: ['submitted'], to: 'draft' },
  cancel: { from: ['draft', 'submitted', 'approved'], to: 'cancelled' },
  close: { from: ['partially_ordered', 'ordered'], to: 'closed' },
} as const satisfies Record<string, { from: readonly RequisitionStatus[]; to: RequisitionStatus }>;
export type RequisitionTransition = keyof typeof TRANSITIONS;
export const REQUISITION_TRANSITIONS = Object.keys(TRANSITIONS) as RequisitionTransition[];

/** Transitions that must say why. */
export const REASON_REQUIRED: ReadonlySet<RequisitionTransition> = new Set(['reject', 'cancel', 'close']);

const VERB: Record<RequisitionTransition, string> = {
  edit: 'edited',
  submit: 'submitted',
  approve: 'approved',
  reject: 'rejected',
  request_changes: 'sent back for changes',
  cancel: 'cancelled',
  close: 'closed',
};

export function label(status: RequisitionStatus): string {
  return status.replace(/_/g, ' ');
}

export function canTransition(from: RequisitionStatus, transition: RequisitionTransition): boolean {
  return (TRANSITIONS[transition].from as readonly RequisitionStatus[]).includes(from);
}

/** The state a transition leads to; a 409 naming the current state when it may not start there. */
export function transition(from: RequisitionStatus, t: RequisitionTransition): RequisitionStatus {
  if (!canTransition(from, t)) {
    const allowed = TRANSITIONS[t].from.map((s) => label(s)).join(' or ');
    throw AppError.conflict(
      `The requisition is ${label(from)}; it cannot be ${VERB[t]} (only when ${allowed}).`,
      { currentStatus: from, transition: t },
    );
  }
  return TRANSITIONS[t].to;
}

// ── lines: ordered against requested ────────────────────────────────────────

export type LineOrderStatus = RequisitionLineOrderStatus;

export type LineQuantities = { quantity: string; quantityOrdered: string };

/** What is still to order: requested − ordered, never below zero. */
export function remainingQuantity(line: LineQuantities): string {
  const rest = dec(line.quantity).minus(line.quantityOrdered);
  return rest.isNegative() ? '0' : rest.toFixed();
}

export function lineOrderStatus(line: LineQuantities): LineOrderStatus {
  const ordered = dec(line.quantityOrdered);
  if (ordered.lte(0)) return 'open';
  return ordered.gte(line.quantity) ? 'ordered' : 'partially_ordered';
}

/**
 * The status of an approved requisition from its lines: ordered when every line has its requested
 * quantity ordered, partially ordered when anything is ordered, approved when nothing is. Other
 * states (closed, cancelled …) do not follow the lines and are kept.
 */
export function statusAfterOrdering(
  current: RequisitionStatus,
  lines: readonly LineQuantities[],
): RequisitionStatus {
  if (!(ORDER_TRACKING_REQUISITION_STATUSES as readonly RequisitionStatus[]).includes(current))
    return current;
  if (lines.length > 0 && lines.every((l) => lineOrderStatus(l) === 'ordered')) return 'ordered';
  if (lines.some((l) => dec(l.quantityOrdered).gt(0))) return 'partially_ordered';
  return 'approved';
}

/** Cancelling is for requisitions nothing was ordered from; after that, close it instead. */
export function assertNothingOrdered(status: RequisitionStatus, lines: readonly LineQuantities[]): void {
  if (lines.some((l) => dec(l.quantityOrdered).gt(0))) {
    throw AppError.conflict(
      `The requisition is ${label(status)} and has lines on purchase orders; it cannot be cancelled (cancel those order lines first).`,
      { currentStatus: status },
    );
  }
}

// ── over-order allowance ────────────────────────────────────────────────────

/** The most that may be ordered of a line: requested × (1 + allowance % / 100). */
export function maxOrderable(quantity: string, allowancePercent: string): string {
  return dec(quantity).times(dec(100).plus(allowancePercent)).dividedBy(100).toFixed();
}

/**
 * Why a change of a line's ordered quantity is refused, or undefined when it is allowed:
 * - more may be ordered only while the requisition is approved or partially ordered, and only up
 *   to the allowance above the requested quantity;
 * - releasing (a negative delta: cancel, reduction, short-close) is always allowed, but never
 *   below zero.
 */
export function orderChangeProblem(
  line: LineQuantities & { status: RequisitionStatus },
  delta: string,
  allowancePercent: string,
): string | undefined {
  const d = dec(delta);
  const after = dec(line.quantityOrdered).plus(d);
  if (d.lte(0)) {
    return after.isNegative()
      ? `cannot release ${d.negated().toFixed()}: only ${dec(line.quantityOrdered).toFixed()} is ordered`
      : undefined;
  }
  if (!isRequisitionOrderable(line.status)) {
    return `the requisition is ${label(line.status)}; only approved or partially ordered requisitions can be ordered`;
  }
  const max = maxOrderable(line.quantity, allowancePercent);
  if (after.gt(max)) {
    const room = dec(max).minus(line.quantityOrdered);
    const allowance = dec(allowancePercent).isZero()
      ? ''
      : ` (requested + ${dec(allowancePercent).toFixed()} %)`;
    return `ordering ${d.toFixed()} more would exceed what may be ordered: ${dec(line.quantity).toFixed()} requested, ${dec(line.quantityOrdered).toFixed()} already ordered, at most ${max}${allowance}, so at most ${room.isNegative() ? '0' : room.toFixed()} more`;
  }
  return undefined;
}

// ── who sees what ───────────────────────────────────────────────────────────

/** The fields of an actor that decide which requisitions they see. */
export type Viewer = { userId: string | null; departmentId: string | null; seesAll: boolean };

/**
 * Approvers, buyers and auditors see every requisition; anyone else (a requester) sees their own
 * and their department's.
 */
export function canSee(viewer: Viewer, r: { requesterId: string; departmentId: string }): boolean {
  return (
    viewer.seesAll ||
    (viewer.userId !== null && r.requesterId === viewer.userId) ||
    (viewer.departmentId !== null && r.departmentId === viewer.departmentId)
  );
}
