import { extractText, getDocumentProxy } from 'unpdf';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedItem } from '../../src/seed/catalog-factories';
import { validateUblOrder } from '../documents/ubl-schema';
import { createTestApp, type TestApp } from '../helpers/app';
import { seedSupplier } from '../helpers/seed';

/**
 * Tax categories: a 0 % line says why it is 0 % (zero-rated, exempt, reverse charge, intra-community,
 * export, not subject to tax); the category must fit the rate, comes from the item when the line
 * names none, splits the tax breakdown, and is what the UBL order and the PDF carry.
 */
let t: TestApp;
let buyer: Awaited<ReturnType<TestApp['loginAs']>>;
let supplierId: string;
let unitCode: string;
let categoryId: string;
let reverseChargeItemId: string;

beforeAll(async () => {
  t = await createTestApp();
  buyer = await t.loginAs(['buyer']);
  const admin = await t.loginAs(['admin']);
  const supplier = await seedSupplier(t.ctx);
  supplierId = supplier.id;
  const withAddress = await t.request({
    method: 'PATCH',
    url: `/api/v1/suppliers/${supplierId}`,
    as: buyer,
    headers: { 'if-match': `"v${supplier.version}"` },
    payload: { electronicAddress: { scheme: '9930', id: 'DE811569869' } },
  });
  expect(withAddress.statusCode, withAddress.body).toBe(200);
  const item = await seedItem(t.ctx, {
    name: 'Consulting day',
    defaultTaxRate: '0',
    defaultTaxCategory: 'AE',
  });
  reverseChargeItemId = item.id;
  unitCode = item.unitCode;
  categoryId = item.categoryId;
  const settings = (await t.request({ method: 'GET', url: '/api/v1/settings', as: admin })).json();
  const saved = await t.request({
    method: 'PATCH',
    url: '/api/v1/settings',
    as: admin,
    headers: { 'if-match': `"v${settings.version}"` },
    payload: { electronicAddress: { scheme: '0088', id: '7300010000001' } },
  });
  expect(saved.statusCode, saved.body).toBe(200);
}, 60_000);
afterAll(async () => {
  await t.close();
});

const freeText = (taxRate: string, taxCategory?: string) => ({
  description: `Line at ${taxRate} % ${taxCategory ?? ''}`.trim(),
  unitCode,
  quantity: '2',
  unitPrice: '50.00',
  taxRate,
  ...(taxCategory ? { taxCategory } : {}),
});

async function createOrder(lines: Record<string, unknown>[]) {
  return t.request({
    method: 'POST',
    url: '/api/v1/purchase-orders',
    as: buyer,
    payload: { supplierId, currency: 'USD', lines },
  });
}

