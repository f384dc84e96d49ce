import { and, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as approvals from '../../src/core/approvals';
import { sendPurchaseOrder } from '../../src/core/dispatch';
import * as invoicing from '../../src/core/invoicing';
import * as organisation from '../../src/core/organisation';
import * as payments from '../../src/core/payments';
import * as receiving from '../../src/core/receiving';
import type { Actor } from '../../src/core/shared/actor';
import { AppError } from '../../src/core/shared/errors';
import { rowsOf } from '../../src/core/shared/sql';
import { auditLog, documentApprovalSteps } from '../../src/db/schema';
import { actorFor, seedPurchaseOrder } from '../../src/seed/purchase-order-factories';
import { createTestApp, relayNow, type TestApp } from '../helpers/app';
import { portalFixture } from '../helpers/portal';
import { seedUser } from '../helpers/seed';

/**
 * Accepting an invoice's variances under the `invoice_variance` approval policy, on the database
 * itself (PGlite, or PostgreSQL with TEST_DATABASE_URL): below the policy's lowest threshold the
 * variances are accepted at once; at or above it the acceptance waits for its route (the invoice
 * stays an exception and is never proposed for payment), the last approval accepts them exactly as
 * a direct accept does, a rejection leaves the exception with its reason, the order's buyer and
 * whoever asked never decide, and approvers racing on the last step make one acceptance.
 *
 * Amounts by hand (USD is the base currency): an order of 10 at 20.00, price tolerance 2 %,
 * quantity 5 %, all 10 received. 10 billed at 20.50 is a price variance worth 0.50 × 10 = 5.00;
 * 12 at 20.50 adds a quantity variance of 2 × 20.50 = 41.00, 46.00 in all; 10 at 120.00 is worth
 * 100.00 × 10 = 1,000.00.
 */
let t: TestApp;
let f: Awaited<ReturnType<typeof portalFixture>>;
let ap: Actor;
let finance: Actor;
let finance2: Actor;
let controller: Actor;
let receiver: Actor;
let admin: Actor;

beforeAll(async () => {
  t = await createTestApp();
  f = await portalFixture(t);
  ap = actorFor(await seedUser(t.ctx, { roles: ['accounts_payable'] }));
  finance = actorFor(await seedUser(t.ctx, { roles: ['finance'] }));
  finance2 = actorFor(await seedUser(t.ctx, { roles: ['finance'] }));
  controller = actorFor(await seedUser(t.ctx, { roles: ['finance'], name: 'Carla Controller' }));
  receiver = actorFor(await seedUser(t.ctx, { roles: ['receiver'] }));
  admin = actorFor(await seedUser(t.ctx, { roles: ['admin'] }));
  await approvals.createApprovalPolicy(t.ctx, {
    actor: admin,
    input: {
      documentType: 'invoice_variance',
      name: 'Invoice variances',
      enabled: true,
      steps: [
        {
          level: 1,
          name: 'Finance',
          condition: { amountAtLeast: '40' },
          approvers: { roles: ['finance'], userIds: [], departmentHead: false, costCentreOwner: false },
          mode: 'any',
          reminderHours: null,
          escalationHours: null,
          fallbackUserId: null,
        },
        {
          level: 2,
          name: 'Controller',
          condition: { amountAtLeast: '1000' },
          approvers: {
            roles: [],
            userIds: [controller.userId!],
            departmentHead: false,
            costCentreOwner: false,
          },
          mode: 'any',
          reminderHours: null,
          escalationHours: null,
          fallbackUserId: null,
        },
      ],
    },
  });
}, 60_000);
afterAll(async () => {
  await t.close();
});

/** An order of 10 at 20.00 (price tolerance 2 %, quantity 5 %) bought by `buyer`, sent and received in full. */
async function receivedOrder(buyer: Actor = f.buyerActor) {
  const supplier = await f.supplierWithContact();
  await organisation.createToleranceRule(t.ctx, {
    actor: admin,
    input: {
      scope: 'supplier',
      supplierId: supplier.id,
      priceVariance: { percent: '2' },
      quantityVariance: { percent: '5' },
    },
  });
  const seeded = await seedPurchaseOrder(t.ctx, {
    buyer,
    supplierId: supplier.id,
    orderDate: '2026-12-01',
    lines: [{ itemId: f.itemId, quantity: '10', unitPrice: '20.00', neededBy: '2027-01-15' }],
    status: 'approved',
  });
  const order = await sendPurchaseOrder(t.ctx, { actor: buyer, id: seeded.id, version: seeded.version });
  await receiving.createReceipt(t.ctx, {
    actor: receiver,
    input: { purchaseOrderId: order.id, lines: [{ lineNo: 1, quantity: '10' }] },
  });
  await relayNow(t.ctx);
  return { supplier, order };
}

async function exceptionInvoice(orderId: string, quantity: string, unitPrice: string) {
  const invoice = await invoicing.createInvoice(t.ctx, {
    actor: ap,
    source: 'form',
    input: {
      purchaseOrderId: orderId,
      supplierInvoiceNumber: `SI-${Math.random().toString(36).slice(2, 10)}`,
      issueDate: '2026-03-01',
      lines: [{ orderLineNo: 1, quantity, unitPrice }],
    },
  });
  expect(invoice.status).toBe('exception');
  return invoice;
}

async function expectAppError(work: Promise<unknown>, code: string, text?: string): Promise<AppError> {
  const err = await work.then(
    () => null,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(AppError);
  expect((err as AppError).code).toBe(code);
  if (text) expect(JSON.stringify([(err as AppError).message, (err as AppError).errors])).toContain(text);
  return err as AppError;
}

async function stepsOf(invoiceId: string) {
  return t.ctx.db
    .select()
    .from(documentApprovalSteps)
    .where(
      and(
        eq(documentApprovalSteps.documentType, 'invoice_variance'),
        eq(documentApprovalSteps.documentId, invoiceId),
      ),
    );
}

const accept = (invoice: { id: string; version: number }, actor: Actor = finance, reason = 'Agreed') =>
  invoicing.acceptInvoiceVariances(t.ctx, { actor, id: invoice.id, version: invoice.version, reason });

const inboxOf = async (actor: Actor) =>
  (await approvals.readApprovalInbox(t.ctx, { actor, limit: 100 })).items.filter(
    (i) => i.documentType === 'invoice_variance',
  );

describe('below the threshold', () => {
  it('records what each exception is worth and accepts a variance under every step’s threshold at once', async () => {
    const { order } = await receivedOrder();
    const invoice = await exceptionInvoice(order.id, '10', '20.50');
    expect(invoice.exceptions).toEqual([expect.objectContaining({ kind: 'price', amount: '5' })]);
    const accepted = await accept(invoice);
    expect(accepted).toMatchObject({
      status: 'matched',
      varianceApproval: null,
      accepted: { by: { id: finance.userId }, reason: 'Agreed' },
    });
    expect(await stepsOf(invoice.id)).toEqual([]);
    // Why it was not routed is on the record.
    const [entry] = await t.ctx.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.entityId, invoice.id), eq(auditLog.action, 'accept')));
    expect(JSON.stringify(entry?.changes)).toContain('No approval needed under policy Invoice variances');
  });
});

