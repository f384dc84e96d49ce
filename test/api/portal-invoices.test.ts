import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as invoicing from '../../src/core/invoicing';
import * as organisation from '../../src/core/organisation';
import * as payments from '../../src/core/payments';
import * as receiving from '../../src/core/receiving';
import type { Actor } from '../../src/core/shared/actor';
import { rowsOf } from '../../src/core/shared/sql';
import { actorFor } from '../../src/seed/purchase-order-factories';
import { createTestApp, type TestApp } from '../helpers/app';
import { ifMatch, portalFixture, type Who } from '../helpers/portal';
import { seedSupplier, seedUser } from '../helpers/seed';

/**
 * The supplier's invoices over HTTP: `/portal/invoices` (its own only; another's id is a 404),
 * payments once a run is confirmed and paid, and "Invoice this order" —
 * `/portal/orders/{id}/invoiceable` and `POST /portal/orders/{id}/invoices` — matched like any
 * invoice and in accounts payable's list with source portal; 409 for a number entered already and a
 * blocked supplier, 422 for bad lines with their paths, nothing stored.
 */
let t: TestApp;
let f: Awaited<ReturnType<typeof portalFixture>>;
let ap: Who;
let finance: Actor;
let receiver: Actor;

const INV = '/api/v1/portal/invoices';
const orderUrl = (id: string) => `/api/v1/portal/orders/${id}`;

beforeAll(async () => {
  t = await createTestApp();
  f = await portalFixture(t);
  ap = await t.loginAs(['accounts_payable']);
  finance = actorFor(await seedUser(t.ctx, { roles: ['finance'] }));
  receiver = actorFor(await seedUser(t.ctx, { roles: ['receiver'] }));
  const admin = actorFor(await seedUser(t.ctx, { roles: ['admin'] }));
  await organisation.createExchangeRate(t.ctx, {
    actor: admin,
    input: { currency: 'EUR', rate: '1.10', validOn: '2026-01-01' },
  });
  const settings = await organisation.getSettings(t.ctx);
  await organisation.updateSettings(t.ctx, {
    actor: admin,
    version: settings.version,
    input: { paymentAccount: { accountName: 'Acme Procurement GmbH', iban: 'DE02 1203 0000 0000 2020 51' } },
  });
}, 60_000);
afterAll(async () => {
  await t.close();
});

/** A supplier paid in EUR by SEPA with a portal user, and an order of 10 at 100.00 sent to it (received unless told). */
async function supplierWithOrder(opts: { receive?: boolean } = {}) {
  const supplier = await seedSupplier(t.ctx, {
    legalName: 'Nordlicht Antriebe GmbH',
    defaultCurrency: 'EUR',
    bankDetails: {
      accountName: 'Nordlicht Antriebe GmbH',
      iban: 'DE89370400440532013000',
      bic: 'COBADEFFXXX',
    },
    contacts: [
      {
        name: 'Jana Sommer',
        email: `ar-${Math.random().toString(36).slice(2)}@nordlicht.example`,
        orderContact: true,
      },
    ],
  });
  const me = await f.supplierUser(supplier.id);
  const order = await f.sentOrder(supplier.id, [
    { itemId: f.itemId, quantity: '10', unitPrice: '100.00', neededBy: '2027-01-15' },
  ]);
  if (opts.receive ?? true) {
    await receiving.createReceipt(t.ctx, {
      actor: receiver,
      input: { purchaseOrderId: order.id, lines: [{ lineNo: 1, quantity: '10' }] },
    });
  }
  return { supplier, me, order };
}

function invoiceOrder(me: Who, orderId: string, body: object, key?: string) {
  return t.request({
    method: 'POST',
    url: `${orderUrl(orderId)}/invoices`,
    as: me,
    headers: key ? { 'idempotency-key': key } : {},
    payload: body,
  });
}

async function invoiceCount(): Promise<number> {
  return rowsOf<{ n: number }>(await t.ctx.db.execute(sql`select count(*)::int as n from invoices`))[0]!.n;
}

