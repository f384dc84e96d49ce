import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as invoicing from '../../src/core/invoicing';
import * as organisation from '../../src/core/organisation';
import * as payments from '../../src/core/payments';
import * as receiving from '../../src/core/receiving';
import * as reporting from '../../src/core/reporting';
import type { Actor } from '../../src/core/shared/actor';
import { AppError } from '../../src/core/shared/errors';
import { rowsOf } from '../../src/core/shared/sql';
import { validatePain001 } from '../../src/documents/pain001';
import { actorFor } from '../../src/seed/purchase-order-factories';
import { createTestApp, type TestApp } from '../helpers/app';
import { countingCtx } from '../helpers/counting';
import { portalFixture } from '../helpers/portal';
import { seedSupplier, seedUser } from '../helpers/seed';

/**
 * Payment runs on the database itself (PGlite, or PostgreSQL with TEST_DATABASE_URL): what a run
 * proposes (due invoices, discounts that would be lost, credit notes set off), confirming under
 * lock (never an invoice twice, even two clerks at once), the pain.001 file against the EPC
 * schema, the bank CSV, remittance advices, paid, partly paid, cancelled. Amounts by hand: an
 * order of 10 at 100.00 EUR with 19 % tax is 1,190.00; terms 2 % within 10 days, net 30.
 */
let t: TestApp;
let f: Awaited<ReturnType<typeof portalFixture>>;
let ap: Actor;
let finance: Actor;
let receiver: Actor;
let admin: Actor;

const IBAN = 'DE89370400440532013000';

beforeAll(async () => {
  t = await createTestApp();
  f = await portalFixture(t);
  ap = actorFor(await seedUser(t.ctx, { roles: ['accounts_payable'] }));
  finance = actorFor(await seedUser(t.ctx, { roles: ['finance'] }));
  receiver = actorFor(await seedUser(t.ctx, { roles: ['receiver'] }));
  admin = actorFor(await seedUser(t.ctx, { roles: ['admin'] }));
  // EUR at 1.10 USD when invoiced, 1.12 from the payment date on: the exchange difference.
  await organisation.createExchangeRate(t.ctx, {
    actor: admin,
    input: { currency: 'EUR', rate: '1.10', validOn: '2026-01-01' },
  });
  await organisation.createExchangeRate(t.ctx, {
    actor: admin,
    input: { currency: 'EUR', rate: '1.12', validOn: '2026-03-05' },
  });
  await setPaymentAccount({
    accountName: 'Acme Procurement GmbH',
    iban: 'DE02 1203 0000 0000 2020 51',
    bic: 'BYLADEM1001',
  });
}, 60_000);
afterAll(async () => {
  await t.close();
});

async function setPaymentAccount(account: { accountName: string; iban: string; bic?: string | null } | null) {
  const settings = await organisation.getSettings(t.ctx);
  return organisation.updateSettings(t.ctx, {
    actor: admin,
    version: settings.version,
    input: { paymentAccount: account },
  });
}

type Terms = { currency?: string; bank?: boolean; discount?: boolean };

/** A supplier (EUR, IBAN, 2 % in 10 days net 30 unless told), an order of 10 at 100.00, received in full. */
async function receivedOrder(terms: Terms = {}) {
  const supplier = await seedSupplier(t.ctx, {
    legalName: 'Nordlicht Antriebe GmbH',
    defaultCurrency: terms.currency ?? 'EUR',
    earlyPaymentDiscountPercent: terms.discount === false ? null : '2',
    earlyPaymentDiscountDays: terms.discount === false ? null : 10,
    bankDetails:
      terms.bank === false
        ? null
        : terms.currency === 'USD'
          ? { accountName: 'Nordlicht US', accountNumber: '123456789', bankName: 'First Bank' }
          : { accountName: 'Nordlicht Antriebe GmbH', iban: IBAN, bic: 'COBADEFFXXX' },
    contacts: [
      {
        name: 'Jana Sommer',
        email: `ar-${Math.random().toString(36).slice(2)}@nordlicht.example`,
        orderContact: true,
      },
    ],
  });
  const order = await f.sentOrder(supplier.id, [
    { itemId: f.itemId, quantity: '10', unitPrice: '100.00', neededBy: '2027-01-15' },
  ]);
  await receiving.createReceipt(t.ctx, {
    actor: receiver,
    input: { purchaseOrderId: order.id, lines: [{ lineNo: 1, quantity: '10' }] },
  });
  return { supplier, order };
}

