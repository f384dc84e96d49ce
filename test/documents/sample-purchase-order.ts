import { documentTotals } from '../../src/core/shared/document-totals';
import type { OrderResponseAnswer } from '../../src/documents/order-response-ubl';
import type {
  PurchaseOrderDocument,
  PurchaseOrderDocumentLine,
} from '../../src/documents/purchase-order-document';
import { defaultTaxCategory, type TaxCategory } from '../../src/domain/tax-categories';

/**
 * Builds a realistic purchase-order document: a German buyer ordering from a supplier whose name and
 * item texts use accents, Greek, Chinese and Japanese, with discounts and two tax rates (19 %, 7 %).
 * Amounts come from the one totals rule, so the document is internally consistent.
 */

type SampleItem = Omit<PurchaseOrderDocumentLine, 'lineNo' | 'netAmount' | 'taxAmount' | 'taxCategory'> & {
  /** Absent: the rate's own (above 0 standard, 0 zero-rated). */
  taxCategory?: TaxCategory;
};

const CATALOG: SampleItem[] = [
  {
    sku: 'FAS-M8-40',
    supplierPartNumber: 'DIN933-M8X40-A2',
    description: 'Hex bolt M8 × 40 <DIN 933> "A2" stainless steel & washers',
    quantity: '1200',
    unitCode: 'C62',
    uneceCode: 'C62',
    unitName: 'pcs',
    unitPrice: '0.0850',
    discountPercent: '5',
    taxRate: '19',
    neededBy: '2026-04-15',
  },
  {
    sku: 'MET-CAL-01',
    supplierPartNumber: 'PRF-2210',
    description: 'Prüfgerät für Oberflächenrauheit, kalibriert — Zubehör: é ü ß Ø',
    quantity: '2',
    unitCode: 'C62',
    uneceCode: 'C62',
    unitName: 'pcs',
    unitPrice: '1849.00',
    discountPercent: '10',
    taxRate: '19',
    neededBy: '2026-04-30',
  },
  {
    sku: null,
    supplierPartNumber: 'GR-EL-77',
    description: 'Εγχειρίδιο χρήσης στα Ελληνικά (user manual, Greek edition)',
    quantity: '3',
    unitCode: 'C62',
    uneceCode: 'C62',
    unitName: 'pcs',
    unitPrice: '24.90',
    discountPercent: '0',
    taxRate: '7',
    neededBy: null,
  },
  {
    sku: 'DOC-ZH-01',
    supplierPartNumber: null,
    description: '中文说明书：不锈钢螺丝安装指南 (Chinese installation guide)',
    quantity: '5',
    unitCode: 'C62',
    uneceCode: 'C62',
    unitName: 'pcs',
    unitPrice: '12.40',
    discountPercent: '0',
    taxRate: '7',
    neededBy: null,
  },
  {
    sku: 'SRV-CAL-H',
    supplierPartNumber: 'SVC-KAL',
    description: '校正サービス（日本語の技術報告書付き）— on-site calibration, per hour',
    quantity: '7.5',
    unitCode: 'HUR',
    uneceCode: 'HUR',
    unitName: 'hour',
    unitPrice: '96.00',
    discountPercent: '2.5',
    taxRate: '19',
    neededBy: '2026-05-06',
  },
  {
    sku: 'LUB-5L',
    supplierPartNumber: 'ÖL-HLP46-5',
    description: 'Hydrauliköl HLP 46, Kanister 5 l; Кириллица: масло гидравлическое',
    quantity: '12',
    unitCode: 'LTR',
    uneceCode: 'LTR',
    unitName: 'l',
    unitPrice: '6.35',
    discountPercent: '0',
    taxRate: '19',
    neededBy: '2026-04-15',
  },
];

export type SampleOptions = {
  /** How many lines; the catalog above repeats with varied quantities. Default: all six once. */
  lineCount?: number;
  overrides?: Partial<PurchaseOrderDocument>;
};

