import { isAwaitingDelivery, type PurchaseOrderStatus } from '../../domain/purchase-orders';
import type { SupplierStatus } from '../../domain/suppliers';
import { AppError } from '../shared/errors';
import { D, type Dec, normalize } from '../shared/money';

/**
 * Pure rules of purchase orders: the state machine (one transition table), change-order
 * classification, the revision diff and derived progress. No I/O; decimals are strings.
 */

// ── states and transitions ──────────────────────────────────────────────────

export type { PurchaseOrderStatus };

export const PURCHASE_ORDER_TRANSITIONS = [
  'submit',
  'approve',
  'reject',
  'request_changes',
  'hold',
  'release',
  'cancel',
  'close',
  'resubmit',
  'send',
  'acknowledge',
  'receive',
] as const;
export type PurchaseOrderTransition = (typeof PURCHASE_ORDER_TRANSITIONS)[number];

/** Release leads back to the status the order was put on hold from. */
export const HELD_FROM = 'held_from' as const;
type Target = PurchaseOrderStatus | typeof HELD_FROM;

/**
 * The one transition table: for each transition, the states it is allowed from and where it leads.
 * A state missing from a row means the transition is illegal there (409 naming the state).
 *
 * - reject / request_changes: an approver returns the order to its buyer as a draft, with why.
 * - resubmit: a change order that needs approval sends an approved (or later) order back.
 * - send: to the supplier (dispatch); a change sent to an acknowledged order awaits a new answer.
 * - acknowledge: the supplier portal fills it in.
 * - receive: receiving recorded a receipt, an inspection or a reversal that moves the order: where
 *   it leads depends on what is accepted (see applyTransition), not on the table.
 */
export const TRANSITION_TABLE: Record<
  PurchaseOrderTransition,
  Readonly<Partial<Record<PurchaseOrderStatus, Target>>>
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
  release: { on_hold: HELD_FROM },
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
  // A first send, a change sent after a new revision, or the same revision sent again (dispatch).
  send: {
    approved: 'sent',
    sent: 'sent',
    acknowledged: 'sent',
    partially_received: 'partially_received',
    received: 'received',
  },
  // The supplier accepted every line (in the portal, or the buyer accepted its proposal).
  acknowledge: { sent: 'acknowledged' },
  receive: {
    sent: 'partially_received',
    acknowledged: 'partially_received',
    partially_received: 'partially_received',
    received: 'received',
  },
};

const PAST: Record<PurchaseOrderTransition, string> = {
  submit: 'submitted for approval',
  approve: 'approved',
  reject: 'rejected',
  request_changes: 'sent back for changes',
  hold: 'put on hold',
  release: 'released from hold',
  cancel: 'cancelled',
  close: 'closed',
  resubmit: 'sent back for approval',
  send: 'sent',
  acknowledge: 'acknowledged',
  receive: 'received against',
};

export type OrderState = {
  status: PurchaseOrderStatus;
  heldFromStatus: PurchaseOrderStatus | null;
  /** Where the order was (sent or acknowledged) when its first goods were received. */
  receivedFromStatus?: PurchaseOrderStatus | null;
};

/** What a transition may depend on beyond the state: receipts recorded against the order. */
export type TransitionFacts = {
  anyReceived?: boolean;
  fullyReceived?: boolean;
  /** The supplier's standing, read with the locked order. */
  supplier?: { status: SupplierStatus; legalName: string; statusReason: string | null };
};

function illegal(status: PurchaseOrderStatus, transition: PurchaseOrderTransition, why = ''): AppError {
  return AppError.conflict(
    `This purchase order is in status "${status}"; it cannot be ${PAST[transition]}${why}.`,
    { currentStatus: status, transition },
  );
}

export function isAllowed(status: PurchaseOrderStatus, transition: PurchaseOrderTransition): boolean {
  return TRANSITION_TABLE[transition][status] !== undefined;
}

/**
 * The state after `transition`, or a conflict naming the current state. Beyond the table:
 * - cancel is refused once anything was received (close the order instead);
 * - approve of a change order on an order with receipts returns to the receiving state.
 */