describe('at or above the threshold', () => {
  it('routes the acceptance: the invoice stays an exception, is not payable, and finance sees it in its inbox in words', async () => {
    const { supplier, order } = await receivedOrder();
    const invoice = await exceptionInvoice(order.id, '12', '20.50');
    expect(invoice.exceptions.map((e) => [e.kind, e.amount])).toEqual([
      ['price', '6'],
      ['quantity', '41'],
    ]);
    const pending = await accept(invoice, ap, 'Price rise agreed; two extra kept');
    expect(pending).toMatchObject({
      status: 'exception',
      accepted: null,
      varianceApproval: {
        status: 'pending',
        requestedBy: { id: ap.userId },
        reason: 'Price rise agreed; two extra kept',
        amountBase: '47',
      },
    });
    // The route: one Finance step, every finance user but nobody who wrote the order or asked.
    const route = await invoicing.readInvoiceApprovalRoute(t.ctx, { actor: ap, id: invoice.id });
    expect(route).toMatchObject({ kind: 'stored', policy: { name: 'Invoice variances' } });
    expect(route.steps.map((s) => [s.name, s.status])).toEqual([['Finance', 'pending']]);
    expect(route.steps[0]!.explanation).toBe('Finance — because variance 47.00 USD ≥ 40');
    expect(route.steps[0]!.approvers.map((a) => a.id)).toEqual(
      expect.arrayContaining([finance.userId, finance2.userId]),
    );
    expect(route.steps[0]!.approvers.map((a) => a.id)).not.toContain(ap.userId);
    expect(route.steps[0]!.approvers.map((a) => a.id)).not.toContain(f.buyerActor.userId);

    // Not payable meanwhile: approving for payment is refused, a payment run does not propose it.
    await expectAppError(
      invoicing.approveInvoice(t.ctx, { actor: ap, id: invoice.id, version: pending.version }),
      'conflict',
      'in status \\"exception\\"',
    );
    await expectAppError(
      payments.proposePaymentRun(t.ctx, {
        actor: ap,
        input: { paymentDate: '2026-03-02', dueBy: '2026-12-31', supplierId: supplier.id },
      }),
      'validation',
      'no invoice approved for payment',
    );
    // Asking again, or matching again (a receipt would), changes nothing while it waits.
    await expectAppError(accept(pending, finance), 'conflict', 'wait for approval');
    const same = await invoicing.rematchInvoice(t.ctx, {
      actor: ap,
      id: invoice.id,
      version: pending.version,
    });
    expect(same).toMatchObject({ status: 'exception', version: pending.version });

    const [row] = (await inboxOf(finance)).filter((i) => i.documentId === invoice.id);
    expect(row).toMatchObject({
      number: invoice.number,
      version: pending.version,
      stepName: 'Finance',
      supplierName: 'Nordlicht Antriebe GmbH',
      total: '47.00',
      currency: 'USD',
      totalBase: '47.00',
      requesterName: expect.any(String),
      budget: { status: 'none' },
    });
    expect(row!.details).toEqual(invoice.exceptions.map((e) => e.message));
    expect((await inboxOf(ap)).map((i) => i.documentId)).not.toContain(invoice.id);

    // The approvers are told, with the invoice's number and the variance.
    await relayNow(t.ctx);
    const told = rowsOf<{ title: string }>(
      await t.ctx.db.execute(
        sql`select title from notifications where user_id = ${finance2.userId} and link = ${`/invoices/${invoice.id}`}`,
      ),
    );
    expect(told.map((n) => n.title)).toEqual([`${invoice.number} waits for your approval`]);

    // The last approval accepts the variances as a direct accept does: matched, then payable.
    const approved = await invoicing.approveInvoiceVariance(t.ctx, {
      actor: finance2,
      id: invoice.id,
      version: pending.version,
      reason: 'Checked with the buyer',
    });
    expect(approved).toMatchObject({
      status: 'matched',
      accepted: { by: { id: ap.userId }, reason: 'Price rise agreed; two extra kept' },
      varianceApproval: { status: 'approved', decidedBy: { id: finance2.userId } },
    });
    expect(approved.matches.map((m) => [m.quantity, m.variance])).toEqual([
      ['10', false],
      ['2', true],
    ]);
    expect(await inboxOf(finance)).not.toContainEqual(expect.objectContaining({ documentId: invoice.id }));
    const forPayment = await invoicing.approveInvoice(t.ctx, {
      actor: ap,
      id: invoice.id,
      version: approved.version,
    });
    expect(forPayment.status).toBe('approved_for_payment');
    const run = await payments.proposePaymentRun(t.ctx, {
      actor: ap,
      input: { paymentDate: '2026-03-02', dueBy: '2026-12-31', supplierId: supplier.id },
    });
    expect(run.lines.map((l) => l.invoiceId)).toEqual([invoice.id]);
    const actions = await t.ctx.db.select().from(auditLog).where(eq(auditLog.entityId, invoice.id));
    expect(actions.map((a) => a.action)).toEqual(
      expect.arrayContaining(['submit', 'submit_variance', 'accept', 'approve']),
    );
  });

  it('goes through every step that applies, level by level; the last approval (here from the inbox’s bulk approve) accepts', async () => {
    const { order } = await receivedOrder();
    const invoice = await exceptionInvoice(order.id, '10', '120.00');
    const pending = await accept(invoice, ap);
    expect(pending.varianceApproval?.amountBase).toBe('1000');
    const route = await invoicing.readInvoiceApprovalRoute(t.ctx, { actor: ap, id: invoice.id });
    expect(route.steps.map((s) => s.name)).toEqual(['Finance', 'Controller']);
    // The controller's step opens once Finance has approved.
    expect(
      (await inboxOf(controller)).filter((i) => i.documentId === invoice.id).map((i) => i.stepName),
    ).toEqual(['Finance']);
    const first = await invoicing.approveInvoiceVariance(t.ctx, {
      actor: finance,
      id: invoice.id,
      version: pending.version,
    });
    expect(first).toMatchObject({ status: 'exception', varianceApproval: { status: 'pending' } });
    // Finance may not decide the controller's step.
    await expectAppError(
      invoicing.approveInvoiceVariance(t.ctx, { actor: finance2, id: invoice.id, version: first.version }),
      'forbidden',
    );
    const [waiting] = (await inboxOf(controller)).filter((i) => i.documentId === invoice.id);
    expect(waiting).toMatchObject({ stepName: 'Controller', version: first.version });
    const results = await approvals.bulkApprove(t.ctx, {
      actor: controller,
      items: [{ documentType: 'invoice_variance', id: invoice.id, version: waiting!.version }],
    });
    expect(results).toEqual([expect.objectContaining({ ok: true, status: 'matched' })]);
    const read = await invoicing.getInvoice(t.ctx, { actor: ap, id: invoice.id });
    expect(read).toMatchObject({
      status: 'matched',
      varianceApproval: { status: 'approved', decidedBy: { id: controller.userId } },
    });
  });

  it('a rejection leaves the invoice an exception with the reason; accounts payable may ask again or reject it', async () => {
    const { order } = await receivedOrder();
    const invoice = await exceptionInvoice(order.id, '12', '20.50');
    const pending = await accept(invoice, ap);
    await expectAppError(
      invoicing.rejectInvoiceVariance(t.ctx, { actor: finance, id: invoice.id, version: pending.version }),
      'validation',
      'reason',
    );
    const rejected = await invoicing.rejectInvoiceVariance(t.ctx, {
      actor: finance,
      id: invoice.id,
      version: pending.version,
      reason: 'Ask for a credit note for the two extra',
    });
    expect(rejected).toMatchObject({
      status: 'exception',
      accepted: null,
      exceptions: invoice.exceptions,
      varianceApproval: {
        status: 'rejected',
        decidedBy: { id: finance.userId },
        note: 'Ask for a credit note for the two extra',
      },
    });
    const route = await invoicing.readInvoiceApprovalRoute(t.ctx, { actor: ap, id: invoice.id });
    expect(route.steps[0]).toMatchObject({ status: 'rejected' });
    // Nothing is left to decide.
    await expectAppError(
      invoicing.approveInvoiceVariance(t.ctx, { actor: finance2, id: invoice.id, version: rejected.version }),
      'conflict',
      'No acceptance',
    );
    // Asked again: a new round of the route.
    const again = await accept(rejected, ap, 'Supplier confirmed the extra two were ordered by phone');
    expect(again.varianceApproval).toMatchObject({ status: 'pending', note: null });
    expect((await stepsOf(invoice.id)).map((s) => [s.round, s.status])).toEqual(
      expect.arrayContaining([
        [1, 'rejected'],
        [2, 'pending'],
      ]),
    );
    // Rejecting the invoice withdraws the route: it leaves the approvers' inboxes.
    const gone = await invoicing.rejectInvoice(t.ctx, {
      actor: ap,
      id: invoice.id,
      version: again.version,
      reason: 'Supplier sends a corrected invoice',
    });
    expect(gone).toMatchObject({ status: 'rejected', varianceApproval: { status: 'withdrawn' } });
    expect((await stepsOf(invoice.id)).find((s) => s.round === 2)?.status).toBe('skipped');
    expect(await inboxOf(finance)).not.toContainEqual(expect.objectContaining({ documentId: invoice.id }));
  });
});

