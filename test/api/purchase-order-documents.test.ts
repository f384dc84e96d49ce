import { extractText, getDocumentProxy } from 'unpdf';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedItem, seedPriceListEntry } from '../../src/seed/catalog-factories';
import { actorFor, seedPurchaseOrder } from '../../src/seed/purchase-order-factories';
import { validateUblOrder } from '../documents/ubl-schema';
import { createTestApp, type TestApp } from '../helpers/app';
import { seedSupplier, seedUser } from '../helpers/seed';

let t: TestApp;
let buyer: Awaited<ReturnType<TestApp['loginAs']>>;
let poId: string;
let poNumber: string;
let supplierId: string;

beforeAll(async () => {
  t = await createTestApp();
  buyer = await t.loginAs(['buyer']);
  const supplier = await seedSupplier(t.ctx, { legalName: 'Müller & Söhne Präzisionstechnik GmbH' });
  const item = await seedItem(t.ctx, { name: 'Hex bolt M8 × 40', defaultTaxRate: '19' });
  await seedPriceListEntry(t.ctx, {
    supplierId: supplier.id,
    itemId: item.id,
    supplierPartNumber: 'DIN933-M8X40',
    unitPrice: '0.085',
    validFrom: '2026-01-01',
  });
  const user = await seedUser(t.ctx, { roles: ['buyer'] });
  const po = await seedPurchaseOrder(t.ctx, {
    buyer: actorFor(user),
    supplierId: supplier.id,
    orderDate: '2026-03-02',
    lines: [
      { itemId: item.id, quantity: '1200', unitPrice: '0.085', discountPercent: '5' },
      {
        description: 'Εγχειρίδιο χρήσης — 中文说明书',
        unitCode: item.unitCode,
        quantity: '3',
        unitPrice: '24.90',
        taxRate: '7',
      },
    ],
    status: 'approved',
  });
  poId = po.id;
  poNumber = po.number;
  supplierId = supplier.id;
}, 60_000);
afterAll(async () => {
  await t.close();
});

