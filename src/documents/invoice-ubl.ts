import type { UblNode } from './ubl-reader';

/**
 * What a supplier's UBL Invoice or CreditNote says, read into plain values with where each is in
 * the document (for problems said at their place). UBL 2.0, 2.1 and 2.4 alike, any prefixes (the
 * reader walks namespaces). Amounts and quantities stay as written; nothing is checked here.
 */

export type Located = { value: string; path: string };

export type ReadAllowanceCharge = {
  path: string;
  charge: string | null;
  amount: string | null;
  reason: string | null;
  reasonCode: string | null;
  taxCategory: string | null;
  taxRate: string | null;
};

export type ReadInvoiceLine = {
  path: string;
  id: string | null;
  quantity: { value: string; unitCode: string | null; path: string } | null;
  lineExtensionAmount: Located | null;
  /** `cac:OrderLineReference/cbc:LineID`: our line number, as written. */
  orderLineId: Located | null;
  name: string | null;
  description: string | null;
  sellersItemId: string | null;
  buyersItemId: string | null;
  taxCategory: Located | null;
  taxRate: Located | null;
  price: Located | null;
  baseQuantity: Located | null;
  allowancesCharges: ReadAllowanceCharge[];
};

export type ReadInvoice = {
  kind: 'invoice' | 'credit_note';
  root: string;
  id: Located | null;
  issueDate: Located | null;
  taxPointDate: Located | null;
  currency: Located | null;
  /** `cac:OrderReference/cbc:ID`: our order number. */
  orderNumber: Located | null;
  orderNumberPath: string;
  /** A credit note's `cac:BillingReference/cac:InvoiceDocumentReference/cbc:ID`. */
  creditedInvoiceNumber: string | null;
  seller: {
    name: string | null;
    endpointId: string | null;
    taxIds: string[];
    path: string;
  };
  note: string | null;
  paymentTermsNote: string | null;
  payee: { iban: Located | null; bic: Located | null; accountName: string | null } | null;
  allowancesCharges: ReadAllowanceCharge[];
  taxSubtotals: {
    path: string;
    taxableAmount: Located | null;
    taxAmount: Located | null;
    taxCategory: Located | null;
    taxRate: Located | null;
  }[];
  taxAmount: Located | null;
  totals: Record<
    | 'lineExtensionAmount'
    | 'taxExclusiveAmount'
    | 'taxInclusiveAmount'
    | 'allowanceTotal'
    | 'chargeTotal'
    | 'prepaidAmount'
    | 'roundingAmount'
    | 'payableAmount',
    Located | null
  >;
  lines: ReadInvoiceLine[];
  /**
   * Files the document embeds (`cac:AdditionalDocumentReference/cac:Attachment/
   * cbc:EmbeddedDocumentBinaryObject`, base64): in PEPPOL usually the invoice as a PDF.
   */
  embeddedFiles: { fileName: string; base64: string; path: string }[];
};

const located = (node: UblNode | undefined): Located | null => {
  const value = node?.text();
  return node && value ? { value, path: node.path } : null;
};

function allowanceCharges(parent: UblNode): ReadAllowanceCharge[] {
  return parent.children('cac', 'AllowanceCharge').map((ac) => {
    const category = ac.child('cac', 'TaxCategory');
    return {
      path: ac.path,
      charge: ac.textOf('cbc:ChargeIndicator'),
      amount: ac.textOf('cbc:Amount'),
      reason: ac.textOf('cbc:AllowanceChargeReason'),
      reasonCode: ac.textOf('cbc:AllowanceChargeReasonCode'),
      taxCategory: category?.textOf('cbc:ID') ?? null,
      taxRate: category?.textOf('cbc:Percent') ?? null,
    };
  });
}

