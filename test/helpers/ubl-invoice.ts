/**
 * Supplier invoices as UBL, the way suppliers' systems write them: a PEPPOL BIS Billing 3 Invoice or
 * CreditNote (what `validate:peppol` checks), or a plain UBL 2.0 / 2.1 one; with the usual `cac:`/
 * `cbc:` prefixes or others. Amounts are given as the document states them: a test writes a wrong
 * one on purpose.
 */

export type UblInvoiceLine = {
  id?: string;
  /** Our order line; left out: no cac:OrderLineReference. */
  orderLineId?: string | null;
  quantity: string;
  unitCode?: string;
  name?: string;
  buyersItemId?: string;
  price: string;
  baseQuantity?: string;
  /** As written in cbc:LineExtensionAmount. */
  lineExtensionAmount: string;
  allowances?: { amount: string; reason: string }[];
  charges?: { amount: string; reason: string }[];
  taxCategory?: string;
  taxRate?: string;
};

export type UblInvoice = {
  kind?: 'invoice' | 'credit_note';
  flavour?: 'peppol' | 'ubl-2.1' | 'ubl-2.0';
  /** Prefixes for the aggregate and basic components (default cac, cbc). */
  prefixes?: { cac: string; cbc: string };
  id: string;
  issueDate: string;
  currency?: string;
  orderNumber: string | null;
  creditedInvoice?: string;
  /** Embedded files (cac:AdditionalDocumentReference), as PEPPOL invoices carry their PDF. */
  attachments?: { id: string; fileName: string; mimeCode: string; bytes: Buffer }[];
  sellerTaxId?: string;
  sellerEndpoint?: string;
  iban?: string;
  bic?: string;
  lines: UblInvoiceLine[];
  headerCharges?: { amount: string; reason: string; taxCategory?: string; taxRate?: string }[];
  headerAllowances?: { amount: string; reason: string; taxCategory?: string; taxRate?: string }[];
  taxSubtotals: {
    taxableAmount: string;
    taxAmount: string;
    taxCategory: string;
    taxRate: string;
    exemptionReason?: string;
  }[];
  taxAmount: string;
  totals: {
    lineExtensionAmount: string;
    taxExclusiveAmount: string;
    taxInclusiveAmount: string;
    allowanceTotalAmount?: string;
    chargeTotalAmount?: string;
    payableAmount: string;
  };
};

