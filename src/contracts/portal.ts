import { z } from 'zod';
import {
  LINE_DECISIONS,
  PORTAL_LINE_FIELDS,
  type PortalLineField,
  SUPPLIER_RESPONSE_SOURCES,
  SUPPLIER_RESPONSE_STATUSES,
} from '../domain/dispatch';
import {
  INVOICE_KINDS,
  INVOICE_SOURCES,
  MAX_INVOICE_LINES,
  NOTHING_TO_INVOICE,
  PORTAL_INVOICE_STATUSES,
} from '../domain/invoicing';
import { PURCHASE_ORDER_STATUSES } from '../domain/purchase-orders';
import { PositiveQuantity, UnitPrice } from './catalog';
import { dateOut, Id, IsoDate, requiredText, text } from './common';
import { User } from './identity';
import { PurchaseOrderLine } from './purchase-orders';
import { Address } from './suppliers';

/** The supplier portal: invitations, the supplier's view of its orders, and its answers. */

// ── portal users ────────────────────────────────────────────────────────────

export const InvitePortalUserRequest = z.object({
  name: requiredText(200),
  email: z.email({ message: 'must be an e-mail address' }).max(320),
});

export const SupplierUser = User.extend({
  invitation: z
    .object({
      state: z.enum(['pending', 'expired', 'accepted']),
      expiresAt: dateOut,
      createdAt: dateOut,
    })
    .nullable(),
}).meta({ id: 'SupplierUser' });
export type SupplierUser = z.output<typeof SupplierUser>;

export const AcceptInvitationRequest = z.object({
  token: requiredText(200).meta({ description: 'The token of the invitation link (after `#`)' }),
  password: z.string().max(200),
});

// ── answers ─────────────────────────────────────────────────────────────────

export const LineDecision = z.enum(LINE_DECISIONS).meta({
  description: 'accept: as ordered; change: propose another date, quantity or price; reject: with a reason',
});
export const SupplierResponseStatus = z.enum(SUPPLIER_RESPONSE_STATUSES);

export const ResponseLineInput = z.object({
  lineNo: z.number().int().min(1),
  decision: LineDecision,
  promisedDate: IsoDate.nullable().optional(),
  quantity: PositiveQuantity.nullable().optional(),
  unitPrice: UnitPrice.nullable().optional(),
  reason: text(1000).nullable().optional(),
});

export const SupplierResponseRequest = z.object({
  orderRevision: z
    .number()
    .int()
    .min(0)
    .meta({ description: 'The order revision answered; an answer to an older one is refused (409)' }),
  note: text(2000).nullable().optional(),
  lines: z.array(ResponseLineInput).min(1).max(10_000),
});
export type SupplierResponseRequest = z.input<typeof SupplierResponseRequest>;

export const SupplierResponse = z
  .object({
    id: Id,
    purchaseOrderId: Id,
    number: z.number().int(),
    orderRevision: z.number().int(),
    status: SupplierResponseStatus,
    source: z.enum(SUPPLIER_RESPONSE_SOURCES),
    note: z.string().nullable(),
    lines: z.array(
      z.object({
        lineNo: z.number().int(),
        decision: LineDecision,
        promisedDate: z.string().nullable(),
        quantity: z.string().nullable(),
        unitPrice: z.string().nullable(),
        reason: z.string().nullable(),
      }),
    ),
    submittedBy: Id.nullable(),
    submittedAt: dateOut,
    decidedBy: Id.nullable(),
    decidedAt: dateOut.nullable(),
    decisionMessage: z.string().nullable(),
  })
  .meta({ id: 'SupplierResponse' });
export type SupplierResponse = z.output<typeof SupplierResponse>;

/** A UBL document as the request body. */
export const XmlBody = z
  .string({ message: 'must be the XML document as the request body (Content-Type: application/xml)' })
  .meta({ format: 'binary' });

export const AcceptProposalRequest = z.object({
  responseId: Id.meta({ description: 'The answer decided on: 409 when the supplier has sent a newer one' }),
});
export const DeclineProposalRequest = z.object({
  responseId: Id.meta({ description: 'The answer decided on: 409 when the supplier has sent a newer one' }),
  message: requiredText(2000),
});

