import { describe, expect, it } from 'vitest';
import {
  orderDocumentProblems,
  renderPurchaseOrderUbl,
  UBL_CUSTOMIZATION_ID,
  UBL_NAMESPACES,
  UBL_PROFILE_ID,
  ublDocumentKind,
} from '../../src/documents/purchase-order-ubl';
import { el, escapeAttribute, escapeText, serializeXml } from '../../src/documents/xml';
import {
  minimalPurchaseOrderDocument,
  peppolSampleChanges,
  peppolSampleOrders,
  samplePurchaseOrderDocument,
} from './sample-purchase-order';
import { validateUblOrder } from './ubl-schema';

/** Text of the root's direct child `name` (the serializer indents them by exactly two spaces). */
function topLevel(xml: string, name: string): string | undefined {
  return new RegExp(`^  <${name}(?: [^>]*)?>([^<]*)</${name}>$`, 'm').exec(xml)?.[1];
}

function all(xml: string, pattern: RegExp): string[] {
  return [...xml.matchAll(pattern)].map((m) => m[1]!);
}

describe('UBL Order rendering', () => {
  const doc = samplePurchaseOrderDocument();
  const xml = renderPurchaseOrderUbl(doc);

  it('validates against the UBL 2.4 Order schema', async () => {
    const result = await validateUblOrder(xml);
    expect(result.errors).toEqual([]);
    expect(result.valid).toBe(true);
  });

  it('is reported invalid when the element order is broken (the validator is not vacuous)', async () => {
    // IssueDate must follow ID; swapping them is a schema violation.
    const broken = xml.replace(
      /( {2}<cbc:ID>[^<]*<\/cbc:ID>\n)( {2}<cbc:IssueDate>[^<]*<\/cbc:IssueDate>\n)/,
      '$2$1',
    );
    expect(broken).not.toBe(xml);
    const result = await validateUblOrder(broken);
    expect(result.valid).toBe(false);
    expect(result.errors.map((e) => e.message).join('\n')).toMatch(
      /IssueDate|ID': This element is not expected/,
    );
  });

  it('carries the order identity, version and namespaces', () => {
    expect(xml.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<Order ')).toBe(true);
    expect(xml).toContain(`xmlns="${UBL_NAMESPACES.order}"`);
    expect(xml).toContain(`xmlns:cac="${UBL_NAMESPACES.cac}"`);
    expect(xml).toContain(`xmlns:cbc="${UBL_NAMESPACES.cbc}"`);
    // PEPPOL's data model has no UBLVersionID, LineCountNumeric or TransactionConditions.
    expect(xml).not.toContain('UBLVersionID');
    expect(xml).not.toContain('LineCountNumeric');
    expect(xml).not.toContain('TransactionConditions');
    expect(topLevel(xml, 'cbc:ID')).toBe('PO-2026-00042');
    expect(topLevel(xml, 'cbc:IssueDate')).toBe('2026-03-14');
    expect(topLevel(xml, 'cbc:DocumentCurrencyCode')).toBe('EUR');
    expect(topLevel(xml, 'cbc:CustomizationID')).toBe(UBL_CUSTOMIZATION_ID);
    expect(UBL_CUSTOMIZATION_ID).toBe('urn:fdc:peppol.eu:poacc:trns:order:3');
    expect(topLevel(xml, 'cbc:ProfileID')).toBe(UBL_PROFILE_ID);
    // Both parties by their electronic address, the supplier by our number for it too.
    expect(xml).toContain('<cbc:EndpointID schemeID="9930">DE129273398</cbc:EndpointID>');
    expect(xml).toContain('<cbc:EndpointID schemeID="0088">4012345000009</cbc:EndpointID>');
    expect(xml).toMatch(/<cac:PartyIdentification>\s*<cbc:ID>SUP-0007<\/cbc:ID>/);
    expect(xml).not.toContain('CustomerAssignedAccountID');
  });

  it('states the totals of the document; tax as one amount, as PEPPOL has it', () => {
    expect(doc.totals.byTaxRate.map((b) => b.taxRate)).toEqual(['7', '19']);
    expect(xml).toContain(
      `<cbc:LineExtensionAmount currencyID="EUR">${doc.totals.subtotal}</cbc:LineExtensionAmount>`,
    );
    expect(xml).toContain(
      `<cbc:TaxExclusiveAmount currencyID="EUR">${doc.totals.subtotal}</cbc:TaxExclusiveAmount>`,
    );
    expect(xml).toContain(
      `<cbc:TaxInclusiveAmount currencyID="EUR">${doc.totals.total}</cbc:TaxInclusiveAmount>`,
    );
    expect(xml).toContain(`<cbc:PayableAmount currencyID="EUR">${doc.totals.total}</cbc:PayableAmount>`);
    expect(xml).toContain(`<cbc:TaxAmount currencyID="EUR">${doc.totals.tax}</cbc:TaxAmount>`);
    expect(xml).not.toContain('TaxSubtotal');
    expect(xml).not.toContain('TotalTaxAmount');
    expect(xml).not.toContain('PayableRoundingAmount');
    expect(doc.totals.total).toBe('5148.20');
  });

  it('writes one OrderLine per line, with quantity, unit, net, price, discount and tax category', () => {
    expect(all(xml, /<cac:OrderLine>()/g)).toHaveLength(doc.lines.length);
    expect(all(xml, /<cbc:Quantity unitCode="([^"]+)">/g)).toEqual(doc.lines.map((l) => l.uneceCode));
    expect(all(xml, /<cbc:LineExtensionAmount currencyID="EUR">([^<]+)</g).slice(1)).toEqual(
      doc.lines.map((l) => l.netAmount),
    );
    // Line 2: 2 × 1849.00 = 3698.00, less 10 % = 3328.20; the allowance is the difference, with its percentage.
    expect(xml).toContain('<cbc:MultiplierFactorNumeric>10</cbc:MultiplierFactorNumeric>');
    expect(xml).toContain('<cbc:Amount currencyID="EUR">369.80</cbc:Amount>');
    expect(xml).toContain('<cbc:BaseAmount currencyID="EUR">3698.00</cbc:BaseAmount>');
    // Lines without a discount carry no allowance: 3 of the 6 sample lines have one.
    expect(all(xml, /<cac:AllowanceCharge>()/g)).toHaveLength(3);
    expect(all(xml, /<cac:ClassifiedTaxCategory>\s*<cbc:ID>S<\/cbc:ID>\s*<cbc:Percent>([^<]+)</g)).toEqual(
      doc.lines.map((l) => l.taxRate),
    );
    expect(xml).toContain('<cbc:PriceAmount currencyID="EUR">0.085</cbc:PriceAmount>');
  });

  it('keeps foreign text intact and escapes markup characters', () => {
    expect(xml).toContain('<cbc:Name>Müller &amp; Söhne Präzisionstechnik GmbH</cbc:Name>');
    expect(xml).toContain('Hex bolt M8 × 40 &lt;DIN 933&gt; "A2" stainless steel &amp; washers');
    expect(xml).not.toContain('<DIN 933>');
    expect(xml).toContain('Εγχειρίδιο χρήσης στα Ελληνικά');
    expect(xml).toContain('中文说明书');
    expect(xml).toContain('校正サービス（日本語の技術報告書付き）');
    expect(xml).toContain('<cbc:Name>Élodie Marchand</cbc:Name>');
  });

  it('validates with every optional part absent, a zero tax rate and a currency without minor units', async () => {
    const minimal = minimalPurchaseOrderDocument();
    const minimalXml = renderPurchaseOrderUbl(minimal);
    const result = await validateUblOrder(minimalXml);
    expect(result.errors).toEqual([]);
    expect(result.valid).toBe(true);
    expect(minimalXml).toContain('<cbc:PayableAmount currencyID="JPY">4500.00</cbc:PayableAmount>');
    expect(minimalXml).toContain('<cbc:IdentificationCode>JP</cbc:IdentificationCode>');
    expect(minimalXml).toMatch(/<cac:ClassifiedTaxCategory>\s*<cbc:ID>Z<\/cbc:ID>/);
    expect(minimalXml).toContain('<cbc:Name>Free-text line</cbc:Name>');
    expect(minimalXml).not.toContain('<cac:PaymentTerms>');
    expect(minimalXml).not.toContain('<cac:DeliveryTerms>');
    expect(minimalXml).not.toContain('<cac:TransactionConditions>');
    expect(minimalXml).not.toContain('<cac:AllowanceCharge>');
  });

  it('writes amounts to two decimals with PEPPOL’s line arithmetic whatever the currency, the payable being the order’s total', () => {
    const orders = peppolSampleOrders();
    // JPY has no minor units: 3 × 333.5 = 1000.50, less 7 % (70.04) is 930.47 on the document,
    // though the order itself rounds the line to 930; the payable is the order's total.
    const jpy = orders['order-jpy-fraction']!;
    const jpyXml = renderPurchaseOrderUbl(jpy);
    expect(jpy.lines[0]!.netAmount).toBe('930');
    expect(jpyXml).toMatch(
      /<cbc:MultiplierFactorNumeric>7<\/cbc:MultiplierFactorNumeric>\s*<cbc:Amount currencyID="JPY">70\.03<\/cbc:Amount>\s*<cbc:BaseAmount currencyID="JPY">1000\.50<\/cbc:BaseAmount>/,
    );
    expect(jpyXml).toContain('<cbc:LineExtensionAmount currencyID="JPY">930.47</cbc:LineExtensionAmount>');
    expect(jpyXml).toContain(
      `<cbc:PayableAmount currencyID="JPY">${jpy.totals.total}.00</cbc:PayableAmount>`,
    );
    expect(jpyXml).toMatch(
      /<cbc:PayableRoundingAmount currencyID="JPY">-?\d+\.\d\d<\/cbc:PayableRoundingAmount>/,
    );
    // BHD has three: every amount is written with two.
    const bhdXml = renderPurchaseOrderUbl(orders['order-bhd-three-decimals']!);
    expect(
      all(bhdXml, /currencyID="BHD">(-?\d+\.\d{3,})</g).filter(
        (v) => !bhdXml.includes(`<cbc:PriceAmount currencyID="BHD">${v}<`),
      ),
    ).toEqual([]);
  });

  it('names what an order lacks to be a PEPPOL order: the electronic addresses, a unit code', () => {
    const complete = samplePurchaseOrderDocument({ lineCount: 2 });
    expect(orderDocumentProblems(complete)).toEqual([]);
    const lacking = {
      ...complete,
      buyerOrganisation: { ...complete.buyerOrganisation, electronicAddress: null },
      supplier: { ...complete.supplier, electronicAddress: null },
      lines: complete.lines.map((l, i) => (i === 1 ? { ...l, unitCode: 'BAG', uneceCode: null } : l)),
    };
    expect(orderDocumentProblems(lacking)).toEqual([
      {
        path: 'settings.electronicAddress',
        message: expect.stringMatching(/organisation has no electronic address/),
      },
      {
        path: 'supplier.electronicAddress',
        message: expect.stringMatching(/SUP-0007 has no electronic address/),
      },
      { path: 'lines[1].unitCode', message: expect.stringMatching(/line 2: unit BAG has no UN\/ECE/) },
    ]);
  });

  it('validates a long order', async () => {
    const long = renderPurchaseOrderUbl(samplePurchaseOrderDocument({ lineCount: 120 }));
    const result = await validateUblOrder(long);
    expect(result.errors).toEqual([]);
    expect(all(long, /<cac:OrderLine>()/g)).toHaveLength(120);
  });
});

describe('XML writer', () => {
  it('escapes text and attribute values', () => {
    expect(escapeText('a < b & c > d "q" \'s\'')).toBe('a &lt; b &amp; c &gt; d "q" \'s\'');
    expect(escapeAttribute('say "hi" & <go>\n\tnow')).toBe('say &quot;hi&quot; &amp; &lt;go&gt;&#10;&#9;now');
  });

  it('replaces characters XML cannot carry instead of emitting a broken document', () => {
    expect(escapeText('bell\u0007 nul\u0000 ok\ttab\nnewline')).toBe('bell\ufffd nul\ufffd ok\ttab\nnewline');
    expect(escapeText('lone \ud800 surrogate, pair 😀')).toBe('lone \ufffd surrogate, pair 😀');
  });

  it('skips absent children and refuses invalid names', () => {
    const xml = serializeXml(
      el('root', { a: 'x', b: null }, null, false, undefined, el('child', {}, 'v & w')),
    );
    expect(xml).toBe(
      '<?xml version="1.0" encoding="UTF-8"?>\n<root a="x">\n  <child>v &amp; w</child>\n</root>\n',
    );
    expect(() => el('bad name')).toThrow(/Invalid XML element name/);
    expect(() => el('ok', { 'on"click': 'x' })).toThrow(/Invalid XML attribute name/);
  });

  it('keeps user text from turning into markup anywhere in an Order', async () => {
    const hostile = '</cbc:Name><cbc:Injected>1</cbc:Injected><!-- ]]> &amp; \u0001';
    const doc = samplePurchaseOrderDocument({ lineCount: 1 });
    const xml = renderPurchaseOrderUbl({
      ...doc,
      notes: hostile,
      supplier: { ...doc.supplier, legalName: hostile },
      lines: doc.lines.map((l) => ({ ...l, description: hostile, supplierPartNumber: hostile })),
    });
    expect(xml).not.toContain('<cbc:Injected>');
    expect((await validateUblOrder(xml)).valid).toBe(true);
  });
});

describe('order change and order cancellation', () => {
  it('writes a revised order as an Order Change: its own id and date, the original referenced, each line’s status', async () => {
    const change = peppolSampleChanges()['order-change-revision-2']!;
    const xml = renderPurchaseOrderUbl(change);
    expect(ublDocumentKind(change)).toBe('order-change');
    const result = await validateUblOrder(xml, 'OrderChange');
    expect(result.errors).toEqual([]);
    expect(xml).toContain(`xmlns="${UBL_NAMESPACES.orderChange}"`);
    expect(topLevel(xml, 'cbc:CustomizationID')).toBe('urn:fdc:peppol.eu:poacc:trns:order_change:3');
    expect(topLevel(xml, 'cbc:ProfileID')).toBe('urn:fdc:peppol.eu:poacc:bis:advanced_ordering:3');
    expect(topLevel(xml, 'cbc:ID')).toBe('PO-2026-00042-R2');
    expect(topLevel(xml, 'cbc:IssueDate')).toBe('2026-03-20');
    expect(topLevel(xml, 'cbc:SequenceNumberID')).toBe('2');
    expect(xml).toMatch(/<cac:OrderReference>\s*<cbc:ID>PO-2026-00042<\/cbc:ID>/);
    // The reason for the change leads the note.
    expect(topLevel(xml, 'cbc:Note')).toMatch(
      /^Quantities as agreed on the phone;.*\n\nPlease quote the PO number/s,
    );
    // Lines 1–6 as they are now (6 added, 2 changed, the rest no action), 7 removed with quantity 0.
    expect(all(xml, /<cbc:LineStatusCode>(\d)<\/cbc:LineStatusCode>/g)).toEqual([
      '4',
      '3',
      '4',
      '4',
      '4',
      '1',
      '2',
    ]);
    expect(xml).toMatch(
      /<cbc:ID>7<\/cbc:ID>\s*<cbc:LineStatusCode>2<\/cbc:LineStatusCode>\s*<cbc:Quantity unitCode="C62">0<\/cbc:Quantity>/,
    );
  });

  it('writes a cancelled order as an Order Cancellation with its reason', async () => {
    const cancelled = peppolSampleChanges()['order-cancellation']!;
    const xml = renderPurchaseOrderUbl(cancelled);
    expect(ublDocumentKind(cancelled)).toBe('order-cancellation');
    const result = await validateUblOrder(xml, 'OrderCancellation');
    expect(result.errors).toEqual([]);
    expect(topLevel(xml, 'cbc:ID')).toBe('PO-2026-00042-C');
    expect(topLevel(xml, 'cbc:IssueDate')).toBe('2026-03-21');
    expect(topLevel(xml, 'cbc:CancellationNote')).toBe('The project was stopped.');
    expect(xml).toMatch(/<cac:OrderReference>\s*<cbc:ID>PO-2026-00042<\/cbc:ID>/);
    expect(xml).not.toContain('OrderLine');
  });
});
