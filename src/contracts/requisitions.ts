import { z } from 'zod';
import {
  MAX_REQUISITION_LINES,
  REQUISITION_LINE_ORDER_STATUSES,
  REQUISITION_STATUS_LABELS,
  REQUISITION_STATUSES,
} from '../domain/requisitions';
import { PositiveQuantity, UnitCode, UnitPrice } from './catalog';
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
import { SupplierStatus } from './suppliers';

/**
 * Requisitions (purchase requests) and the buyer workbench that turns their lines into orders.
 * Quantities and prices are decimal strings; they come back without trailing zeros, amounts in the
 * base currency with its minor units ("1250.00").
 */

/** The vocabulary the web app shares (declared in src/domain/requisitions.ts). */
export { REQUISITION_STATUS_LABELS, REQUISITION_STATUSES };

export const RequisitionStatus = z.enum(REQUISITION_STATUSES);
export type RequisitionStatus = z.infer<typeof RequisitionStatus>;

export const LineOrderStatus = z.enum(REQUISITION_LINE_ORDER_STATUSES);

// ── requests ────────────────────────────────────────────────────────────────

export const RequisitionLineInput = z.object({
  itemId: Id.nullable().optional().meta({ description: 'A catalog item; blank for a free-text line' }),
  description: text(1000)
    .optional()
    .meta({ description: "Defaults to the item's name; required without an item" }),
  categoryId: Id.optional().meta({
    description: "Defaults to the item's category; required without an item",
  }),
  quantity: PositiveQuantity,
  unitCode: UnitCode.optional().meta({ description: "Defaults to (and must be) the item's unit" }),
  estimatedUnitPrice: UnitPrice,
  currency: CurrencyCode.optional().meta({ description: 'Defaults to the base currency' }),
  neededBy: IsoDate.nullable().optional().meta({ description: 'Not in the past' }),
  suggestedSupplierId: Id.nullable().optional(),
});

const lines = z
  .array(RequisitionLineInput)
  .min(1, 'must have at least one line')
  .max(MAX_REQUISITION_LINES, `must have at most ${MAX_REQUISITION_LINES} lines`);

export const CreateRequisitionRequest = z.object({
  departmentId: Id.optional().meta({ description: "Defaults to the requester's department" }),
  costCentreId: Id,
  justification: text(5000).default(''),
  lines,
});
export type CreateRequisitionRequest = z.input<typeof CreateRequisitionRequest>;

export const RequisitionRoutePreviewRequest = CreateRequisitionRequest.extend({
  requisitionId: Id.optional().meta({
    description: 'The draft being edited, when it is one: its authors may not approve it',
  }),
});
export type RequisitionRoutePreviewRequest = z.input<typeof RequisitionRoutePreviewRequest>;

export const UpdateRequisitionRequest = z
  .object({
    departmentId: Id,
    costCentreId: Id,
    justification: text(5000),
    lines: lines.meta({ description: 'Replaces every line' }),
  })
  .partial();
export type UpdateRequisitionRequest = z.input<typeof UpdateRequisitionRequest>;

export const RequisitionCommentRequest = z.object({ comment: text(2000).optional() });
export const RequisitionReasonRequest = z.object({ reason: requiredText(2000) });
/** Body of request-changes: what the requester should change (required). */
export const RequisitionRequestChangesRequest = z.object({ comment: requiredText(2000) });

export const RequisitionListQuery = z.object({
  status: RequisitionStatus.optional(),
  requesterId: Id.optional(),
  departmentId: Id.optional(),
  mine: booleanQuery.optional().meta({ description: "true: only the caller's own requisitions" }),
  returned: booleanQuery
    .optional()
    .meta({ description: 'true: only drafts an approver sent back (rejected, or changes requested)' }),
  q: text(200)
    .optional()
    .meta({ description: 'Searches the number, the justification and line descriptions' }),
});

// ── responses ───────────────────────────────────────────────────────────────

export const RequisitionLine = z
  .object({
    id: Id,
    lineNo: z.number().int(),
    itemId: Id.nullable(),
    description: z.string(),
    categoryId: Id,
    quantity: z.string(),
    unitCode: z.string(),
    estimatedUnitPrice: z.string(),
    currency: z.string(),
    neededBy: IsoDate.nullable(),
    suggestedSupplierId: Id.nullable(),
    quantityOrdered: z.string(),
    quantityRemaining: z.string(),
    orderStatus: LineOrderStatus,
  })
  .meta({ id: 'RequisitionLine' });
export type RequisitionLine = z.output<typeof RequisitionLine>;

