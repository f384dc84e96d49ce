import { documentTotals } from '../core/shared/document-totals';
import type { FieldError } from '../core/shared/errors';
import { D, roundTo } from '../core/shared/money';
import type { TaxCategory } from '../domain/tax-categories';
import type {
  PurchaseOrderDocument,
  PurchaseOrderDocumentAddress,
  PurchaseOrderDocumentChange,
  PurchaseOrderDocumentLine,
  PurchaseOrderDocumentPartyIds,
} from './purchase-order-document';
import { el, serializeXml, type XmlChild, type XmlElement } from './xml';

/**
 * The purchase order as a PEPPOL BIS Ordering 3 Order (transaction T01): an OASIS UBL 2.1 `Order`
 * that meets the PEPPOL business rules and validates against the UBL 2.4 schema
 * (`UBL-Order-2.4.xsd`; every UBL 2.1 instance is a valid 2.4 instance). The mapping, field by
 * field, is docs/documents.md; in short:
 *
 * - both parties carry their electronic address (`EndpointID` with its EAS scheme) and their legal
 *   name (`PartyLegalEntity`, with the register number when known); the buyer its tax id under the
 *   tax it is for; our supplier number is the seller's `PartyIdentification`;
 * - quantities carry the unit's UN/ECE Recommendation 20 code;
 * - amounts have at most two decimals and follow the rules' arithmetic whatever the currency's minor
 *   units: a line's gross is the unrounded quantity × price, its discount an allowance with its
 *   percentage (`MultiplierFactorNumeric`), base and amount, and the totals are the sums of the
 *   lines as written. In a currency with two minor units these are exactly the order's own amounts;
 *   in one with none (JPY) or three (BHD) the lines are written to the cent and `PayableAmount` is
 *   the order's total (to two decimals), the difference in `PayableRoundingAmount`;
 * - tax categories (UNCL 5305): S (standard rate) for a positive rate, Z (zero-rated) for 0 %;
 * - notes and terms are the order's `Note`; payment terms (with any early-payment discount) are
 *   `PaymentTerms/Note`, the place of the Incoterms their `DeliveryLocation/ID`.
 *
 * The renderer writes what the document holds; `orderDocumentProblems` says what an order lacks
 * to be one (an electronic address, a unit code), and the API refuses the download naming them.
 */

export const UBL_NAMESPACES = {
  order: 'urn:oasis:names:specification:ubl:schema:xsd:Order-2',
  orderChange: 'urn:oasis:names:specification:ubl:schema:xsd:OrderChange-2',
  orderCancellation: 'urn:oasis:names:specification:ubl:schema:xsd:OrderCancellation-2',
  cac: 'urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2',
  cbc: 'urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2',
} as const;

/** PEPPOL BIS Ordering 3: the Order transaction, in the Ordering profile (order and response). */
export const UBL_CUSTOMIZATION_ID = 'urn:fdc:peppol.eu:poacc:trns:order:3';
export const UBL_PROFILE_ID = 'urn:fdc:peppol.eu:poacc:bis:ordering:3';
/** Order Change (T114) and Order Cancellation (T115) belong to the Advanced Ordering profile. */
export const UBL_CHANGE_CUSTOMIZATION_ID = 'urn:fdc:peppol.eu:poacc:trns:order_change:3';
export const UBL_CANCELLATION_CUSTOMIZATION_ID = 'urn:fdc:peppol.eu:poacc:trns:order_cancellation:3';
export const UBL_ADVANCED_PROFILE_ID = 'urn:fdc:peppol.eu:poacc:bis:advanced_ordering:3';

/** UNCL 1229 line status in an order change. */
const LINE_ADDED = '1';
const LINE_DELETED = '2';
const LINE_CHANGED = '3';
const LINE_NO_ACTION = '4';

/** UNCL 1001 document name code 220: Order. */
const ORDER_TYPE_CODE = '220';
const ITEM_NAME_MAX = 100;
/** PEPPOL: amounts (all but unit prices) have at most two decimals. */
const AMOUNT_DECIMALS = 2;

