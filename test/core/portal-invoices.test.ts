import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as invoicing from '../../src/core/invoicing';
import * as organisation from '../../src/core/organisation';
import * as payments from '../../src/core/payments';
import * as portal from '../../src/core/portal';
import * as receiving from '../../src/core/receiving';
import type { Actor } from '../../src/core/shared/actor';
import { AppError } from '../../src/core/shared/errors';
import { rowsOf } from '../../src/core/shared/sql';
import * as suppliers from '../../src/core/suppliers';
import {
  INVOICE_STATUSES,
  invoiceStatusesOf,
  PORTAL_INVOICE_STATUSES,
  PORTAL_STATUS_OF_INVOICE,
} from '../../src/domain/invoicing';
import { actorFor } from '../../src/seed/purchase-order-factories';
import { createTestApp, type TestApp } from '../helpers/app';
import { portalFixture } from '../helpers/portal';
import { seedSupplier, seedUser } from '../helpers/seed';

/**
 * The supplier's invoices in its portal, on the database itself: only its own, where each stands in
 * its words (a credit-note request, the payment run's date, paid), the payments with their
 * reference, nothing internal; and its own invoice entered from an order, matched like any other.
 * An order of 10 at 100.00 EUR with 19 % tax is 1,190.00; terms 2 % within 10 days, net 30.
 */
let t: TestApp;
let f: Awaited<ReturnType<typeof portalFixture>>;
let ap: Actor;
let finance: Actor;
let receiver: Actor;
let admin: Actor;