export function samplePurchaseOrderDocument(options: SampleOptions = {}): PurchaseOrderDocument {
  const count = options.lineCount ?? CATALOG.length;
  const minorUnits = 2;
  const items = Array.from({ length: count }, (_, i) => {
    const item = CATALOG[i % CATALOG.length]!;
    const round = Math.floor(i / CATALOG.length);
    return round === 0 ? item : { ...item, quantity: String(Number(item.quantity) * (round + 1)) };
  });
  const totals = documentTotals(items, minorUnits);
  const lines: PurchaseOrderDocumentLine[] = items.map((item, i) => ({
    ...item,
    taxCategory: item.taxCategory ?? defaultTaxCategory(item.taxRate),
    lineNo: i + 1,
    netAmount: totals.lines[i]!.net,
    taxAmount: totals.lines[i]!.tax,
  }));
  return {
    number: 'PO-2026-00042',
    revision: 2,
    status: 'approved',
    language: 'en',
    orderDate: '2026-03-14',
    expectedDeliveryDate: '2026-04-30',
    currency: 'EUR',
    minorUnits,
    buyerOrganisation: {
      name: 'Northwind Labs GmbH',
      address: {
        line1: 'Landsberger Straße 110',
        line2: null,
        city: 'München',
        region: 'Bayern',
        postalCode: '80339',
        country: 'DE',
      },
      taxId: 'DE129273398',
      taxScheme: 'VAT',
      electronicAddress: { scheme: '9930', id: 'DE129273398' },
      legalId: { id: 'HRB 123456', scheme: null },
    },
    supplier: {
      code: 'SUP-0007',
      legalName: 'Müller & Söhne Präzisionstechnik GmbH',
      taxId: 'DE811569869',
      taxScheme: 'VAT',
      electronicAddress: { scheme: '0088', id: '4012345000009' },
      legalId: { id: 'HRB 98765', scheme: null },
      address: {
        line1: 'Industriestraße 7',
        line2: 'Halle 3',
        city: 'Düsseldorf',
        region: 'Nordrhein-Westfalen',
        postalCode: '40231',
        country: 'DE',
      },
      contact: { name: 'Jürgen Weiß', email: 'j.weiss@mueller-soehne.example', phone: '+49 211 555 0142' },
    },
    buyer: { name: 'Élodie Marchand', email: 'elodie.marchand@northwind.example' },
    paymentTerms: { text: '2/10 net 30', netDays: 30, discountPercent: '2', discountDays: 10 },
    incoterms: { code: 'DAP', place: 'München, Wareneingang Tor 4' },
    shipTo: {
      line1: 'Wareneingang Tor 4',
      line2: 'Landsberger Straße 110',
      city: 'München',
      region: 'Bayern',
      postalCode: '80339',
      country: 'DE',
    },
    billTo: {
      line1: 'Kreditorenbuchhaltung',
      line2: 'Postfach 20 14 55',
      city: 'München',
      region: null,
      postalCode: '80014',
      country: 'DE',
    },
    lines,
    totals: { subtotal: totals.subtotal, tax: totals.tax, total: totals.total, byTaxRate: totals.byTaxRate },
    notes:
      'Please quote the PO number on every delivery note and invoice. Deliveries Monday–Friday, 07:00–15:00; ' +
      'announce deliveries over 500 kg 24 hours ahead. Lieferung bitte in Mehrwegbehältern.',
    terms:
      'This order is placed under the buyer’s general terms of purchase, which the supplier accepts by ' +
      'acknowledging or fulfilling it. Partial deliveries require prior written consent. Goods remain at the ' +
      'supplier’s risk until received and inspected at the ship-to address. Invoices must state the PO number ' +
      'and line numbers; invoices without them will be returned.',
    approval: { approvedBy: 'Dr. Anja Kowalczyk', approvedAt: '2026-03-14T10:42:00Z' },
    generatedAt: '2026-03-15T08:00:00Z',
    ...options.overrides,
  };
}

/**
 * The least a purchase order can say: no tax ids, contact, payment terms, incoterms, notes or
 * delivery date; one free-text, zero-rated line in a currency without minor units (JPY).
 */
