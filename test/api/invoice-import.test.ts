import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rowsOf } from '../../src/core/shared/sql';
import { seedUnit } from '../../src/seed/catalog-factories';
import {
  categoriesInvoice,
  lineOneCreditNote,
  lineOneInvoice,
  type SampleOrder,
  wholeOrderInvoice,
} from '../documents/sample-invoices';
import { createTestApp, type TestApp } from '../helpers/app';
import { portalFixture, type Who } from '../helpers/portal';
import { seedSupplier } from '../helpers/seed';
import { type UblInvoice, ublInvoice } from '../helpers/ubl-invoice';

/**
 * Importing suppliers' UBL invoices and credit notes: PEPPOL BIS Billing 3 and plain UBL 2.0/2.1,
 * other prefixes, allowances and charges at every level, base quantities, several tax categories,
 * lines without order line references, and documents that do not add up or are not ours.
 */
let t: TestApp;
let f: Awaited<ReturnType<typeof portalFixture>>;
let ap: Who;
let receiver: Who;

beforeAll(async () => {
  t = await createTestApp();
  f = await portalFixture(t);
  ap = await t.loginAs(['accounts_payable']);
  receiver = await t.loginAs(['receiver']);
}, 60_000);
afterAll(async () => {
  await t.close();
});

function importXml(xml: string, as: Who = ap) {
  return t.request({
    method: 'POST',
    url: '/api/v1/invoices/import',
    as,
    headers: { 'content-type': 'application/xml' },
    payload: xml,
  });
}

/** An order of 100 (line 1, at 2.50) and 4 (line 2, at 30.00), all received; its currency. */
async function receivedOrder(supplier?: { id: string }) {
  const s = supplier ?? (await f.supplierWithContact());
  const order = await f.sentOrder(s.id, [
    { itemId: f.itemId, quantity: '100', unitPrice: '2.50' },
    { itemId: f.itemId, quantity: '4', unitPrice: '30.00' },
  ]);
  const res = await t.request({
    method: 'POST',
    url: '/api/v1/receipts',
    as: receiver,
    payload: {
      purchaseOrderId: order.id,
      lines: [
        { lineNo: 1, quantity: '100' },
        { lineNo: 2, quantity: '4' },
      ],
    },
  });
  expect(res.statusCode, res.body).toBe(201);
  const full = await f.getOrder(order.id);
  return { order: full as { id: string; number: string; currency: string }, supplierId: s.id };
}

const id = () => `UBL-${Math.random().toString(36).slice(2, 10)}`;

function wholeOrder(order: SampleOrder, extra: Partial<UblInvoice> = {}): UblInvoice {
  return { ...wholeOrderInvoice(order, id()), ...extra };
}

