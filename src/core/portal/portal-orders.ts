import { PORTAL_LINE_FIELDS, type PortalLineField } from '../../domain/dispatch';
import type { PurchaseOrderStatus } from '../../domain/purchase-orders';
import * as dispatch from '../dispatch';
import * as purchaseOrders from '../purchase-orders';
import type { Actor } from '../shared/actor';
import type { Ctx } from '../shared/context';
import type { Page } from '../shared/pagination';

/**
 * The portal's lists: orders to answer, orders to ship (acknowledged, not all shipped yet), orders
 * shipped in full and not yet received, and those done with.
 */
export const PORTAL_TABS = {
  to_answer: { statuses: ['sent'], fullyShipped: false },
  to_ship: { statuses: ['acknowledged', 'partially_received'], fullyShipped: false },
  shipped: { statuses: ['sent', 'acknowledged', 'partially_received'], fullyShipped: true },
  done: { statuses: ['received', 'closed', 'cancelled'] },
} as const satisfies Record<string, { statuses: readonly PurchaseOrderStatus[]; fullyShipped?: boolean }>;
export type PortalTab = keyof typeof PORTAL_TABS;

export type PortalOrderSummary = purchaseOrders.SupplierOrderSummary & {
  /** Where the supplier's latest answer stands; null: not answered yet. */
  answer: dispatch.SupplierResponse['status'] | null;
};

/** A supplier's user's orders of one tab, most recently sent first, with where its answer stands. */
export async function listPortalOrders(
  ctx: Ctx,
  opts: { actor: Actor; tab: PortalTab; limit: number; cursor?: string },
): Promise<Page<PortalOrderSummary>> {
  const page = await purchaseOrders.listSupplierOrders(ctx, {
    actor: opts.actor,
    ...PORTAL_TABS[opts.tab],
    limit: opts.limit,
    cursor: opts.cursor,
  });
  const answers = await dispatch.latestAnswerStates(
    ctx,
    page.items.map((o) => o.id),
  );
  return {
    items: page.items.map((o) => ({ ...o, answer: answers.get(o.id) ?? null })),
    nextCursor: page.nextCursor,
  };
}

/** An order as its supplier sees it: the document it was sent, with the supplier's answers. */
export type PortalOrder = {
  id: string;
  number: string;
  revision: number;
  sentRevision: number | null;
  status: PurchaseOrderStatus;
  orderDate: string;
  expectedDeliveryDate: string | null;
  currency: string;
  buyer: { name: string; email: string };
  shipTo: purchaseOrders.PurchaseOrder['shipTo'];
  billTo: purchaseOrders.PurchaseOrder['billTo'];
  paymentTerms: string;
  incoterms: string | null;
  incotermsPlace: string | null;
  notes: string;
  terms: string;
  totals: { subtotal: string; tax: string; total: string };
  lines: Pick<purchaseOrders.PurchaseOrderLine, PortalLineField>[];
  /** Every answer, newest first. */
  answers: dispatch.SupplierResponse[];
  /** The order awaits the supplier's answer (to this revision, which it was sent). */
  canAnswer: boolean;
};

/** One order for its supplier's user; 404 for another supplier's or one not sent. */
export async function getPortalOrder(ctx: Ctx, opts: { actor: Actor; id: string }): Promise<PortalOrder> {
  const po = await purchaseOrders.getPurchaseOrder(ctx, opts);
  const answers = await dispatch.listSupplierResponses(ctx, { actor: opts.actor, purchaseOrderId: po.id });
  return {
    id: po.id,
    number: po.number,
    revision: po.revision,
    sentRevision: po.sentRevision,
    status: po.status,
    orderDate: po.orderDate,
    expectedDeliveryDate: po.expectedDeliveryDate,
    currency: po.currency,
    buyer: { name: po.buyer.name, email: po.buyer.email },
    shipTo: po.shipTo,
    billTo: po.billTo,
    paymentTerms: purchaseOrders.paymentTermsText(po),
    incoterms: po.incoterms,
    incotermsPlace: po.incotermsPlace,
    notes: po.notes,
    terms: po.terms,
    totals: { subtotal: po.totals.subtotal, tax: po.totals.tax, total: po.totals.total },
    lines: po.lines.map(
      (l) => Object.fromEntries(PORTAL_LINE_FIELDS.map((f) => [f, l[f]])) as Pick<typeof l, PortalLineField>,
    ),
    answers,
    canAnswer: po.status === 'sent' && po.revision === po.sentRevision,
  };
}
