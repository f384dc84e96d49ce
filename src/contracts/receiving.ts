import { z } from 'zod';
import {
  MAX_RECEIPT_LINES,
  MAX_SERIAL_NUMBERS,
  RECEIPT_KINDS,
  RECEIPT_LINE_STATUSES,
  REJECTION_REASONS,
  RETURN_REMEDIES,
} from '../domain/receiving';
import { PositiveQuantity } from './catalog';
import { booleanQuery, bounded, dateOut, decimalString, Id, IsoDate, text } from './common';
import { Attachment } from './discussion';
import { ShipNotice } from './dispatch';
import { PurchaseOrderSummary } from './purchase-orders';

export { RECEIPT_KINDS, RECEIPT_LINE_STATUSES, REJECTION_REASONS };

const Quantity = bounded(decimalString({ scale: 6, min: 'non-negative' }), 12);

export const RejectionReason = z.enum(REJECTION_REASONS).meta({
  description:
    'damaged, wrong_item, out_of_specification, expired, short_shipped, or other (with rejectionNote)',
});
export type RejectionReason = z.output<typeof RejectionReason>;

export const CreateReceiptRequest = z.object({
  purchaseOrderId: Id,
  shipNoticeId: Id.nullable()
    .optional()
    .meta({ description: 'The ship notice the goods came with (one of the order’s)' }),
  receivedOn: IsoDate.nullable().optional().meta({ description: 'Today when left out; never in the future' }),
  deliveryNote: text(200).nullable().optional().meta({ description: "The delivery note's number" }),
  storageLocation: text(200).nullable().optional(),
  note: text(2000).nullable().optional(),
  lines: z
    .array(
      z.object({
        lineNo: z.number().int().min(1),
        quantity: PositiveQuantity.nullable()
          .optional()
          .meta({ description: 'What arrived; a service line may give amount or percentComplete instead' }),
        amount: bounded(decimalString({ scale: 4, min: 'positive' }), 16)
          .nullable()
          .optional()
          .meta({
            description:
              'Service lines: the amount (net, in the order’s currency) delivered now; it comes to quantity at the line’s net unit price',
          }),
        percentComplete: decimalString({ scale: 4, min: 'positive', max: 100 }).nullable().optional().meta({
          description:
            'Service lines: how far the whole line is complete now, in %; what it adds to what was confirmed is received',
        }),
        unitCode: text(20)
          .nullable()
          .optional()
          .meta({ description: "The quantity's unit when not the order line's; it must convert to it" }),
        lotNumber: text(100).nullable().optional(),
        serialNumbers: z
          .array(text(100).min(1, 'must not be empty'))
          .max(MAX_SERIAL_NUMBERS)
          .nullable()
          .optional(),
      }),
    )
    .min(1, 'must name at least one line received')
    .max(MAX_RECEIPT_LINES),
});
export type CreateReceiptRequest = z.input<typeof CreateReceiptRequest>;

export const ReverseReceiptRequest = z.object({
  reason: text(2000).min(1, 'is required'),
  lines: z
    .array(z.object({ lineNo: z.number().int().min(1), quantity: PositiveQuantity }))
    .max(MAX_RECEIPT_LINES)
    .nullable()
    .optional()
    .meta({ description: 'What to take back; left out: everything the receipt still holds that can be' }),
});
export type ReverseReceiptRequest = z.input<typeof ReverseReceiptRequest>;

export const InspectionRequest = z.object({
  lines: z
    .array(
      z.object({
        lineNo: z.number().int().min(1),
        quantityAccepted: Quantity,
        quantityRejected: Quantity,
        rejectionReason: RejectionReason.nullable().optional(),
        rejectionNote: text(2000).nullable().optional(),
        note: text(2000).nullable().optional(),
      }),
    )
    .min(1, 'must name at least one line inspected')
    .max(MAX_RECEIPT_LINES),
});
export type InspectionRequest = z.input<typeof InspectionRequest>;

