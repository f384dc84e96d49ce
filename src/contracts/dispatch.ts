import { z } from 'zod';
import {
  DELIVERY_STATES,
  DISPATCH_FILE_ROLES,
  DISPATCH_KINDS,
  DISPATCH_STATUSES,
  MAX_DISPATCH_RECIPIENTS,
  MAX_SHIP_NOTICE_LINES,
  SHIP_NOTICE_SOURCES,
} from '../domain/dispatch';
import { EMAIL_STATUSES } from '../domain/notifications';
import { PositiveQuantity } from './catalog';
import { dateOut, Id, IsoDate, text } from './common';

/** Sending orders to suppliers (docs/dispatch.md). */

export const DispatchKind = z.enum(DISPATCH_KINDS).meta({
  description:
    'order: the order itself; change: a later revision of a sent order; cancellation: of a sent order; closure: a sent order closed with quantities still open (a message only: nothing more is to be delivered)',
});
export const DispatchFileRole = z.enum(DISPATCH_FILE_ROLES).meta({
  description:
    'pdf: the PDF order; ubl: the PEPPOL document (Order, OrderChange, OrderCancellation); message: the whole e-mail (.eml)',
});

export type DispatchKind = z.output<typeof DispatchKind>;
export type DispatchFileRole = z.output<typeof DispatchFileRole>;

export const SendPurchaseOrderRequest = z
  .object({
    recipients: z
      .array(z.email({ message: 'must be an e-mail address' }).max(320))
      .min(1, 'must name at least one address')
      .max(MAX_DISPATCH_RECIPIENTS, `can name at most ${MAX_DISPATCH_RECIPIENTS} addresses`)
      .optional()
      .meta({ description: "Who gets it this time; absent: the supplier's order contacts" }),
    message: text(2000).optional().meta({ description: 'A note to the supplier, written into the e-mail' }),
  })
  .nullish();
export type SendPurchaseOrderRequest = z.input<typeof SendPurchaseOrderRequest>;

export const DispatchFile = z
  .object({
    role: DispatchFileRole,
    fileName: z.string(),
    mediaType: z.string(),
    sizeBytes: z.number().int(),
    sha256: z.string().meta({ description: 'SHA-256 of the bytes, in hex' }),
  })
  .meta({ id: 'DispatchFile' });

export const Dispatch = z
  .object({
    id: Id,
    purchaseOrderId: Id,
    kind: DispatchKind,
    revision: z.number().int(),
    recipients: z.array(z.string()),
    message: z.string().nullable(),
    reason: z.string().nullable().meta({ description: 'Why the order was cancelled (a cancellation)' }),
    automatic: z
      .boolean()
      .meta({ description: 'Sent on approval or on cancellation, not by a person pressing Send' }),
    sentBy: z.object({ id: Id, name: z.string() }).nullable(),
    sentAt: dateOut,
    status: z.enum(DISPATCH_STATUSES).meta({
      description:
        'preparing: recorded, its PDF, UBL document and message being rendered (a moment; files empty, email null); ready: rendered, kept and handed to e-mail delivery; failed: it could not be rendered (error says why; the buyer is told and may send again)',
    }),
    error: z.string().nullable().meta({ description: 'Why it could not be prepared (failed)' }),
    preparedAt: dateOut.nullable(),
    email: z
      .object({
        id: Id,
        status: z.enum(EMAIL_STATUSES),
        deliveredAt: dateOut.nullable(),
        lastError: z.string().nullable(),
      })
      .nullable()
      .meta({ description: 'The e-mail carrying it; null until the send is prepared' }),
    files: z.array(DispatchFile),
    ublOmittedReason: z.string().nullable().meta({
      description: 'Why no UBL document was attached (what the order lacks for PEPPOL); null: it was',
    }),
  })
  .meta({ id: 'Dispatch' });
export type Dispatch = z.output<typeof Dispatch>;

export const DispatchFileParams = z.object({ id: Id, dispatchId: Id, role: DispatchFileRole });

// ── ship notices ────────────────────────────────────────────────────────────

export const ShipNoticeSource = z.enum(SHIP_NOTICE_SOURCES).meta({
  description:
    "supplier: the supplier's user (portal or API); ubl: a UBL DespatchAdvice; buyer: recorded on the supplier's behalf",
});