describe('purchase-order documents', () => {
  it('prints the PO as a PDF with its number, supplier, part numbers and any Unicode text', async () => {
    const res = await t.request({ method: 'GET', url: `/api/v1/purchase-orders/${poId}/pdf`, as: buyer });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('application/pdf');
    expect(res.headers['content-disposition']).toContain(`${poNumber}-r0.pdf`);
    expect(res.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
    const { text } = await extractText(await getDocumentProxy(new Uint8Array(res.rawPayload)), {
      mergePages: true,
    });
    expect(text).toContain(poNumber);
    expect(text).toMatch(/Müller & Söhne Präzisionstechnik\s+GmbH/);
    expect(text).toContain('Net 30');
    expect(text).toContain('DIN933-M8X40');
    expect(text).toContain('Εγχειρίδιο');
    expect(text).toContain('中文说明书');
    expect(text).toContain('Approved');
  });

  it('writes the PDF in the supplier’s language, or in the one asked for', async () => {
    const admin = await t.loginAs(['admin']);
    const pdfText = async (url: string) => {
      const res = await t.request({ method: 'GET', url, as: buyer });
      expect(res.statusCode).toBe(200);
      const { text } = await extractText(await getDocumentProxy(new Uint8Array(res.rawPayload)), {
        mergePages: true,
      });
      return text.replace(/\s+/g, ' ');
    };
    const supplier = (
      await t.request({ method: 'GET', url: `/api/v1/suppliers/${supplierId}`, as: admin })
    ).json();
    expect(supplier.language).toBeNull();
    const bad = await t.request({
      method: 'PATCH',
      url: `/api/v1/suppliers/${supplierId}`,
      as: admin,
      headers: { 'if-match': `"v${supplier.version}"` },
      payload: { language: 'fr' },
    });
    expect(bad.statusCode).toBe(422);
    expect(bad.json().errors[0].path).toBe('language');
    const german = await t.request({
      method: 'PATCH',
      url: `/api/v1/suppliers/${supplierId}`,
      as: admin,
      headers: { 'if-match': `"v${supplier.version}"` },
      payload: { language: 'de' },
    });
    expect(german.statusCode).toBe(200);
    expect(german.json().language).toBe('de');

    const de = await pdfText(`/api/v1/purchase-orders/${poId}/pdf`);
    for (const words of [
      'BESTELLUNG',
      'Bestellnummer',
      'LIEFERANT',
      'Netto 30',
      'Genehmigt',
      'Zwischensumme',
    ]) {
      expect(de).toContain(words);
    }
    // Numbers as a German reader writes them: 1200 × 0.085 less 5 % = 96,90.
    expect(de).toContain('96,90');
    expect(de).toContain('1.200');
    expect(de).toContain(poNumber);
    expect(de).not.toContain('PURCHASE ORDER');

    const en = await pdfText(`/api/v1/purchase-orders/${poId}/pdf?language=en`);
    expect(en).toContain('PURCHASE ORDER');
    expect(en).toContain('96.90');
    const unknown = await t.request({
      method: 'GET',
      url: `/api/v1/purchase-orders/${poId}/pdf?language=fr`,
      as: buyer,
    });
    expect(unknown.statusCode).toBe(422);
    expect(unknown.json().errors[0].path).toBe('language');
  });

  it('exports the PO as a PEPPOL order once both parties have an electronic address; until then a 409 names what is missing', async () => {
    const ubl = () => t.request({ method: 'GET', url: `/api/v1/purchase-orders/${poId}/ubl`, as: buyer });
    const refused = await ubl();
    expect(refused.statusCode).toBe(409);
    expect(
      refused
        .json()
        .errors.map((e: { path: string }) => e.path)
        .sort(),
    ).toEqual(['settings.electronicAddress', 'supplier.electronicAddress']);
    expect(refused.json().detail).toMatch(/electronic address/);

    const admin = await t.loginAs(['admin']);
    const settings = (await t.request({ method: 'GET', url: '/api/v1/settings', as: admin })).json();
    // A US employer id is not a VAT number: refused under VAT, taken under state sales tax.
    const asVat = await t.request({
      method: 'PATCH',
      url: '/api/v1/settings',
      as: admin,
      headers: { 'if-match': `"v${settings.version}"` },
      payload: { taxId: '12-3456789', taxScheme: 'VAT' },
    });
    expect(asVat.statusCode).toBe(422);
    expect(asVat.json().errors[0].path).toBe('taxId');
    const badScheme = await t.request({
      method: 'PATCH',
      url: '/api/v1/settings',
      as: admin,
      headers: { 'if-match': `"v${settings.version}"` },
      payload: { electronicAddress: { scheme: '1234', id: 'x' } },
    });
    expect(badScheme.statusCode).toBe(422);
    expect(badScheme.json().errors[0].path).toBe('electronicAddress.scheme');
    const saved = await t.request({
      method: 'PATCH',
      url: '/api/v1/settings',
      as: admin,
      headers: { 'if-match': `"v${settings.version}"` },
      payload: {
        electronicAddress: { scheme: '0088', id: '7300010000001' },
        legalId: { id: '931186755', scheme: '0192' },
        taxId: '12-3456789',
        taxScheme: 'STT',
      },
    });
    expect(saved.statusCode, saved.body).toBe(200);
    expect(saved.json()).toMatchObject({
      electronicAddress: { scheme: '0088', id: '7300010000001' },
      legalId: { id: '931186755', scheme: '0192' },
      taxId: '12-3456789',
      taxScheme: 'STT',
    });
    const supplier = (
      await t.request({ method: 'GET', url: `/api/v1/suppliers/${supplierId}`, as: buyer })
    ).json();
    const updated = await t.request({
      method: 'PATCH',
      url: `/api/v1/suppliers/${supplierId}`,
      as: buyer,
      headers: { 'if-match': `"v${supplier.version}"` },
      payload: { electronicAddress: { scheme: '9930', id: 'DE811569869' } },
    });
    expect(updated.statusCode, updated.body).toBe(200);

    const res = await ubl();
    expect(res.statusCode, res.body).toBe(200);
    expect(res.headers['content-type']).toMatch(/application\/xml/);
    const { valid, errors } = await validateUblOrder(res.body);
    expect(errors).toEqual([]);
    expect(valid).toBe(true);
    expect(res.body).toContain(
      '<cbc:CustomizationID>urn:fdc:peppol.eu:poacc:trns:order:3</cbc:CustomizationID>',
    );
    expect(res.body).toContain(`<cbc:ID>${poNumber}</cbc:ID>`);
    expect(res.body).toContain('<cbc:EndpointID schemeID="0088">7300010000001</cbc:EndpointID>');
    expect(res.body).toContain('<cbc:EndpointID schemeID="9930">DE811569869</cbc:EndpointID>');
    expect(res.body).toMatch(
      /<cbc:CompanyID>12-3456789<\/cbc:CompanyID>\s*<cac:TaxScheme>\s*<cbc:ID>STT<\/cbc:ID>/,
    );
    expect(res.body).toContain('Müller &amp; Söhne');
    expect(res.body).not.toContain('UBLVersionID');
    // 1200 × 0.085 less 5 % = 96.90 at 19 %; 3 × 24.90 = 74.70 at 7 %
    expect(res.body).toMatch(/<cbc:LineExtensionAmount currencyID="USD">171\.60<\/cbc:LineExtensionAmount>/);
    expect(res.body).toMatch(
      /<cbc:MultiplierFactorNumeric>5<\/cbc:MultiplierFactorNumeric>\s*<cbc:Amount currencyID="USD">5\.10<\/cbc:Amount>\s*<cbc:BaseAmount currencyID="USD">102\.00<\/cbc:BaseAmount>/,
    );
    // The PDF names both parties the same way: the organisation's sales-tax id is no VAT ID.
    const pdf = await t.request({
      method: 'GET',
      url: `/api/v1/purchase-orders/${poId}/pdf?language=en`,
      as: buyer,
    });
    const { text } = await extractText(await getDocumentProxy(new Uint8Array(pdf.rawPayload)), {
      mergePages: true,
    });
    const flat = text.replace(/\s+/g, ' ');
    expect(flat).toContain('Tax ID 12-3456789');
    expect(flat).not.toContain('VAT ID 12-3456789');
    expect(flat).toContain('Reg. no. 931186755');
    expect(flat).toContain('PEPPOL ID 0088:7300010000001');
    expect(flat).toContain('PEPPOL ID 9930:DE811569869');
  });

  it('writes a revised order as an Order Change of its latest revision, and a cancelled one as an Order Cancellation', async () => {
    const user = await seedUser(t.ctx, { roles: ['buyer'] });
    const item = await seedItem(t.ctx, { name: 'Washer M8', defaultTaxRate: '19' });
    const po = await seedPurchaseOrder(t.ctx, {
      buyer: actorFor(user),
      supplierId,
      orderDate: '2026-03-02',
      lines: [
        { itemId: item.id, quantity: '100', unitPrice: '0.05' },
        { itemId: item.id, quantity: '10', unitPrice: '0.05' },
      ],
      status: 'approved',
    });
    const ubl = () => t.request({ method: 'GET', url: `/api/v1/purchase-orders/${po.id}/ubl`, as: buyer });
    const original = await ubl();
    expect(original.statusCode, original.body).toBe(200);
    expect(original.body).toContain('<Order xmlns=');
    expect(original.headers['content-disposition']).toContain(`${po.number}-order.xml`);

    const current = (
      await t.request({ method: 'GET', url: `/api/v1/purchase-orders/${po.id}`, as: buyer })
    ).json();
    const revised = await t.request({
      method: 'PATCH',
      url: `/api/v1/purchase-orders/${po.id}`,
      as: buyer,
      headers: { 'if-match': `"v${current.version}"` },
      payload: {
        reason: 'The supplier has only 80 in stock',
        lines: [{ lineNo: 1, itemId: item.id, quantity: '80', unitPrice: '0.05' }],
      },
    });
    expect(revised.statusCode, revised.body).toBe(200);
    const change = await ubl();
    expect(change.statusCode, change.body).toBe(200);
    const { valid, errors } = await validateUblOrder(change.body, 'OrderChange');
    expect(errors).toEqual([]);
    expect(valid).toBe(true);
    expect(change.headers['content-disposition']).toContain(`${po.number}-change-r1.xml`);
    expect(change.body).toContain(`<cbc:ID>${po.number}-R1</cbc:ID>`);
    expect(change.body).toMatch(new RegExp(`<cac:OrderReference>\\s*<cbc:ID>${po.number}</cbc:ID>`));
    expect(change.body).toContain('The supplier has only 80 in stock');
    // Line 1 changed, line 2 removed (quantity 0).
    expect([...change.body.matchAll(/<cbc:LineStatusCode>(\d)</g)].map((m) => m[1])).toEqual(['3', '2']);

    const cancelled = await t.request({
      method: 'POST',
      url: `/api/v1/purchase-orders/${po.id}/cancel`,
      as: buyer,
      headers: { 'if-match': `"v${revised.json().version}"` },
      payload: { reason: 'Found a cheaper washer' },
    });
    expect(cancelled.statusCode, cancelled.body).toBe(200);
    const cancellation = await ubl();
    expect(cancellation.statusCode, cancellation.body).toBe(200);
    expect((await validateUblOrder(cancellation.body, 'OrderCancellation')).errors).toEqual([]);
    expect(cancellation.body).toContain(
      '<cbc:CancellationNote>Found a cheaper washer</cbc:CancellationNote>',
    );
    expect(cancellation.body).toContain(`<cbc:ID>${po.number}-C</cbc:ID>`);
  });

  it('needs a session, and hides POs the caller may not see', async () => {
    expect((await t.request({ method: 'GET', url: `/api/v1/purchase-orders/${poId}/pdf` })).statusCode).toBe(
      401,
    );
    const requester = await t.loginAs(['requester']);
    expect(
      (await t.request({ method: 'GET', url: `/api/v1/purchase-orders/${poId}/ubl`, as: requester }))
        .statusCode,
    ).toBe(404);
    const missing = '0190b9a0-0000-7000-8000-0000000000ff';
    expect(
      (await t.request({ method: 'GET', url: `/api/v1/purchase-orders/${missing}/pdf`, as: buyer }))
        .statusCode,
    ).toBe(404);
  });
});

describe('purchase-order history', () => {
  it('is readable by those who may see the order, and hidden from the rest', async () => {
    const ok = await t.request({
      method: 'GET',
      url: `/api/v1/audit?entityType=purchase_order&entityId=${poId}`,
      as: buyer,
    });
    expect(ok.statusCode).toBe(200);
    expect(ok.json().items.map((e: { action: string }) => e.action)).toContain('create');
    const requester = await t.loginAs(['requester']);
    const hidden = await t.request({
      method: 'GET',
      url: `/api/v1/audit?entityType=purchase_order&entityId=${poId}`,
      as: requester,
    });
    expect(hidden.statusCode).toBe(404);
  });
});
