import {
  type InvoiceKind,
  type InvoiceSource,
  invoiceStatusesOf,
  type NothingToInvoice,
  PORTAL_STATUS_OF_INVOICE,
  type PortalInvoiceStatus,
} from '../../domain/invoicing';
import * as dispatch from '../dispatch';
import * as invoicing from '../invoicing';
import * as payments from '../payments';
import type { Actor } from '../shared/actor';
import { isoDate } from '../shared/clock';
import type { Ctx } from '../shared/context';
import { AppError } from '../shared/errors';
import { D } from '../shared/money';
import type { Page } from '../shared/pagination';

/**
 * The supplier's invoices and credit notes in its portal, and its own invoices entered there
 * ("turn this order into an invoice"). What it sees is what concerns it — the document, where it
 * stands in words it understands, what was paid and when, and what accounts payable asked of it —
 * never the match, its tolerances and variances, who approved, why it is held or internal notes.
 */

/** A payment of the invoice: scheduled in a confirmed run, or paid. */
export type PortalPayment = Omit<payments.SupplierPayment, 'invoiceId'>;

export type PortalInvoiceSummary = {
  id: string;
  /** Our number (INV-…). */
  number: string;
  kind: InvoiceKind;
  supplierInvoiceNumber: string;
  source: InvoiceSource;
  purchaseOrderId: string;
  purchaseOrderNumber: string;
  issueDate: string;
  dueDate: string;
  currency: string;
  payableAmount: string;
  amountPaid: string;
  openAmount: string;
  status: PortalInvoiceStatus;
  /** The date of the payment run it is scheduled in (payment_scheduled). */
  paymentDate: string | null;
  /** When it was paid (paid). */
  paidOn: string | null;
  /** Why it was rejected (rejected): what accounts payable told the supplier. */
  rejectReason: string | null;
  /** Accounts payable asked for a credit note against it: when, and why. */
  creditNoteRequest: { requestedAt: Date; reason: string } | null;
};

export type PortalInvoice = PortalInvoiceSummary & {
  taxPointDate: string | null;
  receivedOn: string;
  lines: {
    lineNo: number;
    orderLineNo: number | null;
    description: string;
    quantity: string;
    unitCode: string;
    unitPrice: string;
    baseQuantity: string;
    netAmount: string;
    taxCategory: string;
    taxRate: string;
  }[];
  totals: {
    lineExtensionAmount: string;
    allowanceTotal: string;
    chargeTotal: string;
    taxExclusiveAmount: string;
    taxAmount: string;
    taxInclusiveAmount: string;
    prepaidAmount: string;
    roundingAmount: string;
    payableAmount: string;
  };
  taxSubtotals: { taxCategory: string; taxRate: string; taxableAmount: string; taxAmount: string }[];
  discountTaken: string;
  /** Every payment of it, oldest first. */
  payments: PortalPayment[];
};

function summaryOf(invoice: invoicing.Invoice, paid: PortalPayment[]): PortalInvoiceSummary {
  const status = PORTAL_STATUS_OF_INVOICE[invoice.status];
  const scheduled = paid.filter((p) => p.status === 'scheduled').at(-1);
  const lastPaid = paid.filter((p) => p.status === 'paid').at(-1);
  return {
    id: invoice.id,
    number: invoice.number,
    kind: invoice.kind,
    supplierInvoiceNumber: invoice.supplierInvoiceNumber,
    source: invoice.source,
    purchaseOrderId: invoice.purchaseOrderId,
    purchaseOrderNumber: invoice.purchaseOrderNumber,
    issueDate: invoice.issueDate,
    dueDate: invoice.dueDate,
    currency: invoice.currency,
    payableAmount: invoice.payableAmount,
    amountPaid: invoice.amountPaid,
    openAmount: invoice.openAmount,
    status,
    paymentDate: status === 'payment_scheduled' ? (scheduled?.paymentDate ?? null) : null,
    paidOn:
      status === 'paid' ? (lastPaid?.paymentDate ?? (invoice.paidAt ? isoDate(invoice.paidAt) : null)) : null,
    rejectReason: status === 'rejected' ? invoice.rejectReason : null,
    creditNoteRequest: invoice.creditNoteRequestedAt
      ? { requestedAt: invoice.creditNoteRequestedAt, reason: invoice.creditNoteRequestNote ?? '' }
      : null,
  };
}

