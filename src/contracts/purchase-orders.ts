import { z } from 'zod';
import { PAYMENT_TERMS_BASES } from '../domain/payment-terms';
import {
  AWAITING_DELIVERY_STATUSES,
  INCOTERMS,
  isAwaitingDelivery,
  MAX_PURCHASE_ORDER_LINES,
  PURCHASE_ORDER_STATUS_LABELS,
  PURCHASE_ORDER_STATUSES,
} from '../domain/purchase-orders';
import { PositiveQuantity, TaxCategoryCode, UnitCode, UnitPrice } from './catalog';
import {
  booleanQuery,
  CurrencyCode,
  dateOut,
  Id,
  IsoDate,
  Percent,
  Returned,
  requiredText,
  text,
} from './common';
import { Address, Contact, SupplierStatus } from './suppliers';

/**
 * Purchase orders. Money, quantities, prices and percentages travel as decimal strings; amounts come
 * back with the currency's minor units ("12.30"), quantities and prices without trailing zeros.
 */

/** The vocabulary the web app shares (declared in src/domain/purchase-orders.ts). */
export {
  AWAITING_DELIVERY_STATUSES,
  INCOTERMS,
  isAwaitingDelivery,
  PURCHASE_ORDER_STATUS_LABELS,
  PURCHASE_ORDER_STATUSES,
};

export const PurchaseOrderStatus = z.enum(PURCHASE_ORDER_STATUSES);
export type PurchaseOrderStatus = z.infer<typeof PurchaseOrderStatus>;

export const Incoterm = z.enum(INCOTERMS, {
  message: `must be an Incoterms 2020 rule: ${INCOTERMS.join(', ')}`,
});

/** A ship-to or bill-to address (its kind follows from where it is used). */
export const OrderAddress = Address.omit({ kind: true });
export type OrderAddress = z.infer<typeof OrderAddress>;

export const SourceInput = z.object({
  requisitionLineId: Id,
  quantity: PositiveQuantity,
});

const lineFields = {
  itemId: Id.nullable().optional(),
  description: text(1000).optional(),
  quantity: PositiveQuantity,
  unitCode: UnitCode.optional(),
  unitPrice: UnitPrice,
  discountPercent: Percent.optional(),
  taxRate: Percent.optional(),
  taxCategory: TaxCategoryCode.optional().meta({
    description:
      "What the rate means; absent: the item's default when it fits the rate, else S for a rate above 0 and Z for 0.",
  }),
  neededBy: IsoDate.nullable().optional(),
  costCentreId: Id.nullable().optional(),
  sources: z.array(SourceInput).max(100).optional(),
};

/**
 * An order line: a catalog item (description, unit and tax rate default from it) or free text
 * (description, unitCode and taxRate required). `sources` are the requisition lines it orders.
 */
export const CreateLineRequest = z.object(lineFields);
export type CreateLineRequest = z.input<typeof CreateLineRequest>;

/** On an edit, `lineNo` names the line a line replaces; a line without one is new. */
export const UpdateLineRequest = z.object({
  lineNo: z.number().int().min(1).optional(),
  ...lineFields,
});

const headerFields = {
  supplierId: Id,
  currency: CurrencyCode,
  paymentTermsNetDays: z.number().int('must be a whole number of days').min(0).max(365),
  incoterms: Incoterm.nullable(),
  incotermsPlace: text(200).nullable(),
  shipTo: OrderAddress.nullable(),
  billTo: OrderAddress.nullable(),
  departmentId: Id.nullable(),
  costCentreId: Id.nullable(),
  orderDate: IsoDate,
  expectedDeliveryDate: IsoDate.nullable(),
  notes: text(5000),
  terms: text(20000),
};

const lines = <T extends z.ZodType>(line: T) =>
  z
    .array(line)
    .min(1, 'must have at least one line')
    .max(MAX_PURCHASE_ORDER_LINES, `must have at most ${MAX_PURCHASE_ORDER_LINES} lines`);

export const CreatePurchaseOrderRequest = z.object({
  ...z.object(headerFields).partial().shape,
  supplierId: headerFields.supplierId,
  lines: lines(CreateLineRequest),
});
export type CreatePurchaseOrderRequest = z.input<typeof CreatePurchaseOrderRequest>;

export const UpdatePurchaseOrderRequest = z.object({
  ...z.object(headerFields).partial().shape,
  lines: lines(UpdateLineRequest).optional(),
  /** Why the order changes (recorded with the revision). */
  reason: text(1000).optional(),
});
export type UpdatePurchaseOrderRequest = z.input<typeof UpdatePurchaseOrderRequest>;

/** Body of a transition (may be left out): `reason` where one is required (reject, hold, cancel, close), else an optional comment. */
export const TransitionRequest = z
  .object({
    reason: text(1000).optional(),
    comment: text(2000).optional(),
  })
  .nullish();