describe('the supplier’s invoices', () => {
  it('lists only its own; another supplier’s invoice is a 404; payments show once the run is confirmed and paid', async () => {
    const { supplier, me, order } = await supplierWithOrder();
    const other = await supplierWithOrder();
    const apActor = actorFor(await seedUser(t.ctx, { roles: ['accounts_payable'] }));
    const enter = (orderId: string, number: string) =>
      invoicing.createInvoice(t.ctx, {
        actor: apActor,
        source: 'form',
        input: {
          purchaseOrderId: orderId,
          supplierInvoiceNumber: number,
          issueDate: '2026-03-01',
          lines: [{ orderLineNo: 1, quantity: '10', unitPrice: '100.00' }],
        },
      });
    const mine = await enter(order.id, 'NL-77');
    const theirs = await enter(other.order.id, 'NL-78');

    const list = await t.request({ method: 'GET', url: INV, as: me });
    expect(list.statusCode, list.body).toBe(200);
    expect(list.json().items).toEqual([
      expect.objectContaining({
        id: mine.id,
        supplierInvoiceNumber: 'NL-77',
        purchaseOrderNumber: order.number,
        status: 'being_checked',
        payableAmount: '1190.0000',
        amountPaid: '0',
      }),
    ]);
    const foreign = await t.request({ method: 'GET', url: `${INV}/${theirs.id}`, as: me });
    expect(foreign.statusCode).toBe(404);
    // The organisation's people have their own invoice pages: the portal's are closed to them.
    expect((await t.request({ method: 'GET', url: INV, as: ap })).statusCode).toBe(403);

    const approved = await invoicing.approveInvoice(t.ctx, {
      actor: finance,
      id: mine.id,
      version: mine.version,
    });
    let run = await payments.proposePaymentRun(t.ctx, {
      actor: apActor,
      input: { paymentDate: '2026-03-31', supplierId: supplier.id },
    });
    run = await payments.confirmPaymentRun(t.ctx, { actor: finance, id: run.id, version: run.version });
    const scheduled = await t.request({ method: 'GET', url: `${INV}?status=payment_scheduled`, as: me });
    expect(scheduled.json().items).toEqual([
      expect.objectContaining({ id: approved.id, status: 'payment_scheduled', paymentDate: '2026-03-31' }),
    ]);
    await payments.markPaymentRunPaid(t.ctx, { actor: finance, id: run.id, version: run.version });

    const res = await t.request({ method: 'GET', url: `${INV}/${mine.id}`, as: me });
    expect(res.statusCode, res.body).toBe(200);
    const body = res.json();
    expect(body).toMatchObject({
      status: 'paid',
      paidOn: '2026-03-31',
      amountPaid: '1190',
      openAmount: '0',
      payments: [
        {
          paymentDate: '2026-03-31',
          status: 'paid',
          amount: '1190',
          reference: expect.stringMatching(/^PAY-/),
          remittance: 'INV NL-77',
        },
      ],
    });
    for (const key of ['exceptions', 'matches', 'approvedBy', 'note', 'holdReason', 'createdBy', 'accepted'])
      expect(body).not.toHaveProperty(key);
    expect(JSON.stringify(body)).not.toContain('tolerance');
  });
});

