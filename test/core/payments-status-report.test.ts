import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as invoicing from '../../src/core/invoicing';
import * as organisation from '../../src/core/organisation';
import * as payments from '../../src/core/payments';
import { planStatusReport, reasonText } from '../../src/core/payments/status-report';
import * as receiving from '../../src/core/receiving';
import type { Actor } from '../../src/core/shared/actor';
import { AppError } from '../../src/core/shared/errors';
import { rowsOf } from '../../src/core/shared/sql';
import { readPain002 } from '../../src/documents/pain002';
import { actorFor } from '../../src/seed/purchase-order-factories';
import { createTestApp, type TestApp } from '../helpers/app';
import { pain002 } from '../helpers/pain002';
import { portalFixture } from '../helpers/portal';
import { seedSupplier, seedUser } from '../helpers/seed';

/**
 * The bank's payment status report (pain.002) on the database itself (PGlite, or PostgreSQL with
 * TEST_DATABASE_URL): accepted payments paid as marking the run paid pays them, a rejected one
 * with its reason and its invoices back for the next run, pending ones waiting, the same report
 * twice changing nothing, and every wrong report a 422 (or 409) with nothing applied. Amounts: an
 * order of 10 at 100.00 EUR with 19 % tax is 1,190.00, paid on 2026-03-05 within the 2 % discount
 * (23.80): 1,166.20.
 */
let t: TestApp;
let f: Awaited<ReturnType<typeof portalFixture>>;
let ap: Actor;
let finance: Actor;
let receiver: Actor;
let admin: Actor;
let auditor: Actor;

beforeAll(async () => {
  t = await createTestApp();
  f = await portalFixture(t);
  ap = actorFor(await seedUser(t.ctx, { roles: ['accounts_payable'] }));
  finance = actorFor(await seedUser(t.ctx, { roles: ['finance'] }));
  receiver = actorFor(await seedUser(t.ctx, { roles: ['receiver'] }));
  admin = actorFor(await seedUser(t.ctx, { roles: ['admin'] }));
  auditor = actorFor(await seedUser(t.ctx, { roles: ['auditor'] }));
  await organisation.createExchangeRate(t.ctx, {
    actor: admin,
    input: { currency: 'EUR', rate: '1.10', validOn: '2026-01-01' },
  });
  const settings = await organisation.getSettings(t.ctx);
  await organisation.updateSettings(t.ctx, {
    actor: admin,
    version: settings.version,
    input: {
      paymentAccount: {
        accountName: 'Acme Procurement GmbH',
        iban: 'DE02 1203 0000 0000 2020 51',
        bic: 'BYLADEM1001',
      },
    },
  });
}, 60_000);
afterAll(async () => {
  await t.close();
});

/** A supplier paid by SEPA (EUR, an IBAN, 2 % in 10 days net 30), an order of 10 at 100.00 received in full. */
async function receivedOrder() {
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
  const order = await f.sentOrder(supplier.id, [
    { itemId: f.itemId, quantity: '10', unitPrice: '100.00', neededBy: '2027-01-15' },
  ]);
  await receiving.createReceipt(t.ctx, {
    actor: receiver,
    input: { purchaseOrderId: order.id, lines: [{ lineNo: 1, quantity: '10' }] },
  });
  return { supplier, order };
}

async function approvedInvoice(orderId: string) {
  const invoice = await invoicing.createInvoice(t.ctx, {
    actor: ap,
    source: 'form',
    input: {
      purchaseOrderId: orderId,
      supplierInvoiceNumber: `SI-${Math.random().toString(36).slice(2, 10)}`,
      issueDate: '2026-03-01',
      lines: [{ orderLineNo: 1, quantity: '10', unitPrice: '100.00' }],
    },
  });
  return invoicing.approveInvoice(t.ctx, { actor: finance, id: invoice.id, version: invoice.version });
}

