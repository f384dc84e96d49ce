import { D, roundTo } from '../core/shared/money';
import type {
  PurchaseOrderDocument,
  PurchaseOrderDocumentAddress,
  PurchaseOrderDocumentLine,
} from './purchase-order-document';
import { el, serializeXml, type XmlChild, type XmlElement } from './xml';

/**
 * The purchase order as an OASIS UBL 2.1 `Order` document. It validates against the UBL 2.4 schema
 * (`UBL-Order-2.4.xsd`; every UBL 2.1 instance is a valid 2.4 instance), and follows the element
 * order of the standard's example `UBL-Order-2.1-Example.xml`.
 *
 * Mapping notes:
 * - the supplier's code in our system is `SellerSupplierParty/CustomerAssignedAccountID`; the bill-to
 *   address is the `AccountingCustomerParty`;
 * - a line discount is a line `AllowanceCharge` (ChargeIndicator false, reason code 95 "Discount")
 *   whose amount is quantity × price − net, so LineExtensionAmount = quantity × price − allowance;
 * - tax categories use UNCL 5305: "S" (standard rate) for a positive rate, "Z" (zero-rated) for 0 %;
 * - payment terms carry the agreed text as a Note and the early-payment discount as
 *   SettlementDiscountPercent with its SettlementPeriod in days.
 */

export const UBL_NAMESPACES = {
  order: 'urn:oasis:names:specification:ubl:schema:xsd:Order-2',
  cac: 'urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2',
  cbc: 'urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2',
} as const;

/**
 * Our own customization and profile identifiers. A network profile (e.g. PEPPOL BIS Ordering) puts its
 * identifiers here only when the document also meets that profile's business rules.
 */
export const UBL_CUSTOMIZATION_ID = 'urn:openpo:ubl:order:1.0';
export const UBL_PROFILE_ID = 'urn:openpo:profile:purchase-order:1.0';

/** UNCL 1001 document name code 220: Order. */
const ORDER_TYPE_CODE = '220';
const TAX_SCHEME = 'VAT';
const ITEM_NAME_MAX = 100;

export function renderPurchaseOrderUbl(doc: PurchaseOrderDocument): string {
  const money = (name: string, amount: string) =>
    el(name, { currencyID: doc.currency }, roundTo(amount, doc.minorUnits));

  const order = el(
    'Order',
    { xmlns: UBL_NAMESPACES.order, 'xmlns:cac': UBL_NAMESPACES.cac, 'xmlns:cbc': UBL_NAMESPACES.cbc },
    el('cbc:UBLVersionID', {}, '2.1'),
    el('cbc:CustomizationID', {}, UBL_CUSTOMIZATION_ID),
    el('cbc:ProfileID', {}, UBL_PROFILE_ID),
    el('cbc:ID', {}, doc.number),
    el('cbc:IssueDate', {}, isoDate(doc.orderDate)),
    el('cbc:OrderTypeCode', {}, ORDER_TYPE_CODE),
    hasText(doc.notes) && el('cbc:Note', {}, doc.notes),
    el('cbc:DocumentCurrencyCode', {}, doc.currency),
    el('cbc:LineCountNumeric', {}, String(doc.lines.length)),
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
        hasText(doc.incoterms.place) &&
          el('cac:DeliveryLocation', {}, el('cbc:Name', {}, doc.incoterms.place)),
      ),
    paymentTerms(doc),
    hasText(doc.terms) && el('cac:TransactionConditions', {}, el('cbc:Description', {}, doc.terms)),
    el(
      'cac:TaxTotal',
      {},
      money('cbc:TaxAmount', doc.totals.tax),
      ...doc.totals.byTaxRate.map((band) =>
        el(
          'cac:TaxSubtotal',
          {},
          money('cbc:TaxableAmount', band.net),
          money('cbc:TaxAmount', band.tax),
          taxCategory('cac:TaxCategory', band.taxRate),
        ),
      ),
    ),
    el(
      'cac:AnticipatedMonetaryTotal',
      {},
      money('cbc:LineExtensionAmount', doc.totals.subtotal),
      money('cbc:TaxExclusiveAmount', doc.totals.subtotal),
      money('cbc:TaxInclusiveAmount', doc.totals.total),
      money('cbc:PayableAmount', doc.totals.total),
    ),
    ...doc.lines.map((line) => orderLine(doc, line)),
  );
  return serializeXml(order);
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