export const ShortCloseRequest = z.object({ reason: requiredText(1000) });

/** Body of request-changes: what the buyer should change (required). */
export const RequestChangesRequest = z.object({ comment: requiredText(2000) });

export const LineParams = z.object({ id: Id, lineNo: z.coerce.number().int().min(1) });
export const RevisionParams = z.object({ id: Id, revision: z.coerce.number().int().min(1) });

export const PurchaseOrderListQuery = z.object({
  q: text(200).optional(),
  status: PurchaseOrderStatus.optional(),
  supplierId: Id.optional(),
  buyerId: Id.optional(),
  departmentId: Id.optional(),
  orderDateFrom: IsoDate.optional(),
  orderDateTo: IsoDate.optional(),
  overdue: booleanQuery.optional(),
  dueSoon: booleanQuery.optional(),
  returned: booleanQuery.optional(),
});

// ── responses ───────────────────────────────────────────────────────────────

export const Warning = z.object({ code: z.string(), message: z.string() });

export const LineProgress = z
  .object({
    expected: z.string().meta({ description: 'Ordered less short-closed' }),
    received: z.string().meta({ description: 'Received less reversals' }),
    pendingInspection: z.string().meta({ description: 'Received, neither accepted nor rejected yet' }),
    accepted: z
      .string()
      .meta({ description: 'Accepted on receipt or at inspection: what counts as delivered' }),
    rejected: z.string().meta({ description: 'Rejected at inspection' }),
    returned: z.string().meta({ description: 'Rejected goods sent back to the supplier' }),
    billed: z.string(),
    outstanding: z.string().meta({
      description: 'Still to come: expected less accepted and awaiting inspection (rejected goods are open)',
    }),
    receivedPercent: z.string(),
    acceptedPercent: z
      .string()
      .meta({ description: 'Accepted of expected, capped at 100: delivery progress' }),
    billedPercent: z.string(),
    complete: z.boolean().meta({ description: 'Everything expected was accepted' }),
  })
  .meta({ id: 'LineProgress' });

export const OrderProgress = z
  .object({
    receivedPercent: z.string(),
    acceptedPercent: z.string(),
    billedPercent: z.string(),
    fullyReceived: z.boolean().meta({ description: "Every line's expected quantity was accepted" }),
    anyReceived: z.boolean(),
  })
  .meta({ id: 'OrderProgress' });

export const LineSource = z.object({
  requisitionLineId: Id,
  quantity: z.string(),
  requisitionId: Id,
  requisitionNumber: z.string(),
  requisitionLineNo: z.number().int(),
});

export const PurchaseOrderLine = z
  .object({
    id: Id,
    lineNo: z.number().int(),
    itemId: Id.nullable(),
    sku: z.string().nullable(),
    description: z.string(),
    quantity: z.string(),
    unitCode: z.string(),
    unitName: z.string(),
    unitPrice: z.string(),
    discountPercent: z.string(),
    taxRate: z.string(),
    taxCategory: TaxCategoryCode,
    netAmount: z.string(),
    taxAmount: z.string(),
    totalAmount: z.string(),
    neededBy: IsoDate.nullable(),
    promisedDate: IsoDate.nullable().meta({
      description: 'The delivery date the supplier promised; null: not yet',
    }),
    costCentreId: Id.nullable(),
    quantityReceived: z.string().meta({ description: 'Received less reversals' }),
    quantityAccepted: z.string().meta({ description: 'Accepted on receipt or at inspection' }),
    quantityRejected: z.string().meta({ description: 'Rejected at inspection' }),
    quantityBilled: z.string(),
    quantityShipped: z.string().meta({
      description: "What the supplier's ship notices say it shipped; shipped beyond received is in transit",
    }),
    quantityReturned: z.string().meta({ description: 'Rejected goods sent back by returns to supplier' }),
    quantityCredited: z.string().meta({
      description: 'Of the returned quantity, what the supplier is to credit: no longer expected',
    }),
    quantityShortClosed: z
      .string()
      .meta({ description: 'No longer expected: short-closed, and returned for credit (quantityCredited)' }),
    shortCloseReason: z.string().nullable(),
    service: z.boolean().meta({
      description:
        'Its item is a service: confirmed by amount or percentage of completion (POST /api/v1/receipts)',
    }),
    progress: LineProgress,
    sources: z.array(LineSource),
  })
  .meta({ id: 'PurchaseOrderLine' });

const StoredAddress = Address;
const CodeName = z.object({ code: z.string(), name: z.string() });