/** A confirmed run of `count` suppliers' invoices (one SEPA payment each), proposed by AP, confirmed by finance. */
async function confirmedRun(count: number) {
  const made = [];
  for (let i = 0; i < count; i++) {
    const { supplier, order } = await receivedOrder();
    made.push({ supplier, invoice: await approvedInvoice(order.id) });
  }
  let run = await payments.proposePaymentRun(t.ctx, { actor: ap, input: { paymentDate: '2026-03-05' } });
  const ours = new Set(made.map((m) => m.supplier.id));
  const others = run.lines.filter((l) => !ours.has(l.supplierId));
  if (others.length > 0) {
    run = await payments.revisePaymentRun(t.ctx, {
      actor: ap,
      id: run.id,
      version: run.version,
      lines: others.map((l) => ({ lineNo: l.lineNo, remove: true })),
    });
  }
  run = await payments.confirmPaymentRun(t.ctx, { actor: finance, id: run.id, version: run.version });
  expect(run.payments).toHaveLength(count);
  const paymentOf = (supplierId: string) => run.payments.find((p) => p.supplierId === supplierId)!;
  return { run, made: made.map((m) => ({ ...m, payment: paymentOf(m.supplier.id) })) };
}

async function invoiceState(id: string) {
  const [row] = rowsOf<{ status: string; paid: string }>(
    await t.ctx.db.execute(sql`select status, amount_paid::text as paid from invoices where id = ${id}`),
  );
  return { status: row!.status, paid: Number(row!.paid) };
}

async function eventsOf(subjectId: string) {
  return rowsOf<{ type: string; payload: Record<string, unknown> }>(
    await t.ctx.db.execute(
      sql`select type, payload from events where subject_id = ${subjectId} order by seq`,
    ),
  );
}

const importReport = (actor: Actor, run: { id: string; version: number }, xml: string) =>
  payments.importPaymentStatusReport(t.ctx, {
    actor,
    id: run.id,
    version: run.version,
    body: Buffer.from(xml),
  });

