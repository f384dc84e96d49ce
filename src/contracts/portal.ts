import { z } from 'zod';
import {
  LINE_DECISIONS,
  PORTAL_LINE_FIELDS,
  type PortalLineField,
  SUPPLIER_RESPONSE_SOURCES,
  SUPPLIER_RESPONSE_STATUSES,
} from '../domain/dispatch';
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
