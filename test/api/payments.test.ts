import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { validatePain001 } from '../../src/documents/pain001';
import { createTestApp, type TestApp } from '../helpers/app';
import { ifMatch, portalFixture, type Who } from '../helpers/portal';
import { seedSupplier } from '../helpers/seed';

/** The payment-runs API: propose, trim, confirm with If-Match, the bank files, who may do what. */
let t: TestApp;
let f: Awaited<ReturnType<typeof portalFixture>>;
let ap: Who;
let finance: Who;
let receiver: Who;
let admin: Who;
let buyer: Who;

const RUNS = '/api/v1/payment-runs';

beforeAll(async () => {
  t = await createTestApp();
  f = await portalFixture(t);
  ap = await t.loginAs(['accounts_payable']);
  finance = await t.loginAs(['finance']);
  receiver = await t.loginAs(['receiver']);
  admin = await t.loginAs(['admin']);
  buyer = f.buyer;
  const rate = await t.request({
    method: 'POST',
    url: '/api/v1/exchange-rates',
    as: admin,
    payload: { currency: 'EUR', rate: '1.10', validOn: '2026-01-01' },
  });
  expect(rate.statusCode, rate.body).toBe(201);
  const settings = await t.request({ method: 'GET', url: '/api/v1/settings', as: admin });
  const set = await t.request({
    method: 'PATCH',
    url: '/api/v1/settings',
    as: admin,
    headers: ifMatch(settings.json()),
    payload: {
      paymentAccount: { accountName: 'Acme Procurement GmbH', iban: 'DE02 1203 0000 0000 2020 51' },
    },
  });
  expect(set.statusCode, set.body).toBe(200);
  expect(set.json().paymentAccount).toEqual({
    accountName: 'Acme Procurement GmbH',
    iban: 'DE02120300000000202051',
    bic: null,
  });
}, 60_000);
afterAll(async () => {
  await t.close();
});

/** An EUR supplier with an IBAN, an order of 10 at 100.00 received, invoiced and approved for payment. */
async function approvedInvoice() {
  const supplier = await seedSupplier(t.ctx, {
    defaultCurrency: 'EUR',
    bankDetails: { accountName: 'Nordlicht Antriebe GmbH', iban: 'DE89370400440532013000' },
    contacts: [{ name: 'Jana Sommer', email: 'ar@nordlicht.example', orderContact: true }],
  });
  const order = await f.sentOrder(supplier.id, [{ itemId: f.itemId, quantity: '10', unitPrice: '100.00' }]);
  const receipt = await t.request({
    method: 'POST',
    url: '/api/v1/receipts',
    as: receiver,
    payload: { purchaseOrderId: order.id, lines: [{ lineNo: 1, quantity: '10' }] },
  });
  expect(receipt.statusCode, receipt.body).toBe(201);
  const invoice = await t.request({
    method: 'POST',
    url: '/api/v1/invoices',
    as: ap,
    payload: {
      purchaseOrderId: order.id,
      supplierInvoiceNumber: `N-${Math.random().toString(36).slice(2, 10)}`,
      issueDate: '2026-01-20',
      lines: [{ orderLineNo: 1, quantity: '10', unitPrice: '100.00' }],
    },
  });
  expect(invoice.statusCode, invoice.body).toBe(201);
  const approved = await t.request({
    method: 'POST',
    url: `/api/v1/invoices/${invoice.json().id}/approve`,
    as: finance,
    headers: ifMatch(invoice.json()),
    payload: {},
  });
  expect(approved.statusCode, approved.body).toBe(200);
  return { supplier, invoice: approved.json() };
}

