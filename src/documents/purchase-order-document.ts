import type { Language } from '../domain/languages';
import type { TaxCategory } from '../domain/tax-categories';

/**
 * Everything a printed or exchanged purchase order shows, in one flat, already-computed shape.
 *
 * The renderers (PDF, UBL) are pure functions of this type: they format, they never look anything up
 * and never recompute a business rule. The purchase-orders capability maps its read model onto it.
 *
 * Conventions:
 * - money, quantities, prices and percentages are decimal strings ("1234.5", "0.0125", "20"), never
 *   JS numbers; amounts are already rounded to the currency's minor units by the totals rule;
 * - dates are ISO calendar dates ("2026-03-14"); instants are ISO 8601 timestamps with an offset
 *   ("2026-03-14T09:30:00Z");
 * - `null` means "not given" and is left out of the rendered document.
 */
export type PurchaseOrderDocument = {
  /** The human number, e.g. "PO-2026-00042". */
  number: string;
  /** 1 for the original order, n+1 for each change order. */
  revision: number;
  /** Machine status ("draft", "pending_approval", "approved", "sent", …); the PDF names it in its reader's language. */
  status: string;
  /** The language the document is written in for its reader: the supplier's. */
  language: Language;
  orderDate: string;
  expectedDeliveryDate: string | null;
  /** ISO 4217 code, e.g. "EUR". */
  currency: string;
  /** Digits after the decimal point for this currency (EUR 2, JPY 0, KWD 3). */
  minorUnits: number;
  /** The ordering organisation (us). */
  buyerOrganisation: PurchaseOrderDocumentOrganisation;
  supplier: PurchaseOrderDocumentSupplier;
  /** The buyer (person) responsible for this order. */
  buyer: { name: string; email: string | null };
  paymentTerms: PurchaseOrderDocumentPaymentTerms | null;
  incoterms: { code: string; place: string | null } | null;
  shipTo: PurchaseOrderDocumentAddress;
  billTo: PurchaseOrderDocumentAddress;
  lines: PurchaseOrderDocumentLine[];
  totals: PurchaseOrderDocumentTotals;
  notes: string | null;
  terms: string | null;
  approval: PurchaseOrderDocumentApproval;
  /** When this rendering was produced; printed on the document and used as the PDF creation date. */
  generatedAt: string;
  /**
   * What the order's latest revision changed (revision 1 and later): the electronic document is
   * then an order change. Absent for the original order.
   */
  change?: PurchaseOrderDocumentChange;
  /** The order was cancelled: the electronic document is then an order cancellation. */
  cancellation?: { date: string; reason: string | null };
};

export type PurchaseOrderDocumentChange = {
  /** The day the revision was made. */
  date: string;
  reason: string | null;
  /** Lines of this revision that it added, and that it changed (by line number). */
  addedLineNos: number[];
  changedLineNos: number[];
  /** Lines the revision removed, as they stood before. */
  removedLines: PurchaseOrderDocumentLine[];
};

export type PurchaseOrderDocumentAddress = {
  line1: string;
  line2: string | null;
  city: string;
  region: string | null;
  postalCode: string | null;
  /** ISO 3166-1 alpha-2, e.g. "DE". */
  country: string;
};

/** How a party is known to the e-procurement network and the authorities (src/domain/party-identifiers.ts). */
export type PurchaseOrderDocumentPartyIds = {
  /** Its PEPPOL participant id: the Electronic Address Scheme code and the id; null: none known. */
  electronicAddress: { scheme: string; id: string } | null;
  /** Its company register number, and the register's ISO 6523 code when known. */
  legalId: { id: string; scheme: string | null } | null;
  /** The tax its tax id is for (VAT, GST, STT, LOC); null: not stated. */
  taxScheme: string | null;
};

export type PurchaseOrderDocumentOrganisation = PurchaseOrderDocumentPartyIds & {
  name: string;
  address: PurchaseOrderDocumentAddress;
  taxId: string | null;
};

export type PurchaseOrderDocumentSupplier = PurchaseOrderDocumentPartyIds & {
  code: string;
  legalName: string;
  taxId: string | null;
  address: PurchaseOrderDocumentAddress;
  contact: { name: string | null; email: string | null; phone: string | null } | null;
};

export type PurchaseOrderDocumentPaymentTerms = {
  /** As agreed and printed, e.g. "2/10 net 30". */
  text: string;
  netDays: number | null;
  /** Early-payment (settlement) discount, e.g. "2" for 2 %. */
  discountPercent: string | null;
  /** Days within which the early-payment discount applies. */
  discountDays: number | null;
};

export type PurchaseOrderDocumentLine = {
  lineNo: number;
  /** Our catalog item's SKU, or null for a free-text line. */
  sku: string | null;
  supplierPartNumber: string | null;
  description: string;
  quantity: string;
  /** Our unit's code ("KG", "BOX"). */
  unitCode: string;
  /** The unit's UN/ECE Recommendation 20 code ("KGM", "XBX"); null when the unit has none. */
  uneceCode: string | null;
  /** The unit as people read it ("pcs", "kg", "hour"). */
  unitName: string;
  unitPrice: string;
  /** "0" when there is no discount. */
  discountPercent: string;
  taxRate: string;
  /** What the rate means (S, Z, E, AE, K, G, O). */
  taxCategory: TaxCategory;
  /** quantity × unit price × (1 − discount), rounded. */
  netAmount: string;
  taxAmount: string;
  neededBy: string | null;
};

export type PurchaseOrderDocumentTaxBreakdown = {
  taxCategory: TaxCategory;
  taxRate: string;
  net: string;
  tax: string;
};

export type PurchaseOrderDocumentTotals = {
  subtotal: string;
  tax: string;
  total: string;
  /** One entry per distinct tax rate, in ascending rate order. */
  byTaxRate: PurchaseOrderDocumentTaxBreakdown[];
};

export type PurchaseOrderDocumentApproval = {
  approvedBy: string | null;
  approvedAt: string | null;
};