async function expectAppError(work: Promise<unknown>, code: string, text?: string): Promise<AppError> {
  const err = await work.then(
    () => null,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(AppError);
  expect((err as AppError).code).toBe(code);
  if (text) {
    expect(
      JSON.stringify([(err as AppError).message, (err as AppError).errors, (err as AppError).meta]),
    ).toContain(text);
  }
  return err as AppError;
}

describe('importing a bank status report', () => {
  it('every payment accepted (ACSC for one, ACSP for the other): the run and its invoices are paid, with payment.paid events and an audit entry', async () => {
    const { run, made } = await confirmedRun(2);
    const [a, b] = made as [(typeof made)[number], (typeof made)[number]];
    const result = await importReport(
      finance,
      run,
      pain002({
        originalMessageId: run.number,
        groupStatus: 'ACSC',
        blocks: [
          {
            transactions: [
              { endToEndId: a.payment.number, status: 'ACSC' },
              { endToEndId: b.payment.number, status: 'ACSP' },
            ],
          },
        ],
      }),
    );
    expect(result.counts).toEqual({ paid: 2, rejected: 0, pending: 0, unchanged: 0 });
    expect(result.report).toEqual({
      version: 'pain.002.001.10',
      messageId: 'STS-20260305-0001',
      originalMessageId: run.number,
    });
    expect(result.run).toMatchObject({ status: 'paid', version: run.version + 1 });
    expect(result.run.paidAt).not.toBeNull();
    expect(result.run.payments.map((p) => p.status)).toEqual(['paid', 'paid']);
    for (const m of made) {
      expect(await invoiceState(m.invoice.id)).toEqual({ status: 'paid', paid: 1166.2 });
      expect((await eventsOf(m.invoice.id)).map((e) => e.type)).toContain('invoice.paid');
    }
    const paidEvents = await eventsOf(a.payment.id);
    expect(paidEvents).toEqual([
      expect.objectContaining({
        type: 'payment.paid',
        payload: expect.objectContaining({
          number: a.payment.number,
          status: 'paid',
          previousStatus: 'scheduled',
          paymentRunNumber: run.number,
          amount: '1166.2',
          bankStatus: 'ACSC',
          statusReport: 'STS-20260305-0001',
        }),
      }),
    ]);
    expect((await eventsOf(run.id)).at(-1)).toMatchObject({ type: 'payment_run.paid' });
    const [audit] = rowsOf<{ action: string; changes: Record<string, { after: unknown }> }>(
      await t.ctx.db.execute(
        sql`select action, changes from audit_log where entity_id = ${run.id} order by seq desc limit 1`,
      ),
    );
    expect(audit?.action).toBe('pay');
    expect(JSON.stringify(audit?.changes)).toContain(`${a.payment.number}: paid (ACSC)`);
  });

  it('one rejected (AC04), one settled: the rejected payment keeps the reason, its invoice is approved again and proposed by the next run, AP is told; the run is paid', async () => {
    const { run, made } = await confirmedRun(2);
    const [a, b] = made as [(typeof made)[number], (typeof made)[number]];
    const result = await importReport(
      ap,
      run,
      pain002({
        originalMessageId: run.number,
        groupStatus: 'PART',
        blocks: [
          {
            transactions: [
              { endToEndId: a.payment.number, status: 'ACSC' },
              {
                endToEndId: b.payment.number,
                status: 'RJCT',
                reasons: [{ code: 'AC04', info: ['Konto erloschen'] }],
              },
            ],
          },
        ],
      }),
    );
    expect(result.counts).toEqual({ paid: 1, rejected: 1, pending: 0, unchanged: 0 });
    expect(result.payments).toContainEqual(
      expect.objectContaining({
        number: b.payment.number,
        bankStatus: 'RJCT',
        outcome: 'rejected',
        reason: 'AC04 closed account number: Konto erloschen',
      }),
    );
    // Settled as a whole: paid, with the rejected payment visible in it.
    expect(result.run.status).toBe('paid');
    const rejected = result.run.payments.find((p) => p.id === b.payment.id)!;
    expect(rejected).toMatchObject({
      status: 'rejected',
      rejectedReason: 'AC04 closed account number: Konto erloschen',
      paidAt: null,
    });
    expect(result.run.lines.find((l) => l.invoiceId === b.invoice.id)?.status).toBe('rejected');
    expect(await invoiceState(a.invoice.id)).toEqual({ status: 'paid', paid: 1166.2 });
    expect(await invoiceState(b.invoice.id)).toEqual({ status: 'approved_for_payment', paid: 0 });
    const invoiceEvents = await eventsOf(b.invoice.id);
    expect(invoiceEvents.at(-1)).toMatchObject({
      type: 'invoice.unscheduled',
      payload: expect.objectContaining({ reason: expect.stringContaining('AC04') }),
    });
    expect((await eventsOf(b.payment.id)).map((e) => e.type)).toEqual(['payment.rejected']);

    // AP who proposed and finance who confirmed are told, in the app and by e-mail.
    const told = rowsOf<{ user_id: string; title: string; body: string }>(
      await t.ctx.db.execute(
        sql`select user_id, title, body from notifications where kind = 'payment_rejected' and document_id = ${run.id}`,
      ),
    );
    expect(told.map((n) => n.user_id).sort()).toEqual([ap.userId, finance.userId].sort());
    expect(told[0]?.title).toBe(`The bank rejected payment ${b.payment.number}`);
    expect(told[0]?.body).toContain('AC04 closed account number: Konto erloschen');

    // The next run proposes the rejected invoice again.
    const next = await payments.proposePaymentRun(t.ctx, {
      actor: ap,
      input: { paymentDate: '2026-03-05', supplierId: b.supplier.id },
    });
    expect(next.lines.map((l) => l.invoiceId)).toContain(b.invoice.id);
    await payments.cancelPaymentRun(t.ctx, { actor: ap, id: next.id, version: next.version });
  });

  it('pending (PDNG, ACCP) changes nothing; a later report settles part, then the rest', async () => {
    const { run, made } = await confirmedRun(2);
    const [a, b] = made as [(typeof made)[number], (typeof made)[number]];
    const pending = await importReport(
      finance,
      run,
      pain002({
        originalMessageId: run.number,
        groupStatus: 'ACCP',
        blocks: [{ transactions: [{ endToEndId: a.payment.number, status: 'PDNG' }] }],
      }),
    );
    expect(pending.counts).toEqual({ paid: 0, rejected: 0, pending: 1, unchanged: 0 });
    expect(pending.run).toMatchObject({ status: 'confirmed', version: run.version });
    expect(await invoiceState(a.invoice.id)).toMatchObject({ status: 'scheduled' });

    // A group status alone (no transaction named) speaks for every payment of the file.
    const accepted = await importReport(
      finance,
      run,
      pain002({ messageId: 'STS-2', originalMessageId: run.number, groupStatus: 'ACTC' }),
    );
    expect(accepted.counts).toEqual({ paid: 0, rejected: 0, pending: 2, unchanged: 0 });
    expect(accepted.run.version).toBe(run.version);

    const part = await importReport(
      finance,
      run,
      pain002({
        messageId: 'STS-3',
        originalMessageId: run.number,
        blocks: [{ transactions: [{ endToEndId: a.payment.number, status: 'ACSC' }] }],
      }),
    );
    expect(part.counts).toEqual({ paid: 1, rejected: 0, pending: 0, unchanged: 0 });
    expect(part.run).toMatchObject({ status: 'confirmed', version: run.version + 1 });
    expect((await eventsOf(run.id)).at(-1)).toMatchObject({ type: 'payment_run.reported' });
    expect(await invoiceState(a.invoice.id)).toMatchObject({ status: 'paid' });
    expect(await invoiceState(b.invoice.id)).toMatchObject({ status: 'scheduled' });

    const rest = await importReport(
      finance,
      part.run,
      pain002({
        messageId: 'STS-4',
        originalMessageId: run.number,
        blocks: [
          {
            transactions: [
              { endToEndId: a.payment.number, status: 'ACSC' },
              { endToEndId: b.payment.number, status: 'ACWC' },
            ],
          },
        ],
      }),
    );
    expect(rest.counts).toEqual({ paid: 1, rejected: 0, pending: 0, unchanged: 1 });
    expect(rest.run.status).toBe('paid');
    expect(await invoiceState(b.invoice.id)).toMatchObject({ status: 'paid' });
  });

  it('the same report twice: the second changes nothing (same version, no events) and says so', async () => {
    const { run, made } = await confirmedRun(1);
    const xml = pain002({
      version: '03',
      prefix: 'ns2',
      originalMessageId: run.number,
      blocks: [{ transactions: [{ endToEndId: made[0]!.payment.number, status: 'ACSC' }] }],
    });
    const first = await importReport(finance, run, xml);
    expect(first.report.version).toBe('pain.002.001.03');
    expect(first.counts.paid).toBe(1);
    expect(first.run.status).toBe('paid');
    const eventsBefore = (await eventsOf(made[0]!.payment.id)).length;
    const second = await importReport(finance, first.run, xml);
    expect(second.counts).toEqual({ paid: 0, rejected: 0, pending: 0, unchanged: 1 });
    expect(second.run.version).toBe(first.run.version);
    expect(await eventsOf(made[0]!.payment.id)).toHaveLength(eventsBefore);
    expect(await invoiceState(made[0]!.invoice.id)).toEqual({ status: 'paid', paid: 1166.2 });
    // A report contradicting it afterwards is a 409, nothing applied.
    await expectAppError(
      importReport(
        finance,
        first.run,
        pain002({
          originalMessageId: run.number,
          blocks: [{ transactions: [{ endToEndId: made[0]!.payment.number, status: 'RJCT' }] }],
        }),
      ),
      'conflict',
      `${made[0]!.payment.number} is paid, but the report says RJCT`,
    );
  });

  it('a group-level RJCT without transactions rejects every payment: the run is cancelled, its invoices approved again, and the report again is a no-op', async () => {
    const { run, made } = await confirmedRun(2);
    const xml = pain002({
      originalMessageId: run.number,
      groupStatus: 'RJCT',
      groupReasons: [{ code: 'FF01', info: ['Datei ungültig'] }],
    });
    const result = await importReport(finance, run, xml);
    expect(result.counts).toEqual({ paid: 0, rejected: 2, pending: 0, unchanged: 0 });
    expect(result.run).toMatchObject({
      status: 'cancelled',
      cancelReason: 'The bank rejected every payment (status report STS-20260305-0001).',
    });
    expect(result.run.payments.map((p) => [p.status, p.rejectedReason])).toEqual([
      ['rejected', 'FF01 invalid file format: Datei ungültig'],
      ['rejected', 'FF01 invalid file format: Datei ungültig'],
    ]);
    for (const m of made)
      expect(await invoiceState(m.invoice.id)).toEqual({ status: 'approved_for_payment', paid: 0 });
    const again = await importReport(finance, result.run, xml);
    expect(again.counts).toEqual({ paid: 0, rejected: 0, pending: 0, unchanged: 2 });
    expect(again.run.version).toBe(result.run.version);
  });

  it('a report for another file, naming unknown payments, unreadable or another message: 422 naming the problem, nothing changed', async () => {
    const { run, made } = await confirmedRun(1);
    const number = made[0]!.payment.number;
    const wrongRun = await expectAppError(
      importReport(
        finance,
        run,
        pain002({
          originalMessageId: 'PAY-2026-99999',
          blocks: [{ transactions: [{ endToEndId: number, status: 'ACSC' }] }],
        }),
      ),
      'validation',
      'OrgnlGrpInfAndSts/OrgnlMsgId',
    );
    expect(wrongRun.message).toContain(`not for ${run.number}`);
    const unknown = await expectAppError(
      importReport(
        finance,
        run,
        pain002({
          originalMessageId: run.number,
          blocks: [
            {
              transactions: [
                { endToEndId: number, status: 'ACSC' },
                { endToEndId: 'PAY-2026-99999-001', status: 'ACSC' },
                { endToEndId: 'SOMETHING-ELSE', status: 'RJCT' },
              ],
            },
          ],
        }),
      ),
      'validation',
    );
    expect(unknown.message).toContain('PAY-2026-99999-001, SOMETHING-ELSE');
    expect(unknown.errors?.map((e) => e.path)).toEqual([
      '/Document/CstmrPmtStsRpt/OrgnlPmtInfAndSts/TxInfAndSts[2]/OrgnlEndToEndId',
      '/Document/CstmrPmtStsRpt/OrgnlPmtInfAndSts/TxInfAndSts[3]/OrgnlEndToEndId',
    ]);
    await expectAppError(importReport(finance, run, 'this is not XML'), 'validation', 'not well-formed XML');
    await expectAppError(importReport(finance, run, '<Document><CstmrPmtStsRpt/>'), 'validation');
    await expectAppError(
      importReport(
        finance,
        run,
        '<?xml version="1.0"?><Document xmlns="urn:iso:std:iso:20022:tech:xsd:pain.001.001.09"><CstmrCdtTrfInitn/></Document>',
      ),
      'validation',
      'not a pain.002.001.10 or pain.002.001.03 Document',
    );
    await expectAppError(
      importReport(
        finance,
        run,
        pain002({
          originalMessageId: run.number,
          blocks: [{ transactions: [{ endToEndId: number, status: 'XXXX' }] }],
        }),
      ),
      'validation',
      'is XXXX, not a payment status OpenPO knows',
    );
    await expectAppError(
      importReport(
        finance,
        run,
        pain002({ originalMessageId: run.number, blocks: [{ transactions: [{ endToEndId: number }] }] }),
      ),
      'validation',
      'TxInfAndSts/TxSts',
    );
    const after = await payments.getPaymentRun(t.ctx, { actor: finance, id: run.id });
    expect(after).toMatchObject({ status: 'confirmed', version: run.version });
    expect(after.payments[0]?.status).toBe('scheduled');
    expect(await invoiceState(made[0]!.invoice.id)).toMatchObject({ status: 'scheduled' });
  });

  it('a draft or a run a person cancelled: 409; a stale version 412; without payments:approve 403; unknown 404', async () => {
    const { supplier, order } = await receivedOrder();
    await approvedInvoice(order.id);
    const draft = await payments.proposePaymentRun(t.ctx, {
      actor: ap,
      input: { paymentDate: '2026-03-05', supplierId: supplier.id },
    });
    const xml = pain002({ originalMessageId: draft.number, groupStatus: 'ACSC' });
    await expectAppError(importReport(finance, draft, xml), 'conflict', 'draft');
    const cancelled = await payments.cancelPaymentRun(t.ctx, {
      actor: ap,
      id: draft.id,
      version: draft.version,
    });
    await expectAppError(importReport(finance, cancelled, xml), 'conflict', 'cancelled');

    const { run } = await confirmedRun(1);
    const report = pain002({ originalMessageId: run.number, groupStatus: 'ACSC' });
    await expectAppError(
      importReport(finance, { id: run.id, version: run.version - 1 }, report),
      'precondition_failed',
    );
    await expectAppError(importReport(receiver, run, report), 'forbidden');
    await expectAppError(importReport(auditor, run, report), 'forbidden');
    await expectAppError(
      importReport(finance, { id: '01900000-0000-7000-8000-000000000000', version: 1 }, report),
      'not_found',
    );
    expect((await payments.getPaymentRun(t.ctx, { actor: finance, id: run.id })).status).toBe('confirmed');
  });
});

describe('the payments list', () => {
  it('lists payments across runs, newest first, filtered by supplier, status, currency and payment date', async () => {
    const { run, made } = await confirmedRun(2);
    const [a, b] = made as [(typeof made)[number], (typeof made)[number]];
    await importReport(
      finance,
      run,
      pain002({
        originalMessageId: run.number,
        blocks: [
          {
            transactions: [
              { endToEndId: a.payment.number, status: 'ACSC' },
              { endToEndId: b.payment.number, status: 'RJCT', reasons: [{ code: 'AC01' }] },
            ],
          },
        ],
      }),
    );
    const all = await payments.listPayments(t.ctx, { actor: auditor, filter: {}, limit: 500 });
    const numbers = all.items.map((p) => p.number);
    expect(numbers.indexOf(b.payment.number)).toBeLessThan(numbers.indexOf(a.payment.number));
    const ofB = await payments.listPayments(t.ctx, {
      actor: ap,
      filter: { supplierId: b.supplier.id },
      limit: 10,
    });
    expect(ofB.items).toEqual([
      expect.objectContaining({
        number: b.payment.number,
        paymentRunId: run.id,
        paymentRunNumber: run.number,
        paymentDate: '2026-03-05',
        supplierName: 'Nordlicht Antriebe GmbH',
        status: 'rejected',
        rejectedReason: 'AC01 incorrect account number',
        amount: '1166.2',
        discountAmount: '23.8',
        currency: 'EUR',
      }),
    ]);
    const rejected = await payments.listPayments(t.ctx, {
      actor: ap,
      filter: { status: ['rejected'] },
      limit: 500,
    });
    expect(rejected.items.every((p) => p.status === 'rejected')).toBe(true);
    expect(rejected.items.map((p) => p.number)).toContain(b.payment.number);
    expect(
      (await payments.listPayments(t.ctx, { actor: ap, filter: { currency: 'USD' }, limit: 500 })).items.map(
        (p) => p.number,
      ),
    ).not.toContain(a.payment.number);
    expect(
      (
        await payments.listPayments(t.ctx, {
          actor: ap,
          filter: { paymentDateFrom: '2026-03-06', supplierId: a.supplier.id },
          limit: 10,
        })
      ).items,
    ).toEqual([]);
    expect(
      (
        await payments.listPayments(t.ctx, {
          actor: ap,
          filter: { paymentDateFrom: '2026-03-05', paymentDateTo: '2026-03-05', supplierId: a.supplier.id },
          limit: 10,
        })
      ).items.map((p) => p.number),
    ).toEqual([a.payment.number]);
    // Pages: one at a time, in the same order, each once.
    const paged: string[] = [];
    let cursor: string | undefined;
    do {
      const page = await payments.listPayments(t.ctx, { actor: ap, filter: {}, limit: 1, cursor });
      paged.push(...page.items.map((p) => p.number));
      cursor = page.nextCursor ?? undefined;
    } while (cursor);
    expect(paged).toEqual(numbers);
    // Without payments:read, nothing.
    expect((await payments.listPayments(t.ctx, { actor: receiver, filter: {}, limit: 10 })).items).toEqual(
      [],
    );
  });
});

describe('reading a status report (pure)', () => {
  const payments = [
    {
      id: 'a',
      number: 'PAY-2026-00009-001',
      status: 'scheduled' as const,
      method: 'sepa_credit_transfer' as const,
    },
    { id: 'b', number: 'PAY-2026-00009-002', status: 'scheduled' as const, method: 'bank_transfer' as const },
  ];
  const plan = (xml: string) => planStatusReport(readPain002(xml), payments, 'PAY-2026-00009');

  it('says the reasons in words: codes named, texts kept, a proprietary code as given, none said', () => {
    expect(
      reasonText([
        { code: 'AM04', proprietary: null, info: ['Deckung fehlt'] },
        { code: null, proprietary: 'X99', info: [] },
        { code: 'ZZ99', proprietary: null, info: ['a', 'b'] },
      ]),
    ).toBe('AM04 insufficient funds: Deckung fehlt; X99; ZZ99: a b');
    expect(reasonText([])).toBe('the bank gave no reason');
  });

  it('takes a payment’s final word over a pending one, refuses two final words that disagree, and leaves the bank CSV’s payments out of a group status', () => {
    const later = plan(
      pain002({
        originalMessageId: 'PAY-2026-00009',
        blocks: [
          {
            transactions: [
              { endToEndId: 'PAY-2026-00009-001', status: 'PDNG' },
              { endToEndId: 'PAY-2026-00009-001', status: 'ACSC' },
            ],
          },
        ],
      }),
    );
    expect(later.outcomes).toEqual([
      expect.objectContaining({ paymentId: 'a', outcome: 'paid', bankStatus: 'ACSC' }),
    ]);
    const clash = plan(
      pain002({
        originalMessageId: 'PAY-2026-00009',
        blocks: [
          {
            transactions: [
              { endToEndId: 'PAY-2026-00009-001', status: 'ACSC' },
              { endToEndId: 'PAY-2026-00009-001', status: 'RJCT' },
            ],
          },
        ],
      }),
    );
    expect(clash.problems[0]?.message).toContain('reports PAY-2026-00009-001 as RJCT');
    const group = plan(pain002({ originalMessageId: 'PAY-2026-00009', groupStatus: 'RJCT' }));
    expect(group.outcomes.map((o) => [o.paymentId, o.outcome])).toEqual([['a', 'rejected']]);
  });
});