// ── the supplier's orders ───────────────────────────────────────────────────

export const PortalTab = z.enum(['to_answer', 'to_ship', 'shipped', 'done']).meta({
  description:
    'to_answer: sent, awaiting the answer, or being changed by the buyer (the change order follows); to_ship: acknowledged, not all shipped; shipped: every line shipped, not all received; done: received, closed or cancelled',
});

const Status = z.enum(PURCHASE_ORDER_STATUSES);

export const PortalOrderSummary = z
  .object({
    id: Id,
    number: z.string(),
    revision: z.number().int(),
    status: Status,
    currency: z.string(),
    total: z.string(),
    orderDate: z.string(),
    expectedDeliveryDate: z.string().nullable(),
    firstSentAt: dateOut,
    sentRevision: z.number().int().nullable(),
    buyerName: z.string(),
    answer: SupplierResponseStatus.nullable(),
  })
  .meta({ id: 'PortalOrderSummary' });

export const PortalOrder = z
  .object({
    id: Id,
    number: z.string(),
    revision: z.number().int().describe('The revision shown: the one last sent to the supplier'),
    sentRevision: z.number().int().nullable(),
    status: Status,
    orderDate: z.string(),
    expectedDeliveryDate: z.string().nullable(),
    currency: z.string(),
    buyer: z.object({ name: z.string(), email: z.string() }),
    shipTo: Address.nullable(),
    billTo: Address.nullable(),
    paymentTerms: z.string(),
    incoterms: z.string().nullable(),
    incotermsPlace: z.string().nullable(),
    notes: z.string(),
    terms: z.string(),
    totals: z.object({ subtotal: z.string(), tax: z.string(), total: z.string() }),
    lines: z.array(
      PurchaseOrderLine.pick(
        Object.fromEntries(PORTAL_LINE_FIELDS.map((f) => [f, true])) as Record<PortalLineField, true>,
      ),
    ),
    answers: z.array(SupplierResponse),
    canAnswer: z.boolean(),
    blocked: z
      .object({ reason: z.string().nullable() })
      .nullable()
      .describe(
        "The supplier is blocked (with the buyer's reason): its answers and ship notices are refused until the block is lifted",
      ),
    changePending: z
      .boolean()
      .describe(
        'The buyer has changed the order since it was last sent: what is shown (revision, lines, totals) is the revision sent; the change arrives as a change order',
      ),
  })
  .meta({ id: 'PortalOrder' });
export type PortalOrder = z.output<typeof PortalOrder>;

// ── the supplier's invoices ─────────────────────────────────────────────────

export const PortalInvoiceStatus = z.enum(PORTAL_INVOICE_STATUSES).meta({
  description:
    'received: with accounts payable, not checked yet; being_checked: checked against the order and the goods; query_raised: something differs from the order or what was received, or a credit note was asked for; approved: approved for payment; payment_scheduled: in a payment run, to be paid on `paymentDate`; paid (`paidOn`); rejected (`rejectReason`); cancelled',
});

export const PortalInvoiceListQuery = z.object({
  status: PortalInvoiceStatus.optional(),
  q: text(100).optional().meta({ description: 'Part of our number (INV-…) or of your invoice number' }),
});

export const PortalPayment = z
  .object({
    paymentDate: z.string().meta({ description: 'The day the payment is (or was) made' }),
    status: z.enum(['scheduled', 'paid']),
    amount: z
      .string()
      .meta({ description: 'What the payment pays of the invoice (a credit note: set off, negative)' }),
    discountAmount: z.string().meta({ description: 'The early-payment discount taken' }),
    reference: z.string().meta({ description: 'The payment’s reference on your statement (end-to-end id)' }),
    remittance: z.string().meta({ description: 'The remittance text: your invoice numbers it pays' }),
  })
  .meta({ id: 'PortalPayment' });

