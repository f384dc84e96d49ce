import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, relayNow, type TestApp } from '../helpers/app';
import { ifMatch, portalFixture, type Who } from '../helpers/portal';

/**
 * The contract of variance approval over HTTP: an invoice_variance policy, accept answering the
 * invoice with its variances pending, the invoice's approval route, the approval inbox's row for
 * it, approve-variance / reject-variance with If-Match, and who may do what.
 */
let t: TestApp;
let f: Awaited<ReturnType<typeof portalFixture>>;
let admin: Who;
let ap: Who;
let finance: Who;
let receiver: Who;

const INVOICES = '/api/v1/invoices';
type Json = Record<string, unknown> & { id: string; version: number };

beforeAll(async () => {
  t = await createTestApp();
  f = await portalFixture(t);
  admin = await t.loginAs(['admin']);
  ap = await t.loginAs(['accounts_payable']);
  finance = await t.loginAs(['finance']);
  receiver = await t.loginAs(['receiver']);
  const res = await t.request({
    method: 'POST',
    url: '/api/v1/approval-policies',
    as: admin,
    payload: {
      documentType: 'invoice_variance',
      name: 'Invoice variances over 100',
      steps: [
        {
          level: 1,
          name: 'Finance',
          condition: { amountAtLeast: '100' },
          approvers: { roles: ['finance'] },
        },
      ],
    },
  });
  expect(res.statusCode, res.body).toBe(201);
}, 60_000);
afterAll(async () => {
  await t.close();
});

/** An invoice of `quantity` at `unitPrice` against an order of 10 at 20.00 received in full: an exception. */
async function exceptionInvoice(quantity: string, unitPrice: string): Promise<Json> {
  const supplier = await f.supplierWithContact();
  const order = await f.sentOrder(supplier.id, [{ itemId: f.itemId, quantity: '10', unitPrice: '20.00' }]);
  const receipt = await t.request({
    method: 'POST',
    url: '/api/v1/receipts',
    as: receiver,
    payload: { purchaseOrderId: order.id, lines: [{ lineNo: 1, quantity: '10' }] },
  });
  expect(receipt.statusCode, receipt.body).toBe(201);
  await relayNow(t.ctx);
  const res = await t.request({
    method: 'POST',
    url: INVOICES,
    as: ap,
    payload: {
      purchaseOrderId: order.id,
      supplierInvoiceNumber: `N-${Math.random().toString(36).slice(2, 10)}`,
      issueDate: '2026-03-01',
      lines: [{ orderLineNo: 1, quantity, unitPrice }],
    },
  });
  expect(res.statusCode, res.body).toBe(201);
  expect(res.json().status).toBe('exception');
  return res.json();
}

const act = (doc: { id: string; version: number }, verb: string, as: Who, body: object = {}) =>
  t.request({
    method: 'POST',
    url: `${INVOICES}/${doc.id}/${verb}`,
    as,
    headers: ifMatch(doc),
    payload: body,
  });

describe('variance approval over HTTP', () => {
  it('accept answers the invoice with its variances pending; the route, the inbox row and approve-variance follow', async () => {
    // 12 at 25.00 against 10 at 20.00: price 5.00 × 12 = 60.00, quantity 2 × 25.00 = 50.00.
    const invoice = await exceptionInvoice('12', '25.00');
    expect(invoice.exceptions).toEqual([
      expect.objectContaining({ kind: 'price', amount: '60' }),
      expect.objectContaining({ kind: 'quantity', amount: '50' }),
    ]);
    const accepted = await act(invoice, 'accept', ap, { reason: 'Agreed with the supplier' });
    expect(accepted.statusCode, accepted.body).toBe(200);
    const pending = accepted.json();
    expect(accepted.headers.etag).toBe(`"v${pending.version}"`);
    expect(pending).toMatchObject({
      status: 'exception',
      varianceApproval: { status: 'pending', amountBase: '110', reason: 'Agreed with the supplier' },
    });

    const route = await t.request({
      method: 'GET',
      url: `${INVOICES}/${invoice.id}/approval-route`,
      as: finance,
    });
    expect(route.statusCode).toBe(200);
    expect(route.json()).toMatchObject({
      kind: 'stored',
      steps: [
        { name: 'Finance', status: 'pending', explanation: 'Finance — because variance 110.00 USD ≥ 100' },
      ],
      viewer: { mayDecide: true, stepName: 'Finance' },
    });

    const inbox = await t.request({ method: 'GET', url: '/api/v1/approvals/inbox?limit=200', as: finance });
    const row = inbox.json().items.find((i: { documentId: string }) => i.documentId === invoice.id);
    expect(row).toMatchObject({
      documentType: 'invoice_variance',
      number: invoice.number,
      version: pending.version,
      supplierName: 'Nordlicht Antriebe GmbH',
      total: '110.00',
      currency: 'USD',
      details: (invoice.exceptions as { message: string }[]).map((e) => e.message),
    });

    // A stale version is a 412; without If-Match a 428; accounts payable holds no step (403).
    expect(
      (await act({ id: invoice.id, version: invoice.version }, 'approve-variance', finance)).statusCode,
    ).toBe(412);
    const noIfMatch = await t.request({
      method: 'POST',
      url: `${INVOICES}/${invoice.id}/approve-variance`,
      as: finance,
      payload: {},
    });
    expect(noIfMatch.statusCode).toBe(428);
    expect((await act(pending, 'approve-variance', ap)).statusCode).toBe(403);
    // A receiver cannot resolve invoices at all.
    expect((await act(pending, 'approve-variance', receiver)).statusCode).toBe(403);

    const approved = await act(pending, 'approve-variance', finance, { reason: 'Fine' });
    expect(approved.statusCode, approved.body).toBe(200);
    expect(approved.json()).toMatchObject({
      status: 'matched',
      accepted: { reason: 'Agreed with the supplier' },
      varianceApproval: { status: 'approved' },
    });
    // Decided: another approval is a 409 naming why.
    const again = await act(approved.json(), 'approve-variance', finance);
    expect(again.statusCode).toBe(409);
  });

  it('reject-variance needs a reason (422) and leaves the exception with it', async () => {
    const invoice = await exceptionInvoice('12', '25.00');
    const pending = (await act(invoice, 'accept', ap, { reason: 'Agreed' })).json();
    const bare = await act(pending, 'reject-variance', finance);
    expect(bare.statusCode).toBe(422);
    expect(bare.json().errors).toEqual([expect.objectContaining({ path: 'reason' })]);
    const rejected = await act(pending, 'reject-variance', finance, { reason: 'Ask for a credit note' });
    expect(rejected.statusCode, rejected.body).toBe(200);
    expect(rejected.json()).toMatchObject({
      status: 'exception',
      varianceApproval: { status: 'rejected', note: 'Ask for a credit note' },
    });
  });

  it('below the threshold accept matches at once', async () => {
    // 10 at 25.00: price 5.00 × 10 = 50.00 < 100.
    const invoice = await exceptionInvoice('10', '25.00');
    const res = await act(invoice, 'accept', ap, { reason: 'Agreed' });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ status: 'matched', varianceApproval: null });
    const route = await t.request({ method: 'GET', url: `${INVOICES}/${invoice.id}/approval-route`, as: ap });
    expect(route.json()).toMatchObject({ kind: 'none', steps: [] });
  });
});