function partyTaxScheme(registrationName: string, taxId: string | null): XmlChild {
  return (
    hasText(taxId) &&
    el(
      'cac:PartyTaxScheme',
      {},
      el('cbc:RegistrationName', {}, registrationName),
      el('cbc:CompanyID', {}, taxId),
      el('cac:TaxScheme', {}, el('cbc:ID', {}, TAX_SCHEME)),
    )
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
      partyName(org.name),
      postalAddress('cac:PostalAddress', org.address),
      partyTaxScheme(org.name, org.taxId),
      el('cac:PartyLegalEntity', {}, el('cbc:RegistrationName', {}, org.name)),
      contact(doc.buyer.name, null, doc.buyer.email),
    ),
  );
}

function sellerSupplierParty(doc: PurchaseOrderDocument): XmlElement {
  const supplier = doc.supplier;
  return el(
    'cac:SellerSupplierParty',
    {},
    el('cbc:CustomerAssignedAccountID', {}, supplier.code),
    el(
      'cac:Party',
      {},
      partyName(supplier.legalName),
      postalAddress('cac:PostalAddress', supplier.address),
      partyTaxScheme(supplier.legalName, supplier.taxId),
      el('cac:PartyLegalEntity', {}, el('cbc:RegistrationName', {}, supplier.legalName)),
      supplier.contact && contact(supplier.contact.name, supplier.contact.phone, supplier.contact.email),
    ),
  );
}

function paymentTerms(doc: PurchaseOrderDocument): XmlChild {
  const terms = doc.paymentTerms;
  if (!terms) return null;
  const hasDiscount =
    hasText(terms.discountPercent) && !new D(terms.discountPercent).isZero() && terms.discountDays !== null;
  return el(
    'cac:PaymentTerms',
    {},
    hasText(terms.text) && el('cbc:Note', {}, terms.text),
    hasDiscount && el('cbc:SettlementDiscountPercent', {}, decimal(terms.discountPercent!)),
    hasDiscount &&
      el(
        'cac:SettlementPeriod',
        {},
        el('cbc:DurationMeasure', { unitCode: 'DAY' }, String(terms.discountDays)),
      ),
  );
}

function taxCategory(name: string, rate: string): XmlElement {
  return el(
    name,
    {},
    el('cbc:ID', {}, new D(rate).isZero() ? 'Z' : 'S'),
    el('cbc:Percent', {}, decimal(rate)),
    el('cac:TaxScheme', {}, el('cbc:ID', {}, TAX_SCHEME)),
  );
}

/** The item's short name: the description's first line, shortened to a name's length. */
function itemName(description: string): string {
  const firstLine = description.trim().split(/\r?\n/)[0]!.trim();
  const chars = [...firstLine];
  return chars.length <= ITEM_NAME_MAX ? firstLine : `${chars.slice(0, ITEM_NAME_MAX - 1).join('')}…`;
}

function orderLine(doc: PurchaseOrderDocument, line: PurchaseOrderDocumentLine): XmlElement {
  const money = (name: string, amount: string) =>
    el(name, { currencyID: doc.currency }, roundTo(amount, doc.minorUnits));
  const gross = roundTo(new D(line.quantity).times(line.unitPrice), doc.minorUnits);
  const discount = new D(gross).minus(line.netAmount);
  const hasDiscount = !new D(line.discountPercent).isZero() && discount.greaterThan(0);
  return el(
    'cac:OrderLine',
    {},
    el(
      'cac:LineItem',
      {},
      el('cbc:ID', {}, String(line.lineNo)),
      el('cbc:Quantity', { unitCode: line.unitCode }, decimal(line.quantity)),
      money('cbc:LineExtensionAmount', line.netAmount),
      money('cbc:TotalTaxAmount', line.taxAmount),
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
          el('cbc:AllowanceChargeReason', {}, `Discount ${decimal(line.discountPercent)}%`),
          money('cbc:Amount', discount.toFixed()),
          money('cbc:BaseAmount', gross),
        ),
      el(
        'cac:Price',
        {},
        el('cbc:PriceAmount', { currencyID: doc.currency }, decimal(line.unitPrice)),
        el('cbc:BaseQuantity', { unitCode: line.unitCode }, '1'),
      ),
      el(
        'cac:Item',
        {},
        el('cbc:Description', {}, line.description),
        el('cbc:Name', {}, itemName(line.description)),
        hasText(line.sku) && el('cac:BuyersItemIdentification', {}, el('cbc:ID', {}, line.sku)),
        hasText(line.supplierPartNumber) &&
          el('cac:SellersItemIdentification', {}, el('cbc:ID', {}, line.supplierPartNumber)),
        taxCategory('cac:ClassifiedTaxCategory', line.taxRate),
      ),
    ),
  );
}