/** An approved invoice (or credit note) of `quantity` at 100.00 + 19 %. */
async function approvedInvoice(
  orderId: string,
  quantity: string,
  extra: Partial<invoicing.InvoiceInput> = {},
) {
  const invoice = await invoicing.createInvoice(t.ctx, {
    actor: ap,
    source: 'form',
    input: {
      purchaseOrderId: orderId,
      supplierInvoiceNumber: `SI-${Math.random().toString(36).slice(2, 10)}`,
      issueDate: '2026-03-01',
      lines: [{ orderLineNo: 1, quantity, unitPrice: '100.00' }],
      ...extra,
    },
  });
  expect(invoice.status).toBe('matched');
  return invoicing.approveInvoice(t.ctx, { actor: finance, id: invoice.id, version: invoice.version });
}

async function invoiceState(id: string) {
  const [row] = rowsOf<{ status: string; paid: string; discount: string }>(
    await t.ctx.db.execute(
      sql`select status, amount_paid::text as paid, discount_taken::text as discount from invoices where id = ${id}`,
    ),
  );
  return { status: row!.status, paid: Number(row!.paid), discount: Number(row!.discount) };
}

function lineOf(run: payments.PaymentRun, invoiceId: string) {
  const line = run.lines.find((l) => l.invoiceId === invoiceId);
  expect(line, `line for ${invoiceId}`).toBeDefined();
  return line!;
}