describe('separation of duties', () => {
  it('never routes to the order’s buyer, even one with finance’s role, and refuses their decision', async () => {
    const buyerFinance = actorFor(await seedUser(t.ctx, { roles: ['buyer', 'finance'] }));
    const { order } = await receivedOrder(buyerFinance);
    const invoice = await exceptionInvoice(order.id, '12', '20.50');
    // They may not accept it themselves either.
    await expectAppError(accept(invoice, buyerFinance), 'forbidden', 'separation of duties');
    const pending = await accept(invoice, ap);
    const route = await invoicing.readInvoiceApprovalRoute(t.ctx, { actor: buyerFinance, id: invoice.id });
    expect(route.steps[0]!.approvers.map((a) => a.id)).not.toContain(buyerFinance.userId);
    expect(route.viewer).toMatchObject({ mayDecide: false });
    expect(await inboxOf(buyerFinance)).not.toContainEqual(
      expect.objectContaining({ documentId: invoice.id }),
    );
    await expectAppError(
      invoicing.approveInvoiceVariance(t.ctx, {
        actor: buyerFinance,
        id: invoice.id,
        version: pending.version,
      }),
      'forbidden',
    );
  });

  it('never routes to whoever asked', async () => {
    const { order } = await receivedOrder();
    const invoice = await exceptionInvoice(order.id, '12', '20.50');
    const pending = await accept(invoice, finance);
    const route = await invoicing.readInvoiceApprovalRoute(t.ctx, { actor: finance, id: invoice.id });
    expect(route.steps[0]!.approvers.map((a) => a.id)).not.toContain(finance.userId);
    await expectAppError(
      invoicing.approveInvoiceVariance(t.ctx, { actor: finance, id: invoice.id, version: pending.version }),
      'forbidden',
    );
  });
});