/** What an order lacks to be a PEPPOL order: each a field path and the reason, in words. */
export function orderDocumentProblems(doc: PurchaseOrderDocument): FieldError[] {
  const problems: FieldError[] = [];
  if (!doc.buyerOrganisation.electronicAddress) {
    problems.push({
      path: 'settings.electronicAddress',
      message: 'the organisation has no electronic address (PEPPOL participant id): set it in Settings',
    });
  }
  if (!doc.supplier.electronicAddress) {
    problems.push({
      path: 'supplier.electronicAddress',
      message: `supplier ${doc.supplier.code} has no electronic address (PEPPOL participant id): set it on the supplier`,
    });
  }
  if (!doc.supplier.address.line1 || !doc.supplier.address.country) {
    problems.push({
      path: 'supplier.addresses',
      message: `supplier ${doc.supplier.code} has no address`,
    });
  }
  for (const line of [...doc.lines, ...(doc.change?.removedLines ?? [])]) {
    if (!line.uneceCode) {
      problems.push({
        path: `lines[${line.lineNo - 1}].unitCode`,
        message: `line ${line.lineNo}: unit ${line.unitCode} has no UN/ECE Recommendation 20 code: set it on the unit`,
      });
    }
  }
  return problems;
}

/** Which electronic document the order's current state is: the order, a change to it, its cancellation. */
export type UblDocumentKind = 'order' | 'order-change' | 'order-cancellation';

export function ublDocumentKind(doc: PurchaseOrderDocument): UblDocumentKind {
  if (doc.cancellation) return 'order-cancellation';
  if (doc.change) return 'order-change';
  return 'order';
}

/** The download's name: `PO-2026-00042-order.xml`, `…-change-r2.xml`, `…-cancellation.xml`. */
export function ublFileName(doc: PurchaseOrderDocument): string {
  const kind = ublDocumentKind(doc);
  const what =
    kind === 'order-change' ? `change-r${doc.revision}` : kind === 'order' ? 'order' : 'cancellation';
  return `${doc.number}-${what}.xml`;
}

/**
 * The order as the supplier's system reads it, for its current state: the PEPPOL Order (T01); once
 * revised, an Order Change (T114) naming its revision and each line's status (added, changed, no
 * action; a removed line with quantity 0); once cancelled, an Order Cancellation (T115) with the
 * reason. Change and cancellation reference the original order's number and carry their own id
 * (`PO-2026-00042-R2`, `PO-2026-00042-C`) and date.
 */
export function renderPurchaseOrderUbl(doc: PurchaseOrderDocument): string {
  const kind = ublDocumentKind(doc);
  if (kind === 'order-cancellation') return serializeXml(orderCancellation(doc));
  return serializeXml(kind === 'order-change' ? orderOrChange(doc, doc.change!) : orderOrChange(doc, null));
}

function orderCancellation(doc: PurchaseOrderDocument): XmlElement {
  const cancellation = doc.cancellation!;
  return el(
    'OrderCancellation',
    {
      xmlns: UBL_NAMESPACES.orderCancellation,
      'xmlns:cac': UBL_NAMESPACES.cac,
      'xmlns:cbc': UBL_NAMESPACES.cbc,
    },
    el('cbc:CustomizationID', {}, UBL_CANCELLATION_CUSTOMIZATION_ID),
    el('cbc:ProfileID', {}, UBL_ADVANCED_PROFILE_ID),
    el('cbc:ID', {}, `${doc.number}-C`),
    el('cbc:IssueDate', {}, isoDate(cancellation.date)),
    el('cbc:CancellationNote', {}, hasText(cancellation.reason) ? cancellation.reason : 'Order cancelled'),
    el('cac:OrderReference', {}, el('cbc:ID', {}, doc.number)),
    buyerCustomerParty(doc),
    sellerSupplierParty(doc),
  );
}