export const CreateShipNoticeRequest = z.object({
  despatchDate: IsoDate.meta({ description: 'When the goods left the supplier' }),
  expectedDeliveryDate: IsoDate.nullable()
    .optional()
    .meta({ description: 'When they should arrive; not before the despatch date' }),
  carrier: text(200).nullable().optional().meta({ description: 'DHL, UPS, FedEx, DPD, GLS … or any name' }),
  trackingNumber: text(200).nullable().optional(),
  packages: z
    .number()
    .int('must be a whole number')
    .min(1, 'must be at least 1')
    .max(100_000)
    .nullable()
    .optional(),
  note: text(2000).nullable().optional(),
  supplierReference: text(200)
    .nullable()
    .optional()
    .meta({ description: "The supplier's own number for it (its delivery note)" }),
  lines: z
    .array(z.object({ lineNo: z.number().int().min(1), quantity: PositiveQuantity }))
    .min(1, 'must name at least one line shipped')
    .max(MAX_SHIP_NOTICE_LINES),
});
export type CreateShipNoticeRequest = z.input<typeof CreateShipNoticeRequest>;

export const ShipNotice = z
  .object({
    id: Id,
    number: z.string().meta({ example: 'ASN-2026-00042' }),
    purchaseOrderId: Id,
    supplierId: Id,
    orderRevision: z.number().int(),
    despatchDate: z.string(),
    expectedDeliveryDate: z.string().nullable(),
    carrier: z.string().nullable(),
    trackingNumber: z.string().nullable(),
    trackingUrl: z
      .string()
      .nullable()
      .meta({ description: "The carrier's tracking page, for a known carrier" }),
    packages: z.number().int().nullable(),
    note: z.string().nullable(),
    supplierReference: z.string().nullable(),
    source: ShipNoticeSource,
    recordedBy: z.object({ id: Id, name: z.string() }).nullable(),
    recordedAt: dateOut,
    fromDocument: z.boolean().meta({ description: 'Arrived as a UBL DespatchAdvice, kept as sent' }),
    lines: z.array(z.object({ lineNo: z.number().int(), quantity: z.string() })),
  })
  .meta({ id: 'ShipNotice' });
export type ShipNotice = z.output<typeof ShipNotice>;

// ── delivery tracking ───────────────────────────────────────────────────────

export { DELIVERY_STATES };

export const DeliveryState = z.enum(DELIVERY_STATES).meta({
  description:
    'late: the expected date passed, not all received; at_risk: promised later than needed, expected later than promised, or not acknowledged in time; not_acknowledged: sent, no answer yet; on_track',
});
export type DeliveryState = z.output<typeof DeliveryState>;

export const TrackingQuery = z.object({
  supplierId: Id.optional(),
  buyerId: Id.optional(),
  from: IsoDate.optional().meta({ description: 'Expected on or after this date' }),
  to: IsoDate.optional().meta({ description: 'Expected on or before this date' }),
  state: DeliveryState.optional(),
});

export const TrackingLine = z
  .object({
    purchaseOrderId: Id,
    orderNumber: z.string(),
    lineNo: z.number().int(),
    supplier: z.object({ id: Id, name: z.string() }),
    buyer: z.object({ id: Id, name: z.string() }),
    description: z.string(),
    unitCode: z.string(),
    openQuantity: z.string().meta({ description: 'Still expected: ordered less short-closed less received' }),
    inTransitQuantity: z.string().meta({ description: 'Shipped (ship notices) and not yet received' }),
    neededBy: z.string().nullable(),
    promisedDate: z.string().nullable(),
    expectedDate: z
      .string()
      .nullable()
      .meta({ description: 'The latest ship notice’s expected date, else promised, else needed-by' }),
    sentAt: dateOut,
    acknowledged: z.boolean(),
    state: DeliveryState,
    risk: z.array(z.enum(['promised_late', 'expected_moved', 'not_acknowledged'])),
  })
  .meta({ id: 'TrackingLine' });
export type TrackingLine = z.output<typeof TrackingLine>;

const Count = z.object({
  count: z.number().int(),
  more: z.boolean().meta({ description: 'Counted up to 1,000' }),
});
export const TrackingCounts = z
  .object(Object.fromEntries(DELIVERY_STATES.map((s) => [s, Count])) as Record<DeliveryState, typeof Count>)
  .meta({ id: 'TrackingCounts' });
