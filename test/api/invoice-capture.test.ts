import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { wholeOrderInvoice } from '../documents/sample-invoices';
import { createTestApp, type TestApp } from '../helpers/app';
import { portalFixture, type Who } from '../helpers/portal';
import { ublInvoice } from '../helpers/ubl-invoice';

/** Entering invoices: what an order has to invoice, editing a draft (If-Match), and who may. */
let t: TestApp;
let f: Awaited<ReturnType<typeof portalFixture>>;
let ap: Who;
let receiver: Who;
let requester: Who;

beforeAll(async () => {
  t = await createTestApp();
  f = await portalFixture(t);
  ap = await t.loginAs(['accounts_payable']);
  receiver = await t.loginAs(['receiver']);
  requester = await t.loginAs(['requester']);
}, 60_000);
afterAll(async () => {
  await t.close();
});

async function receivedOrder(received: string) {
  const supplier = await f.supplierWithContact();
  const order = await f.sentOrder(supplier.id, [
    { itemId: f.itemId, quantity: '10', unitPrice: '20.00' },
    { itemId: f.itemId, quantity: '4', unitPrice: '30.00' },
  ]);
  const res = await t.request({
    method: 'POST',
    url: '/api/v1/receipts',
    as: receiver,
    payload: {
      purchaseOrderId: order.id,
      lines: [
        { lineNo: 1, quantity: received },
        { lineNo: 2, quantity: '4' },
      ],
    },
  });
  expect(res.statusCode, res.body).toBe(201);
  return order;
}

const number = () => `N-${Math.random().toString(36).slice(2, 10)}`;

function patch(id: string, payload: object, headers: Record<string, string> = {}, as: Who = ap) {
  return t.request({ method: 'PATCH', url: `/api/v1/invoices/${id}`, as, payload, headers });
}