describe('tax categories on items', () => {
  it('keeps an item’s category, and refuses one its rate does not fit', async () => {
    const admin = await t.loginAs(['admin']);
    const base = { sku: 'TAX-EX-1', name: 'Exempt training', categoryId, unitCode };
    const wrong = await t.request({
      method: 'POST',
      url: '/api/v1/items',
      as: admin,
      payload: { ...base, defaultTaxRate: '20', defaultTaxCategory: 'E' },
    });
    expect(wrong.statusCode).toBe(422);
    expect(wrong.json().errors).toEqual([
      { path: 'defaultTaxRate', message: 'must be 0 for tax category E (exempt)' },
    ]);
    const unknown = await t.request({
      method: 'POST',
      url: '/api/v1/items',
      as: admin,
      payload: { ...base, defaultTaxRate: '0', defaultTaxCategory: 'VAT' },
    });
    expect(unknown.statusCode).toBe(422);
    expect(unknown.json().errors[0].path).toBe('defaultTaxCategory');
    const created = await t.request({
      method: 'POST',
      url: '/api/v1/items',
      as: admin,
      payload: { ...base, defaultTaxRate: '0', defaultTaxCategory: 'E' },
    });
    expect(created.statusCode, created.body).toBe(201);
    expect(created.json()).toMatchObject({ defaultTaxRate: '0', defaultTaxCategory: 'E' });
    // Raising the rate of an exempt item is refused; clearing the category lets the rate decide.
    const id = created.json().id;
    const raise = await t.request({
      method: 'PATCH',
      url: `/api/v1/items/${id}`,
      as: admin,
      headers: { 'if-match': `"v${created.json().version}"` },
      payload: { defaultTaxRate: '7' },
    });
    expect(raise.statusCode).toBe(422);
    expect(raise.json().errors[0].path).toBe('defaultTaxRate');
    const cleared = await t.request({
      method: 'PATCH',
      url: `/api/v1/items/${id}`,
      as: admin,
      headers: { 'if-match': `"v${created.json().version}"` },
      payload: { defaultTaxRate: '7', defaultTaxCategory: null },
    });
    expect(cleared.statusCode, cleared.body).toBe(200);
    expect(cleared.json()).toMatchObject({ defaultTaxRate: '7', defaultTaxCategory: null });
  });

  it('exports the category and imports it back; a blank cell clears it, a misfit is a bad row', async () => {
    const admin = await t.loginAs(['admin']);
    const csv = (await t.request({ method: 'GET', url: '/api/v1/items/export', as: admin })).body;
    const header = csv
      .replace(/^\uFEFF/, '')
      .split(/\r?\n/)[0]!
      .split(',');
    expect(header).toContain('defaultTaxCategory');
    const item = (
      await t.request({ method: 'GET', url: `/api/v1/items/${reverseChargeItemId}`, as: admin })
    ).json();
    const row = csv.split(/\r?\n/).find((l) => l.startsWith(`${item.sku},`));
    expect(row?.split(',')[header.indexOf('defaultTaxCategory')]).toBe('AE');

    const category = (
      await t.request({ method: 'GET', url: `/api/v1/item-categories/${categoryId}`, as: admin })
    ).json();
    const upload = (body: string) =>
      t.request({
        method: 'POST',
        url: '/api/v1/items/import',
        as: admin,
        headers: { 'content-type': 'text/csv' },
        payload: body,
      });
    const bad = await upload(
      `sku,name,categoryCode,unitCode,defaultTaxRate,defaultTaxCategory\nTAX-CSV-1,Imported,${category.code},${unitCode},20,E\n`,
    );
    expect(bad.statusCode).toBe(422);
    expect(bad.json().errors).toEqual([
      { path: 'line 2.defaultTaxRate', message: 'must be 0 for tax category E (exempt)' },
    ]);
    const good = await upload(
      `sku,name,categoryCode,unitCode,defaultTaxRate,defaultTaxCategory\nTAX-CSV-1,Imported,${category.code},${unitCode},0,k\n`,
    );
    expect(good.statusCode, good.body).toBe(200);
    const list = await t.request({ method: 'GET', url: '/api/v1/items?q=TAX-CSV-1', as: admin });
    expect(list.json().items[0]).toMatchObject({ sku: 'TAX-CSV-1', defaultTaxCategory: 'K' });
  });
});