describe('invoicing an order from the portal', () => {
  it('offers the received lines, creates a matched invoice (source portal, in AP’s list), replays a retry, refuses the same number (409)', async () => {
    const { supplier, me, order } = await supplierWithOrder();
    const offer = await t.request({ method: 'GET', url: `${orderUrl(order.id)}/invoiceable`, as: me });
    expect(offer.statusCode, offer.body).toBe(200);
    expect(offer.json()).toMatchObject({
      nothingToInvoice: null,
      blocked: null,
      lines: [{ lineNo: 1, quantityToInvoice: '10', unitPrice: '100', needsReceipt: true }],
    });

    const body = {
      supplierInvoiceNumber: 'NL-PORTAL-1',
      issueDate: '2026-03-01',
      lines: [{ orderLineNo: 1, quantity: '10', unitPrice: '100.00' }],
    };
    const created = await invoiceOrder(me, order.id, body, 'portal-invoice-1');
    expect(created.statusCode, created.body).toBe(201);
    const invoice = created.json();
    expect(created.headers.location).toBe(`${INV}/${invoice.id}`);
    expect(invoice).toMatchObject({ status: 'being_checked', source: 'portal', payableAmount: '1190.0000' });
    const retry = await invoiceOrder(me, order.id, body, 'portal-invoice-1');
    expect(retry.statusCode).toBe(201);
    expect(retry.json().id).toBe(invoice.id);

    const inbox = await t.request({
      method: 'GET',
      url: `/api/v1/invoices?supplierId=${supplier.id}`,
      as: ap,
    });
    expect(inbox.json().items).toEqual([
      expect.objectContaining({
        id: invoice.id,
        source: 'portal',
        status: 'matched',
        supplierInvoiceNumber: 'NL-PORTAL-1',
      }),
    ]);

    const before = await invoiceCount();
    const dup = await invoiceOrder(me, order.id, { ...body, supplierInvoiceNumber: 'nl-portal-1' });
    expect(dup.statusCode).toBe(409);
    expect(dup.json().detail).toContain(invoice.number);
    expect(await invoiceCount()).toBe(before);
  });

  it('answers 422 at each bad line and field, 422 with the reason when nothing is received, 404 for another’s order, 409 when blocked; nothing stored', async () => {
    const { supplier, me, order } = await supplierWithOrder();
    const notYet = await f.sentOrder(supplier.id);
    const other = await supplierWithOrder();
    const body = {
      supplierInvoiceNumber: 'NL-BAD-1',
      issueDate: '2026-03-01',
      lines: [{ orderLineNo: 1, quantity: '1', unitPrice: '100.00' }],
    };
    const before = await invoiceCount();

    const shape = await invoiceOrder(me, order.id, {
      ...body,
      lines: [{ orderLineNo: 1, quantity: '-1', unitPrice: 'ten' }],
    });
    expect(shape.statusCode).toBe(422);
    expect(
      shape
        .json()
        .errors.map((e: { path: string }) => e.path)
        .sort(),
    ).toEqual(['lines[0].quantity', 'lines[0].unitPrice']);
    const rules = await invoiceOrder(me, order.id, {
      ...body,
      issueDate: '2027-01-01',
      lines: [
        { orderLineNo: 1, quantity: '1', unitPrice: '100.00' },
        { orderLineNo: 4, quantity: '1', unitPrice: '100.00' },
      ],
    });
    expect(rules.statusCode).toBe(422);
    expect(rules.json().errors).toEqual(
      expect.arrayContaining([
        { path: 'issueDate', message: expect.stringContaining('must not be after today') },
        { path: 'lines[1].orderLineNo', message: `is not a line of ${order.number}` },
      ]),
    );

    const nothing = await invoiceOrder(me, notYet.id, body);
    expect(nothing.statusCode).toBe(422);
    expect(nothing.json().errors[0]).toMatchObject({ path: 'lines' });
    expect(nothing.json().detail).toContain('ready to invoice');
    const offer = await t.request({ method: 'GET', url: `${orderUrl(notYet.id)}/invoiceable`, as: me });
    expect(offer.json().nothingToInvoice).toBe('nothing_received');

    expect((await invoiceOrder(me, other.order.id, body)).statusCode).toBe(404);
    expect(
      (await t.request({ method: 'GET', url: `${orderUrl(other.order.id)}/invoiceable`, as: me })).statusCode,
    ).toBe(404);

    const admin = await t.loginAs(['admin']);
    const current = (
      await t.request({ method: 'GET', url: `/api/v1/suppliers/${supplier.id}`, as: admin })
    ).json();
    const block = await t.request({
      method: 'POST',
      url: `/api/v1/suppliers/${supplier.id}/block`,
      as: admin,
      headers: ifMatch(current),
      payload: { reason: 'Sanctions screening' },
    });
    expect(block.statusCode, block.body).toBe(200);
    const blocked = await invoiceOrder(me, order.id, body);
    expect(blocked.statusCode).toBe(409);
    expect(blocked.json().detail).toContain(
      'is blocked (Sanctions screening): invoices from it cannot be accepted',
    );
    expect(await invoiceCount()).toBe(before);
  });
});
