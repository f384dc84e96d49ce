/**
 * The vocabulary of dispatch (sending orders to suppliers), declared once: the schema, the
 * contracts (and so the web app) and the core import it. Pure.
 */

/**
 * What a send carried: the order itself, a change of a sent order (a later revision), or the
 * cancellation of a sent order.
 */
export const DISPATCH_KINDS = ['order', 'change', 'cancellation', 'closure'] as const;
export type DispatchKind = (typeof DISPATCH_KINDS)[number];

export const DISPATCH_KIND_LABELS: Record<DispatchKind, string> = {
  order: 'Order',
  change: 'Change order',
  cancellation: 'Cancellation',
  closure: 'Closing notice',
};

/** The files a send keeps, byte for byte: the PDF, the UBL document, and the e-mail message itself. */
export const DISPATCH_FILE_ROLES = ['pdf', 'ubl', 'message'] as const;
export type DispatchFileRole = (typeof DISPATCH_FILE_ROLES)[number];

/**
 * Where a send stands: `preparing` (recorded when the buyer pressed Send; its PDF, UBL document and
 * message are being rendered, a moment later), `ready` (rendered, kept and handed to e-mail
 * delivery: the e-mail's own state says whether it has left), `failed` (it could not be rendered:
 * the error is kept and the buyer told).
 */
export const DISPATCH_STATUSES = ['preparing', 'ready', 'failed'] as const;
export type DispatchStatus = (typeof DISPATCH_STATUSES)[number];

/** Attempts to render a send before it is given up as `failed`. */
export const MAX_DISPATCH_ATTEMPTS = 5;

/** The most recipients one send may have. */
export const MAX_DISPATCH_RECIPIENTS = 20;

/** What the supplier says of one order line. */
export const LINE_DECISIONS = ['accept', 'change', 'reject'] as const;
export type LineDecision = (typeof LINE_DECISIONS)[number];

/**
 * Where a supplier's answer stands: `accepted` (every line as ordered: the order is acknowledged),
 * `proposed` (changes or rejections the buyer has to decide on), `superseded` (the supplier revised
 * it before the buyer decided), `proposal_accepted` / `proposal_declined` (the buyer's decision).
 */
export const SUPPLIER_RESPONSE_STATUSES = [
  'accepted',
  'proposed',
  'superseded',
  'proposal_accepted',
  'proposal_declined',
] as const;
export type SupplierResponseStatus = (typeof SUPPLIER_RESPONSE_STATUSES)[number];

/** How the answer arrived: the portal, or a UBL OrderResponse. */
export const SUPPLIER_RESPONSE_SOURCES = ['portal', 'ubl'] as const;
export type SupplierResponseSource = (typeof SUPPLIER_RESPONSE_SOURCES)[number];

/** What a supplier sees of an order line in the portal: the document it was sent, no internals. */
export const PORTAL_LINE_FIELDS = [
  'lineNo',
  'sku',
  'description',
  'quantity',
  'unitCode',
  'unitName',
  'unitPrice',
  'discountPercent',
  'taxRate',
  'netAmount',
  'neededBy',
  'promisedDate',
  'quantityReceived',
  'quantityShipped',
  'quantityShortClosed',
] as const;
export type PortalLineField = (typeof PORTAL_LINE_FIELDS)[number];

// ── delivery tracking ───────────────────────────────────────────────────────

/**
 * Where an open line's delivery stands (worst first): `late` (its expected date passed, not fully
 * received), `at_risk` (promised later than needed, the expected date moved later than promised, or
 * not acknowledged N days after sending), `not_acknowledged` (sent, no answer yet), `on_track`.
 */
export const DELIVERY_STATES = ['late', 'at_risk', 'not_acknowledged', 'on_track'] as const;
export type DeliveryState = (typeof DELIVERY_STATES)[number];