describe('POST /api/v1/invoices/import', () => {
  it('imports a PEPPOL BIS Billing 3 invoice: lines by their order line references, base quantities and line allowances and charges read as stated', async () => {
    const { order } = await receivedOrder();
    const doc = wholeOrder(order);
    const res = await importXml(ublInvoice(doc));
    expect(res.statusCode, res.body).toBe(201);
    const invoice = res.json();
    expect(invoice).toMatchObject({
      source: 'ubl',
      supplierInvoiceNumber: doc.id,
      payableAmount: '436.7300',
      bankAccount: { iban: 'DE89370400440532013000', bic: 'COBADEFFXXX' },
      lines: [
        { orderLineNo: 1, quantity: '100', unitPrice: '25', baseQuantity: '10', netAmount: '245.0000' },
        { orderLineNo: 2, quantity: '4', netAmount: '122.0000' },
      ],
    });
    // Line 1 is 2.45 a unit (below the order's 2.50); line 2 is 30.50 (1.7 % above 30.00): with no
    // price tolerance for this supplier, line 2 is an exception, explained.
    expect(invoice.status).toBe('exception');
    expect(invoice.exceptions).toEqual([expect.objectContaining({ kind: 'price', lineNo: 2 })]);
    expect(invoice.lines[0].match).toMatchObject({
      status: 'matched',
      unitPrice: '2.45',
      priceVariance: '-0.05',
    });
  });

  it('keeps the PDF the document embeds as the invoice’s attachment; an embedded file of another kind is left out', async () => {
    const { order } = await receivedOrder();
    const pdf = Buffer.from('%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n');
    const doc = wholeOrder(order, {
      attachments: [
        { id: 'INV-PDF', fileName: 'invoice.pdf', mimeCode: 'application/pdf', bytes: pdf },
        {
          id: 'RUN',
          fileName: 'run.exe',
          mimeCode: 'application/octet-stream',
          bytes: Buffer.from('MZ\x90\x00'),
        },
      ],
    });
    const res = await importXml(ublInvoice(doc));
    expect(res.statusCode, res.body).toBe(201);
    const files = await t.request({
      method: 'GET',
      url: `/api/v1/invoices/${res.json().id}/attachments`,
      as: ap,
    });
    expect(files.statusCode, files.body).toBe(200);
    expect(files.json().items).toEqual([
      expect.objectContaining({
        fileName: 'invoice.pdf',
        mediaType: 'application/pdf',
        sizeBytes: pdf.length,
      }),
    ]);
  });

  it('reads other prefixes and UBL 2.0 and 2.1 alike', async () => {
    for (const flavour of ['ubl-2.0', 'ubl-2.1'] as const) {
      const { order } = await receivedOrder();
      const doc = wholeOrder(order, { flavour, prefixes: { cac: 'agg', cbc: 'basic' } });
      doc.lines[1] = { ...doc.lines[1]!, charges: [], lineExtensionAmount: '120.00' };
      doc.taxSubtotals = [{ taxableAmount: '365.00', taxAmount: '69.35', taxCategory: 'S', taxRate: '19' }];
      doc.taxAmount = '69.35';
      doc.totals = {
        lineExtensionAmount: '365.00',
        taxExclusiveAmount: '365.00',
        taxInclusiveAmount: '434.35',
        payableAmount: '434.35',
      };
      const res = await importXml(ublInvoice(doc));
      expect(res.statusCode, `${flavour}: ${res.body}`).toBe(201);
      expect(res.json().status).toBe('matched');
    }
  });

  it('a document that does not add up is refused with every problem at its place, and nothing is stored', async () => {
    const { order } = await receivedOrder();
    const doc = wholeOrder(order);
    doc.lines[1]!.lineExtensionAmount = '120.00'; // forgets the 2.00 charge
    doc.totals.payableAmount = '436.00';
    const before = rowsOf<{ n: number }>(
      await t.ctx.db.execute(sql`select count(*)::int as n from invoices`),
    )[0]!.n;
    const res = await importXml(ublInvoice(doc));
    expect(res.statusCode).toBe(422);
    expect(res.json().errors).toEqual([
      {
        path: '/Invoice/cac:InvoiceLine[2]/cbc:LineExtensionAmount',
        message: expect.stringContaining('122.00'),
      },
      { path: '/Invoice/cac:LegalMonetaryTotal/cbc:LineExtensionAmount', message: expect.any(String) },
      {
        path: '/Invoice/cac:LegalMonetaryTotal/cbc:PayableAmount',
        message: expect.stringContaining('436.73'),
      },
    ]);
    const after = rowsOf<{ n: number }>(
      await t.ctx.db.execute(sql`select count(*)::int as n from invoices`),
    )[0]!.n;
    expect(after).toBe(before);
  });

  it('refuses a document that is not valid UBL, one for an order that is not ours, and one from another seller', async () => {
    const invalid = await importXml(
      '<Invoice xmlns="urn:oasis:names:specification:ubl:schema:xsd:Invoice-2"><Nonsense/></Invoice>',
    );
    expect(invalid.statusCode).toBe(422);
    expect(invalid.json().errors[0].path).toMatch(/^line \d+$/);

    const { order } = await receivedOrder();
    const unknown = await importXml(ublInvoice(wholeOrder(order, { orderNumber: 'PO-1999-99999' })));
    expect(unknown.statusCode).toBe(422);
    expect(unknown.json().errors).toEqual([
      { path: '/Invoice/cac:OrderReference/cbc:ID', message: expect.stringContaining('PO-1999-99999') },
    ]);

    const taxed = await seedSupplier(t.ctx, {
      legalName: 'Taxed GmbH',
      taxId: 'DE811111111',
      contacts: [{ name: 'Orders', email: `orders-${id()}@taxed.example`, orderContact: true }],
    });
    const { order: theirs } = await receivedOrder(taxed);
    const other = await importXml(ublInvoice(wholeOrder(theirs, { sellerTaxId: 'DE822222222' })));
    expect(other.statusCode).toBe(422);
    expect(other.json().errors).toEqual([
      {
        path: '/Invoice/cac:AccountingSupplierParty/cac:Party/cac:PartyTaxScheme/cbc:CompanyID',
        message: expect.stringContaining('DE811111111'),
      },
    ]);
  });

  it('lines without order line references are proposed by item and price; the invoice waits as a draft to be confirmed', async () => {
    const { order } = await receivedOrder();
    const doc = wholeOrder(order);
    doc.lines = doc.lines.map((l) => ({ ...l, orderLineId: null }));
    const res = await importXml(ublInvoice(doc));
    expect(res.statusCode, res.body).toBe(201);
    const draft = res.json();
    expect(draft.status).toBe('draft');
    expect(draft.lines.map((l: { orderLineNo: number }) => l.orderLineNo)).toEqual([1, 2]);
    expect(draft.note).toContain('proposed by item and price');
    const submitted = await t.request({
      method: 'POST',
      url: `/api/v1/invoices/${draft.id}/submit`,
      as: ap,
      headers: { 'if-match': `"v${draft.version}"` },
      payload: {},
    });
    expect(submitted.statusCode, submitted.body).toBe(200);
    expect(submitted.json().status).toBe('exception');
  });

  it('header charges, several tax categories and negative lines are read as stated; a charge and a tax not on the order are exceptions', async () => {
    const { order } = await receivedOrder();
    // Line 1: 100 at 2.50 (250.00 at 19 %); line 2: 4 at 30.00 exempt (120.00, E 0 %);
    // a negative line giving back 1 of line 2 (−30.00 E); freight 10.00 at 19 %.
    const doc = categoriesInvoice(order, id());
    const res = await importXml(ublInvoice(doc));
    expect(res.statusCode, res.body).toBe(201);
    const invoice = res.json();
    expect(invoice).toMatchObject({
      chargeTotal: '10.0000',
      taxAmount: '49.4000',
      payableAmount: '399.4000',
    });
    expect(invoice.taxSubtotals.map((s: { taxCategory: string }) => s.taxCategory)).toEqual(['S', 'E']);
    // The freight is not on the order; line 2 is billed exempt where the order says 19 %.
    expect(
      invoice.exceptions.map((e: { kind: string; lineNo: number | null }) => [e.kind, e.lineNo]),
    ).toEqual([
      ['tax_rate', 2],
      ['tax_rate', 3],
      ['charge', null],
    ]);
    expect(invoice.exceptions[2].message).toContain('10.00');
  });

  it('a credit note naming the invoice it credits gives quantity back', async () => {
    const { order } = await receivedOrder();
    const invoiceDoc = lineOneInvoice(order, id());
    const invoice = await importXml(ublInvoice(invoiceDoc));
    expect(invoice.statusCode, invoice.body).toBe(201);
    expect(invoice.json().status).toBe('matched');
    const credit = await importXml(ublInvoice(lineOneCreditNote(order, id(), invoiceDoc.id)));
    expect(credit.statusCode, credit.body).toBe(201);
    expect(credit.json()).toMatchObject({
      kind: 'credit_note',
      status: 'matched',
      creditsInvoiceId: invoice.json().id,
      matches: [{ orderLineNo: 1, quantity: '-10' }],
    });
    const po = await f.getOrder(order.id);
    expect(po.lines[0].quantityBilled).toBe('90');
  });

  it('a line in another unit (boxes of 10) is kept as the document states it and matched in the order line’s unit', async () => {
    const { order } = await receivedOrder();
    const each = (await f.getOrder(order.id)).lines[0].unitCode as string;
    await seedUnit(t.ctx, { uneceCode: 'XBX', baseUnitCode: each, factor: '10', name: 'Box of 10' });
    const doc = lineOneInvoice(order, id());
    doc.lines = [
      {
        orderLineId: '1',
        quantity: '10',
        unitCode: 'XBX',
        price: '25.00',
        lineExtensionAmount: '250.00',
        taxRate: '19',
      },
    ];
    const res = await importXml(ublInvoice(doc));
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json()).toMatchObject({
      status: 'matched',
      lines: [
        {
          quantity: '10',
          unitPrice: '25',
          netAmount: '250.0000',
          match: { quantity: '100', unitPrice: '2.5' },
        },
      ],
    });
  });

  it('numbers beyond what an invoice keeps and a day that does not exist are 422s at their place, never a server error', async () => {
    const { order } = await receivedOrder();
    const badDay = lineOneInvoice(order, id());
    badDay.issueDate = '2026-02-30';
    const day = await importXml(ublInvoice(badDay));
    expect(day.statusCode).toBe(422);
    expect(day.json().errors[0]).toMatchObject({
      path: expect.stringMatching(/^line \d+$/),
      message: expect.stringContaining('IssueDate'),
    });
    const doc = lineOneInvoice(order, id());
    doc.lines = [{ ...doc.lines[0]!, quantity: '10000000000000', lineExtensionAmount: '25000000000000.00' }];
    const res = await importXml(ublInvoice(doc));
    expect(res.statusCode, res.body).toBe(422);
    expect(res.json().errors).toContainEqual({
      path: '/Invoice/cac:InvoiceLine/cbc:InvoicedQuantity',
      message: 'must have at most 12 digits before the point',
    });
  });
});