const summaryFields = {
  id: Id,
  number: z.string(),
  status: RequisitionStatus,
  requesterId: Id,
  requesterName: z.string(),
  departmentId: Id,
  departmentCode: z.string(),
  costCentreId: Id,
  costCentreCode: z.string(),
  justification: z.string(),
  estimatedTotalBase: z.string(),
  baseCurrency: z.string(),
  lineCount: z.number().int(),
  submittedAt: dateOut.nullable(),
  decidedAt: dateOut.nullable(),
  decidedBy: Id.nullable(),
  decisionReason: z.string().nullable(),
  cancelReason: z.string().nullable(),
  returned: Returned.nullable(),
  createdBy: Id.nullable(),
  version: z.number().int(),
  createdAt: dateOut,
  updatedAt: dateOut,
};

export const RequisitionSummary = z.object(summaryFields).meta({ id: 'RequisitionSummary' });
export type RequisitionSummary = z.output<typeof RequisitionSummary>;

export const Requisition = z
  .object({ ...summaryFields, lines: z.array(RequisitionLine) })
  .meta({ id: 'Requisition' });
export type Requisition = z.output<typeof Requisition>;

// ── the buyer workbench ─────────────────────────────────────────────────────

export const WorkbenchLineQuery = z.object({
  supplierId: Id.optional().meta({ description: 'Lines whose suggested supplier this is' }),
  categoryId: Id.optional(),
  neededByFrom: IsoDate.optional().meta({ description: 'Needed on or after this date' }),
  neededByTo: IsoDate.optional().meta({ description: 'Needed on or before this date' }),
  q: text(200).optional().meta({ description: 'Searches the requisition number, line description and SKU' }),
});

export const WorkbenchLine = z
  .object({
    requisitionLineId: Id,
    requisitionId: Id,
    requisitionNumber: z.string(),
    lineNo: z.number().int(),
    requesterId: Id,
    requesterName: z.string(),
    departmentId: Id,
    departmentCode: z.string(),
    costCentreId: Id,
    itemId: Id.nullable(),
    itemSku: z.string().nullable(),
    description: z.string(),
    categoryId: Id,
    categoryCode: z.string(),
    quantity: z.string(),
    quantityOrdered: z.string(),
    quantityRemaining: z.string(),
    unitCode: z.string(),
    neededBy: IsoDate.nullable(),
    estimatedUnitPrice: z.string(),
    currency: z.string(),
    suggestedSupplier: z
      .object({
        id: Id,
        code: z.string(),
        legalName: z.string(),
        status: SupplierStatus,
        defaultCurrency: z.string(),
      })
      .nullable(),
    price: z
      .object({
        unitPrice: z.string(),
        currency: z.string(),
        minQuantity: z.string(),
        priceListEntryId: Id,
        leadTimeDays: z.number().int(),
      })
      .nullable()
      .meta({ description: "The suggested supplier's best price today for the remaining quantity" }),
    warning: z.string().nullable().meta({ description: 'Why no price is shown, or what to check' }),
  })
  .meta({ id: 'WorkbenchLine' });
export type WorkbenchLine = z.output<typeof WorkbenchLine>;

export const WorkbenchOrderRequest = z.object({
  lines: z
    .array(
      z.object({
        requisitionLineId: Id,
        quantity: PositiveQuantity.meta({ description: 'May be less than the remaining quantity' }),
        supplierId: Id.optional().meta({ description: "Defaults to the line's suggested supplier" }),
        unitPrice: UnitPrice.optional().meta({
          description: "Defaults to the supplier's valid price list entry for the quantity",
        }),
        taxRate: Percent.optional().meta({
          description: "Defaults to the item's tax rate; required for a free-text line",
        }),
      }),
    )
    .min(1, 'must have at least one line')
    .max(10_000, 'must have at most 10000 lines'),
  orderDate: IsoDate.optional().meta({ description: 'Defaults to today; prices are those valid on it' }),
  expectedDeliveryDate: IsoDate.nullable().optional(),
});
export type WorkbenchOrderRequest = z.input<typeof WorkbenchOrderRequest>;

export const WorkbenchOrderResult = z
  .object({
    purchaseOrders: z.array(
      z.object({
        id: Id,
        number: z.string(),
        supplierId: Id,
        currency: z.string(),
        lineCount: z.number().int(),
        total: z.string(),
        warnings: z.array(z.object({ code: z.string(), message: z.string() })),
      }),
    ),
  })
  .meta({ id: 'WorkbenchOrderResult' });
export type WorkbenchOrderResult = z.output<typeof WorkbenchOrderResult>;