function orderOrChange(doc: PurchaseOrderDocument, change: PurchaseOrderDocumentChange | null): XmlElement {
  const amount = (name: string, value: string) =>
    el(name, { currencyID: doc.currency }, roundTo(value, AMOUNT_DECIMALS));
  // The document's own arithmetic, to two decimals (see above).
  const written = documentTotals(doc.lines, AMOUNT_DECIMALS);
  const payable = roundTo(doc.totals.total, Math.min(doc.minorUnits, AMOUNT_DECIMALS));
  const rounding = new D(payable).minus(written.total);
  const taxScheme = doc.buyerOrganisation.taxScheme ?? 'VAT';
  const note = [change && hasText(change.reason) ? change.reason : null, doc.notes, doc.terms]
    .filter(hasText)
    .join('\n\n');
  const status = (lineNo: number): string | null => {
    if (!change) return null;
    if (change.addedLineNos.includes(lineNo)) return LINE_ADDED;
    return change.changedLineNos.includes(lineNo) ? LINE_CHANGED : LINE_NO_ACTION;
  };
  const current = new Set(doc.lines.map((l) => l.lineNo));
  const removed = (change?.removedLines ?? []).filter((l) => !current.has(l.lineNo));

  return el(
    change ? 'OrderChange' : 'Order',
    {
      xmlns: change ? UBL_NAMESPACES.orderChange : UBL_NAMESPACES.order,
      'xmlns:cac': UBL_NAMESPACES.cac,
      'xmlns:cbc': UBL_NAMESPACES.cbc,
    },
    el('cbc:CustomizationID', {}, change ? UBL_CHANGE_CUSTOMIZATION_ID : UBL_CUSTOMIZATION_ID),
    el('cbc:ProfileID', {}, change ? UBL_ADVANCED_PROFILE_ID : UBL_PROFILE_ID),
    el('cbc:ID', {}, change ? `${doc.number}-R${doc.revision}` : doc.number),
    el('cbc:IssueDate', {}, isoDate(change ? change.date : doc.orderDate)),
    !change && el('cbc:OrderTypeCode', {}, ORDER_TYPE_CODE),
    change && el('cbc:SequenceNumberID', {}, String(doc.revision)),
    note !== '' && el('cbc:Note', {}, note),
    el('cbc:DocumentCurrencyCode', {}, doc.currency),
    change && el('cac:OrderReference', {}, el('cbc:ID', {}, doc.number)),
    buyerCustomerParty(doc),
    sellerSupplierParty(doc),
    el(
      'cac:AccountingCustomerParty',
      {},
      el(
        'cac:Party',
        {},
        partyName(doc.buyerOrganisation.name),
        postalAddress('cac:PostalAddress', doc.billTo),
        partyLegalEntity(doc.buyerOrganisation.name, doc.buyerOrganisation.legalId),
      ),
    ),
    el(
      'cac:Delivery',
      {},
      el('cac:DeliveryLocation', {}, postalAddress('cac:Address', doc.shipTo)),
      doc.expectedDeliveryDate &&
        el('cac:RequestedDeliveryPeriod', {}, el('cbc:EndDate', {}, isoDate(doc.expectedDeliveryDate))),
    ),
    doc.incoterms &&
      el(
        'cac:DeliveryTerms',
        {},
        el('cbc:ID', {}, doc.incoterms.code),
        hasText(doc.incoterms.place) && el('cac:DeliveryLocation', {}, el('cbc:ID', {}, doc.incoterms.place)),
      ),
    doc.paymentTerms &&
      hasText(doc.paymentTerms.text) &&
      el('cac:PaymentTerms', {}, el('cbc:Note', {}, doc.paymentTerms.text)),
    el('cac:TaxTotal', {}, amount('cbc:TaxAmount', written.tax)),
    el(
      'cac:AnticipatedMonetaryTotal',
      {},
      amount('cbc:LineExtensionAmount', written.subtotal),
      amount('cbc:TaxExclusiveAmount', written.subtotal),
      amount('cbc:TaxInclusiveAmount', written.total),
      !rounding.isZero() && amount('cbc:PayableRoundingAmount', rounding.toFixed()),
      amount('cbc:PayableAmount', payable),
    ),
    ...[
      ...doc.lines.map((line, i) => ({ line, net: written.lines[i]!.net, status: status(line.lineNo) })),
      // A removed line: ordered quantity 0, nothing to pay.
      ...removed.map((line) => ({
        line: { ...line, quantity: '0', discountPercent: '0' },
        net: '0',
        status: LINE_DELETED,
      })),
    ]
      .sort((a, b) => a.line.lineNo - b.line.lineNo)
      .map(({ line, net, status: lineStatus }) => orderLine(doc, line, net, taxScheme, lineStatus)),
  );
}

