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