const portalInvoiceFields = {
  id: Id,
  number: z.string().meta({ description: 'Our number (INV-…)' }),
  kind: z.enum(INVOICE_KINDS),
  supplierInvoiceNumber: z.string(),
  source: z.enum(INVOICE_SOURCES),
  purchaseOrderId: Id,
  purchaseOrderNumber: z.string(),
  issueDate: z.string(),
  dueDate: z.string(),
  currency: z.string(),
  payableAmount: z.string(),
  amountPaid: z.string(),
  openAmount: z.string(),
  status: PortalInvoiceStatus,
  paymentDate: z.string().nullable().meta({ description: 'payment_scheduled: the date it will be paid' }),
  paidOn: z.string().nullable(),
  rejectReason: z.string().nullable(),
  creditNoteRequest: z
    .object({ requestedAt: dateOut, reason: z.string() })
    .nullable()
    .meta({ description: 'Accounts payable asked you for a credit note against this invoice: when and why' }),
};

export const PortalInvoiceSummary = z.object(portalInvoiceFields).meta({ id: 'PortalInvoiceSummary' });

export const PortalInvoice = z
  .object({
    ...portalInvoiceFields,
    taxPointDate: z.string().nullable(),
    receivedOn: z.string(),
    lines: z.array(
      z.object({
        lineNo: z.number().int(),
        orderLineNo: z.number().int().nullable(),
        description: z.string(),
        quantity: z.string(),
        unitCode: z.string(),
        unitPrice: z.string(),
        baseQuantity: z.string(),
        netAmount: z.string(),
        taxCategory: z.string(),
        taxRate: z.string(),
      }),
    ),
    totals: z.object({
      lineExtensionAmount: z.string(),
      allowanceTotal: z.string(),
      chargeTotal: z.string(),
      taxExclusiveAmount: z.string(),
      taxAmount: z.string(),
      taxInclusiveAmount: z.string(),
      prepaidAmount: z.string(),
      roundingAmount: z.string(),
      payableAmount: z.string(),
    }),
    taxSubtotals: z.array(
      z.object({
        taxCategory: z.string(),
        taxRate: z.string(),
        taxableAmount: z.string(),
        taxAmount: z.string(),
      }),
    ),
    discountTaken: z.string(),
    payments: z.array(PortalPayment),
  })
  .meta({ id: 'PortalInvoice' });
export type PortalInvoice = z.output<typeof PortalInvoice>;

export const PortalInvoiceable = z
  .object({
    purchaseOrderId: Id,
    purchaseOrderNumber: z.string(),
    currency: z.string(),
    minorUnits: z.number().int(),
    nothingToInvoice: z.enum(NOTHING_TO_INVOICE).nullable().meta({
      description:
        'Null when there is something to invoice; else why not: not_invoiceable (cancelled), nothing_received (goods are invoiced once received and accepted), all_invoiced',
    }),
    blocked: z.object({ reason: z.string().nullable() }).nullable(),
    lines: z.array(
      z.object({
        lineNo: z.number().int(),
        description: z.string(),
        unitCode: z.string(),
        unitName: z.string(),
        needsReceipt: z
          .boolean()
          .meta({ description: 'Goods: invoiced as received and accepted; false: invoiced as ordered' }),
        quantityOrdered: z.string(),
        quantityReceived: z.string().meta({ description: 'Received and accepted' }),
        quantityInvoiced: z.string().meta({ description: 'On your invoices already' }),
        quantityToInvoice: z.string().meta({ description: 'What an invoice now would bill' }),
        unitPrice: z.string().meta({ description: 'The order’s price per unit after its discount' }),
        taxRate: z.string(),
      }),
    ),
  })
  .meta({ id: 'PortalInvoiceable' });

export const PortalInvoiceRequest = z
  .object({
    supplierInvoiceNumber: requiredText(100).meta({ description: 'Your own invoice number' }),
    issueDate: IsoDate,
    taxPointDate: IsoDate.nullable().optional(),
    lines: z
      .array(
        z.object({
          orderLineNo: z.number().int().min(1),
          quantity: PositiveQuantity,
          unitPrice: UnitPrice.meta({ description: 'Net price per unit' }),
        }),
      )
      .min(1, 'must have at least one line')
      .max(MAX_INVOICE_LINES),
  })
  .meta({ id: 'PortalInvoiceRequest' });
export type PortalInvoiceRequest = z.input<typeof PortalInvoiceRequest>;