export function ublInvoice(doc: UblInvoice): string {
  const credit = doc.kind === 'credit_note';
  const flavour = doc.flavour ?? 'peppol';
  const { cac, cbc } = doc.prefixes ?? { cac: 'cac', cbc: 'cbc' };
  const cur = doc.currency ?? 'EUR';
  const b = (name: string, value: string, attrs = '') => `<${cbc}:${name}${attrs}>${value}</${cbc}:${name}>`;
  const a = (name: string, ...children: string[]) => `<${cac}:${name}>${children.join('')}</${cac}:${name}>`;
  const amt = (name: string, value: string) => b(name, value, ` currencyID="${cur}"`);
  const taxScheme = a('TaxScheme', b('ID', 'VAT'));
  const taxCategory = (wrapper: string, category: string, rate: string, reason?: string) =>
    a(
      wrapper,
      b('ID', category),
      ...(category === 'O' ? [] : [b('Percent', rate)]),
      ...(reason ? [b('TaxExemptionReason', reason)] : []),
      taxScheme,
    );
  const allowanceCharge = (
    charge: boolean,
    x: { amount: string; reason: string; taxCategory?: string; taxRate?: string },
    header: boolean,
  ) =>
    a(
      'AllowanceCharge',
      b('ChargeIndicator', String(charge)),
      b('AllowanceChargeReason', x.reason),
      amt('Amount', x.amount),
      ...(header ? [taxCategory('TaxCategory', x.taxCategory ?? 'S', x.taxRate ?? '25')] : []),
    );
  const party = (endpoint: string, name: string, taxId: string | undefined, country: string) =>
    a(
      'Party',
      ...(flavour === 'peppol' ? [b('EndpointID', endpoint, ' schemeID="0088"')] : []),
      a('PartyName', b('Name', name)),
      a(
        'PostalAddress',
        b('CityName', 'Springfield'),
        b('PostalZone', '12345'),
        a('Country', b('IdentificationCode', country)),
      ),
      ...(taxId ? [a('PartyTaxScheme', b('CompanyID', taxId), taxScheme)] : []),
      a('PartyLegalEntity', b('RegistrationName', name)),
    );
  const lineName = credit ? 'CreditNoteLine' : 'InvoiceLine';
  const quantityName = credit ? 'CreditedQuantity' : 'InvoicedQuantity';
  const lines = doc.lines.map((l, i) =>
    a(
      lineName,
      b('ID', l.id ?? String(i + 1)),
      b(quantityName, l.quantity, ` unitCode="${l.unitCode ?? 'C62'}"`),
      amt('LineExtensionAmount', l.lineExtensionAmount),
      ...(l.orderLineId ? [a('OrderLineReference', b('LineID', l.orderLineId))] : []),
      ...(l.charges ?? []).map((c) => allowanceCharge(true, c, false)),
      ...(l.allowances ?? []).map((c) => allowanceCharge(false, c, false)),
      a(
        'Item',
        b('Name', l.name ?? `Item ${i + 1}`),
        ...(l.buyersItemId ? [a('BuyersItemIdentification', b('ID', l.buyersItemId))] : []),
        taxCategory('ClassifiedTaxCategory', l.taxCategory ?? 'S', l.taxRate ?? '25'),
      ),
      a(
        'Price',
        amt('PriceAmount', l.price),
        ...(l.baseQuantity ? [b('BaseQuantity', l.baseQuantity, ` unitCode="${l.unitCode ?? 'C62'}"`)] : []),
      ),
    ),
  );
  const root = credit ? 'CreditNote' : 'Invoice';
  const head =
    flavour === 'peppol'
      ? [
          b('CustomizationID', 'urn:cen.eu:en16931:2017#compliant#urn:fdc:peppol.eu:2017:poacc:billing:3.0'),
          b('ProfileID', 'urn:fdc:peppol.eu:2017:poacc:billing:01:1.0'),
        ]
      : [b('UBLVersionID', flavour === 'ubl-2.0' ? '2.0' : '2.1')];
  const body = [
    ...head,
    b('ID', doc.id),
    b('IssueDate', doc.issueDate),
    ...(credit ? [] : [b('DueDate', doc.issueDate)]),
    b(credit ? 'CreditNoteTypeCode' : 'InvoiceTypeCode', credit ? '381' : '380'),
    b('DocumentCurrencyCode', cur),
    ...(flavour === 'peppol' ? [b('BuyerReference', 'OpenPO')] : []),
    ...(doc.orderNumber ? [a('OrderReference', b('ID', doc.orderNumber))] : []),
    ...(doc.creditedInvoice
      ? [a('BillingReference', a('InvoiceDocumentReference', b('ID', doc.creditedInvoice)))]
      : []),
    ...(doc.attachments ?? []).map((f) =>
      a(
        'AdditionalDocumentReference',
        b('ID', f.id),
        a(
          'Attachment',
          b(
            'EmbeddedDocumentBinaryObject',
            f.bytes.toString('base64'),
            ` mimeCode="${f.mimeCode}" filename="${f.fileName}"`,
          ),
        ),
      ),
    ),
    a(
      'AccountingSupplierParty',
      party(
        doc.sellerEndpoint ?? '7300010000001',
        'Nordlicht Antriebe GmbH',
        doc.sellerTaxId ?? 'DE123456789',
        'DE',
      ),
    ),
    a('AccountingCustomerParty', party('7300010000018', 'OpenPO Demo Ltd', 'GB999999973', 'GB')),
    ...(doc.iban
      ? [
          a(
            'PaymentMeans',
            b('PaymentMeansCode', '30'),
            a(
              'PayeeFinancialAccount',
              b('ID', doc.iban),
              ...(doc.bic ? [a('FinancialInstitutionBranch', b('ID', doc.bic))] : []),
            ),
          ),
        ]
      : []),
    a('PaymentTerms', b('Note', 'Net 30 days')),
    ...(doc.headerAllowances ?? []).map((x) => allowanceCharge(false, x, true)),
    ...(doc.headerCharges ?? []).map((x) => allowanceCharge(true, x, true)),
    a(
      'TaxTotal',
      amt('TaxAmount', doc.taxAmount),
      ...doc.taxSubtotals.map((s) =>
        a(
          'TaxSubtotal',
          amt('TaxableAmount', s.taxableAmount),
          amt('TaxAmount', s.taxAmount),
          taxCategory('TaxCategory', s.taxCategory, s.taxRate, s.exemptionReason),
        ),
      ),
    ),
    a(
      'LegalMonetaryTotal',
      amt('LineExtensionAmount', doc.totals.lineExtensionAmount),
      amt('TaxExclusiveAmount', doc.totals.taxExclusiveAmount),
      amt('TaxInclusiveAmount', doc.totals.taxInclusiveAmount),
      ...(doc.totals.allowanceTotalAmount
        ? [amt('AllowanceTotalAmount', doc.totals.allowanceTotalAmount)]
        : []),
      ...(doc.totals.chargeTotalAmount ? [amt('ChargeTotalAmount', doc.totals.chargeTotalAmount)] : []),
      amt('PayableAmount', doc.totals.payableAmount),
    ),
    ...lines,
  ];
  return `<?xml version="1.0" encoding="UTF-8"?>
<${root} xmlns="urn:oasis:names:specification:ubl:schema:xsd:${root}-2" xmlns:${cac}="urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2" xmlns:${cbc}="urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2">${body.join('')}</${root}>
`;
}