export function readInvoiceDocument(root: UblNode, kind: 'invoice' | 'credit_note'): ReadInvoice {
  const credit = kind === 'credit_note';
  const seller = root.find('cac:AccountingSupplierParty', 'cac:Party');
  const payee = root.child('cac', 'PaymentMeans')?.child('cac', 'PayeeFinancialAccount');
  const monetary = root.child('cac', 'LegalMonetaryTotal');
  const currency = root.textOf('cbc:DocumentCurrencyCode');
  // A document in a foreign currency may add a TaxTotal in its tax currency: the document's is the one.
  const taxTotals = root.children('cac', 'TaxTotal');
  const taxTotal =
    taxTotals.find((t) => !currency || t.child('cbc', 'TaxAmount')?.attr('currencyID') === currency) ??
    taxTotals[0];
  const total = (local: string) => located(monetary?.child('cbc', local));
  return {
    kind,
    root: root.path,
    id: located(root.child('cbc', 'ID')),
    issueDate: located(root.child('cbc', 'IssueDate')),
    taxPointDate: located(root.child('cbc', 'TaxPointDate')),
    currency: located(root.child('cbc', 'DocumentCurrencyCode')),
    orderNumber: located(root.find('cac:OrderReference', 'cbc:ID')),
    orderNumberPath: `${root.path}/cac:OrderReference/cbc:ID`,
    creditedInvoiceNumber: root.textOf('cac:BillingReference', 'cac:InvoiceDocumentReference', 'cbc:ID'),
    seller: {
      name:
        seller?.textOf('cac:PartyLegalEntity', 'cbc:RegistrationName') ??
        seller?.textOf('cac:PartyName', 'cbc:Name') ??
        null,
      endpointId: seller?.textOf('cbc:EndpointID') ?? null,
      taxIds: (seller?.children('cac', 'PartyTaxScheme') ?? []).flatMap((s) => {
        const id = s.textOf('cbc:CompanyID');
        return id ? [id] : [];
      }),
      path: seller?.path ?? `${root.path}/cac:AccountingSupplierParty`,
    },
    embeddedFiles: root.children('cac', 'AdditionalDocumentReference').flatMap((ref, i) => {
      const object = ref.find('cac:Attachment', 'cbc:EmbeddedDocumentBinaryObject');
      const base64 = object?.text()?.replace(/\s+/g, '');
      if (!object || !base64) return [];
      const name = object.attr('filename') ?? ref.textOf('cbc:ID') ?? `attachment-${i + 1}`;
      return [{ fileName: name, base64, path: object.path }];
    }),
    note: root.textOf('cbc:Note'),
    paymentTermsNote: root.textOf('cac:PaymentTerms', 'cbc:Note'),
    payee: payee
      ? {
          iban: located(payee.child('cbc', 'ID')),
          bic: located(payee.find('cac:FinancialInstitutionBranch', 'cbc:ID')),
          accountName: payee.textOf('cbc:Name'),
        }
      : null,
    allowancesCharges: allowanceCharges(root),
    taxSubtotals: (taxTotal?.children('cac', 'TaxSubtotal') ?? []).map((s) => ({
      path: s.path,
      taxableAmount: located(s.child('cbc', 'TaxableAmount')),
      taxAmount: located(s.child('cbc', 'TaxAmount')),
      taxCategory: located(s.find('cac:TaxCategory', 'cbc:ID')),
      taxRate: located(s.find('cac:TaxCategory', 'cbc:Percent')),
    })),
    taxAmount: located(taxTotal?.child('cbc', 'TaxAmount')),
    totals: {
      lineExtensionAmount: total('LineExtensionAmount'),
      taxExclusiveAmount: total('TaxExclusiveAmount'),
      taxInclusiveAmount: total('TaxInclusiveAmount'),
      allowanceTotal: total('AllowanceTotalAmount'),
      chargeTotal: total('ChargeTotalAmount'),
      prepaidAmount: total('PrepaidAmount'),
      roundingAmount: total('PayableRoundingAmount'),
      payableAmount: total('PayableAmount'),
    },
    lines: root.children('cac', credit ? 'CreditNoteLine' : 'InvoiceLine').map((l) => {
      const q = l.child('cbc', credit ? 'CreditedQuantity' : 'InvoicedQuantity');
      const item = l.child('cac', 'Item');
      const tax = item?.child('cac', 'ClassifiedTaxCategory');
      const price = l.child('cac', 'Price');
      return {
        path: l.path,
        id: l.textOf('cbc:ID'),
        quantity: q ? { value: q.text(), unitCode: q.attr('unitCode'), path: q.path } : null,
        lineExtensionAmount: located(l.child('cbc', 'LineExtensionAmount')),
        orderLineId: located(l.find('cac:OrderLineReference', 'cbc:LineID')),
        name: item?.textOf('cbc:Name') ?? null,
        description: item?.textOf('cbc:Description') ?? null,
        sellersItemId: item?.textOf('cac:SellersItemIdentification', 'cbc:ID') ?? null,
        buyersItemId: item?.textOf('cac:BuyersItemIdentification', 'cbc:ID') ?? null,
        taxCategory: located(tax?.child('cbc', 'ID')),
        taxRate: located(tax?.child('cbc', 'Percent')),
        price: located(price?.child('cbc', 'PriceAmount')),
        baseQuantity: located(price?.child('cbc', 'BaseQuantity')),
        allowancesCharges: allowanceCharges(l),
      };
    }),
  };
}