describe('tax categories on order lines', () => {
  it('refuses a category its rate does not fit, naming the line’s field', async () => {
    const cases: [Record<string, unknown>, string, string][] = [
      [freeText('19', 'E'), 'lines[0].taxRate', 'must be 0 for tax category E (exempt)'],
      [
        freeText('0', 'S'),
        'lines[0].taxRate',
        'must be more than 0 for tax category S (standard rate); use Z for zero-rated',
      ],
      [
        { itemId: reverseChargeItemId, quantity: '1', unitPrice: '800', taxCategory: 'S' },
        'lines[0].taxCategory',
        "does not fit the item's tax rate of 0 %: the rate must be more than 0 for tax category S (standard rate); use Z for zero-rated",
      ],
    ];
    for (const [line, path, message] of cases) {
      const res = await createOrder([line]);
      expect(res.statusCode, JSON.stringify(line)).toBe(422);
      expect(res.json().errors).toEqual([{ path, message }]);
    }
    const unknown = await createOrder([freeText('0', 'ZZ')]);
    expect(unknown.statusCode).toBe(422);
    expect(unknown.json().errors[0].path).toBe('lines[0].taxCategory');
  });

  it('takes the item’s category, splits the tax by category and rate, and writes it to the UBL order and the PDF', async () => {
    const res = await createOrder([
      { itemId: reverseChargeItemId, quantity: '1', unitPrice: '800' },
      freeText('0', 'E'),
      freeText('0'),
      freeText('19'),
      freeText('0', 'O'),
      freeText('0', 'G'),
    ]);
    expect(res.statusCode, res.body).toBe(201);
    const order = res.json();
    expect(order.lines.map((l: { taxCategory: string }) => l.taxCategory)).toEqual([
      'AE',
      'E',
      'Z',
      'S',
      'O',
      'G',
    ]);
    // One band per category and rate: rate first, then the code list's order.
    expect(order.totals.byTaxRate).toEqual([
      { taxCategory: 'Z', taxRate: '0', net: '100.00', tax: '0.00' },
      { taxCategory: 'E', taxRate: '0', net: '100.00', tax: '0.00' },
      { taxCategory: 'AE', taxRate: '0', net: '800.00', tax: '0.00' },
      { taxCategory: 'G', taxRate: '0', net: '100.00', tax: '0.00' },
      { taxCategory: 'O', taxRate: '0', net: '100.00', tax: '0.00' },
      { taxCategory: 'S', taxRate: '19', net: '100.00', tax: '19.00' },
    ]);

    const ubl = await t.request({ method: 'GET', url: `/api/v1/purchase-orders/${order.id}/ubl`, as: buyer });
    expect(ubl.statusCode, ubl.body).toBe(200);
    const { valid, errors } = await validateUblOrder(ubl.body);
    expect(errors).toEqual([]);
    expect(valid).toBe(true);
    const categories = [
      ...ubl.body.matchAll(/<cac:ClassifiedTaxCategory>([\s\S]*?)<\/cac:ClassifiedTaxCategory>/g),
    ].map((m) => m[1]!.replace(/\s+/g, ''));
    expect(categories).toEqual([
      '<cbc:ID>AE</cbc:ID><cbc:Percent>0</cbc:Percent><cac:TaxScheme><cbc:ID>VAT</cbc:ID></cac:TaxScheme>',
      '<cbc:ID>E</cbc:ID><cbc:Percent>0</cbc:Percent><cac:TaxScheme><cbc:ID>VAT</cbc:ID></cac:TaxScheme>',
      '<cbc:ID>Z</cbc:ID><cbc:Percent>0</cbc:Percent><cac:TaxScheme><cbc:ID>VAT</cbc:ID></cac:TaxScheme>',
      '<cbc:ID>S</cbc:ID><cbc:Percent>19</cbc:Percent><cac:TaxScheme><cbc:ID>VAT</cbc:ID></cac:TaxScheme>',
      // Not subject to tax: no rate (PEPPOL-T01-R029).
      '<cbc:ID>O</cbc:ID><cac:TaxScheme><cbc:ID>VAT</cbc:ID></cac:TaxScheme>',
      '<cbc:ID>G</cbc:ID><cbc:Percent>0</cbc:Percent><cac:TaxScheme><cbc:ID>VAT</cbc:ID></cac:TaxScheme>',
    ]);

    const pdf = await t.request({
      method: 'GET',
      url: `/api/v1/purchase-orders/${order.id}/pdf?language=en`,
      as: buyer,
    });
    const { text } = await extractText(await getDocumentProxy(new Uint8Array(pdf.rawPayload)), {
      mergePages: true,
    });
    const flat = text.replace(/\s+/g, ' ');
    expect(flat).toContain('Reverse charge on 800.00');
    expect(flat).toContain('Exempt from tax on 100.00');
    expect(flat).toContain('Not subject to tax on 100.00');
    expect(flat).toContain('Export outside the customs territory on 100.00');
    expect(flat).toContain('Tax 19% on 100.00');
  });
});