describe('GET /api/v1/purchase-orders/{id}/invoiceable', () => {
  it('answers per line what is there to invoice, at the order’s net price; 404 for an unknown order, 403 without invoices', async () => {
    const order = await receivedOrder('6');
    const res = await t.request({
      method: 'GET',
      url: `/api/v1/purchase-orders/${order.id}/invoiceable`,
      as: ap,
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({
      purchaseOrderId: order.id,
      invoiceable: true,
      currency: 'USD',
      minorUnits: 2,
      lines: [
        { lineNo: 1, quantityAccepted: '6', quantityToInvoice: '6', netUnitPrice: '20', taxRate: '19' },
        { lineNo: 2, quantityAccepted: '4', quantityToInvoice: '4', netUnitPrice: '30' },
      ],
    });
    const unknown = await t.request({
      method: 'GET',
      url: '/api/v1/purchase-orders/0190b9a0-0000-7000-8000-0000000000aa/invoiceable',
      as: ap,
    });
    expect(unknown.statusCode).toBe(404);
    const refused = await t.request({
      method: 'GET',
      url: `/api/v1/purchase-orders/${order.id}/invoiceable`,
      as: requester,
    });
    expect(refused.statusCode).toBe(403);
  });
});

describe('PATCH /api/v1/invoices/{id}', () => {
  it('edits a draft with If-Match: 428 without, 412 stale, 422 naming every field (nothing stored), 200 with its ETag; submit matches it', async () => {
    const order = await receivedOrder('10');
    const created = await t.request({
      method: 'POST',
      url: '/api/v1/invoices',
      as: ap,
      payload: {
        purchaseOrderId: order.id,
        supplierInvoiceNumber: number(),
        issueDate: '2026-03-01',
        lines: [{ orderLineNo: 1, quantity: '12', unitPrice: '20.00' }],
        submit: false,
      },
    });
    expect(created.statusCode, created.body).toBe(201);
    const draft = created.json();
    expect(draft.status).toBe('draft');

    const lines = [{ orderLineNo: 1, quantity: '10', unitPrice: '20.00', netAmount: '200.00' }];
    expect((await patch(draft.id, { lines })).statusCode).toBe(428);
    expect((await patch(draft.id, { lines }, { 'if-match': '"v9"' })).statusCode).toBe(412);

    // The request's shape first (every field of it at once), then what the order says.
    const malformed = await patch(
      draft.id,
      { supplierInvoiceNumber: '', lines: [{ orderLineNo: 1, quantity: '1.1234567', unitPrice: '-1' }] },
      { 'if-match': `"v${draft.version}"` },
    );
    expect(malformed.statusCode, malformed.body).toBe(422);
    expect(malformed.json().errors.map((e: { path: string }) => e.path)).toEqual(
      expect.arrayContaining(['supplierInvoiceNumber', 'lines[0].quantity', 'lines[0].unitPrice']),
    );
    const bad = await patch(
      draft.id,
      {
        issueDate: '2099-01-01',
        lines: [
          { orderLineNo: 7, quantity: '1', unitPrice: '20.00' },
          { orderLineNo: 1, quantity: '1', unitPrice: '20.00', netAmount: '25.00' },
        ],
      },
      { 'if-match': `"v${draft.version}"` },
    );
    expect(bad.statusCode, bad.body).toBe(422);
    expect(bad.json().errors.map((e: { path: string }) => e.path)).toEqual(
      expect.arrayContaining(['issueDate', 'lines[0].orderLineNo']),
    );
    const stillDraft = await t.request({ method: 'GET', url: `/api/v1/invoices/${draft.id}`, as: ap });
    expect(stillDraft.json()).toMatchObject({ version: 1, lines: [{ quantity: '12' }] });

    const ok = await patch(
      draft.id,
      { lines, totals: { payableAmount: '238.00' } },
      { 'if-match': `"v${draft.version}"` },
    );
    expect(ok.statusCode, ok.body).toBe(200);
    expect(ok.headers.etag).toBe('"v2"');
    expect(ok.json()).toMatchObject({
      status: 'draft',
      payableAmount: '238.0000',
      lines: [{ quantity: '10' }],
    });

    const submitted = await t.request({
      method: 'POST',
      url: `/api/v1/invoices/${draft.id}/submit`,
      as: ap,
      headers: { 'if-match': '"v2"' },
      payload: {},
    });
    expect(submitted.statusCode, submitted.body).toBe(200);
    expect(submitted.json().status).toBe('matched');
    const late = await patch(draft.id, { note: 'x' }, { 'if-match': `"v${submitted.json().version}"` });
    expect(late.statusCode).toBe(409);
    expect((await patch(draft.id, { note: 'x' }, { 'if-match': '"v3"' }, receiver)).statusCode).toBe(403);
  });

  it('confirms an imported draft’s proposed order lines, keeping the document’s stated totals', async () => {
    const supplier = await f.supplierWithContact();
    const order = await f.sentOrder(supplier.id, [
      { itemId: f.itemId, quantity: '100', unitPrice: '2.50' },
      { itemId: f.itemId, quantity: '4', unitPrice: '30.00' },
    ]);
    const full = (await f.getOrder(order.id)) as { id: string; number: string; currency: string };
    const doc = wholeOrderInvoice(full, number());
    doc.lines = doc.lines.map((l) => ({ ...l, orderLineId: null }));
    const imported = await t.request({
      method: 'POST',
      url: '/api/v1/invoices/import',
      as: ap,
      headers: { 'content-type': 'application/xml' },
      payload: ublInvoice(doc),
    });
    expect(imported.statusCode, imported.body).toBe(201);
    const draft = imported.json();
    expect(draft.status).toBe('draft');
    const confirmed = await patch(
      draft.id,
      { note: 'Order lines checked' },
      { 'if-match': `"v${draft.version}"` },
    );
    expect(confirmed.statusCode, confirmed.body).toBe(200);
    expect(confirmed.json()).toMatchObject({
      note: 'Order lines checked',
      payableAmount: draft.payableAmount,
      taxAmount: draft.taxAmount,
      lines: draft.lines.map((l: { orderLineNo: number; netAmount: string }) => ({
        orderLineNo: l.orderLineNo,
        netAmount: l.netAmount,
      })),
    });
  });
});

describe('POST /api/v1/invoices/import/csv', () => {
  const importCsv = (csv: string, as: Who = ap) =>
    t.request({
      method: 'POST',
      url: '/api/v1/invoices/import/csv',
      as,
      headers: { 'content-type': 'text/csv' },
      payload: csv,
    });

  it('answers 201 with each invoice created and how the file was read; 422 with every problem at its line and column; 403 without invoices:write', async () => {
    const order = await receivedOrder('10');
    const n = number();
    const ok = await importCsv(
      [
        'supplierInvoiceNumber;orderNumber;issueDate;orderLineNo;quantity;unitPrice;totalPayableAmount',
        `${n};${order.number};2026-03-01;1;10;20.00;`,
        `${n};${order.number};2026-03-01;2;4;30.00;380.80`,
      ].join('\r\n'),
    );
    expect(ok.statusCode, ok.body).toBe(201);
    expect(ok.json()).toMatchObject({
      created: 1,
      invoices: [{ supplierInvoiceNumber: n, status: 'matched', payableAmount: '380.8000', lines: [2, 3] }],
      file: { format: 'csv', delimiter: 'semicolon', encoding: 'UTF-8' },
    });

    const bad = await importCsv(
      [
        'supplierInvoiceNumber,orderNumber,issueDate,orderLineNo,quantity,unitPrice,totalPayableAmount',
        `${number()},${order.number},2026-03-01,1,1,20.00,99.00`,
        `${n},${order.number},2026-03-01,1,1,20.00,`,
      ].join('\n'),
    );
    expect(bad.statusCode, bad.body).toBe(422);
    const paths = bad.json().errors.map((e: { path: string }) => e.path);
    expect(paths).toEqual(
      expect.arrayContaining(['line 2.totalPayableAmount', 'line 3.supplierInvoiceNumber']),
    );

    const columns = await importCsv('supplierInvoiceNumber,orderNumber\nX,Y');
    expect(columns.statusCode).toBe(422);
    expect(columns.json().errors[0].message).toContain('missing columns');

    expect((await importCsv('supplierInvoiceNumber\n1', receiver)).statusCode).toBe(403);
  });
});