export function applyTransition(
  state: OrderState,
  transition: PurchaseOrderTransition,
  facts: TransitionFacts = {},
): OrderState {
  const target = TRANSITION_TABLE[transition][state.status];
  if (target === undefined) throw illegal(state.status, transition);
  if (transition === 'cancel' && facts.anyReceived) {
    throw illegal(state.status, transition, ' because goods were received against it; close it instead');
  }
  if (transition === 'receive') return receivingState(state, facts);
  if (target === HELD_FROM) {
    if (!state.heldFromStatus)
      throw illegal(state.status, transition, ': it does not say where it was held from');
    return { status: state.heldFromStatus, heldFromStatus: null };
  }
  if (target === 'on_hold') return { status: 'on_hold', heldFromStatus: state.status };
  if (transition === 'approve' && facts.anyReceived) {
    return { status: facts.fullyReceived ? 'received' : 'partially_received', heldFromStatus: null };
  }
  return { status: target, heldFromStatus: null };
}

/**
 * Where receiving leads: received when every line's expected quantity is accepted, partially
 * received while anything is received, and back where the order was before its first receipt
 * when reversals took everything back.
 */
function receivingState(
  state: OrderState,
  facts: TransitionFacts,
): OrderState & { receivedFromStatus: PurchaseOrderStatus | null } {
  const before =
    state.status === 'sent' || state.status === 'acknowledged'
      ? state.status
      : (state.receivedFromStatus ?? 'sent');
  if (facts.anyReceived) {
    return {
      status: facts.fullyReceived ? 'received' : 'partially_received',
      heldFromStatus: null,
      receivedFromStatus: before,
    };
  }
  return { status: before, heldFromStatus: null, receivedFromStatus: null };
}

/** Throws the conflict of an illegal transition without computing the next state. */
export function assertAllowed(status: PurchaseOrderStatus, transition: PurchaseOrderTransition): void {
  if (!isAllowed(status, transition)) throw illegal(status, transition);
}

/**
 * Reject, hold and cancel always need a reason; close needs one unless everything was received.
 * (Request changes needs a comment: its use case asks for it on `comment`.)
 */
export function reasonRequired(transition: PurchaseOrderTransition, facts: TransitionFacts = {}): boolean {
  if (transition === 'reject' || transition === 'hold' || transition === 'cancel') return true;
  if (transition === 'close') return !facts.fullyReceived;
  return false;
}

/** How an edit applies in a status: freely in draft, as a change order (revision) once approved. */
export type EditMode = 'draft' | 'revision';

const EDIT_MODE: Partial<Record<PurchaseOrderStatus, EditMode>> = {
  draft: 'draft',
  approved: 'revision',
  sent: 'revision',
  acknowledged: 'revision',
  partially_received: 'revision',
  received: 'revision',
};

export function editModeOf(status: PurchaseOrderStatus): EditMode {
  const mode = EDIT_MODE[status];
  if (!mode) {
    const hint =
      status === 'pending_approval'
        ? ' while it awaits approval; an approver must approve or reject it first'
        : status === 'on_hold'
          ? ' while it is on hold; release it first'
          : '';
    throw AppError.conflict(`This purchase order is in status "${status}"; it cannot be edited${hint}.`, {
      currentStatus: status,
    });
  }
  return mode;
}

/** Short-closing gives up quantity still expected from the supplier: only while goods are awaited. */
export function assertCanShortClose(status: PurchaseOrderStatus): void {
  if (!isAwaitingDelivery(status)) {
    throw AppError.conflict(
      `This purchase order is in status "${status}"; lines can be short-closed only on an approved order that is not yet fully received.`,
      { currentStatus: status },
    );
  }
}

/** Who may read which orders: requesters see their department's orders, every other role all. */
export type ReadScope = 'all' | 'department';

export function readScopeOf(roles: readonly string[]): ReadScope {
  return roles.some((r) => r !== 'requester') ? 'all' : 'department';
}

// ── change orders ───────────────────────────────────────────────────────────

export type ChangeSubject = { supplierId: string; currency: string };

/**
 * The changes after which a revision needs the whole approval route again, whatever its total:
 * another supplier or another currency. (Amounts are weighed by the approval policy: only the
 * steps a higher total newly triggers are asked again — approvals.resolveRevisionApprovalRoute.)
 */
export function fullReapprovalReasons(before: ChangeSubject, after: ChangeSubject): string[] {
  const reasons: string[] = [];
  if (before.supplierId !== after.supplierId) reasons.push('the supplier changed');
  if (before.currency !== after.currency) reasons.push('the currency changed');
  return reasons;
}

export type SnapshotValue = string | number | boolean | null | Record<string, unknown> | unknown[];