describe('payment runs over HTTP', () => {
  it('proposes (201, Location, ETag), trims with If-Match (412 on a stale version), confirms, and hands out the pain.001 and the CSV', async () => {
    const { supplier, invoice } = await approvedInvoice();
    const created = await t.request({
      method: 'POST',
      url: RUNS,
      as: ap,
      payload: { paymentDate: '2026-03-02', supplierId: supplier.id },
    });
    expect(created.statusCode, created.body).toBe(201);
    const run = created.json();
    expect(created.headers.location).toBe(`${RUNS}/${run.id}`);
    expect(created.headers.etag).toBe(`"v${run.version}"`);
    expect(run.lines).toEqual([
      expect.objectContaining({ invoiceId: invoice.id, amount: '1190', reason: 'due', status: 'proposed' }),
    ]);

    const listed = await t.request({ method: 'GET', url: `${RUNS}?status=draft`, as: finance });
    expect(listed.statusCode).toBe(200);
    expect(listed.json().items.map((r: { id: string }) => r.id)).toContain(run.id);

    const stale = await t.request({
      method: 'PATCH',
      url: `${RUNS}/${run.id}`,
      as: ap,
      headers: { 'if-match': `"v${run.version + 5}"` },
      payload: { lines: [{ lineNo: 1, amount: '100' }] },
    });
    expect(stale.statusCode).toBe(412);
    const bad = await t.request({
      method: 'PATCH',
      url: `${RUNS}/${run.id}`,
      as: ap,
      headers: ifMatch(run),
      payload: { lines: [{ lineNo: 1, amount: '-3' }] },
    });
    expect(bad.statusCode).toBe(422);
    expect(bad.json().errors[0].path).toBe('lines[0].amount');

    // Before confirmation there is no file.
    const early = await t.request({ method: 'GET', url: `${RUNS}/${run.id}/pain001`, as: finance });
    expect(early.statusCode).toBe(409);
    const byBuyer = await t.request({
      method: 'POST',
      url: `${RUNS}/${run.id}/confirm`,
      as: buyer,
      headers: ifMatch(run),
      payload: {},
    });
    expect(byBuyer.statusCode).toBe(403);
    const confirmed = await t.request({
      method: 'POST',
      url: `${RUNS}/${run.id}/confirm`,
      as: finance,
      headers: ifMatch(run),
      payload: {},
    });
    expect(confirmed.statusCode, confirmed.body).toBe(200);
    expect(confirmed.json()).toMatchObject({
      status: 'confirmed',
      payments: [{ amount: '1190', status: 'scheduled' }],
    });
    // Account numbers are masked in the API; the bank file has them in full.
    expect(confirmed.json().payments[0].creditorAccount.iban).toBe('•••• 3000');

    const file = await t.request({ method: 'GET', url: `${RUNS}/${run.id}/pain001`, as: finance });
    expect(file.statusCode).toBe(200);
    expect(file.headers['content-type']).toBe('application/xml; charset=utf-8');
    expect(file.headers['content-disposition']).toBe(`attachment; filename="${run.number}.pain.001.xml"`);
    expect((await validatePain001(file.body)).valid).toBe(true);
    expect(file.body).toContain('<IBAN>DE89370400440532013000</IBAN>');
    // A SEPA-only run has an empty bank-transfer CSV (its header).
    const csv = await t.request({ method: 'GET', url: `${RUNS}/${run.id}/bank-transfers.csv`, as: finance });
    expect(csv.statusCode).toBe(200);
    expect(csv.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(csv.body.trim().split('\n')).toHaveLength(1);
    // AP reads runs but the full account numbers only with payments:approve: a buyer not at all.
    expect((await t.request({ method: 'GET', url: `${RUNS}/${run.id}`, as: buyer })).statusCode).toBe(403);

    const invoiceNow = await t.request({ method: 'GET', url: `/api/v1/invoices/${invoice.id}`, as: ap });
    expect(invoiceNow.json().status).toBe('scheduled');
    const paid = await t.request({
      method: 'POST',
      url: `${RUNS}/${run.id}/mark-paid`,
      as: finance,
      headers: ifMatch(confirmed.json()),
      payload: {},
    });
    expect(paid.statusCode, paid.body).toBe(200);
    const invoicePaid = await t.request({ method: 'GET', url: `/api/v1/invoices/${invoice.id}`, as: ap });
    expect(invoicePaid.json()).toMatchObject({ status: 'paid', amountPaid: '1190' });
  });

  it('answers bad input with 422 on the field, an unknown run with 404, a paying account with a wrong IBAN with 422', async () => {
    const bad = await t.request({
      method: 'POST',
      url: RUNS,
      as: ap,
      payload: { paymentDate: '2026-13-40' },
    });
    expect(bad.statusCode).toBe(422);
    expect(bad.json().errors[0].path).toBe('paymentDate');
    const unknown = await t.request({
      method: 'GET',
      url: `${RUNS}/0190b9a0-0000-7000-8000-0000000000aa`,
      as: ap,
    });
    expect(unknown.statusCode).toBe(404);
    const settings = await t.request({ method: 'GET', url: '/api/v1/settings', as: admin });
    const wrong = await t.request({
      method: 'PATCH',
      url: '/api/v1/settings',
      as: admin,
      headers: ifMatch(settings.json()),
      payload: { paymentAccount: { accountName: 'Acme', iban: 'DE02120300000000202052' } },
    });
    expect(wrong.statusCode).toBe(422);
    expect(wrong.json().errors).toEqual([
      expect.objectContaining({
        path: 'paymentAccount.iban',
        message: expect.stringContaining('check digits'),
      }),
    ]);
    // A supplier's IBAN is checked the same way on entry.
    const supplier = await t.request({
      method: 'POST',
      url: '/api/v1/suppliers',
      as: admin,
      payload: {
        code: 'IBANBAD',
        legalName: 'Typo GmbH',
        defaultCurrency: 'EUR',
        paymentTermsNetDays: 30,
        bankDetails: { accountName: 'Typo GmbH', iban: 'DE89370400440532013001' },
      },
    });
    expect(supplier.statusCode).toBe(422);
    expect(JSON.stringify(supplier.json().errors)).toContain('check digits');
  });

  it('reports discounts taken and missed as JSON and as CSV; a period that ends before it starts is a 422', async () => {
    const report = await t.request({
      method: 'GET',
      url: '/api/v1/reports/payment-discounts?from=2026-01-01&to=2026-12-31',
      as: finance,
    });
    expect(report.statusCode, report.body).toBe(200);
    expect(report.json()).toMatchObject({ from: '2026-01-01', to: '2026-12-31', baseCurrency: 'USD' });
    const csv = await t.request({
      method: 'GET',
      url: '/api/v1/reports/payment-discounts/export?from=2026-01-01&to=2026-12-31&format=csv',
      as: finance,
    });
    expect(csv.statusCode, csv.body).toBe(200);
    expect(csv.body).toContain('Invoice,Supplier invoice');
    const xlsx = await t.request({
      method: 'GET',
      url: '/api/v1/reports/payment-discounts/export?from=2026-01-01&to=2026-12-31&format=xlsx',
      as: finance,
    });
    expect(xlsx.statusCode, xlsx.body).toBe(200);
    expect(xlsx.headers['content-type']).toBe(
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    );
    const backwards = await t.request({
      method: 'GET',
      url: '/api/v1/reports/payment-discounts?from=2026-12-31&to=2026-01-01',
      as: finance,
    });
    expect(backwards.statusCode).toBe(422);
    expect(backwards.json().errors[0].path).toBe('to');
    expect(
      (
        await t.request({
          method: 'GET',
          url: '/api/v1/reports/payment-discounts?from=2026-01-01&to=2026-12-31',
          as: receiver,
        })
      ).statusCode,
    ).toBe(403);
  });
  it('reports exchange differences as JSON and as CSV, invoices and payments in the period; backwards is a 422', async () => {
    const report = await t.request({
      method: 'GET',
      url: '/api/v1/reports/exchange-differences?from=2026-01-01&to=2026-12-31',
      as: finance,
    });
    expect(report.statusCode, report.body).toBe(200);
    const body = report.json();
    expect(body).toMatchObject({ from: '2026-01-01', to: '2026-12-31', baseCurrency: 'USD' });
    // The run confirmed above paid euros: its payment is there, with what its invoices were booked at.
    expect(body.payments.length).toBeGreaterThan(0);
    expect(body.payments[0]).toMatchObject({
      currency: 'EUR',
      status: expect.stringMatching(/scheduled|paid/),
    });
    expect(body.invoices.every((r: { currency: string }) => r.currency !== 'USD')).toBe(true);
    const csv = await t.request({
      method: 'GET',
      url: '/api/v1/reports/exchange-differences/export?from=2026-01-01&to=2026-12-31&format=csv',
      as: finance,
    });
    expect(csv.statusCode, csv.body).toBe(200);
    expect(csv.body).toContain('Type,Number,Order or run');
    expect(csv.body).toContain(body.payments[0].paymentNumber);
    const backwards = await t.request({
      method: 'GET',
      url: '/api/v1/reports/exchange-differences?from=2026-12-31&to=2026-01-01',
      as: finance,
    });
    expect(backwards.statusCode).toBe(422);
    expect(backwards.json().errors[0].path).toBe('to');
    const receiverAsks = await t.request({
      method: 'GET',
      url: '/api/v1/reports/exchange-differences?from=2026-01-01&to=2026-12-31',
      as: receiver,
    });
    expect(receiverAsks.statusCode).toBe(403);
  });
});