export const PurchaseOrder = z
  .object({
    id: Id,
    number: z.string(),
    revision: z.number().int(),
    status: PurchaseOrderStatus,
    heldFromStatus: PurchaseOrderStatus.nullable(),
    supplierId: Id,
    supplierName: z.string(),
    supplier: z.object({
      id: Id,
      code: z.string(),
      legalName: z.string(),
      taxId: z.string().nullable(),
      address: StoredAddress.nullable(),
      contact: Contact.nullable(),
      status: SupplierStatus,
    }),
    currency: z.string(),
    minorUnits: z.number().int(),
    exchangeRate: z.string(),
    exchangeRateDate: IsoDate,
    baseCurrency: z.string(),
    paymentTermsNetDays: z.number().int(),
    earlyPaymentDiscountPercent: z.string().nullable(),
    earlyPaymentDiscountDays: z.number().int().nullable(),
    paymentTermsBasis: z.enum(PAYMENT_TERMS_BASES),
    incoterms: Incoterm.nullable(),
    incotermsPlace: z.string().nullable(),
    shipTo: StoredAddress.nullable(),
    billTo: StoredAddress.nullable(),
    buyerId: Id,
    buyer: z.object({ id: Id, name: z.string(), email: z.string() }),
    departmentId: Id.nullable(),
    department: CodeName.nullable(),
    costCentreId: Id.nullable(),
    costCentre: CodeName.nullable(),
    orderDate: IsoDate,
    expectedDeliveryDate: IsoDate.nullable(),
    notes: z.string(),
    terms: z.string(),
    totals: z.object({
      subtotal: z.string(),
      tax: z.string(),
      total: z.string(),
      byTaxRate: z.array(
        z.object({ taxCategory: TaxCategoryCode, taxRate: z.string(), net: z.string(), tax: z.string() }),
      ),
    }),
    totalBase: z.string(),
    progress: OrderProgress,
    lines: z.array(PurchaseOrderLine),
    holdReason: z.string().nullable(),
    cancelReason: z.string().nullable(),
    closeReason: z.string().nullable(),
    submittedAt: dateOut.nullable(),
    approvedAt: dateOut.nullable(),
    firstSentAt: dateOut
      .nullable()
      .meta({ description: 'When it was first sent to the supplier; null: never' }),
    sentRevision: z
      .number()
      .int()
      .nullable()
      .meta({ description: 'The latest revision the supplier was sent; null: never sent' }),
    approvedBy: Id.nullable(),
    approvedByName: z.string().nullable(),
    returned: Returned.nullable(),
    createdBy: Id.nullable(),
    warnings: z.array(Warning),
    version: z.number().int(),
    createdAt: dateOut,
    updatedAt: dateOut,
  })
  .meta({ id: 'PurchaseOrder' });
export type PurchaseOrder = z.output<typeof PurchaseOrder>;

export const PurchaseOrderSummary = z
  .object({
    id: Id,
    number: z.string(),
    revision: z.number().int(),
    status: PurchaseOrderStatus,
    supplierId: Id,
    supplierName: z.string(),
    currency: z.string(),
    total: z.string(),
    totalBase: z.string(),
    orderDate: IsoDate,
    expectedDeliveryDate: IsoDate.nullable(),
    buyerId: Id,
    departmentId: Id.nullable(),
    version: z.number().int(),
    createdAt: dateOut,
    updatedAt: dateOut,
  })
  .meta({ id: 'PurchaseOrderSummary' });
export type PurchaseOrderSummary = z.output<typeof PurchaseOrderSummary>;

const FieldChange = z.object({ before: z.unknown(), after: z.unknown() });
const SnapshotLine = z.record(z.string(), z.unknown());

export const OrderDiff = z.object({
  header: z.record(z.string(), FieldChange),
  lines: z.object({
    added: z.array(SnapshotLine),
    removed: z.array(SnapshotLine),
    changed: z.array(z.object({ lineNo: z.number().int(), changes: z.record(z.string(), FieldChange) })),
  }),
});

export const PurchaseOrderRevision = z
  .object({
    revision: z.number().int(),
    reason: z.string().nullable(),
    requiresApproval: z.boolean(),
    /** Whether and why the change went back to approval ("Re-approval needed: Finance — because …"); null on revisions older than the rule. */
    approvalExplanation: z.string().nullable(),
    changes: OrderDiff,
    createdBy: Id.nullable(),
    createdByName: z.string().nullable(),
    createdAt: dateOut,
  })
  .meta({ id: 'PurchaseOrderRevision' });

export const PurchaseOrderRevisionDetail = PurchaseOrderRevision.extend({
  /** The document as it stood before this revision. */
  snapshot: z.object({
    number: z.string(),
    revision: z.number().int(),
    status: z.string(),
    header: z.record(z.string(), z.unknown()),
    lines: z.array(SnapshotLine),
  }),
}).meta({ id: 'PurchaseOrderRevisionDetail' });