/** The document as a revision records it: header fields and lines keyed by line number. */
export type OrderSnapshot = {
  header: Record<string, SnapshotValue>;
  lines: ({ lineNo: number } & Record<string, SnapshotValue>)[];
};

export type FieldChange = { before: SnapshotValue; after: SnapshotValue };

export type OrderDiff = {
  header: Record<string, FieldChange>;
  lines: {
    added: OrderSnapshot['lines'];
    removed: OrderSnapshot['lines'];
    changed: { lineNo: number; changes: Record<string, FieldChange> }[];
  };
};

/** JSON with sorted keys, so two equal objects compare equal whatever their key order. */
function stable(value: unknown): string {
  if (value === null || value === undefined || typeof value !== 'object')
    return JSON.stringify(value ?? null);
  if (Array.isArray(value)) return `[${value.map(stable).join(',')}]`;
  const obj = value as Record<string, unknown>;
  return `{${Object.keys(obj)
    .filter((k) => obj[k] !== undefined)
    .sort()
    .map((k) => `${JSON.stringify(k)}:${stable(obj[k])}`)
    .join(',')}}`;
}

function fieldChanges(
  before: Record<string, SnapshotValue>,
  after: Record<string, SnapshotValue>,
  skip: readonly string[] = [],
): Record<string, FieldChange> {
  const out: Record<string, FieldChange> = {};
  const keys = [...new Set([...Object.keys(before), ...Object.keys(after)])].filter((k) => !skip.includes(k));
  for (const k of keys) {
    const b = before[k] ?? null;
    const a = after[k] ?? null;
    if (stable(b) !== stable(a)) out[k] = { before: b, after: a };
  }
  return out;
}

/** Field-by-field header diff and line-by-line diff keyed by line number. */
export function diffOrders(before: OrderSnapshot, after: OrderSnapshot): OrderDiff {
  const beforeLines = new Map(before.lines.map((l) => [l.lineNo, l]));
  const afterLines = new Map(after.lines.map((l) => [l.lineNo, l]));
  const changed: OrderDiff['lines']['changed'] = [];
  for (const [lineNo, a] of afterLines) {
    const b = beforeLines.get(lineNo);
    if (!b) continue;
    const changes = fieldChanges(b, a, ['lineNo']);
    if (Object.keys(changes).length > 0) changed.push({ lineNo, changes });
  }
  return {
    header: fieldChanges(before.header, after.header),
    lines: {
      added: after.lines.filter((l) => !beforeLines.has(l.lineNo)).sort((x, y) => x.lineNo - y.lineNo),
      removed: before.lines.filter((l) => !afterLines.has(l.lineNo)).sort((x, y) => x.lineNo - y.lineNo),
      changed: changed.sort((x, y) => x.lineNo - y.lineNo),
    },
  };
}

export function isEmptyDiff(d: OrderDiff): boolean {
  return (
    Object.keys(d.header).length === 0 &&
    d.lines.added.length === 0 &&
    d.lines.removed.length === 0 &&
    d.lines.changed.length === 0
  );
}

/** Line numbers for a replaced set of lines: kept lines keep theirs, new lines continue after the highest ever used. */
export function assignLineNumbers(lines: readonly { lineNo?: number }[], highestUsed: number): number[] {
  let next = highestUsed;
  return lines.map((l) => (l.lineNo !== undefined ? l.lineNo : ++next));
}

// ── progress ────────────────────────────────────────────────────────────────

export type ProgressInput = {
  quantity: string;
  quantityReceived: string;
  quantityAccepted: string;
  quantityRejected: string;
  /** Rejected goods sent back to the supplier (none when left out). */
  quantityReturned?: string;
  quantityBilled: string;
  quantityShortClosed: string;
};

/**
 * Where a line's delivery stands, derived from what receiving recorded. Only accepted quantity
 * counts as delivered; what was received and neither accepted nor rejected awaits inspection.
 */
export type LineProgress = {
  /** Quantity still expected: ordered less short-closed. */
  expected: string;
  /** Received, less reversals (may exceed expected within the over-receipt tolerance). */
  received: string;
  pendingInspection: string;
  accepted: string;
  rejected: string;
  /** Rejected goods sent back to the supplier. */
  returned: string;
  billed: string;
  /** Still to come: expected less what was accepted or awaits inspection (rejected goods are open). */
  outstanding: string;
  /** Received (accepted, rejected or awaiting inspection) of expected, capped at 100. */
  receivedPercent: string;
  /** Accepted of expected, capped at 100: the line's delivery progress. */
  acceptedPercent: string;
  billedPercent: string;
  /** Everything expected was accepted. */
  complete: boolean;
};