export function minimalPurchaseOrderDocument(): PurchaseOrderDocument {
  const minorUnits = 0;
  const item = { quantity: '3', unitPrice: '1500', taxRate: '0', discountPercent: '0' };
  const totals = documentTotals([item], minorUnits);
  return {
    ...samplePurchaseOrderDocument({ lineCount: 1 }),
    number: 'PO-2026-00043',
    revision: 1,
    status: 'draft',
    currency: 'JPY',
    minorUnits,
    expectedDeliveryDate: null,
    buyerOrganisation: {
      name: '株式会社テスト',
      address: {
        line1: '丸の内1-1',
        line2: null,
        city: '東京',
        region: null,
        postalCode: null,
        country: 'jp',
      },
      taxId: null,
      taxScheme: null,
      electronicAddress: { scheme: '0188', id: '1234567890123' },
      legalId: null,
    },
    supplier: {
      code: 'S-1',
      legalName: 'Tiny <Supplier> & "Co"',
      taxId: null,
      taxScheme: null,
      electronicAddress: { scheme: '0188', id: '9876543210987' },
      legalId: null,
      address: {
        line1: 'Main St 1',
        line2: null,
        city: 'Osaka',
        region: null,
        postalCode: null,
        country: 'JP',
      },
      contact: null,
    },
    buyer: { name: 'Buyer', email: null },
    paymentTerms: null,
    incoterms: null,
    notes: null,
    terms: '   ',
    lines: [
      {
        ...item,
        taxCategory: 'Z',
        lineNo: 1,
        sku: null,
        supplierPartNumber: null,
        description: 'Free-text line\nsecond line of the description',
        unitCode: 'C62',
        uneceCode: 'C62',
        unitName: 'pcs',
        netAmount: totals.lines[0]!.net,
        taxAmount: totals.lines[0]!.tax,
        neededBy: null,
      },
    ],
    totals: { subtotal: totals.subtotal, tax: totals.tax, total: totals.total, byTaxRate: totals.byTaxRate },
    approval: { approvedBy: null, approvedAt: null },
  };
}

/** A line of a sample order in `currency`, its amounts from the one totals rule. */
function withLines(
  base: PurchaseOrderDocument,
  currency: string,
  minorUnits: number,
  items: SampleItem[],
): PurchaseOrderDocument {
  const totals = documentTotals(items, minorUnits);
  return {
    ...base,
    currency,
    minorUnits,
    lines: items.map((item, i) => ({
      ...item,
      taxCategory: item.taxCategory ?? defaultTaxCategory(item.taxRate),
      lineNo: i + 1,
      netAmount: totals.lines[i]!.net,
      taxAmount: totals.lines[i]!.tax,
    })),
    totals: { subtotal: totals.subtotal, tax: totals.tax, total: totals.total, byTaxRate: totals.byTaxRate },
  };
}

const piece = { unitCode: 'EA', uneceCode: 'C62', unitName: 'pcs', neededBy: null, supplierPartNumber: null };

/**
 * The orders `npm run validate:peppol` checks against the PEPPOL rules: one line, 200 lines,
 * discounts and two tax rates (EUR), a currency without minor units whose gross has a fraction
 * (JPY: 3 × 333.5 less 7 %), one with three (BHD), every tax category, and right-to-left text
 * (Arabic, Hebrew).
 */
/** Answers of a supplier to the sample order: all accepted, all rejected, and one with changes. */
export function peppolSampleAnswers(): Record<string, OrderResponseAnswer> {
  const doc = samplePurchaseOrderDocument();
  const line = (lineNo: number) => ({ lineNo, quantity: null, unitPrice: null, reason: null });
  return {
    'answer-accepted': {
      number: 1,
      submittedAt: '2026-12-04T09:30:00.000Z',
      note: 'Ships from Hamburg.',
      lines: doc.lines.map((l) => ({
        ...line(l.lineNo),
        decision: 'accept' as const,
        promisedDate: '2026-12-20',
      })),
    },
    'answer-rejected': {
      number: 2,
      submittedAt: '2026-12-04T09:31:00.000Z',
      note: null,
      lines: doc.lines.map((l) => ({
        ...line(l.lineNo),
        decision: 'reject' as const,
        promisedDate: null,
        reason: 'Out of stock',
      })),
    },
    'answer-with-changes': {
      number: 3,
      submittedAt: '2026-12-04T09:32:00.000Z',
      note: 'Line 2 can come earlier if split.',
      lines: doc.lines.map((l, i) =>
        i === 0
          ? {
              ...line(l.lineNo),
              decision: 'change' as const,
              promisedDate: '2027-01-10',
              quantity: '1000',
              reason: 'Partial stock',
            }
          : i === 1
            ? { ...line(l.lineNo), decision: 'reject' as const, promisedDate: null, reason: 'Discontinued' }
            : i === 2
              ? {
                  ...line(l.lineNo),
                  decision: 'change' as const,
                  promisedDate: '2026-12-20',
                  unitPrice: '25.40',
                }
              : { ...line(l.lineNo), decision: 'accept' as const, promisedDate: '2026-12-20' },
      ),
    },
  };
}

