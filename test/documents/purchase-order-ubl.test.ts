import { describe, expect, it } from 'vitest';
import { renderPurchaseOrderUbl, UBL_NAMESPACES } from '../../src/documents/purchase-order-ubl';
import { el, escapeAttribute, escapeText, serializeXml } from '../../src/documents/xml';
import { minimalPurchaseOrderDocument, samplePurchaseOrderDocument } from './sample-purchase-order';
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
    expect(topLevel(xml, 'cbc:UBLVersionID')).toBe('2.1');
    expect(topLevel(xml, 'cbc:ID')).toBe('PO-2026-00042');
    expect(topLevel(xml, 'cbc:IssueDate')).toBe('2026-03-14');
    expect(topLevel(xml, 'cbc:DocumentCurrencyCode')).toBe('EUR');
    expect(topLevel(xml, 'cbc:CustomizationID')).toBeTruthy();
    expect(topLevel(xml, 'cbc:ProfileID')).toBeTruthy();
  });

  it('states the totals of the document, per tax rate and overall', () => {
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
    expect(all(xml, /<cbc:TaxableAmount currencyID="EUR">([^<]+)</g)).toEqual(
      doc.totals.byTaxRate.map((b) => b.net),
    );
    expect(doc.totals.total).toBe('5148.20');
  });

  it('writes one OrderLine per line, with quantity, unit, net, price, discount and tax category', () => {
    expect(all(xml, /<cac:OrderLine>()/g)).toHaveLength(doc.lines.length);
    expect(topLevel(xml, 'cbc:LineCountNumeric')).toBe(String(doc.lines.length));
    expect(all(xml, /<cbc:Quantity unitCode="([^"]+)">/g)).toEqual(doc.lines.map((l) => l.unitCode));
    expect(all(xml, /<cbc:LineExtensionAmount currencyID="EUR">([^<]+)</g).slice(1)).toEqual(
      doc.lines.map((l) => l.netAmount),
    );
    // Line 2: 2 × 1849.00 = 3698.00, less 10 % = 3328.20; the allowance is the difference.
    expect(xml).toContain('<cbc:AllowanceChargeReason>Discount 10%</cbc:AllowanceChargeReason>');
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
    expect(minimalXml).toContain('<cbc:PayableAmount currencyID="JPY">4500</cbc:PayableAmount>');
    expect(minimalXml).toContain('<cbc:IdentificationCode>JP</cbc:IdentificationCode>');
    expect(minimalXml).toMatch(/<cac:ClassifiedTaxCategory>\s*<cbc:ID>Z<\/cbc:ID>/);
    expect(minimalXml).toContain('<cbc:Name>Free-text line</cbc:Name>');
    expect(minimalXml).not.toContain('<cac:PaymentTerms>');
    expect(minimalXml).not.toContain('<cac:DeliveryTerms>');
    expect(minimalXml).not.toContain('<cac:TransactionConditions>');
    expect(minimalXml).not.toContain('<cac:AllowanceCharge>');
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
