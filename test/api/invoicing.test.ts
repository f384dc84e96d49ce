import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../helpers/app';
import { multipart } from '../helpers/multipart';
import { ifMatch, portalFixture, type Who } from '../helpers/portal';

/** The invoices API: capture, list, the match's answers, transitions with If-Match, who may do what. */
let t: TestApp;
let f: Awaited<ReturnType<typeof portalFixture>>;
let ap: Who;
let finance: Who;
let receiver: Who;

const INVOICES = '/api/v1/invoices';

beforeAll(async () => {
  t = await createTestApp();
  f = await portalFixture(t);
  ap = await t.loginAs(['accounts_payable']);
  finance = await t.loginAs(['finance']);
  receiver = await t.loginAs(['receiver']);
}, 60_000);
afterAll(async () => {
  await t.close();
});

/** An order of 10 at 20.00 (19 %) sent to a new supplier, `received` of it received. */
async function receivedOrder(received: string) {
  const supplier = await f.supplierWithContact();
  const order = await f.sentOrder(supplier.id, [{ itemId: f.itemId, quantity: '10', unitPrice: '20.00' }]);
  const res = await t.request({
    method: 'POST',
    url: '/api/v1/receipts',
    as: receiver,
    payload: { purchaseOrderId: order.id, lines: [{ lineNo: 1, quantity: received }] },
  });
  expect(res.statusCode, res.body).toBe(201);
  return { order, supplierId: supplier.id };
}

function enter(as: Who, payload: object, headers: Record<string, string> = {}) {
  return t.request({ method: 'POST', url: INVOICES, as, payload, headers });
}

const number = () => `N-${Math.random().toString(36).slice(2, 10)}`;

describe('POST /api/v1/invoices', () => {
  it('answers 201 with the matched invoice, its location and ETag; the same Idempotency-Key answers the same', async () => {
    const { order } = await receivedOrder('10');
    const body = {
      purchaseOrderId: order.id,
      supplierInvoiceNumber: number(),
      issueDate: '2026-03-01',
      lines: [{ orderLineNo: 1, quantity: '10', unitPrice: '20.00', netAmount: '200.00' }],
      totals: { taxExclusiveAmount: '200.00', taxAmount: '38.00', payableAmount: '238.00' },
      bankAccount: {
        accountName: 'Nordlicht Antriebe GmbH',
        iban: 'DE89370400440532013000',
        bic: 'COBADEFFXXX',
      },
    };
    const res = await enter(ap, body, { 'idempotency-key': 'inv-key-1' });
    expect(res.statusCode, res.body).toBe(201);
    const invoice = res.json();
    expect(res.headers.location).toBe(`${INVOICES}/${invoice.id}`);
    expect(res.headers.etag).toBe(`"v${invoice.version}"`);
    expect(invoice).toMatchObject({
      status: 'matched',
      payableAmount: '238.0000',
      purchaseOrderNumber: order.number,
      bankAccount: { iban: 'DE89370400440532013000', bic: 'COBADEFFXXX' },
    });
    const again = await enter(ap, body, { 'idempotency-key': 'inv-key-1' });
    expect(again.statusCode).toBe(201);
    expect(again.json().id).toBe(invoice.id);
    // The order is fully received and invoiced: closed.
    expect((await f.getOrder(order.id)).status).toBe('closed');
  });

  it('answers 422 naming each bad field, 409 for a number entered already, 403 to a role without invoices', async () => {
    const { order } = await receivedOrder('5');
    const bad = await enter(ap, {
      purchaseOrderId: order.id,
      supplierInvoiceNumber: '',
      issueDate: '2026-13-01',
      lines: [{ orderLineNo: 1, quantity: 'ten', unitPrice: '20' }],
    });
    expect(bad.statusCode).toBe(422);
    expect(bad.json().errors.map((e: { path: string }) => e.path)).toEqual(
      expect.arrayContaining(['supplierInvoiceNumber', 'issueDate', 'lines[0].quantity']),
    );
    const n = number();
    const first = await enter(ap, {
      purchaseOrderId: order.id,
      supplierInvoiceNumber: n,
      issueDate: '2026-03-01',
      lines: [{ orderLineNo: 1, quantity: '5', unitPrice: '20' }],
    });
    expect(first.statusCode, first.body).toBe(201);
    const dup = await enter(ap, {
      purchaseOrderId: order.id,
      supplierInvoiceNumber: n.toLowerCase().replace('-', ' '),
      issueDate: '2026-03-01',
      lines: [{ orderLineNo: 1, quantity: '5', unitPrice: '20' }],
    });
    expect(dup.statusCode).toBe(409);
    expect(dup.json().detail).toContain(first.json().number);
    const forbidden = await enter(receiver, {
      purchaseOrderId: order.id,
      supplierInvoiceNumber: number(),
      issueDate: '2026-03-01',
      lines: [{ orderLineNo: 1, quantity: '5', unitPrice: '20' }],
    });
    expect(forbidden.statusCode).toBe(403);
  });
});