describe('racing approvers', () => {
  it('lets exactly one of several finance approvers on the last step accept the variances', async () => {
    const racers = [
      finance,
      finance2,
      ...(await Promise.all(
        [1, 2, 3].map(async () => actorFor(await seedUser(t.ctx, { roles: ['finance'] }))),
      )),
    ];
    const { order } = await receivedOrder();
    const invoice = await exceptionInvoice(order.id, '12', '20.50');
    const pending = await accept(invoice, ap);
    const results = await Promise.allSettled(
      racers.map((actor) =>
        invoicing.approveInvoiceVariance(t.ctx, { actor, id: invoice.id, version: pending.version }),
      ),
    );
    const won = results.filter((r) => r.status === 'fulfilled');
    expect(won).toHaveLength(1);
    for (const r of results) {
      if (r.status === 'rejected')
        expect(['precondition_failed', 'conflict']).toContain((r.reason as AppError).code);
    }
    const read = await invoicing.getInvoice(t.ctx, { actor: ap, id: invoice.id });
    expect(read).toMatchObject({ status: 'matched', version: pending.version + 1 });
    // Consumed once: 10 from the receipt, 2 as a variance.
    expect(read.matches.map((m) => m.quantity)).toEqual(['10', '2']);
    const [step] = await stepsOf(invoice.id);
    expect(step?.decisions).toHaveLength(1);
  });
});

describe('the policy', () => {
  it('refuses a role that cannot resolve invoices and a budget condition on an invoice variance policy', async () => {
    const err = await expectAppError(
      approvals.createApprovalPolicy(t.ctx, {
        actor: admin,
        input: {
          documentType: 'invoice_variance',
          name: 'Wrong variances',
          enabled: false,
          steps: [
            {
              level: 1,
              name: 'Approvers',
              condition: { any: [{ amountAtLeast: '10' }, { budgetExceeded: true }] },
              approvers: { roles: ['approver'], userIds: [], departmentHead: false, costCentreOwner: false },
              mode: 'any',
              reminderHours: null,
              escalationHours: null,
              fallbackUserId: null,
            },
          ],
        },
      }),
      'validation',
    );
    expect(err.errors).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          path: 'steps[0].approvers.roles[0]',
          message: expect.stringContaining('invoices:resolve'),
        }),
        expect.objectContaining({ path: 'steps[0].condition.any[1].budgetExceeded' }),
      ]),
    );
  });
});