async function expectAppError(work: Promise<unknown>, code: string, text?: string): Promise<AppError> {
  const err = await work.then(
    () => null,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(AppError);
  expect((err as AppError).code).toBe(code);
  if (text)
    expect(
      JSON.stringify([(err as AppError).message, (err as AppError).errors, (err as AppError).meta]),
    ).toContain(text);
  return err as AppError;
}

describe('proposing', () => {
  it('proposes a due invoice less its discount and sets off the supplier’s credit note; an invoice neither due nor losing its discount waits', async () => {
    const { supplier, order } = await receivedOrder();
    const invoice = await approvedInvoice(order.id, '10');
    expect(invoice).toMatchObject({
      payableAmount: '1190.0000',
      dueDate: '2026-03-31',
      discountDate: '2026-03-11',
    });
    const credit = await approvedInvoice(order.id, '1', { kind: 'credit_note' });
    // Another supplier's invoice without a discount, due in 30 days: not proposed on 2026-03-05.
    const other = await receivedOrder({ discount: false });
    const later = await approvedInvoice(other.order.id, '10');

    const run = await payments.proposePaymentRun(t.ctx, {
      actor: ap,
      input: { paymentDate: '2026-03-05', supplierId: supplier.id },
    });
    expect(run).toMatchObject({
      number: expect.stringMatching(/^PAY-\d{4}-\d{5}$/),
      status: 'draft',
      paymentDate: '2026-03-05',
      dueBy: '2026-03-05',
      nextRunDate: '2026-03-12',
    });
    // The discount date 2026-03-11 falls before the next run: paid now, 2 % of 1,190.00 = 23.80 off.
    expect(lineOf(run, invoice.id)).toMatchObject({
      reason: 'discount',
      openAmount: '1190',
      discountAmount: '23.8',
      amount: '1166.2',
      status: 'proposed',
    });
    expect(lineOf(run, credit.id)).toMatchObject({
      kind: 'credit_note',
      amount: '-119',
      discountAmount: '0',
    });
    expect(run.suppliers).toEqual([
      expect.objectContaining({
        supplierId: supplier.id,
        currency: 'EUR',
        amount: '1047.2',
        discountAmount: '23.8',
        invoices: 1,
        creditNotes: 1,
        method: 'sepa_credit_transfer',
        problems: [],
      }),
    ]);
    expect(run.totals).toEqual([
      { currency: 'EUR', amount: '1047.2', discountAmount: '23.8', invoices: 1, creditNotes: 1 },
    ]);

    const all = await payments.proposePaymentRun(t.ctx, { actor: ap, input: { paymentDate: '2026-03-05' } });
    expect(all.lines.map((l) => l.invoiceId)).not.toContain(later.id);
    // Proposing reserves nothing: both drafts hold the invoice.
    expect(all.lines.map((l) => l.invoiceId)).toContain(invoice.id);
    expect(await invoiceState(invoice.id)).toMatchObject({ status: 'approved_for_payment' });
  });

  it('refuses a payment date in the past, a next run before it, and a proposal with nothing to pay: 422 on the field, nothing stored', async () => {
    const before = rowsOf<{ n: number }>(
      await t.ctx.db.execute(sql`select count(*)::int as n from payment_runs`),
    )[0]!.n;
    await expectAppError(
      payments.proposePaymentRun(t.ctx, { actor: ap, input: { paymentDate: '2026-03-01' } }),
      'validation',
      'paymentDate',
    );
    await expectAppError(
      payments.proposePaymentRun(t.ctx, {
        actor: ap,
        input: { paymentDate: '2026-03-05', nextRunDate: '2026-03-05' },
      }),
      'validation',
      'nextRunDate',
    );
    await expectAppError(
      payments.proposePaymentRun(t.ctx, { actor: ap, input: { paymentDate: '2026-02-30' } }),
      'validation',
      'paymentDate',
    );
    await expectAppError(
      payments.proposePaymentRun(t.ctx, { actor: ap, input: { currency: 'JPY' } }),
      'validation',
      'no invoice approved for payment',
    );
    const after = rowsOf<{ n: number }>(
      await t.ctx.db.execute(sql`select count(*)::int as n from payment_runs`),
    )[0]!.n;
    expect(after).toBe(before);
  });

  it('a credit note larger than what is owed waits for the next invoices', async () => {
    const { supplier, order } = await receivedOrder({ discount: false });
    const invoice = await approvedInvoice(order.id, '2', { issueDate: '2026-01-15' });
    // Not due before 2026-03-31.
    await approvedInvoice(order.id, '8', { issueDate: '2026-03-01' });
    const credit = await approvedInvoice(order.id, '3', { kind: 'credit_note', issueDate: '2026-02-01' });
    const run = await payments.proposePaymentRun(t.ctx, {
      actor: ap,
      input: { paymentDate: '2026-03-02', supplierId: supplier.id },
    });
    expect(run.lines.map((l) => l.invoiceId)).toEqual([invoice.id]);
    expect(run.lines.map((l) => l.invoiceId)).not.toContain(credit.id);
  });
});

describe('confirming and paying', () => {
  it('confirms into one payment per supplier and currency, writes a pain.001 the EPC schema accepts and a CSV for the rest, tells the suppliers, and pays', async () => {
    const eur = await receivedOrder();
    const invoice = await approvedInvoice(eur.order.id, '10');
    const credit = await approvedInvoice(eur.order.id, '1', { kind: 'credit_note' });
    const usd = await receivedOrder({ currency: 'USD', discount: false });
    const usdInvoice = await approvedInvoice(usd.order.id, '5', { issueDate: '2026-01-20' });

    let run = await payments.proposePaymentRun(t.ctx, { actor: ap, input: { paymentDate: '2026-03-05' } });
    // Only this test's suppliers.
    const others = run.lines.filter((l) => ![eur.supplier.id, usd.supplier.id].includes(l.supplierId));
    if (others.length > 0) {
      run = await payments.revisePaymentRun(t.ctx, {
        actor: ap,
        id: run.id,
        version: run.version,
        lines: others.map((l) => ({ lineNo: l.lineNo, remove: true })),
      });
    }
    // The clerk who proposed may not confirm without payments:approve? AP holds it; a buyer does not.
    await expectAppError(
      payments.confirmPaymentRun(t.ctx, { actor: f.buyerActor, id: run.id, version: run.version }),
      'forbidden',
    );
    run = await payments.confirmPaymentRun(t.ctx, { actor: finance, id: run.id, version: run.version });
    expect(run.status).toBe('confirmed');
    expect(run.payments).toHaveLength(2);
    const eurPayment = run.payments.find((p) => p.currency === 'EUR')!;
    expect(eurPayment).toMatchObject({
      number: expect.stringMatching(new RegExp(`^${run.number}-00[12]$`)),
      status: 'scheduled',
      method: 'sepa_credit_transfer',
      amount: '1047.2',
      discountAmount: '23.8',
      // 1,047.20 EUR at 1.12 on the payment date, booked at 1.10: 1,172.86 − 1,151.92 = 20.94.
      amountBase: '1172.86',
      invoicedAmountBase: '1151.92',
      exchangeDifference: '20.94',
      creditorAccount: { iban: '•••• 3000', bic: 'COBADEFFXXX' },
    });
    expect(eurPayment.remittance).toMatch(/^INV SI-\w+, CN SI-\w+$/);
    expect(run.payments.find((p) => p.currency === 'USD')).toMatchObject({
      method: 'bank_transfer',
      amount: '595',
    });
    for (const id of [invoice.id, credit.id, usdInvoice.id]) {
      expect(await invoiceState(id)).toMatchObject({ status: 'scheduled' });
    }

    const file = await payments.creditTransferFile(t.ctx, { actor: finance, id: run.id });
    const validation = await validatePain001(file.xml);
    expect(validation.problems).toEqual([]);
    expect(validation.valid).toBe(true);
    expect(file.xml).toContain('<NbOfTxs>1</NbOfTxs>');
    expect(file.xml).toContain('<CtrlSum>1047.20</CtrlSum>');
    expect(file.xml).toContain('<InstdAmt Ccy="EUR">1047.20</InstdAmt>');
    expect(file.xml).toContain(`<IBAN>${IBAN}</IBAN>`);
    expect(file.xml).toContain('<IBAN>DE02120300000000202051</IBAN>');
    expect(file.xml).toContain(`<EndToEndId>${eurPayment.number}</EndToEndId>`);
    expect(file.xml).toContain('<ReqdExctnDt>\n');
    const csv = await payments.bankTransferCsv(t.ctx, { actor: finance, id: run.id });
    const [header, row] = csv.csv.trim().split('\n');
    expect(header).toContain('paymentNumber,executionDate');
    expect(row).toContain('123456789');
    expect(row).toContain(',USD,595.00,INV SI-');

    // The remittance advice went to the supplier's order contact.
    const mails = rowsOf<{ subject: string; body: string }>(
      await t.ctx.db.execute(sql`select subject, text_body as body from email_messages
        where to_address = ${eur.supplier.contacts[0]!.email} order by created_at`),
    );
    const advice = mails.find((m) => m.subject.includes(eurPayment.number));
    expect(advice?.subject).toBe(`Payment ${eurPayment.number}: 1047.2 EUR on 2026-03-05`);
    expect(advice?.body).toContain('early-payment discount 23.8 taken');
    expect(advice?.body).toContain('119 set off');

    run = await payments.markPaymentRunPaid(t.ctx, { actor: finance, id: run.id, version: run.version });
    expect(run.status).toBe('paid');
    expect(run.payments.every((p) => p.status === 'paid')).toBe(true);
    expect(await invoiceState(invoice.id)).toEqual({ status: 'paid', paid: 1166.2, discount: 23.8 });
    expect(await invoiceState(credit.id)).toEqual({ status: 'paid', paid: 119, discount: 0 });
    expect(await invoiceState(usdInvoice.id)).toEqual({ status: 'paid', paid: 595, discount: 0 });
  });

  it('a run never pays an invoice another run scheduled: the second confirmation is a 409 naming it, and two at once leave one', async () => {
    const { supplier, order } = await receivedOrder();
    const invoice = await approvedInvoice(order.id, '10');
    const propose = () =>
      payments.proposePaymentRun(t.ctx, {
        actor: ap,
        input: { paymentDate: '2026-03-05', supplierId: supplier.id },
      });
    const first = await propose();
    const second = await propose();
    await payments.confirmPaymentRun(t.ctx, { actor: finance, id: first.id, version: first.version });
    await expectAppError(
      payments.confirmPaymentRun(t.ctx, { actor: ap, id: second.id, version: second.version }),
      'conflict',
      `${invoice.number} is scheduled`,
    );

    // Two clerks at once on a fresh invoice.
    const other = await receivedOrder();
    const fresh = await approvedInvoice(other.order.id, '10');
    const a = await payments.proposePaymentRun(t.ctx, {
      actor: ap,
      input: { paymentDate: '2026-03-05', supplierId: other.supplier.id },
    });
    const b = await payments.proposePaymentRun(t.ctx, {
      actor: ap,
      input: { paymentDate: '2026-03-05', supplierId: other.supplier.id },
    });
    const outcomes = await Promise.allSettled([
      payments.confirmPaymentRun(t.ctx, { actor: finance, id: a.id, version: a.version }),
      payments.confirmPaymentRun(t.ctx, { actor: ap, id: b.id, version: b.version }),
    ]);
    expect(outcomes.filter((o) => o.status === 'fulfilled')).toHaveLength(1);
    const failed = outcomes.find((o) => o.status === 'rejected') as PromiseRejectedResult;
    expect((failed.reason as AppError).code).toBe('conflict');
    const scheduled = rowsOf<{ n: number }>(
      await t.ctx.db.execute(
        sql`select count(*)::int as n from payment_run_lines where invoice_id = ${fresh.id} and status = 'scheduled'`,
      ),
    );
    expect(scheduled[0]!.n).toBe(1);
  });

  it('pays an invoice in part (no discount): the rest stays approved and the next run proposes it', async () => {
    const { supplier, order } = await receivedOrder();
    const invoice = await approvedInvoice(order.id, '10');
    let run = await payments.proposePaymentRun(t.ctx, {
      actor: ap,
      input: { paymentDate: '2026-03-05', supplierId: supplier.id },
    });
    const line = lineOf(run, invoice.id);
    const bad = await expectAppError(
      payments.revisePaymentRun(t.ctx, {
        actor: ap,
        id: run.id,
        version: run.version,
        lines: [
          { lineNo: line.lineNo, amount: '1190.01' },
          { lineNo: 99, remove: true },
        ],
      }),
      'validation',
    );
    expect(JSON.stringify(bad.errors)).toContain('lines[0].amount');
    expect(JSON.stringify(bad.errors)).toContain('lines[1].lineNo');
    const tooPrecise = await expectAppError(
      payments.revisePaymentRun(t.ctx, {
        actor: ap,
        id: run.id,
        version: run.version,
        lines: [{ lineNo: line.lineNo, amount: '500.001' }],
      }),
      'validation',
    );
    expect(JSON.stringify(tooPrecise.errors)).toContain('lines[0].amount');
    run = await payments.revisePaymentRun(t.ctx, {
      actor: ap,
      id: run.id,
      version: run.version,
      lines: [{ lineNo: line.lineNo, amount: '500' }],
    });
    expect(lineOf(run, invoice.id)).toMatchObject({ amount: '500', discountAmount: '0' });
    run = await payments.confirmPaymentRun(t.ctx, { actor: finance, id: run.id, version: run.version });
    run = await payments.markPaymentRunPaid(t.ctx, { actor: finance, id: run.id, version: run.version });
    expect(await invoiceState(invoice.id)).toEqual({
      status: 'approved_for_payment',
      paid: 500,
      discount: 0,
    });
    // Money went out against it: it can no longer be rejected or cancelled (a credit note instead).
    const paidInPart = await invoicing.getInvoice(t.ctx, { actor: ap, id: invoice.id });
    await expectAppError(
      invoicing.rejectInvoice(t.ctx, {
        actor: ap,
        id: invoice.id,
        version: paidInPart.version,
        reason: 'wrong price',
      }),
      'conflict',
      'paid in part',
    );
    await expectAppError(
      invoicing.cancelInvoice(t.ctx, { actor: ap, id: invoice.id, version: paidInPart.version, reason: 'x' }),
      'conflict',
      'paid in part',
    );
    expect(await invoiceState(invoice.id)).toMatchObject({ status: 'approved_for_payment', paid: 500 });

    const next = await payments.proposePaymentRun(t.ctx, {
      actor: ap,
      input: { paymentDate: '2026-03-06', supplierId: supplier.id },
    });
    // 690.00 open; paid before the discount date, 2 % of it is still taken: 13.80.
    expect(lineOf(next, invoice.id)).toMatchObject({
      openAmount: '690',
      discountAmount: '13.8',
      amount: '676.2',
    });
  });

  it('cancelling a confirmed run needs a reason and gives its invoices back to the next run', async () => {
    const { supplier, order } = await receivedOrder();
    const invoice = await approvedInvoice(order.id, '10');
    let run = await payments.proposePaymentRun(t.ctx, {
      actor: ap,
      input: { paymentDate: '2026-03-05', supplierId: supplier.id },
    });
    run = await payments.confirmPaymentRun(t.ctx, { actor: finance, id: run.id, version: run.version });
    // Proposing runs (payments:write) is not enough to withdraw a confirmed one.
    const proposer: Actor = { ...ap, permissions: new Set(['payments:read', 'payments:write'] as const) };
    await expectAppError(
      payments.cancelPaymentRun(t.ctx, { actor: proposer, id: run.id, version: run.version, reason: 'x' }),
      'forbidden',
      'payments:approve',
    );
    await expectAppError(
      payments.cancelPaymentRun(t.ctx, { actor: finance, id: run.id, version: run.version }),
      'validation',
      'reason',
    );
    run = await payments.cancelPaymentRun(t.ctx, {
      actor: finance,
      id: run.id,
      version: run.version,
      reason: 'the bank rejected the file',
    });
    expect(run.status).toBe('cancelled');
    expect(run.payments.every((p) => p.status === 'cancelled')).toBe(true);
    // The supplier was told it will be paid, then that it will not.
    const mails = rowsOf<{ subject: string; body: string }>(
      await t.ctx.db.execute(sql`select subject, text_body as body from email_messages
        where to_address = ${supplier.contacts[0]!.email} order by created_at`),
    );
    const number = run.payments[0]!.number;
    const aboutPayment = mails.filter((m) => m.subject.startsWith(`Payment ${number}`));
    expect(aboutPayment.map((m) => m.subject).sort()).toEqual([
      `Payment ${number} withdrawn: 1166.2 EUR will not be paid on 2026-03-05`,
      `Payment ${number}: 1166.2 EUR on 2026-03-05`,
    ]);
    expect(aboutPayment.find((m) => m.subject.includes('withdrawn'))?.body).toContain(
      'stay open and will be paid in a later payment run',
    );
    expect(await invoiceState(invoice.id)).toMatchObject({ status: 'approved_for_payment', paid: 0 });
    await expectAppError(payments.creditTransferFile(t.ctx, { actor: finance, id: run.id }), 'conflict');
    const again = await payments.proposePaymentRun(t.ctx, {
      actor: ap,
      input: { paymentDate: '2026-03-05', supplierId: supplier.id },
    });
    expect(lineOf(again, invoice.id).amount).toBe('1166.2');
  });

  it('refuses to confirm a draft whose payment date has passed (422 on paymentDate, nothing scheduled)', async () => {
    const { supplier, order } = await receivedOrder();
    const invoice = await approvedInvoice(order.id, '10');
    const run = await payments.proposePaymentRun(t.ctx, {
      actor: ap,
      input: { paymentDate: '2026-03-03', dueBy: '2026-03-31', supplierId: supplier.id },
    });
    t.clock.set(new Date('2026-03-04T09:00:00Z'));
    try {
      await expectAppError(
        payments.confirmPaymentRun(t.ctx, { actor: finance, id: run.id, version: run.version }),
        'validation',
        'paymentDate',
      );
    } finally {
      t.clock.set(new Date('2026-03-02T09:00:00Z'));
    }
    expect(await invoiceState(invoice.id)).toMatchObject({ status: 'approved_for_payment' });
    await payments.cancelPaymentRun(t.ctx, { actor: ap, id: run.id, version: run.version });
  });

  it('refuses to confirm a supplier without a bank account, or without an account to pay from (422, nothing scheduled)', async () => {
    const { supplier, order } = await receivedOrder({ bank: false });
    const invoice = await approvedInvoice(order.id, '10');
    const run = await payments.proposePaymentRun(t.ctx, {
      actor: ap,
      input: { paymentDate: '2026-03-05', supplierId: supplier.id },
    });
    expect(run.suppliers[0]!.problems[0]).toContain('no bank account');
    await expectAppError(
      payments.confirmPaymentRun(t.ctx, { actor: finance, id: run.id, version: run.version }),
      'validation',
      'no bank account',
    );
    expect(await invoiceState(invoice.id)).toMatchObject({ status: 'approved_for_payment' });

    await setPaymentAccount(null);
    try {
      await expectAppError(
        payments.confirmPaymentRun(t.ctx, { actor: finance, id: run.id, version: run.version }),
        'validation',
        'paymentAccount',
      );
    } finally {
      await setPaymentAccount({
        accountName: 'Acme Procurement GmbH',
        iban: 'DE02120300000000202051',
        bic: 'BYLADEM1001',
      });
    }
  });

  it('checks the paying account on entry: IBAN check digits and BIC', async () => {
    const err = await expectAppError(
      setPaymentAccount({ accountName: 'Acme', iban: 'DE02 1203 0000 0000 2020 52', bic: 'NOTABIC' }),
      'validation',
    );
    expect(JSON.stringify(err.errors)).toContain('paymentAccount.iban');
    expect(JSON.stringify(err.errors)).toContain('check digits');
    expect(JSON.stringify(err.errors)).toContain('paymentAccount.bic');
    expect((await organisation.getSettings(t.ctx)).paymentAccount?.iban).toBe('DE02120300000000202051');
  });

  it('reports discounts taken, missed and still open, with what each was worth', async () => {
    const { supplier, order } = await receivedOrder();
    // Issued 2026-02-01: its discount ended 2026-02-11, before today (2026-03-02): missed.
    const missed = await approvedInvoice(order.id, '3', { issueDate: '2026-02-01' });
    // Issued 2026-03-01: discount until 2026-03-11, not paid yet: open; then taken by a run.
    const taken = await approvedInvoice(order.id, '5');
    const open = await approvedInvoice(order.id, '2');
    let run = await payments.proposePaymentRun(t.ctx, {
      actor: ap,
      input: { paymentDate: '2026-03-05', supplierId: supplier.id },
    });
    run = await payments.revisePaymentRun(t.ctx, {
      actor: ap,
      id: run.id,
      version: run.version,
      lines: run.lines
        .filter((l) => l.invoiceId !== taken.id)
        .map((l) => ({ lineNo: l.lineNo, remove: true })),
    });
    run = await payments.confirmPaymentRun(t.ctx, { actor: finance, id: run.id, version: run.version });
    await payments.markPaymentRunPaid(t.ctx, { actor: finance, id: run.id, version: run.version });

    const report = await reporting.paymentDiscountsReport(t.ctx, { from: '2026-02-01', to: '2026-03-31' });
    const row = (id: string) => report.rows.find((r) => r.invoiceId === id);
    // 3 × 119.00 = 357.00, 2 % = 7.14; 5 × 119.00 = 595.00, 2 % = 11.90; 2 × 119.00 = 238.00, 2 % = 4.76.
    expect(row(missed.id)).toMatchObject({
      outcome: 'missed',
      available: '7.14',
      missed: '7.14',
      taken: '0',
    });
    expect(row(taken.id)).toMatchObject({
      outcome: 'taken',
      available: '11.9',
      taken: '11.9',
      missed: '0',
      // At the invoice's rate, 1.10.
      takenBase: '13.09',
    });
    expect(row(open.id)).toMatchObject({ outcome: 'open', available: '4.76', taken: '0', missed: '0' });
    expect(report.counts.taken).toBeGreaterThanOrEqual(1);
    await expectAppError(
      reporting.paymentDiscountsReport(t.ctx, { from: '2026-03-31', to: '2026-02-01' }),
      'validation',
      'must be on or after from',
    );
  });
});

describe('the statements of a confirmation', () => {
  it('do not grow with the invoices or suppliers it pays', async () => {
    const counting = countingCtx(t);
    /** Confirms a run of invoices of these quantities for each of `suppliers` new suppliers; its statements. */
    const measure = async (suppliers: number, quantities: string[]) => {
      const ours = new Set<string>();
      for (let s = 0; s < suppliers; s++) {
        const { supplier, order } = await receivedOrder();
        ours.add(supplier.id);
        // Each its own amount: the same amount again would be held as a likely duplicate.
        for (const quantity of quantities) await approvedInvoice(order.id, quantity);
      }
      let run = await payments.proposePaymentRun(t.ctx, { actor: ap, input: { paymentDate: '2026-03-05' } });
      const others = run.lines.filter((l) => !ours.has(l.supplierId));
      if (others.length > 0) {
        run = await payments.revisePaymentRun(t.ctx, {
          actor: ap,
          id: run.id,
          version: run.version,
          lines: others.map((l) => ({ lineNo: l.lineNo, remove: true })),
        });
      }
      expect(run.lines.filter((l) => l.status === 'proposed')).toHaveLength(suppliers * quantities.length);
      counting.reset();
      const confirmed = await payments.confirmPaymentRun(counting.ctx, {
        actor: finance,
        id: run.id,
        version: run.version,
      });
      expect(confirmed.payments).toHaveLength(suppliers);
      return counting.count();
    };
    const one = await measure(1, ['10']);
    const many = await measure(3, ['1', '2', '3', '4']);
    expect(many).toBe(one);
    // The run locked, the paying account, its lines, the invoices locked, the suppliers' accounts,
    // settings, base currency and rate, the payments and the lines assigned, the invoices
    // scheduled (one statement), their events and audit entries (one insert each), the run written
    // and read back: 19.
    expect(one).toBeLessThanOrEqual(20);
  });
});

describe('the exchange differences report', () => {
  it('values an invoice at its order’s rate and its own, and a payment against what its invoices were booked at', async () => {
    // The fixture's orders are dated 1 December: valued at the latest rate by then, 1.15 (from
    // 1 April); invoiced on 6 March at 1.12; paid on 1 April at 1.15.
    await organisation.createExchangeRate(t.ctx, {
      actor: admin,
      input: { currency: 'EUR', rate: '1.15', validOn: '2026-04-01' },
    });
    const { supplier, order } = await receivedOrder({ discount: false });
    t.clock.set(new Date('2026-03-06T09:00:00Z'));
    try {
      const invoice = await approvedInvoice(order.id, '10', { issueDate: '2026-03-06' });
      let run = await payments.proposePaymentRun(t.ctx, {
        actor: ap,
        input: { paymentDate: '2026-04-01', dueBy: '2026-04-30', supplierId: supplier.id },
      });
      run = await payments.confirmPaymentRun(t.ctx, { actor: finance, id: run.id, version: run.version });
      const payment = run.payments[0]!;

      const report = await reporting.exchangeDifferencesReport(t.ctx, {
        from: '2026-03-06',
        to: '2026-04-01',
      });
      expect(report.baseCurrency).toBe('USD');
      // 1,190.00 EUR: 1,368.50 USD at the order's 1.15, 1,332.80 at the invoice's 1.12: −35.70.
      expect(report.invoices.find((r) => r.invoiceId === invoice.id)).toMatchObject({
        purchaseOrderNumber: order.number,
        amount: '1190',
        orderRate: '1.15',
        orderRateDate: '2026-04-01',
        invoiceRate: '1.12',
        baseAtOrderRate: '1368.5',
        baseAtInvoiceRate: '1332.8',
        difference: '-35.7',
      });
      // Paid at 1.15: 1,368.50 USD against 1,332.80 booked: +35.70.
      expect(report.payments.find((r) => r.paymentId === payment.id)).toMatchObject({
        paymentRunNumber: run.number,
        paymentDate: '2026-04-01',
        status: 'scheduled',
        amount: '1190',
        rate: '1.15',
        amountBase: '1368.5',
        bookedBase: '1332.8',
        difference: '35.7',
      });
      // The totals are the rows' sums.
      const sum = (values: string[]) => values.reduce((a, v) => a + Math.round(Number(v) * 100), 0) / 100;
      expect(Number(report.invoiceDifference)).toBe(sum(report.invoices.map((r) => r.difference)));
      expect(Number(report.paymentDifference)).toBe(sum(report.payments.map((r) => r.difference)));
      // A period before it lists neither.
      const before = await reporting.exchangeDifferencesReport(t.ctx, {
        from: '2026-01-01',
        to: '2026-03-05',
      });
      expect(before.invoices.some((r) => r.invoiceId === invoice.id)).toBe(false);
      expect(before.payments.some((r) => r.paymentId === payment.id)).toBe(false);
      await expectAppError(
        reporting.exchangeDifferencesReport(t.ctx, { from: '2026-04-01', to: '2026-03-06' }),
        'validation',
        'must be on or after from',
      );
    } finally {
      t.clock.set(new Date('2026-03-02T09:00:00Z'));
    }
  });
});