beforeAll(async () => {
  t = await createTestApp();
  f = await portalFixture(t);
  ap = actorFor(await seedUser(t.ctx, { roles: ['accounts_payable'] }));
  finance = actorFor(await seedUser(t.ctx, { roles: ['finance'] }));
  receiver = actorFor(await seedUser(t.ctx, { roles: ['receiver'] }));
  admin = actorFor(await seedUser(t.ctx, { roles: ['admin'] }));
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

/** A supplier paid in EUR by SEPA, and a user of its portal. */
async function supplierWithUser() {
  const supplier = await seedSupplier(t.ctx, {
    legalName: 'Nordlicht Antriebe GmbH',
    defaultCurrency: 'EUR',
    earlyPaymentDiscountPercent: '2',
    earlyPaymentDiscountDays: 10,
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
  const user = await seedUser(t.ctx, { roles: ['supplier'], supplierId: supplier.id });
  const actor: Actor = { ...actorFor(user), supplierId: supplier.id };
  return { supplier, user, actor };
}

/** An order of 10 at 100.00 sent to the supplier, received in full unless told. */
async function order(supplierId: string, receive = true) {
  const sent = await f.sentOrder(supplierId, [
    { itemId: f.itemId, quantity: '10', unitPrice: '100.00', neededBy: '2027-01-15' },
  ]);
  if (receive) {
    await receiving.createReceipt(t.ctx, {
      actor: receiver,
      input: { purchaseOrderId: sent.id, lines: [{ lineNo: 1, quantity: '10' }] },
    });
  }
  return sent;
}

async function invoiceOf(
  orderId: string,
  opts: { quantity?: string; unitPrice?: string; number?: string } = {},
) {
  return invoicing.createInvoice(t.ctx, {
    actor: ap,
    source: 'form',
    input: {
      purchaseOrderId: orderId,
      supplierInvoiceNumber: opts.number ?? `SI-${Math.random().toString(36).slice(2, 10)}`,
      issueDate: '2026-03-01',
      lines: [{ orderLineNo: 1, quantity: opts.quantity ?? '10', unitPrice: opts.unitPrice ?? '100.00' }],
    },
  });
}

async function invoiceCount(): Promise<number> {
  return rowsOf<{ n: number }>(await t.ctx.db.execute(sql`select count(*)::int as n from invoices`))[0]!.n;
}

async function expectAppError(work: Promise<unknown>, code: string): Promise<AppError> {
  const err = await work.then(
    () => null,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(AppError);
  expect((err as AppError).code).toBe(code);
  return err as AppError;
}

describe('the portal’s words for where an invoice stands', () => {
  it('gives every status exactly one of the portal’s, and a filter by it finds every status that reads so', () => {
    for (const s of INVOICE_STATUSES) expect(PORTAL_INVOICE_STATUSES).toContain(PORTAL_STATUS_OF_INVOICE[s]);
    const back = PORTAL_INVOICE_STATUSES.flatMap((p) => invoiceStatusesOf(p));
    expect([...back].sort()).toEqual([...INVOICE_STATUSES].sort());
    expect(invoiceStatusesOf('being_checked').sort()).toEqual(['matched', 'matching', 'on_hold']);
    expect(invoiceStatusesOf('query_raised')).toEqual(['exception']);
    expect(invoiceStatusesOf('payment_scheduled')).toEqual(['scheduled']);
  });
});

describe('the supplier’s invoices', () => {
  it('lists only its own, and follows one through approval, a confirmed run and payment with the reference', async () => {
    const { supplier, actor } = await supplierWithUser();
    const other = await supplierWithUser();
    const mine = await order(supplier.id);
    const theirs = await order(other.supplier.id);
    const invoice = await invoiceOf(mine.id, { number: 'NL-2026-0042' });
    const foreign = await invoiceOf(theirs.id);

    const listed = await portal.listPortalInvoices(t.ctx, { actor, limit: 25 });
    expect(listed.items.map((i) => i.id)).toEqual([invoice.id]);
    expect(listed.items[0]).toMatchObject({
      number: invoice.number,
      supplierInvoiceNumber: 'NL-2026-0042',
      purchaseOrderNumber: mine.number,
      issueDate: '2026-03-01',
      dueDate: '2026-03-31',
      currency: 'EUR',
      payableAmount: '1190.0000',
      amountPaid: '0',
      status: 'being_checked',
      paymentDate: null,
      paidOn: null,
      creditNoteRequest: null,
    });
    await expectAppError(portal.getPortalInvoice(t.ctx, { actor, id: foreign.id }), 'not_found');
    // Someone who is no supplier's user sees none here.
    expect((await portal.listPortalInvoices(t.ctx, { actor: ap, limit: 25 })).items).toEqual([]);

    const approved = await invoicing.approveInvoice(t.ctx, {
      actor: finance,
      id: invoice.id,
      version: invoice.version,
    });
    expect((await portal.getPortalInvoice(t.ctx, { actor, id: invoice.id })).status).toBe('approved');

    let run = await payments.proposePaymentRun(t.ctx, {
      actor: ap,
      input: { paymentDate: '2026-03-05', supplierId: supplier.id },
    });
    // A draft run is the organisation's: the supplier sees no payment yet.
    expect((await portal.getPortalInvoice(t.ctx, { actor, id: approved.id })).payments).toEqual([]);
    run = await payments.confirmPaymentRun(t.ctx, { actor: finance, id: run.id, version: run.version });
    const scheduled = await portal.getPortalInvoice(t.ctx, { actor, id: invoice.id });
    expect(scheduled).toMatchObject({ status: 'payment_scheduled', paymentDate: '2026-03-05' });
    expect(scheduled.payments).toEqual([
      {
        paymentDate: '2026-03-05',
        status: 'scheduled',
        amount: '1166.2',
        discountAmount: '23.8',
        reference: expect.stringMatching(/^PAY-\d{4}-\d{5}-\d+$/),
        remittance: 'INV NL-2026-0042',
      },
    ]);
    expect(
      (await portal.listPortalInvoices(t.ctx, { actor, status: 'payment_scheduled', limit: 25 })).items,
    ).toHaveLength(1);

    await payments.markPaymentRunPaid(t.ctx, { actor: finance, id: run.id, version: run.version });
    const paid = await portal.getPortalInvoice(t.ctx, { actor, id: invoice.id });
    expect(paid).toMatchObject({
      status: 'paid',
      paidOn: '2026-03-05',
      paymentDate: null,
      amountPaid: '1166.2',
      discountTaken: '23.8',
      openAmount: '0',
    });
    expect(paid.payments.map((p) => p.status)).toEqual(['paid']);
    expect(paid.lines).toEqual([
      expect.objectContaining({
        lineNo: 1,
        orderLineNo: 1,
        quantity: '10',
        unitPrice: '100',
        netAmount: '1000.0000',
      }),
    ]);
    expect(paid.totals).toMatchObject({ taxAmount: '190.0000', payableAmount: '1190.0000' });
    // Nothing internal: no match, ledger, tolerances, approver, notes or reasons of the organisation.
    for (const key of ['exceptions', 'matches', 'approvedBy', 'accepted', 'note', 'holdReason', 'createdBy'])
      expect(paid).not.toHaveProperty(key);
    expect(paid.lines[0]).not.toHaveProperty('match');

    const byStatus = (s: 'paid' | 'approved') =>
      portal.listPortalInvoices(t.ctx, { actor, status: s, limit: 25 }).then((p) => p.items.map((i) => i.id));
    expect(await byStatus('paid')).toEqual([invoice.id]);
    expect(await byStatus('approved')).toEqual([]);
    expect(
      (await portal.listPortalInvoices(t.ctx, { actor, q: 'nl-2026-00', limit: 25 })).items.map((i) => i.id),
    ).toEqual([invoice.id]);
    expect(
      (await portal.listPortalInvoices(t.ctx, { actor, q: 'nothing-like-it', limit: 25 })).items,
    ).toEqual([]);
  });

  it('shows a query raised with the credit note asked for, and a rejection with its reason', async () => {
    const { supplier, user, actor } = await supplierWithUser();
    const mine = await order(supplier.id);
    const dear = await invoiceOf(mine.id, { unitPrice: '150.00', quantity: '5' });
    expect(dear.status).toBe('exception');
    expect((await portal.getPortalInvoice(t.ctx, { actor, id: dear.id })).status).toBe('query_raised');

    const asked = await invoicing.requestCreditNote(t.ctx, {
      actor: ap,
      id: dear.id,
      version: dear.version,
      reason: 'The order says 100.00 each: please credit 50.00 per unit.',
    });
    const seen = await portal.getPortalInvoice(t.ctx, { actor, id: dear.id });
    expect(seen).toMatchObject({
      status: 'query_raised',
      creditNoteRequest: {
        requestedAt: expect.any(Date),
        reason: 'The order says 100.00 each: please credit 50.00 per unit.',
      },
    });
    // The supplier's user is told, and the notification opens the invoice in its portal.
    const told = rowsOf<{ link: string }>(
      await t.ctx.db.execute(
        sql`select link from notifications where user_id = ${user.id} and kind = 'credit_note_requested'`,
      ),
    );
    expect(told).toEqual([{ link: `/portal/invoices/${dear.id}` }]);
    const listed = await portal.listPortalInvoices(t.ctx, { actor, status: 'query_raised', limit: 25 });
    expect(listed.items.map((i) => [i.id, i.creditNoteRequest?.reason])).toEqual([
      [dear.id, 'The order says 100.00 each: please credit 50.00 per unit.'],
    ]);

    await invoicing.rejectInvoice(t.ctx, {
      actor: ap,
      id: dear.id,
      version: asked.version,
      reason: 'Wrong prices',
    });
    expect(await portal.getPortalInvoice(t.ctx, { actor, id: dear.id })).toMatchObject({
      status: 'rejected',
      rejectReason: 'Wrong prices',
    });
  });
});

describe('turning an order into an invoice', () => {
  it('offers what was received and not invoiced, and matches the invoice as any other (source portal, by the supplier’s user)', async () => {
    const { supplier, user, actor } = await supplierWithUser();
    const mine = await order(supplier.id);
    const offer = await portal.getPortalInvoiceable(t.ctx, { actor, purchaseOrderId: mine.id });
    expect(offer).toMatchObject({
      purchaseOrderNumber: mine.number,
      currency: 'EUR',
      nothingToInvoice: null,
      blocked: null,
      lines: [
        {
          lineNo: 1,
          needsReceipt: true,
          quantityOrdered: '10',
          quantityReceived: '10',
          quantityInvoiced: '0',
          quantityToInvoice: '10',
          unitPrice: '100',
          taxRate: '19',
        },
      ],
    });

    const created = await portal.createPortalInvoice(t.ctx, {
      actor,
      purchaseOrderId: mine.id,
      input: {
        supplierInvoiceNumber: 'NL-P-1',
        issueDate: '2026-03-01',
        taxPointDate: '2026-02-28',
        lines: [{ orderLineNo: 1, quantity: '6', unitPrice: '100.00' }],
      },
    });
    expect(created).toMatchObject({ status: 'being_checked', source: 'portal', payableAmount: '714.0000' });
    const asAp = await invoicing.getInvoice(t.ctx, { actor: ap, id: created.id });
    expect(asAp).toMatchObject({
      status: 'matched',
      source: 'portal',
      taxPointDate: '2026-02-28',
      createdBy: { id: user.id },
    });
    expect(asAp.matches.map((m) => m.quantity)).toEqual(['6']);
    expect(
      (await portal.getPortalInvoiceable(t.ctx, { actor, purchaseOrderId: mine.id })).lines[0],
    ).toMatchObject({ quantityInvoiced: '6', quantityToInvoice: '4' });

    // The same number again is refused as for accounts payable: 409 naming the invoice, nothing stored.
    const before = await invoiceCount();
    const dup = await expectAppError(
      portal.createPortalInvoice(t.ctx, {
        actor,
        purchaseOrderId: mine.id,
        input: {
          supplierInvoiceNumber: 'nl-p-1',
          issueDate: '2026-03-01',
          lines: [{ orderLineNo: 1, quantity: '4', unitPrice: '100.00' }],
        },
      }),
      'conflict',
    );
    expect(dup.message).toContain(created.number);
    // A price beyond tolerance is an exception for accounts payable, as any invoice.
    const dear = await portal.createPortalInvoice(t.ctx, {
      actor,
      purchaseOrderId: mine.id,
      input: {
        supplierInvoiceNumber: 'NL-P-2',
        issueDate: '2026-03-01',
        lines: [{ orderLineNo: 1, quantity: '4', unitPrice: '130.00' }],
      },
    });
    expect(dear.status).toBe('query_raised');
    expect(await invoiceCount()).toBe(before + 1);
  });

  it('refuses another supplier’s order (404), an order with nothing received (422 with the reason), bad lines (422 at their paths) and a blocked supplier (409); nothing is stored', async () => {
    const { supplier, actor } = await supplierWithUser();
    const other = await supplierWithUser();
    const received = await order(supplier.id);
    const notYet = await order(supplier.id, false);
    const theirs = await order(other.supplier.id);
    const input = {
      supplierInvoiceNumber: `NL-${Math.random().toString(36).slice(2, 8)}`,
      issueDate: '2026-03-01',
      lines: [{ orderLineNo: 1, quantity: '1', unitPrice: '100.00' }],
    };
    const before = await invoiceCount();

    await expectAppError(
      portal.getPortalInvoiceable(t.ctx, { actor, purchaseOrderId: theirs.id }),
      'not_found',
    );
    await expectAppError(
      portal.createPortalInvoice(t.ctx, { actor, purchaseOrderId: theirs.id, input }),
      'not_found',
    );

    expect(
      (await portal.getPortalInvoiceable(t.ctx, { actor, purchaseOrderId: notYet.id })).nothingToInvoice,
    ).toBe('nothing_received');
    const nothing = await expectAppError(
      portal.createPortalInvoice(t.ctx, { actor, purchaseOrderId: notYet.id, input }),
      'validation',
    );
    expect(nothing.errors).toEqual([
      { path: 'lines', message: expect.stringContaining('goods are invoiced once they are received') },
    ]);

    const bad = await expectAppError(
      portal.createPortalInvoice(t.ctx, {
        actor,
        purchaseOrderId: received.id,
        input: {
          ...input,
          issueDate: '2026-12-31',
          lines: [
            { orderLineNo: 1, quantity: '1', unitPrice: '100.00' },
            { orderLineNo: 7, quantity: '1', unitPrice: '100.00' },
          ],
        },
      }),
      'validation',
    );
    expect(bad.errors.map((e) => e.path).sort()).toEqual(['issueDate', 'lines[1].orderLineNo']);

    const current = await suppliers.getSupplier(t.ctx, { id: supplier.id });
    await suppliers.changeSupplierStatus(t.ctx, {
      actor: admin,
      id: supplier.id,
      version: current.version,
      status: 'blocked',
      reason: 'Sanctions screening',
    });
    expect(
      (await portal.getPortalInvoiceable(t.ctx, { actor, purchaseOrderId: received.id })).blocked,
    ).toEqual({
      reason: 'Sanctions screening',
    });
    const blocked = await expectAppError(
      portal.createPortalInvoice(t.ctx, { actor, purchaseOrderId: received.id, input }),
      'conflict',
    );
    expect(blocked.message).toBe(
      'Nordlicht Antriebe GmbH is blocked (Sanctions screening): invoices from it cannot be accepted; contact the buyer.',
    );
    expect(await invoiceCount()).toBe(before);
  });
});