function hasText(value: string | null | undefined): value is string {
  return value !== null && value !== undefined && value.trim() !== '';
}

function isoDate(value: string): string {
  return value.slice(0, 10);
}

function decimal(value: string): string {
  return new D(value).toFixed();
}

function partyName(name: string): XmlElement {
  return el('cac:PartyName', {}, el('cbc:Name', {}, name));
}

function postalAddress(name: string, address: PurchaseOrderDocumentAddress): XmlElement {
  return el(
    name,
    {},
    el('cbc:StreetName', {}, address.line1),
    hasText(address.line2) && el('cbc:AdditionalStreetName', {}, address.line2),
    el('cbc:CityName', {}, address.city),
    hasText(address.postalCode) && el('cbc:PostalZone', {}, address.postalCode),
    hasText(address.region) && el('cbc:CountrySubentity', {}, address.region),
    el('cac:Country', {}, el('cbc:IdentificationCode', {}, address.country.toUpperCase())),
  );
}

function endpoint(address: PurchaseOrderDocumentPartyIds['electronicAddress']): XmlChild {
  return address && el('cbc:EndpointID', { schemeID: address.scheme }, address.id);
}

function partyTaxScheme(taxId: string | null, scheme: string | null): XmlChild {
  return (
    hasText(taxId) &&
    hasText(scheme) &&
    el(
      'cac:PartyTaxScheme',
      {},
      el('cbc:CompanyID', {}, taxId),
      el('cac:TaxScheme', {}, el('cbc:ID', {}, scheme)),
    )
  );
}

function partyLegalEntity(name: string, legalId: PurchaseOrderDocumentPartyIds['legalId']): XmlElement {
  return el(
    'cac:PartyLegalEntity',
    {},
    el('cbc:RegistrationName', {}, name),
    legalId && el('cbc:CompanyID', legalId.scheme ? { schemeID: legalId.scheme } : {}, legalId.id),
  );
}

function contact(name: string | null, phone: string | null, email: string | null): XmlChild {
  if (!hasText(name) && !hasText(phone) && !hasText(email)) return null;
  return el(
    'cac:Contact',
    {},
    hasText(name) && el('cbc:Name', {}, name),
    hasText(phone) && el('cbc:Telephone', {}, phone),
    hasText(email) && el('cbc:ElectronicMail', {}, email),
  );
}

function buyerCustomerParty(doc: PurchaseOrderDocument): XmlElement {
  const org = doc.buyerOrganisation;
  return el(
    'cac:BuyerCustomerParty',
    {},
    el(
      'cac:Party',
      {},
      endpoint(org.electronicAddress),
      partyName(org.name),
      postalAddress('cac:PostalAddress', org.address),
      partyTaxScheme(org.taxId, org.taxScheme),
      partyLegalEntity(org.name, org.legalId),
      contact(doc.buyer.name, null, doc.buyer.email),
    ),
  );
}

