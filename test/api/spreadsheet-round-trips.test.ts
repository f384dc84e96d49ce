import { sql } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedCategory, seedItem, seedPriceListEntry, seedUnit } from '../../src/seed/catalog-factories';
import { createTestApp, type TestApp } from '../helpers/app';
import { seedSupplier } from '../helpers/seed';

/**
 * Every import-shaped export (suppliers, items, price lists) as CSV and as an Excel workbook:
 * export → import → export gives the same data, the unchanged import writes nothing (no version,
 * no audit entry), the workbook has codes and postcodes as text, dates as dates and numbers as
 * numbers, and an edited workbook imports its change.
 */
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

let t: TestApp;
let admin: Awaited<ReturnType<TestApp['loginAs']>>;

const LISTS = [
  { name: 'suppliers', path: '/api/v1/suppliers', list: '/api/v1/suppliers?limit=100' },
  { name: 'items', path: '/api/v1/items', list: '/api/v1/items?limit=100' },
  {
    name: 'price-list-entries',
    path: '/api/v1/price-list-entries',
    list: '/api/v1/price-list-entries?limit=100',
  },
] as const;

beforeAll(async () => {
  t = await createTestApp();
  admin = await t.loginAs(['admin', 'buyer']);
  const category = await seedCategory(t.ctx);
  const unit = await seedUnit(t.ctx);
  const supplier = await seedSupplier(t.ctx, {
    code: '00417',
    legalName: 'Grünwald & Söhne — “Präzision” =SUM(A1)',
    taxId: 'DE811569869',
    addresses: [{ kind: 'billing', line1: '1 Main St', city: 'Boston', postalCode: '02142', country: 'US' }],
    contacts: [{ name: 'Ana Ruiz', role: 'Sales', email: 'ana@example.com', phone: '+1 617 555 0100' }],
    earlyPaymentDiscountPercent: '2',
    earlyPaymentDiscountDays: 10,
    categoryIds: [category.id],
    language: 'de',
  });
  const item = await seedItem(t.ctx, {
    sku: '007-BOLT',
    name: 'Bolt M8 ×40 -5 mm',
    categoryId: category.id,
    unitCode: unit.code,
    defaultTaxRate: '8.25',
    defaultTaxCategory: 'S',
    inspectionRequired: true,
  });
  await seedItem(t.ctx, { sku: 'FREE-1', categoryId: category.id, unitCode: unit.code, active: false });
  await seedPriceListEntry(t.ctx, {
    supplierId: supplier.id,
    itemId: item.id,
    supplierPartNumber: '0042-A',
    unitPrice: '0.085',
    minQuantity: '100',
    validFrom: '2026-01-01',
    validTo: '2026-12-31',
  });
}, 60_000);
afterAll(async () => {
  await t.close();
});

const exportOf = (path: string, format: 'csv' | 'xlsx') =>
  t.request({ method: 'GET', url: `${path}/export?format=${format}`, as: admin });
const importOf = (path: string, body: Buffer, contentType: string) =>
  t.request({
    method: 'POST',
    url: `${path}/import`,
    as: admin,
    payload: body,
    headers: { 'content-type': contentType },
  });
const auditCount = async () => {
  // Both drivers answer { rows }; the query builder types the answer per driver.
  const result = (await t.ctx.db.execute(sql`select count(*)::int as n from audit_log`)) as unknown as {
    rows: { n: number }[];
  };
  return Number(result.rows[0]!.n);
};
const listed = async (url: string) => (await t.request({ method: 'GET', url, as: admin })).json().items;

async function sheetOf(body: Buffer) {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(body as unknown as ArrayBuffer);
  const sheet = book.worksheets[0]!;
  const header = (sheet.getRow(1).values as unknown[]).slice(1).map(String);
  const rows: Record<string, unknown>[] = [];
  sheet.eachRow((row, n) => {
    if (n === 1) return;
    const values = row.values as unknown[];
    rows.push(Object.fromEntries(header.map((h, i) => [h, values[i + 1] ?? null])));
  });
  return { book, sheet, header, rows };
}