function byInvoice(list: payments.SupplierPayment[]): Map<string, PortalPayment[]> {
  const out = new Map<string, PortalPayment[]>();
  for (const { invoiceId, ...p } of list) out.set(invoiceId, [...(out.get(invoiceId) ?? []), p]);
  return out;
}

/** The supplier's invoices and credit notes, newest first: by where they stand, by part of either number. */
export async function listPortalInvoices(
  ctx: Ctx,
  opts: { actor: Actor; status?: PortalInvoiceStatus; q?: string; limit: number; cursor?: string },
): Promise<Page<PortalInvoiceSummary>> {
  const page = await invoicing.listSupplierInvoices(ctx, {
    actor: opts.actor,
    q: opts.q?.trim() || undefined,
    status: opts.status ? invoiceStatusesOf(opts.status) : undefined,
    limit: opts.limit,
    cursor: opts.cursor,
  });
  const paid = byInvoice(
    await payments.listSupplierPayments(ctx, { actor: opts.actor, invoiceIds: page.items.map((i) => i.id) }),
  );
  return {
    items: page.items.map((i) => summaryOf(i, paid.get(i.id) ?? [])),
    nextCursor: page.nextCursor,
  };
}

/** One of the supplier's invoices with its lines, totals and payments; 404 for any other. */
export async function getPortalInvoice(ctx: Ctx, opts: { actor: Actor; id: string }): Promise<PortalInvoice> {
  const invoice = await invoicing.getSupplierInvoice(ctx, opts);
  const paid = byInvoice(
    await payments.listSupplierPayments(ctx, { actor: opts.actor, invoiceIds: [invoice.id] }),
  );
  const list = paid.get(invoice.id) ?? [];
  return {
    ...summaryOf(invoice, list),
    taxPointDate: invoice.taxPointDate,
    receivedOn: invoice.receivedOn,
    lines: invoice.lines.map((l) => ({
      lineNo: l.lineNo,
      orderLineNo: l.orderLineNo,
      description: l.description,
      quantity: l.quantity,
      unitCode: l.unitCode,
      unitPrice: l.unitPrice,
      baseQuantity: l.baseQuantity,
      netAmount: l.netAmount,
      taxCategory: l.taxCategory,
      taxRate: l.taxRate,
    })),
    totals: {
      lineExtensionAmount: invoice.lineExtensionAmount,
      allowanceTotal: invoice.allowanceTotal,
      chargeTotal: invoice.chargeTotal,
      taxExclusiveAmount: invoice.taxExclusiveAmount,
      taxAmount: invoice.taxAmount,
      taxInclusiveAmount: invoice.taxInclusiveAmount,
      prepaidAmount: invoice.prepaidAmount,
      roundingAmount: invoice.roundingAmount,
      payableAmount: invoice.payableAmount,
    },
    taxSubtotals: invoice.taxSubtotals.map((s) => ({
      taxCategory: s.taxCategory,
      taxRate: s.taxRate,
      taxableAmount: s.taxableAmount,
      taxAmount: s.taxAmount,
    })),
    discountTaken: invoice.discountTaken,
    payments: list,
  };
}

// ── turning an order into an invoice ────────────────────────────────────────

export type PortalInvoiceable = {
  purchaseOrderId: string;
  purchaseOrderNumber: string;
  currency: string;
  minorUnits: number;
  /** Null when there is something to invoice; else why not. */
  nothingToInvoice: NothingToInvoice | null;
  /** The supplier is blocked: no invoice of it is accepted until the buyer lifts it. */
  blocked: { reason: string | null } | null;
  lines: {
    lineNo: number;
    description: string;
    unitCode: string;
    unitName: string;
    /** Goods are invoiced as received (and accepted); a line that needs no receipt as ordered. */
    needsReceipt: boolean;
    quantityOrdered: string;
    quantityReceived: string;
    /** On its invoices already (matched, or still being checked). */
    quantityInvoiced: string;
    /** What an invoice now would bill. */
    quantityToInvoice: string;
    /** The order's price per unit after its discount. */
    unitPrice: string;
    taxRate: string;
  }[];
};

