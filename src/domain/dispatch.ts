/**
 * The vocabulary of dispatch (sending orders to suppliers), declared once: the schema, the
 * contracts (and so the web app) and the core import it. Pure.
 */

/**
 * What a send carried: the order itself, a change of a sent order (a later revision), or the
 * cancellation of a sent order.
 */
export const DISPATCH_KINDS = ['order', 'change', 'cancellation'] as const;
export type DispatchKind = (typeof DISPATCH_KINDS)[number];

export const DISPATCH_KIND_LABELS: Record<DispatchKind, string> = {
  order: 'Order',
  change: 'Change order',
  cancellation: 'Cancellation',
};

/** The files a send keeps, byte for byte: the PDF, the UBL document, and the e-mail message itself. */
export const DISPATCH_FILE_ROLES = ['pdf', 'ubl', 'message'] as const;
export type DispatchFileRole = (typeof DISPATCH_FILE_ROLES)[number];

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
] as const;
export type PortalLineField = (typeof PORTAL_LINE_FIELDS)[number];