const Person = z.object({ id: Id, name: z.string() });

export const Inspection = z
  .object({
    id: Id,
    receiptId: Id,
    lineNo: z.number().int(),
    quantityAccepted: z.string(),
    quantityRejected: z.string(),
    rejectionReason: RejectionReason.nullable(),
    rejectionNote: z.string().nullable(),
    note: z.string().nullable(),
    inspectedBy: Person,
    inspectedAt: dateOut,
  })
  .meta({ id: 'Inspection' });

const receiptLineFields = {
  lineNo: z.number().int().meta({ description: 'The order line' }),
  description: z.string(),
  itemId: Id.nullable(),
  unitCode: z.string(),
  quantity: z.string().meta({ description: "In the order line's unit" }),
  enteredQuantity: z.string().nullable(),
  enteredUnitCode: z.string().nullable(),
  lotNumber: z.string().nullable(),
  serialNumbers: z.array(z.string()),
  inspectionRequired: z.boolean(),
  overReceived: z
    .string()
    .meta({ description: 'Received beyond what was open on the order line, within the tolerance (flagged)' }),
  quantityReversed: z.string(),
  quantityAccepted: z.string(),
  quantityRejected: z.string(),
  quantityReturned: z.string().meta({ description: 'Of the rejected quantity, what returns sent back' }),
  quantityPending: z.string().meta({ description: 'Awaiting inspection' }),
  quantityReversible: z.string().meta({
    description: 'What a reversal may still take back (inspected goods go back by a return instead)',
  }),
  confirmedAmount: z
    .string()
    .nullable()
    .meta({ description: 'A service confirmed by amount: the amount the quantity came from' }),
  confirmedPercent: z
    .string()
    .nullable()
    .meta({ description: 'A service confirmed by percentage of completion: the percentage reached' }),
  quantityInvoiced: z.string().meta({
    description:
      'Of the accepted quantity, what matched invoices consumed (the match ledger); it cannot be reversed',
  }),
  quantityReturnable: z
    .string()
    .meta({ description: 'Rejected and not yet returned: what a return may still send back' }),
  status: z.enum(RECEIPT_LINE_STATUSES),
  inspections: z.array(Inspection),
};

export const ReceiptLine = z.object(receiptLineFields).meta({ id: 'ReceiptLine' });

export const Receipt = z
  .object({
    id: Id,
    number: z.string().meta({ example: 'GR-2026-00042' }),
    kind: z.enum(RECEIPT_KINDS).meta({ description: 'receipt, or reversal (of reversesReceiptId)' }),
    purchaseOrderId: Id,
    purchaseOrderNumber: z.string(),
    supplierId: Id,
    shipNoticeId: Id.nullable(),
    reversesReceiptId: Id.nullable(),
    receivedOn: z.string(),
    deliveryNote: z.string().nullable(),
    storageLocation: z.string().nullable(),
    note: z.string().nullable(),
    reason: z.string().nullable().meta({ description: "A reversal's reason" }),
    recordedBy: Person,
    recordedAt: dateOut,
    overReceived: z.boolean(),
    pendingInspection: z.boolean(),
    lines: z.array(ReceiptLine),
  })
  .meta({ id: 'Receipt' });
export type Receipt = z.output<typeof Receipt>;

export const ReceiptListQuery = z.object({
  purchaseOrderId: Id.optional(),
  kind: z.enum(RECEIPT_KINDS).optional(),
  pendingInspection: booleanQuery
    .optional()
    .meta({ description: 'Only receipts with a line awaiting inspection' }),
  awaitingReturn: booleanQuery
    .optional()
    .meta({ description: 'Only receipts with goods rejected at inspection and not yet returned' }),
  from: IsoDate.optional().meta({ description: 'Received on or after' }),
  to: IsoDate.optional().meta({ description: 'Received on or before' }),
});