describe('the exception queue', () => {
  it('lists exceptions; accepting needs If-Match, a reason, and someone who did not buy the order', async () => {
    const { order, supplierId } = await receivedOrder('10');
    const res = await enter(ap, {
      purchaseOrderId: order.id,
      supplierInvoiceNumber: number(),
      issueDate: '2026-03-01',
      lines: [{ orderLineNo: 1, quantity: '10', unitPrice: '25.00' }],
    });
    const invoice = res.json();
    expect(invoice.status).toBe('exception');
    expect(invoice.exceptions[0].message).toContain('price +5.00 (25 %, tolerance none)');

    const queue = await t.request({
      method: 'GET',
      url: `${INVOICES}?status=exception&supplierId=${supplierId}`,
      as: ap,
    });
    expect(queue.statusCode).toBe(200);
    expect(queue.json().items.map((i: { id: string }) => i.id)).toEqual([invoice.id]);
    expect(queue.json().items[0].supplierName).toBe('Nordlicht Antriebe GmbH');
    // Found by part of either number, in any case; `%` is a character, not a wildcard.
    for (const q of [invoice.number.slice(-5), invoice.supplierInvoiceNumber.slice(2, 7).toUpperCase()]) {
      const found = await t.request({ method: 'GET', url: `${INVOICES}?q=${encodeURIComponent(q)}`, as: ap });
      expect(found.json().items.map((i: { id: string }) => i.id)).toContain(invoice.id);
    }
    const none = await t.request({
      method: 'GET',
      url: `${INVOICES}?q=%25&supplierId=${supplierId}`,
      as: ap,
    });
    expect(none.json().items).toEqual([]);

    const url = `${INVOICES}/${invoice.id}/accept`;
    const noVersion = await t.request({ method: 'POST', url, as: finance, payload: { reason: 'Agreed' } });
    expect(noVersion.statusCode).toBe(428);
    const noReason = await t.request({
      method: 'POST',
      url,
      as: finance,
      headers: ifMatch(invoice),
      payload: {},
    });
    expect(noReason.statusCode).toBe(422);
    expect(noReason.json().errors[0].path).toBe('reason');
    // The buyer holds no invoices:resolve; a buyer who does is still refused on their own order.
    const buyerAsFinance = await t.request({
      method: 'POST',
      url,
      as: f.buyer,
      headers: ifMatch(invoice),
      payload: { reason: 'x' },
    });
    expect(buyerAsFinance.statusCode).toBe(403);
    const ok = await t.request({
      method: 'POST',
      url,
      as: finance,
      headers: ifMatch(invoice),
      payload: { reason: 'New price list from March' },
    });
    expect(ok.statusCode, ok.body).toBe(200);
    expect(ok.json()).toMatchObject({ status: 'matched', accepted: { reason: 'New price list from March' } });
    const stale = await t.request({
      method: 'POST',
      url: `${INVOICES}/${invoice.id}/approve`,
      as: ap,
      headers: ifMatch(invoice),
      payload: {},
    });
    expect(stale.statusCode).toBe(412);
    const approved = await t.request({
      method: 'POST',
      url: `${INVOICES}/${invoice.id}/approve`,
      as: ap,
      headers: ifMatch(ok.json()),
      payload: {},
    });
    expect(approved.statusCode, approved.body).toBe(200);
    expect(approved.json()).toMatchObject({ status: 'approved_for_payment', approvedBy: { id: ap.userId } });
    const again = await t.request({
      method: 'POST',
      url: `${INVOICES}/${invoice.id}/approve`,
      as: ap,
      headers: ifMatch(approved.json()),
      payload: {},
    });
    expect(again.statusCode).toBe(409);
  });

  it('asks the supplier for a credit note: the invoice stays an exception, the supplier is e-mailed the note and the variances', async () => {
    const supplier = await f.supplierWithContact();
    const order = await f.sentOrder(supplier.id, [{ itemId: f.itemId, quantity: '10', unitPrice: '20.00' }]);
    await t.request({
      method: 'POST',
      url: '/api/v1/receipts',
      as: receiver,
      payload: { purchaseOrderId: order.id, lines: [{ lineNo: 1, quantity: '10' }] },
    });
    const supplierNumber = number();
    const invoice = (
      await enter(ap, {
        purchaseOrderId: order.id,
        supplierInvoiceNumber: supplierNumber,
        issueDate: '2026-03-01',
        lines: [{ orderLineNo: 1, quantity: '10', unitPrice: '21.00' }],
      })
    ).json();
    expect(invoice.status).toBe('exception');
    const res = await t.request({
      method: 'POST',
      url: `${INVOICES}/${invoice.id}/request-credit-note`,
      as: ap,
      headers: ifMatch(invoice),
      payload: { reason: 'We ordered at 20.00: please credit 1.00 a unit.' },
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({
      status: 'exception',
      creditNoteRequestNote: 'We ordered at 20.00: please credit 1.00 a unit.',
      creditNoteRequestedAt: expect.any(String),
    });
    const admin = await t.loginAs(['admin']);
    const outbox = (await t.request({ method: 'GET', url: '/api/v1/outbox?limit=50', as: admin })).json()
      .items;
    const subjects = outbox
      .filter((m: { toAddress: string }) => m.toAddress === supplier.contacts[0]!.email)
      .map((m: { subject: string }) => m.subject);
    expect(subjects).toContain(
      `Please send a credit note for your invoice ${supplierNumber} (${order.number})`,
    );
  });

  it('an unknown invoice is 404; a list filter that is not a status is 422', async () => {
    const missing = await t.request({
      method: 'GET',
      url: `${INVOICES}/0190b9a0-0000-7000-8000-0000000000aa`,
      as: ap,
    });
    expect(missing.statusCode).toBe(404);
    const bad = await t.request({ method: 'GET', url: `${INVOICES}?status=lost`, as: ap });
    expect(bad.statusCode).toBe(422);
  });
});

describe('an invoice’s files and thread', () => {
  it('keeps the supplier’s PDF and AP’s comments on the invoice; who cannot read invoices is refused', async () => {
    const { order } = await receivedOrder('10');
    const created = await enter(ap, {
      purchaseOrderId: order.id,
      supplierInvoiceNumber: number(),
      issueDate: '2026-03-01',
      lines: [{ orderLineNo: 1, quantity: '10', unitPrice: '20.00' }],
    });
    expect(created.statusCode, created.body).toBe(201);
    const invoice = created.json();
    const pdf = Buffer.from('%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n');
    const upload = await t.request({
      method: 'POST',
      url: `${INVOICES}/${invoice.id}/attachments`,
      as: ap,
      ...multipart('Rechnung 2026-10417.pdf', pdf),
    });
    expect(upload.statusCode, upload.body).toBe(201);
    expect(upload.json()).toMatchObject({
      fileName: 'Rechnung 2026-10417.pdf',
      mediaType: 'application/pdf',
    });
    const comment = await t.request({
      method: 'POST',
      url: `${INVOICES}/${invoice.id}/comments`,
      as: ap,
      payload: { body: 'Checked against the delivery note.' },
    });
    expect(comment.statusCode, comment.body).toBe(201);
    const files = await t.request({
      method: 'GET',
      url: `${INVOICES}/${invoice.id}/attachments`,
      as: finance,
    });
    expect(files.statusCode).toBe(200);
    expect(files.json().items.map((a: { fileName: string }) => a.fileName)).toEqual([
      'Rechnung 2026-10417.pdf',
    ]);
    const thread = await t.request({ method: 'GET', url: `${INVOICES}/${invoice.id}/comments`, as: finance });
    expect(thread.json().items.map((c: { body: string }) => c.body)).toEqual([
      'Checked against the delivery note.',
    ]);
    // A receiver reads no invoices (403); an invoice that does not exist is a 404.
    const hidden = await t.request({
      method: 'GET',
      url: `${INVOICES}/${invoice.id}/attachments`,
      as: receiver,
    });
    expect(hidden.statusCode).toBe(403);
    const unknown = await t.request({
      method: 'GET',
      url: `${INVOICES}/00000000-0000-4000-8000-000000000000/attachments`,
      as: ap,
    });
    expect(unknown.statusCode).toBe(404);
  });
});