export function peppolSampleOrders(): Record<string, PurchaseOrderDocument> {
  const sample = samplePurchaseOrderDocument();
  return {
    ...peppolSampleChanges(),
    'order-eur-discounts': sample,
    'order-eur-200-lines': samplePurchaseOrderDocument({ lineCount: 200 }),
    'order-one-line-jpy': minimalPurchaseOrderDocument(),
    'order-jpy-fraction': withLines(sample, 'JPY', 0, [
      {
        ...piece,
        sku: 'JP-1',
        description: 'ボルト',
        quantity: '3',
        unitPrice: '333.5',
        discountPercent: '7',
        taxRate: '10',
      },
      {
        ...piece,
        sku: 'JP-2',
        description: 'ナット',
        quantity: '7',
        unitPrice: '12.25',
        discountPercent: '0',
        taxRate: '8',
      },
    ]),
    'order-bhd-three-decimals': withLines(sample, 'BHD', 3, [
      {
        ...piece,
        sku: 'BH-1',
        description: 'Valve',
        quantity: '3',
        unitPrice: '1.2345',
        discountPercent: '2.5',
        taxRate: '10',
      },
      {
        ...piece,
        sku: 'BH-2',
        description: 'Gasket',
        quantity: '11',
        unitPrice: '0.333',
        discountPercent: '0',
        taxRate: '10',
      },
    ]),
    // Every tax category of a line: standard, zero-rated, exempt, reverse charge, intra-community
    // supply and export in one order; one not subject to tax (O, which carries no rate) on its own.
    'order-every-tax-category': withLines(
      sample,
      'EUR',
      2,
      (['S', 'Z', 'E', 'AE', 'K', 'G'] as const).map((taxCategory, i) => ({
        ...piece,
        sku: `TAX-${taxCategory}`,
        description: `Line in tax category ${taxCategory}`,
        quantity: String(i + 1),
        unitPrice: '100.00',
        discountPercent: i === 2 ? '5' : '0',
        taxRate: taxCategory === 'S' ? '19' : '0',
        taxCategory,
      })),
    ),
    'order-not-subject-to-tax': withLines(sample, 'EUR', 2, [
      {
        ...piece,
        sku: 'DON-1',
        description: 'Membership fee (not subject to tax)',
        quantity: '1',
        unitPrice: '250.00',
        discountPercent: '0',
        taxRate: '0',
        taxCategory: 'O',
      },
    ]),
    'order-rtl-text': withLines(
      {
        ...sample,
        notes: 'يرجى ذكر رقم أمر الشراء على كل فاتورة. נא לציין את מספר ההזמנה.',
        supplier: { ...sample.supplier, legalName: 'شركة الخليج للتجارة' },
      },
      'EUR',
      2,
      [
        {
          ...piece,
          sku: 'AR-1',
          description: 'صمام تحكم هيدروليكي — Hydraulic valve',
          quantity: '4',
          unitPrice: '129.99',
          discountPercent: '12.5',
          taxRate: '19',
        },
        {
          ...piece,
          sku: 'HE-1',
          description: 'מסנן שמן (oil filter) 🛢️',
          quantity: '10',
          unitPrice: '8.05',
          discountPercent: '0',
          taxRate: '7',
        },
      ],
    ),
  };
}

/** A change order (revision 2: a line added, one changed, one removed) and a cancellation. */
export function peppolSampleChanges(): Record<string, PurchaseOrderDocument> {
  const sample = samplePurchaseOrderDocument();
  const removed = { ...sample.lines[2]!, lineNo: 7 };
  return {
    'order-change-revision-2': {
      ...sample,
      revision: 2,
      change: {
        date: '2026-03-20',
        reason: 'Quantities as agreed on the phone; the Greek manual is no longer needed.',
        addedLineNos: [6],
        changedLineNos: [2],
        removedLines: [removed],
      },
    },
    'order-cancellation': {
      ...sample,
      status: 'cancelled',
      cancellation: { date: '2026-03-21', reason: 'The project was stopped.' },
    },
  };
}