describe.each(LISTS)('$name', ({ path, list }) => {
  it('as CSV: UTF-8 with a byte-order mark and CRLF; an unchanged file imports back writing nothing', async () => {
    const first = await exportOf(path, 'csv');
    expect(first.statusCode, first.body).toBe(200);
    expect(first.headers['content-type']).toMatch(/^text\/csv/);
    expect(first.rawPayload.subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    expect(first.body).toContain('\r\n');
    const before = await listed(list);
    const audits = await auditCount();
    const imported = await importOf(path, first.rawPayload, 'text/csv');
    expect(imported.statusCode, imported.body).toBe(200);
    expect(imported.json()).toMatchObject({
      created: 0,
      updated: 0,
      file: { format: 'csv', encoding: 'UTF-8', delimiter: 'comma' },
    });
    expect(await auditCount()).toBe(audits);
    expect(await listed(list)).toEqual(before);
    expect((await exportOf(path, 'csv')).rawPayload.equals(first.rawPayload)).toBe(true);
  });

  it('as a workbook: an unchanged workbook imports back writing nothing, and exports the same data', async () => {
    const first = await exportOf(path, 'xlsx');
    expect(first.statusCode, first.body).toBe(200);
    expect(first.headers['content-type']).toBe(XLSX);
    const before = await listed(list);
    const audits = await auditCount();
    const imported = await importOf(path, first.rawPayload, XLSX);
    expect(imported.statusCode, imported.body).toBe(200);
    expect(imported.json()).toMatchObject({ created: 0, updated: 0, file: { format: 'xlsx' } });
    expect(await auditCount()).toBe(audits);
    expect(await listed(list)).toEqual(before);
    const again = await exportOf(path, 'xlsx');
    expect((await sheetOf(again.rawPayload)).rows).toEqual((await sheetOf(first.rawPayload)).rows);
    // The workbook holds the same data as the CSV.
    const csv = await exportOf(path, 'csv');
    const csvRows =
      csv.body
        .replace(/^\uFEFF/, '')
        .trim()
        .split('\r\n').length - 1;
    expect((await sheetOf(first.rawPayload)).rows).toHaveLength(csvRows);
  });
});

describe('the workbook’s cells', () => {
  it('keep codes, postcodes and ids as text, dates as dates and amounts, rates and yes/no as their types', async () => {
    const suppliers = await sheetOf((await exportOf('/api/v1/suppliers', 'xlsx')).rawPayload);
    const supplier = suppliers.rows.find((r) => r.code === '00417')!;
    expect(supplier).toMatchObject({
      code: '00417',
      postalCode: '02142',
      taxId: 'DE811569869',
      paymentTermsNetDays: 30,
      earlyPaymentDiscountPercent: 2,
      contactRole: 'Sales',
      legalName: 'Grünwald & Söhne — “Präzision” =SUM(A1)',
    });
    // A text that looks like a formula is text in the workbook, never a formula.
    expect(suppliers.sheet.getCell('B2').type).toBe(ExcelJS.ValueType.String);

    const items = await sheetOf((await exportOf('/api/v1/items', 'xlsx')).rawPayload);
    expect(items.rows.find((r) => r.sku === '007-BOLT')).toMatchObject({
      sku: '007-BOLT',
      name: 'Bolt M8 ×40 -5 mm',
      defaultTaxRate: 8.25,
      defaultTaxCategory: 'S',
      inspectionRequired: true,
      active: true,
    });

    const prices = await sheetOf((await exportOf('/api/v1/price-list-entries', 'xlsx')).rawPayload);
    const entry = prices.rows[0]!;
    expect(entry).toMatchObject({
      sku: '007-BOLT',
      supplierPartNumber: '0042-A',
      unitPrice: 0.085,
      minQuantity: 100,
    });
    expect(entry.validFrom).toEqual(new Date('2026-01-01T00:00:00Z'));
    expect(entry.validTo).toEqual(new Date('2026-12-31T00:00:00Z'));
  });

  it('an edited workbook imports its change; a bad cell is refused by its row and column; a non-workbook by the file', async () => {
    const { book, sheet, header } = await sheetOf((await exportOf('/api/v1/items', 'xlsx')).rawPayload);
    const skuColumn = header.indexOf('sku') + 1;
    let row = 0;
    sheet.eachRow((r, n) => {
      if (r.getCell(skuColumn).value === '007-BOLT') row = n;
    });
    sheet.getCell(row, header.indexOf('name') + 1).value = 'Bolt M8 × 40, stainless';
    const edited = Buffer.from(await book.xlsx.writeBuffer());
    const res = await importOf('/api/v1/items', edited, XLSX);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ created: 0, updated: 1 });
    expect((await listed('/api/v1/items?q=007-BOLT'))[0].name).toBe('Bolt M8 × 40, stainless');

    sheet.getCell(row, header.indexOf('defaultTaxRate') + 1).value = 'lots';
    const bad = await importOf('/api/v1/items', Buffer.from(await book.xlsx.writeBuffer()), XLSX);
    expect(bad.statusCode).toBe(422);
    expect(bad.json().errors.map((e: { path: string }) => e.path)).toEqual([`line ${row}.defaultTaxRate`]);

    // A workbook labelled as CSV (a renamed file) is still read as the workbook it is.
    const labelledCsv = await importOf('/api/v1/items', edited, 'text/csv');
    expect(labelledCsv.statusCode, labelledCsv.body).toBe(200);
    expect(labelledCsv.json()).toMatchObject({ created: 0, updated: 0, file: { format: 'xlsx' } });

    const notABook = await importOf('/api/v1/items', Buffer.from('sku,name\nX,Y\n'), XLSX);
    expect(notABook.statusCode).toBe(422);
    expect(notABook.json().errors[0].path).toBe('file');
  });
});
