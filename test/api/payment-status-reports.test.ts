import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../helpers/app';
import { pain002 } from '../helpers/pain002';
import { ifMatch, portalFixture, type Who } from '../helpers/portal';
import { seedSupplier } from '../helpers/seed';

/**
 * The bank status report and the payments list over HTTP: the XML body, If-Match (428/412), who
 * may import (payments:approve), the answer and its ETag, the list's filters and its export.
 */
let t: TestApp;
let f: Awaited<ReturnType<typeof portalFixture>>;
let ap: Who;
let finance: Who;
let receiver: Who;
let auditor: Who;

const RUNS = '/api/v1/payment-runs';

beforeAll(async () => {
  t = await createTestApp();
  f = await portalFixture(t);
  ap = await t.loginAs(['accounts_payable']);
  finance = await t.loginAs(['finance']);
  receiver = await t.loginAs(['receiver']);
  auditor = await t.loginAs(['auditor']);
  const admin = await t.loginAs(['admin']);
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
}, 60_000);
afterAll(async () => {
  await t.close();
});

/** A confirmed run paying two suppliers (EUR, IBAN) one invoice of 1,190.00 each. */
async function confirmedRun() {
  const supplierIds: string[] = [];
  for (const name of ['Nordlicht Antriebe GmbH', 'Südwind Lager AG']) {
    const supplier = await seedSupplier(t.ctx, {
      legalName: name,
      defaultCurrency: 'EUR',
      bankDetails: { accountName: name, iban: 'DE89370400440532013000' },
      contacts: [{ name: 'Jana Sommer', email: 'ar@nordlicht.example', orderContact: true }],
    });
    supplierIds.push(supplier.id);
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
  }
  const created = await t.request({
    method: 'POST',
    url: RUNS,
    as: ap,
    payload: { paymentDate: '2026-03-02' },
  });
  expect(created.statusCode, created.body).toBe(201);
  let run = created.json();
  const others = run.lines.filter((l: { supplierId: string }) => !supplierIds.includes(l.supplierId));
  if (others.length > 0) {
    const trimmed = await t.request({
      method: 'PATCH',
      url: `${RUNS}/${run.id}`,
      as: ap,
      headers: ifMatch(run),
      payload: { lines: others.map((l: { lineNo: number }) => ({ lineNo: l.lineNo, remove: true })) },
    });
    expect(trimmed.statusCode, trimmed.body).toBe(200);
    run = trimmed.json();
  }
  const confirmed = await t.request({
    method: 'POST',
    url: `${RUNS}/${run.id}/confirm`,
    as: finance,
    headers: ifMatch(run),
    payload: {},
  });
  expect(confirmed.statusCode, confirmed.body).toBe(200);
  return { run: confirmed.json(), supplierIds };
}

const xmlHeaders = (v: { version: number }, type = 'application/xml') => ({
  ...ifMatch(v),
  'content-type': type,
});