function nothingToInvoiceOf(order: invoicing.InvoiceableOrder): NothingToInvoice | null {
  if (!order.invoiceable) return 'not_invoiceable';
  if (order.lines.some((l) => D(l.quantityToInvoice).gt(0))) return null;
  const allBilled = order.lines.every((l) =>
    D(l.quantityBilled).plus(l.quantityPending).gte(l.quantityOrdered),
  );
  return allBilled ? 'all_invoiced' : 'nothing_received';
}

/**
 * What the supplier may invoice of one of its orders now: per line what was received and accepted
 * (ordered, for a line that needs no receipt) and not on an invoice yet, at the order's price. 404
 * for an order not sent to it.
 */
export async function getPortalInvoiceable(
  ctx: Ctx,
  opts: { actor: Actor; purchaseOrderId: string },
): Promise<PortalInvoiceable> {
  const order = await invoicing.getInvoiceableLines(ctx, opts);
  return {
    purchaseOrderId: order.purchaseOrderId,
    purchaseOrderNumber: order.purchaseOrderNumber,
    currency: order.currency,
    minorUnits: order.minorUnits,
    nothingToInvoice: nothingToInvoiceOf(order),
    blocked: await dispatch.supplierUserBlock(ctx, opts.actor),
    lines: order.lines.map((l) => ({
      lineNo: l.lineNo,
      description: l.description,
      unitCode: l.unitCode,
      unitName: l.unitName,
      needsReceipt: l.matchType === 'three_way',
      quantityOrdered: l.quantityOrdered,
      quantityReceived: l.quantityAccepted,
      quantityInvoiced: D(l.quantityBilled).plus(l.quantityPending).toFixed(),
      quantityToInvoice: l.quantityToInvoice,
      unitPrice: l.netUnitPrice,
      taxRate: l.taxRate,
    })),
  };
}

export type PortalInvoiceInput = {
  supplierInvoiceNumber: string;
  issueDate: string;
  taxPointDate?: string | null;
  lines: { orderLineNo: number; quantity: string; unitPrice: string }[];
};

const NOTHING_MESSAGE: Record<NothingToInvoice, (number: string) => string> = {
  not_invoiceable: (n) => `${n} cannot be invoiced: it is cancelled or not an order sent to you.`,
  nothing_received: (n) =>
    `Nothing of ${n} is ready to invoice yet: goods are invoiced once they are received (and accepted), and nothing received is left uninvoiced.`,
  all_invoiced: (n) => `Everything of ${n} is invoiced already.`,
};

/**
 * The supplier turns one of its orders into its invoice: its number, dates and lines (order line,
 * quantity, unit price), matched at once as any other invoice (source `portal`) — a number it
 * entered already is a 409, variances are exceptions for accounts payable. 404 for an order not
 * sent to it; 409 while its supplier is blocked; 422 when nothing of the order is to invoice (a
 * reason in words) or a line is wrong (each at its path); nothing is stored then.
 */
export async function createPortalInvoice(
  ctx: Ctx,
  opts: { actor: Actor; purchaseOrderId: string; input: PortalInvoiceInput },
): Promise<PortalInvoice> {
  const { actor, input } = opts;
  const order = await invoicing.getInvoiceableLines(ctx, { actor, purchaseOrderId: opts.purchaseOrderId });
  await dispatch.assertSupplierUserMayAct(ctx, actor, 'invoices');
  // An invoice sent again is a duplicate (409) before it is one too many (422).
  await invoicing.assertSupplierInvoiceNumberFree(ctx, { actor, number: input.supplierInvoiceNumber });
  const nothing = nothingToInvoiceOf(order);
  if (nothing) {
    const message = NOTHING_MESSAGE[nothing](order.purchaseOrderNumber);
    throw AppError.validation([{ path: 'lines', message }], message);
  }
  const invoice = await invoicing.createSupplierInvoice(ctx, {
    actor,
    input: {
      purchaseOrderId: order.purchaseOrderId,
      supplierInvoiceNumber: input.supplierInvoiceNumber,
      issueDate: input.issueDate,
      taxPointDate: input.taxPointDate ?? null,
      lines: input.lines.map((l) => ({
        orderLineNo: l.orderLineNo,
        quantity: l.quantity,
        unitPrice: l.unitPrice,
      })),
    },
  });
  return getPortalInvoice(ctx, { actor, id: invoice.id });
}