function sellerSupplierParty(doc: PurchaseOrderDocument): XmlElement {
  const supplier = doc.supplier;
  return el(
    'cac:SellerSupplierParty',
    {},
    el(
      'cac:Party',
      {},
      endpoint(supplier.electronicAddress),
      // Our number for the supplier, as the buyer's books know it.
      el('cac:PartyIdentification', {}, el('cbc:ID', {}, supplier.code)),
      partyName(supplier.legalName),
      postalAddress('cac:PostalAddress', supplier.address),
      partyLegalEntity(supplier.legalName, supplier.legalId),
      supplier.contact && contact(supplier.contact.name, supplier.contact.phone, supplier.contact.email),
    ),
  );
}

/**
 * The line's tax category (UNCL 5305) with its rate under the organisation's tax (VAT, GST or a US
 * sales tax); a line not subject to tax (O) has no rate (PEPPOL-T01-R029).
 */
function taxCategory(name: string, rate: string, category: TaxCategory, scheme: string): XmlElement {
  return el(
    name,
    {},
    el('cbc:ID', {}, category),
    category !== 'O' && el('cbc:Percent', {}, decimal(rate)),
    el('cac:TaxScheme', {}, el('cbc:ID', {}, scheme)),
  );
}

/** The item's short name: the description's first line, shortened to a name's length. */
function itemName(description: string): string {
  const firstLine = description.trim().split(/\r?\n/)[0]!.trim();
  const chars = [...firstLine];
  return chars.length <= ITEM_NAME_MAX ? firstLine : `${chars.slice(0, ITEM_NAME_MAX - 1).join('')}…`;
}

function orderLine(
  doc: PurchaseOrderDocument,
  line: PurchaseOrderDocumentLine,
  net: string,
  taxScheme: string,
  status: string | null,
): XmlElement {
  const amount = (name: string, value: string) =>
    el(name, { currencyID: doc.currency }, roundTo(value, AMOUNT_DECIMALS));
  // The gross from the unrounded quantity × price; the discount is what separates it from the net.
  const gross = roundTo(new D(line.quantity).times(line.unitPrice), AMOUNT_DECIMALS);
  const discount = new D(gross).minus(net);
  const hasDiscount = !new D(line.discountPercent).isZero() && discount.greaterThan(0);
  const unitCode = line.uneceCode ?? line.unitCode;
  return el(
    'cac:OrderLine',
    {},
    el(
      'cac:LineItem',
      {},
      el('cbc:ID', {}, String(line.lineNo)),
      status && el('cbc:LineStatusCode', {}, status),
      el('cbc:Quantity', { unitCode }, decimal(line.quantity)),
      amount('cbc:LineExtensionAmount', net),
      line.neededBy &&
        el(
          'cac:Delivery',
          {},
          el('cac:RequestedDeliveryPeriod', {}, el('cbc:EndDate', {}, isoDate(line.neededBy))),
        ),
      hasDiscount &&
        el(
          'cac:AllowanceCharge',
          {},
          el('cbc:ChargeIndicator', {}, 'false'),
          el('cbc:AllowanceChargeReasonCode', {}, '95'),
          el('cbc:AllowanceChargeReason', {}, 'Discount'),
          el('cbc:MultiplierFactorNumeric', {}, decimal(line.discountPercent)),
          amount('cbc:Amount', discount.toFixed()),
          amount('cbc:BaseAmount', gross),
        ),
      el(
        'cac:Price',
        {},
        el('cbc:PriceAmount', { currencyID: doc.currency }, decimal(line.unitPrice)),
        el('cbc:BaseQuantity', { unitCode }, '1'),
      ),
      el(
        'cac:Item',
        {},
        el('cbc:Description', {}, line.description),
        el('cbc:Name', {}, itemName(line.description)),
        hasText(line.sku) && el('cac:BuyersItemIdentification', {}, el('cbc:ID', {}, line.sku)),
        hasText(line.supplierPartNumber) &&
          el('cac:SellersItemIdentification', {}, el('cbc:ID', {}, line.supplierPartNumber)),
        taxCategory('cac:ClassifiedTaxCategory', line.taxRate, line.taxCategory, taxScheme),
      ),
    ),
  );
}