describe('POST /payment-runs/{id}/status-report', () => {
  it('takes the XML body with If-Match, answers what it did with the run’s new ETag; 428, 412, 403, 404 and 422 otherwise', async () => {
    const { run, supplierIds } = await confirmedRun();
    const [first, second] = run.payments as { number: string; supplierId: string }[];
    const xml = pain002({
      originalMessageId: run.number,
      groupStatus: 'PART',
      blocks: [
        {
          transactions: [
            { endToEndId: first!.number, status: 'ACSC' },
            {
              endToEndId: second!.number,
              status: 'RJCT',
              reasons: [{ code: 'AC04', info: ['Konto erloschen'] }],
            },
          ],
        },
      ],
    });
    const url = `${RUNS}/${run.id}/status-report`;

    const noIfMatch = await t.request({
      method: 'POST',
      url,
      as: finance,
      headers: { 'content-type': 'application/xml' },
      payload: xml,
    });
    expect(noIfMatch.statusCode).toBe(428);
    const stale = await t.request({
      method: 'POST',
      url,
      as: finance,
      headers: xmlHeaders({ version: run.version + 3 }),
      payload: xml,
    });
    expect(stale.statusCode).toBe(412);
    for (const who of [receiver, auditor, f.buyer]) {
      const refused = await t.request({
        method: 'POST',
        url,
        as: who,
        headers: xmlHeaders(run),
        payload: xml,
      });
      expect(refused.statusCode).toBe(403);
    }
    const unknown = await t.request({
      method: 'POST',
      url: `${RUNS}/0190b9a0-0000-7000-8000-0000000000aa/status-report`,
      as: finance,
      headers: xmlHeaders(run),
      payload: xml,
    });
    expect(unknown.statusCode).toBe(404);
    const json = await t.request({ method: 'POST', url, as: finance, headers: ifMatch(run), payload: {} });
    expect(json.statusCode).toBe(422);
    const garbage = await t.request({
      method: 'POST',
      url,
      as: finance,
      headers: xmlHeaders(run),
      payload: '<Document><oops',
    });
    expect(garbage.statusCode).toBe(422);
    expect(garbage.headers['content-type']).toContain('application/problem+json');
    expect(garbage.json().errors[0].message).toContain('not well-formed XML');
    const otherRun = await t.request({
      method: 'POST',
      url,
      as: finance,
      headers: xmlHeaders(run),
      payload: pain002({ originalMessageId: 'PAY-1999-00001', groupStatus: 'ACSC' }),
    });
    expect(otherRun.statusCode).toBe(422);
    expect(otherRun.json().errors).toEqual([
      {
        path: '/Document/CstmrPmtStsRpt/OrgnlGrpInfAndSts/OrgnlMsgId',
        message: `is PAY-1999-00001: the report answers another file, not ${run.number}’s`,
      },
    ]);
    const unchanged = await t.request({ method: 'GET', url: `${RUNS}/${run.id}`, as: finance });
    expect(unchanged.json()).toMatchObject({ status: 'confirmed', version: run.version });

    const done = await t.request({
      method: 'POST',
      url,
      as: ap,
      headers: xmlHeaders(run, 'text/xml'),
      payload: xml,
    });
    expect(done.statusCode, done.body).toBe(200);
    const body = done.json();
    expect(done.headers.etag).toBe(`"v${body.run.version}"`);
    expect(body).toMatchObject({
      report: { version: 'pain.002.001.10', messageId: 'STS-20260305-0001', originalMessageId: run.number },
      counts: { paid: 1, rejected: 1, pending: 0, unchanged: 0 },
      run: { status: 'paid', version: run.version + 1 },
    });
    expect(body.run.payments.find((p: { number: string }) => p.number === second!.number)).toMatchObject({
      status: 'rejected',
      rejectedReason: 'AC04 closed account number: Konto erloschen',
    });

    // Again with the new version: nothing changes, and the ETag stays.
    const again = await t.request({
      method: 'POST',
      url,
      as: ap,
      headers: xmlHeaders(body.run),
      payload: xml,
    });
    expect(again.statusCode).toBe(200);
    expect(again.json().counts).toEqual({ paid: 0, rejected: 0, pending: 0, unchanged: 2 });
    expect(again.headers.etag).toBe(`"v${body.run.version}"`);

    // The payments list.
    const rejected = await t.request({
      method: 'GET',
      url: `/api/v1/payments?status=rejected&supplierId=${supplierIds[1]}`,
      as: auditor,
    });
    expect(rejected.statusCode, rejected.body).toBe(200);
    expect(rejected.json()).toEqual({
      items: [
        expect.objectContaining({
          number: second!.number,
          paymentRunNumber: run.number,
          paymentDate: '2026-03-02',
          status: 'rejected',
          supplierName: 'Südwind Lager AG',
          rejectedReason: 'AC04 closed account number: Konto erloschen',
          amount: '1190',
        }),
      ],
      nextCursor: null,
    });
    const byDate = await t.request({
      method: 'GET',
      url: `/api/v1/payments?paymentDateFrom=2026-03-02&paymentDateTo=2026-03-02&currency=EUR&status=paid,rejected&limit=1`,
      as: ap,
    });
    expect(byDate.statusCode).toBe(200);
    expect(byDate.json().items).toHaveLength(1);
    expect(byDate.json().nextCursor).toEqual(expect.any(String));
    const bad = await t.request({
      method: 'GET',
      url: '/api/v1/payments?status=lost&paymentDateFrom=x',
      as: ap,
    });
    expect(bad.statusCode).toBe(422);
    expect(
      bad
        .json()
        .errors.map((e: { path: string }) => e.path)
        .sort(),
    ).toEqual(['paymentDateFrom', 'status[0]']);
    expect((await t.request({ method: 'GET', url: '/api/v1/payments', as: receiver })).statusCode).toBe(403);

    const csv = await t.request({
      method: 'GET',
      url: `/api/v1/payments/export?format=csv&supplierId=${supplierIds[1]}`,
      as: ap,
    });
    expect(csv.statusCode, csv.body).toBe(200);
    expect(csv.headers['content-type']).toContain('text/csv');
    expect(csv.body).toContain('Payment,Payment run,Payment date,Status,Supplier');
    expect(csv.body).toContain(
      `${second!.number},${run.number},2026-03-02,Rejected,Südwind Lager AG,EUR,1190`,
    );
    expect(csv.body).toContain('AC04 closed account number: Konto erloschen');
  });
});
