import type { MatchType } from '../../domain/invoicing';
import * as organisation from '../organisation';
import * as purchaseOrders from '../purchase-orders';
import type { Actor } from '../shared/actor';
import type { Ctx } from '../shared/context';
import { D, normalize } from '../shared/money';
import { INVOICEABLE_ORDER_STATUSES } from './create-invoice';
import * as repo from './repository';

export type InvoiceableLine = {
  lineNo: number;
  itemId: string | null;
  description: string;
  unitCode: string;
  unitName: string;
  matchType: MatchType;
  /** Ordered, less what was short-closed. */
  quantityOrdered: string;
  quantityAccepted: string;
  /** What matched invoices consumed (credit notes netted). */
  quantityBilled: string;
  /** Accepted (three-way) or ordered (two-way), less what was billed; never below 0. */
  quantityAvailable: string;
  /** On the order's invoices not consumed yet: drafts, awaiting goods, exceptions (and held ones). */
  quantityPending: string;
  /** What an invoice entered now would bill: available less pending, never below 0. */
  quantityToInvoice: string;
  /** The order's price per unit after its discount: what the match compares against. */
  netUnitPrice: string;
  taxCategory: string;
  taxRate: string;
};

export type InvoiceableOrder = {
  purchaseOrderId: string;
  purchaseOrderNumber: string;
  status: string;
  /** Whether an invoice may be entered against it now (sent to the supplier, not cancelled). */
  invoiceable: boolean;
  supplierId: string;
  currency: string;
  /** The currency's decimals: an invoice's amounts are rounded to them. */
  minorUnits: number;
  lines: InvoiceableLine[];
};

const text = (v: InstanceType<typeof D>) => normalize(v.toFixed());
const atLeastZero = (v: InstanceType<typeof D>) => (v.isNegative() ? D(0) : v);

/**
 * Per line of an order, what is there to invoice: accepted and not yet billed (three-way) or
 * ordered and not yet billed (two-way), what other open invoices bill already, and the order's net
 * price, unit and tax — what an invoice form fills in. 404 unless the actor may see the order.
 */
export async function getInvoiceableLines(
  ctx: Ctx,
  opts: { actor: Actor; purchaseOrderId: string },
): Promise<InvoiceableOrder> {
  const order = await purchaseOrders.getInvoicingView(ctx, { actor: opts.actor, id: opts.purchaseOrderId });
  const [pending, currency] = await Promise.all([
    repo.pendingByOrderLine(ctx.db, order.id),
    organisation.getCurrency(ctx, { code: order.currency }),
  ]);
  return {
    purchaseOrderId: order.id,
    purchaseOrderNumber: order.number,
    status: order.status,
    invoiceable: INVOICEABLE_ORDER_STATUSES.includes(order.status),
    supplierId: order.supplierId,
    currency: order.currency,
    minorUnits: currency.minorUnits,
    lines: order.lines.map((l) => {
      const ordered = D(l.quantity).minus(l.quantityShortClosed);
      const base = l.matchType === 'two_way' ? ordered : D(l.quantityAccepted);
      const available = atLeastZero(base.minus(l.quantityBilled));
      const onInvoices = D(pending.get(l.lineNo) ?? '0');
      return {
        lineNo: l.lineNo,
        itemId: l.itemId,
        description: l.description,
        unitCode: l.unitCode,
        unitName: l.unitName,
        matchType: l.matchType,
        quantityOrdered: text(ordered),
        quantityAccepted: normalize(l.quantityAccepted),
        quantityBilled: normalize(l.quantityBilled),
        quantityAvailable: text(available),
        quantityPending: text(onInvoices),
        quantityToInvoice: text(atLeastZero(available.minus(onInvoices))),
        netUnitPrice: text(D(l.unitPrice).times(D(100).minus(l.discountPercent)).div(100).toDecimalPlaces(6)),
        taxCategory: l.taxCategory,
        taxRate: normalize(l.taxRate),
      };
    }),
  };
}