export const PendingInspection = z
  .object({
    ...receiptLineFields,
    receiptId: Id,
    receiptNumber: z.string(),
    purchaseOrderId: Id,
    purchaseOrderNumber: z.string(),
    supplierId: Id,
    receivedOn: z.string(),
    recordedAt: dateOut,
  })
  .meta({ id: 'PendingInspection' });

export const ExpectedDeliveryQuery = z.object({
  q: text(200).min(1, 'is required').meta({
    description:
      'An order number, supplier or item, or a ship notice’s number, tracking number or delivery-note number',
  }),
});

export const ExpectedDelivery = z
  .object({
    order: PurchaseOrderSummary,
    matchedShipNoticeId: Id.nullable().meta({ description: 'The ship notice the search named, if it did' }),
    shipNotices: z.array(ShipNotice),
  })
  .meta({ id: 'ExpectedDelivery' });

export const ReturnRemedy = z.enum(RETURN_REMEDIES).meta({
  description:
    'replacement: the goods are to come again by replacementExpectedOn (the quantity stays open); credit: the supplier credits them (no longer expected)',
});

export const CreateReturnRequest = z.object({
  receiptId: Id.meta({ description: 'The goods receipt whose rejected goods go back' }),
  remedy: ReturnRemedy,
  replacementExpectedOn: IsoDate.nullable()
    .optional()
    .meta({ description: 'Required for a replacement (today or later); not for a credit' }),
  note: text(2000)
    .nullable()
    .optional()
    .meta({ description: 'What the supplier is told beyond the reasons (carrier, return authorisation)' }),
  lines: z
    .array(z.object({ lineNo: z.number().int().min(1), quantity: PositiveQuantity }))
    .max(MAX_RECEIPT_LINES)
    .nullable()
    .optional()
    .meta({
      description: 'What goes back; left out: everything rejected on the receipt and not yet returned',
    }),
  attachmentIds: z.array(Id).max(50).nullable().optional().meta({
    description:
      'Files of the receipt (inspection photos, test reports) to send with the return: the supplier sees them in the portal',
  }),
});
export type CreateReturnRequest = z.input<typeof CreateReturnRequest>;

export const SupplierReturn = z
  .object({
    id: Id,
    number: z.string().meta({ example: 'RTV-2026-00007' }),
    receiptId: Id,
    receiptNumber: z.string(),
    purchaseOrderId: Id,
    purchaseOrderNumber: z.string(),
    supplierId: Id,
    remedy: ReturnRemedy,
    replacementExpectedOn: z.string().nullable(),
    note: z.string().nullable(),
    recordedBy: Person,
    recordedAt: dateOut,
    attachmentCount: z.number().int().meta({ description: 'Files sent with the return' }),
    attachments: z.array(Attachment).meta({
      description:
        'The files sent with the return; download them from /api/v1/portal/attachments/{id}/content (supplier) or /api/v1/attachments/{id}/content',
    }),
    lines: z.array(
      z.object({
        lineNo: z.number().int().meta({ description: 'The order line' }),
        description: z.string(),
        itemId: Id.nullable(),
        unitCode: z.string(),
        quantity: z.string(),
        lotNumber: z.string().nullable(),
        rejectionReasons: z.array(z.object({ reason: RejectionReason, note: z.string().nullable() })),
      }),
    ),
  })
  .meta({ id: 'SupplierReturn' });
export type SupplierReturn = z.output<typeof SupplierReturn>;

export const ReturnListQuery = z.object({
  purchaseOrderId: Id.optional(),
  receiptId: Id.optional(),
  supplierId: Id.optional(),
  remedy: ReturnRemedy.optional(),
  from: IsoDate.optional().meta({ description: 'Recorded on or after' }),
  to: IsoDate.optional().meta({ description: 'Recorded on or before' }),
});

export const PortalReturnListQuery = ReturnListQuery.pick({ purchaseOrderId: true, remedy: true });
