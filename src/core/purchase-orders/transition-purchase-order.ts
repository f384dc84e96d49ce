import type { Actor } from '../shared/actor';
import type { Ctx } from '../shared/context';
import {
  type TransitionStep as DocumentStep,
  type DocumentType,
  type TransitionStepFn,
  transitionDocument,
} from '../shared/transition-document';
import { assertCanSee } from './access';
import { type PurchaseOrder, withWrittenState } from './purchase-order';
import { loadPurchaseOrder } from './read-purchase-orders';
import * as repo from './repository';
import { applyTransition, type PurchaseOrderTransition, reasonRequired, type TransitionFacts } from './rules';

/** What every transition takes: the order, the version it was read at, and a reason or comment. */
export type TransitionInput = {
  actor: Actor;
  id: string;
  version: number;
  reason?: string;
  comment?: string;
};

export type TransitionStep = DocumentStep<repo.OrderRow, repo.OrderInsert>;

/** Purchase orders as the shared transition core sees them. */
export const purchaseOrderType: DocumentType<
  repo.OrderRow,
  PurchaseOrderTransition,
  TransitionFacts,
  repo.OrderInsert,
  PurchaseOrder
> = {
  kind: 'purchase_order',
  label: 'purchase order',
  permissions: {
    submit: 'purchase_orders:write',
    approve: 'purchase_orders:approve',
    reject: 'purchase_orders:approve',
    request_changes: 'purchase_orders:approve',
    hold: 'purchase_orders:write',
    release: 'purchase_orders:write',
    cancel: 'purchase_orders:write',
    // Buyers close orders; a match that settles an order (all accepted, all invoiced) closes it too.
    close: ['purchase_orders:write', 'invoices:write', 'invoices:approve', 'invoices:resolve'],
    resubmit: 'purchase_orders:write',
    send: 'purchase_orders:write',
    // The supplier answers in the portal; the buyer records an answer it accepted.
    acknowledge: ['portal:use', 'purchase_orders:write'],
    // Receipts and reversals (receivers), inspections (inspectors) move the order.
    receive: ['receiving:write', 'receiving:inspect', 'receiving:confirm', 'receiving:return'],
  },
  async lock(ctx, { id, actor }) {
    // The order and its receipt facts, locked, in one statement.
    const found = await repo.findForTransition(ctx.db, id);
    if (!found) return null;
    const { anyReceived, fullyReceived, supplier, ...row } = found;
    assertCanSee(actor, row);
    return { row, facts: { anyReceived, fullyReceived, supplier } };
  },
  next: (row, transition, facts) => applyTransition(row, transition, facts),
  reasonRequired,
  write: (ctx, row, patch) => repo.updateOrder(ctx.db, row.id, row.version, patch),
  read: async (ctx, id) => (await loadPurchaseOrder(ctx.db, id))!,
  eventFacts: (po) => orderEventFacts({ ...po, total: po.totals.total }),
};

/** What purchase-order events carry beyond id, status and version (docs/events.md). */
export function orderEventFacts(o: {
  number: string;
  revision: number;
  supplierId: string;
  currency: string;
  total: string;
  totalBase: string;
}) {
  return {
    number: o.number,
    revision: o.revision,
    supplierId: o.supplierId,
    currency: o.currency,
    total: o.total,
    totalBase: o.totalBase,
  };
}

/**
 * A state change of a purchase order through the shared core; `step` lets the use case check
 * what it must and add its own columns (reason or comment: the approver's comment is the reason).
 */
export function transitionPurchaseOrder(
  ctx: Ctx,
  opts: TransitionInput & {
    transition: PurchaseOrderTransition;
    step?: TransitionStepFn<repo.OrderRow, repo.OrderInsert, TransitionFacts>;
    /**
     * The order as the caller read it at `version`, for a transition whose step changes only the
     * order's own state columns: the answer is this order with the row as written, not read again.
     */
    before?: PurchaseOrder;
  },
): Promise<PurchaseOrder> {
  const before = opts.before;
  return transitionDocument(ctx, purchaseOrderType, {
    ...(before ? { answer: (written: repo.OrderRow) => withWrittenState(before, written) } : {}),
    actor: opts.actor,
    id: opts.id,
    version: opts.version,
    transition: opts.transition,
    reason: opts.reason?.trim() || opts.comment?.trim() || null,
    step: opts.step,
  });
}
