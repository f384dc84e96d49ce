import { PORTAL_LINE_FIELDS, type PortalLineField } from '../../domain/dispatch';
import type { PurchaseOrderStatus } from '../../domain/purchase-orders';
import * as dispatch from '../dispatch';
import * as purchaseOrders from '../purchase-orders';
import type { Actor } from '../shared/actor';
import type { Ctx } from '../shared/context';
import type { Page } from '../shared/pagination';

/**
 * The portal's lists: orders to answer, orders to ship (acknowledged, not all shipped yet), orders
 * shipped in full and not yet received, and those done with. An order the buyer is changing (the
 * change awaits approval or its send) waits with those to answer: the change order comes to be
 * answered. An order the buyer put on hold stays in the list it was in when held.
 */
const CHANGING = ['pending_approval', 'approved'] as const;
export const PORTAL_TABS = {
  to_answer: { statuses: ['sent', ...CHANGING], fullyShipped: false },
  to_ship: { statuses: ['acknowledged', 'partially_received'], fullyShipped: false },
  shipped: { statuses: ['sent', 'acknowledged', 'partially_received', ...CHANGING], fullyShipped: true },
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
  /** The supplier is blocked: nothing it answers or ships is accepted until the buyer lifts it. */
  blocked: { reason: string | null } | null;
  /** The buyer has changed the order since it was sent: what is shown is the revision sent; the change comes as a change order. */
  changePending: boolean;
};

/**
 * One order for its supplier's user, as it was last sent (a change the buyer has not sent yet stays
 * the buyer's: `changePending` says one is coming), with what was promised, shipped and received
 * so far; 404 for another supplier's order or one not sent.
 */
export async function getPortalOrder(ctx: Ctx, opts: { actor: Actor; id: string }): Promise<PortalOrder> {
  const po = await purchaseOrders.getPurchaseOrder(ctx, opts);
  const answers = await dispatch.listSupplierResponses(ctx, { actor: opts.actor, purchaseOrderId: po.id });
  const sent = await purchaseOrders.sentSnapshot(ctx, po);
  const blocked = await dispatch.supplierUserBlock(ctx, opts.actor);
  const header = sent ? sentHeader(po, sent.header) : po;
  const current = new Map(po.lines.map((l) => [l.lineNo, l]));
  const lines = sent
    ? (sent.lines as unknown as purchaseOrders.SnapshotLine[]).map((s) => {
        const now = current.get(s.lineNo);
        const same = now && now.itemId === s.itemId && now.unitCode === s.unitCode;
        return {
          lineNo: s.lineNo,
          sku: same ? now.sku : null,
          description: s.description,
          quantity: s.quantity,
          unitCode: s.unitCode,
          unitName: same ? now.unitName : s.unitCode,
          unitPrice: s.unitPrice,
          discountPercent: s.discountPercent,
          taxRate: s.taxRate,
          netAmount: s.netAmount,
          neededBy: s.neededBy,
          // What happened since (promised, shipped, received) is the line's as it is now.
          promisedDate: now?.promisedDate ?? null,
          quantityReceived: now?.quantityReceived ?? '0',
          quantityShipped: now?.quantityShipped ?? '0',
          quantityShortClosed: s.quantityShortClosed ?? '0',
        } satisfies Record<PortalLineField, unknown>;
      })
    : po.lines.map(
        (l) =>
          Object.fromEntries(PORTAL_LINE_FIELDS.map((f) => [f, l[f]])) as Pick<typeof l, PortalLineField>,
      );
  return {
    id: po.id,
    number: po.number,
    revision: sent ? po.sentRevision! : po.revision,
    sentRevision: po.sentRevision,
    changePending: sent !== null,
    status: po.status,
    orderDate: header.orderDate,
    expectedDeliveryDate: header.expectedDeliveryDate,
    currency: header.currency,
    buyer: { name: po.buyer.name, email: po.buyer.email },
    shipTo: header.shipTo,
    billTo: header.billTo,
    paymentTerms: purchaseOrders.paymentTermsText(header),
    incoterms: header.incoterms,
    incotermsPlace: header.incotermsPlace,
    notes: header.notes,
    terms: header.terms,
    totals: sent
      ? {
          subtotal: String(sent.header.subtotal),
          tax: String(sent.header.taxTotal),
          total: String(sent.header.total),
        }
      : { subtotal: po.totals.subtotal, tax: po.totals.tax, total: po.totals.total },
    lines,
    answers,
    canAnswer: po.status === 'sent' && po.revision === po.sentRevision && blocked === null,
    blocked,
  };
}

/** The header fields the portal shows, from the snapshot of the revision last sent. */
function sentHeader(po: purchaseOrders.PurchaseOrder, h: Record<string, unknown>) {
  const text = (f: string, fallback: string | null) =>
    h[f] === undefined ? fallback : (h[f] as string | null);
  return {
    orderDate: text('orderDate', po.orderDate)!,
    expectedDeliveryDate: text('expectedDeliveryDate', po.expectedDeliveryDate),
    currency: text('currency', po.currency)!,
    shipTo: (h.shipTo ?? po.shipTo) as purchaseOrders.PurchaseOrder['shipTo'],
    billTo: (h.billTo ?? po.billTo) as purchaseOrders.PurchaseOrder['billTo'],
    paymentTermsNetDays: (h.paymentTermsNetDays ?? po.paymentTermsNetDays) as number,
    earlyPaymentDiscountPercent: text('earlyPaymentDiscountPercent', po.earlyPaymentDiscountPercent),
    earlyPaymentDiscountDays: (h.earlyPaymentDiscountDays === undefined
      ? po.earlyPaymentDiscountDays
      : h.earlyPaymentDiscountDays) as number | null,
    incoterms: text('incoterms', po.incoterms),
    incotermsPlace: text('incotermsPlace', po.incotermsPlace),
    notes: text('notes', po.notes) ?? '',
    terms: text('terms', po.terms) ?? '',
  };
}