/**
 * The statuses in which a sent order's lines are tracked: not yet fully received, closed or
 * cancelled — a change order waiting for its approval or its send included, since the supplier
 * still delivers the revision it has.
 */
export const TRACKED_ORDER_STATUSES = [
  'sent',
  'acknowledged',
  'partially_received',
  'pending_approval',
  'approved',
  'on_hold',
] as const;

/** The statuses in which the supplier has acknowledged the revision it was sent. */
export const ACKNOWLEDGED_ORDER_STATUSES = ['acknowledged', 'partially_received'] as const;

/** Why a supplier is reminded: a delivery promised soon, or an acknowledgement overdue. */
export const SUPPLIER_REMINDER_REASONS = ['delivery_due', 'acknowledgement_overdue'] as const;
export type SupplierReminderReason = (typeof SUPPLIER_REMINDER_REASONS)[number];

// ── ship notices ────────────────────────────────────────────────────────────

/**
 * How a ship notice arrived: the supplier (portal or API), a UBL DespatchAdvice, or the buyer
 * recording one on the supplier's behalf (told by phone, a delivery note on paper).
 */
export const SHIP_NOTICE_SOURCES = ['supplier', 'ubl', 'buyer'] as const;
export type ShipNoticeSource = (typeof SHIP_NOTICE_SOURCES)[number];

/** The order statuses a ship notice may be given against: sent and not yet fully received. */
export const SHIPPABLE_ORDER_STATUSES = ['sent', 'acknowledged', 'partially_received'] as const;

/** The most lines one ship notice may have. */
export const MAX_SHIP_NOTICE_LINES = 5_000;

/**
 * Carriers whose tracking page OpenPO links to, by the names suppliers write (compared without
 * case, spaces or punctuation). `{}` is the tracking number, URL-encoded.
 */
export const CARRIER_TRACKING_URLS: { names: string[]; label: string; url: string }[] = [
  {
    names: ['dhl', 'dhlexpress', 'dhlparcel', 'dhlpaket'],
    label: 'DHL',
    url: 'https://www.dhl.com/global-en/home/tracking.html?tracking-id={}',
  },
  { names: ['ups', 'unitedparcelservice'], label: 'UPS', url: 'https://www.ups.com/track?tracknum={}' },
  {
    names: ['fedex', 'federalexpress', 'tnt'],
    label: 'FedEx',
    url: 'https://www.fedex.com/fedextrack/?trknbr={}',
  },
  { names: ['dpd'], label: 'DPD', url: 'https://tracking.dpd.de/status/en_US/parcel/{}' },
  { names: ['gls'], label: 'GLS', url: 'https://gls-group.com/track/{}' },
  {
    names: ['usps', 'unitedstatespostalservice'],
    label: 'USPS',
    url: 'https://tools.usps.com/go/TrackConfirmAction?tLabels={}',
  },
  {
    names: ['royalmail'],
    label: 'Royal Mail',
    url: 'https://www.royalmail.com/track-your-item#/tracking-results/{}',
  },
  { names: ['postnl'], label: 'PostNL', url: 'https://jouw.postnl.nl/track-and-trace/{}' },
  {
    names: ['laposte', 'colissimo'],
    label: 'La Poste',
    url: 'https://www.laposte.fr/outils/suivre-vos-envois?code={}',
  },
  {
    names: ['deutschepost'],
    label: 'Deutsche Post',
    url: 'https://www.deutschepost.de/de/s/sendungsverfolgung.html?piececode={}',
  },
];

/** The carrier's tracking page for this number, when the carrier is one OpenPO knows. */
export function trackingUrl(carrier: string | null, trackingNumber: string | null): string | null {
  if (!carrier || !trackingNumber) return null;
  const key = carrier.toLowerCase().replace(/[^a-z]/g, '');
  const known = CARRIER_TRACKING_URLS.find((c) => c.names.includes(key));
  return known ? known.url.replace('{}', encodeURIComponent(trackingNumber)) : null;
}