export type OrderProgress = {
  receivedPercent: string;
  acceptedPercent: string;
  billedPercent: string;
  /** Every line's expected quantity was accepted. */
  fullyReceived: boolean;
  /** Something is received (less reversals) on some line. */
  anyReceived: boolean;
};

const ZERO = new D(0);

function minDec(a: Dec, b: Dec): Dec {
  return a.lessThan(b) ? a : b;
}

function maxZero(a: Dec): Dec {
  return a.lessThan(0) ? ZERO : a;
}

/** Percent of `part` in `whole`, rounded down to 2 places so 100 means complete; nothing expected is 100. */
function percent(part: Dec, whole: Dec): string {
  if (whole.lessThanOrEqualTo(0)) return '100.00';
  return part.times(100).dividedBy(whole).toDecimalPlaces(2, D.ROUND_DOWN).toFixed(2);
}

function expectedOf(line: ProgressInput): Dec {
  return maxZero(new D(line.quantity).minus(line.quantityShortClosed));
}

/** Received and not rejected: accepted or awaiting inspection. What no longer needs to come. */
function coveredOf(line: ProgressInput): Dec {
  return maxZero(new D(line.quantityReceived).minus(line.quantityRejected));
}

/** A line's quantities, each capped at the quantity still expected where it is a share of it. */
export function lineProgress(line: ProgressInput): LineProgress {
  const expected = expectedOf(line);
  const received = new D(line.quantityReceived);
  const accepted = new D(line.quantityAccepted);
  const billed = minDec(new D(line.quantityBilled), expected);
  return {
    expected: normalize(expected.toFixed()),
    received: normalize(line.quantityReceived),
    pendingInspection: normalize(maxZero(received.minus(accepted).minus(line.quantityRejected)).toFixed()),
    accepted: normalize(line.quantityAccepted),
    rejected: normalize(line.quantityRejected),
    returned: normalize(line.quantityReturned ?? '0'),
    billed: normalize(line.quantityBilled),
    outstanding: normalize(maxZero(expected.minus(coveredOf(line))).toFixed()),
    receivedPercent: percent(minDec(received, expected), expected),
    acceptedPercent: percent(minDec(accepted, expected), expected),
    billedPercent: percent(billed, expected),
    complete: accepted.greaterThanOrEqualTo(expected),
  };
}

/**
 * The order's progress: the sums of each line's capped quantities over the sums expected, so an
 * over-receipt on one line never completes another.
 */
export function orderProgress(lines: readonly ProgressInput[]): OrderProgress {
  let expected = ZERO;
  let received = ZERO;
  let accepted = ZERO;
  let billed = ZERO;
  let anyReceived = false;
  for (const line of lines) {
    const e = expectedOf(line);
    expected = expected.plus(e);
    received = received.plus(minDec(new D(line.quantityReceived), e));
    accepted = accepted.plus(minDec(new D(line.quantityAccepted), e));
    billed = billed.plus(minDec(new D(line.quantityBilled), e));
    if (new D(line.quantityReceived).greaterThan(0)) anyReceived = true;
  }
  return {
    receivedPercent: percent(received, expected),
    acceptedPercent: percent(accepted, expected),
    billedPercent: percent(billed, expected),
    fullyReceived: accepted.greaterThanOrEqualTo(expected),
    anyReceived,
  };
}

/** What a short-close gives up on a line: whatever is still expected and not yet received (rejected goods are). */
export function remainingToShortClose(line: ProgressInput): string {
  return normalize(maxZero(expectedOf(line).minus(coveredOf(line))).toFixed());
}

/**
 * How much of a quantity given up on a PO line each of its requisition sources gets back: the
 * latest source first, none more than it holds.
 */
export function releaseFromSources<T extends { quantity: string }>(
  sources: readonly T[],
  quantity: string,
): { source: T; release: string }[] {
  let left = new D(quantity);
  const out: { source: T; release: string }[] = [];
  for (const source of [...sources].reverse()) {
    if (left.lessThanOrEqualTo(0)) break;
    const take = minDec(left, new D(source.quantity));
    if (take.greaterThan(0)) out.push({ source, release: normalize(take.toFixed()) });
    left = left.minus(take);
  }
  return out;
}
