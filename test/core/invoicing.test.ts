import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as invoicing from '../../src/core/invoicing';
import * as organisation from '../../src/core/organisation';
import * as receiving from '../../src/core/receiving';
import type { Actor } from '../../src/core/shared/actor';
import { AppError } from '../../src/core/shared/errors';
import { rowsOf } from '../../src/core/shared/sql';
import { actorFor } from '../../src/seed/purchase-order-factories';
import { createTestApp, type TestApp } from '../helpers/app';
import { countingCtx } from '../helpers/counting';
import { portalFixture } from '../helpers/portal';
import { seedSupplier, seedUser } from '../helpers/seed';

/**
 * Invoicing on the database itself (PGlite, or PostgreSQL with TEST_DATABASE_URL): capture, the
 * three-way match and its ledger, exceptions and their acceptance, duplicates, credit notes, and
 * the order settling. Amounts by hand: 10 of an item at 20.00 USD, 19 % tax.
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
}, 60_000);
afterAll(async () => {
  await t.close();
});

/** A supplier with its own tolerances (price 2 %, quantity 5 %), and an order of 10 at 20.00 sent to it. */
async function sentOrder(lines?: Parameters<typeof f.sentOrder>[1]) {
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
  const order = await f.sentOrder(
    supplier.id,
    lines ?? [{ itemId: f.itemId, quantity: '10', unitPrice: '20.00', neededBy: '2027-01-15' }],
  );
  return { supplier, order };
}

async function receive(orderId: string, quantity: string, lineNo = 1) {
  return receiving.createReceipt(t.ctx, {
    actor: receiver,
    input: { purchaseOrderId: orderId, lines: [{ lineNo, quantity }] },
  });
}

function invoiceInput(
  orderId: string,
  lines: invoicing.InvoiceLineInput[],
  extra: Partial<invoicing.InvoiceInput> = {},
): invoicing.InvoiceInput {
  return {
    purchaseOrderId: orderId,
    // Random: sequential numbers would look like typing mistakes of each other (possible duplicates).
    supplierInvoiceNumber: `SI-${Math.random().toString(36).slice(2, 10)}`,
    issueDate: '2026-03-01',
    lines,
    ...extra,
  };
}

async function orderLine(orderId: string, lineNo = 1) {
  const [row] = rowsOf<{ billed: string; accepted: string; status: string }>(
    await t.ctx.db.execute(sql`select l.quantity_billed::text as billed, l.quantity_accepted::text as accepted,
      o.status from purchase_order_lines l join purchase_orders o on o.id = l.purchase_order_id
      where l.purchase_order_id = ${orderId} and l.line_no = ${lineNo}`),
  );
  return { billed: Number(row!.billed), accepted: Number(row!.accepted), status: row!.status };
}

async function receiptLineInvoiced(receiptId: string): Promise<number> {
  const [row] = rowsOf<{ q: string }>(
    await t.ctx.db.execute(
      sql`select quantity_invoiced::text as q from receipt_lines where receipt_id = ${receiptId}`,
    ),
  );
  return Number(row!.q);
}

describe('capture', () => {
  it('an invoice for what was received is matched: totals computed, due date from the terms, the ledger consumes the receipt', async () => {
    const { order } = await sentOrder();
    const receipt = await receive(order.id, '6');
    const invoice = await invoicing.createInvoice(t.ctx, {
      actor: ap,
      source: 'form',
      input: invoiceInput(order.id, [{ orderLineNo: 1, quantity: '6', unitPrice: '20.00' }], {
        totals: { payableAmount: '142.80' },
      }),
    });
    expect(invoice).toMatchObject({
      number: expect.stringMatching(/^INV-\d{4}-\d{5}$/),
      supplierName: 'Nordlicht Antriebe GmbH',
      status: 'matched',
      kind: 'invoice',
      currency: 'USD',
      lineExtensionAmount: '120.0000',
      taxAmount: '22.8000',
      payableAmount: '142.8000',
      // Net 30 from the issue date (the supplier's terms, copied to the order).
      dueDate: '2026-03-31',
      exceptions: [],
      lines: [
        {
          lineNo: 1,
          orderLineNo: 1,
          quantity: '6',
          netAmount: '120.0000',
          taxCategory: 'S',
          taxRate: '19',
          match: { status: 'matched', matchType: 'three_way', priceVariance: '0', quantityVariance: '0' },
        },
      ],
      matches: [{ invoiceLineNo: 1, orderLineNo: 1, receiptId: receipt.id, quantity: '6', variance: false }],
    });
    expect(invoice.lines[0]!.match!.explanation).toContain('within tolerance');
    expect(await receiptLineInvoiced(receipt.id)).toBe(6);
    expect(await orderLine(order.id)).toMatchObject({ billed: 6, accepted: 6 });
    // The receipt says it: invoiced goods can no longer be reversed.
    const read = await receiving.getReceipt(t.ctx, { actor: receiver, id: receipt.id });
    expect(read.lines[0]).toMatchObject({
      quantityAccepted: '6',
      quantityInvoiced: '6',
      quantityReversible: '0',
    });
  });

  it('a document whose own arithmetic does not add up is refused with every problem, and nothing is stored', async () => {
    const { order } = await sentOrder();
    await receive(order.id, '10');
    const before = rowsOf<{ n: number }>(
      await t.ctx.db.execute(sql`select count(*)::int as n from invoices`),
    )[0]!.n;
    const err = await invoicing
      .createInvoice(t.ctx, {
        actor: ap,
        source: 'form',
        input: invoiceInput(
          order.id,
          [{ orderLineNo: 1, quantity: '10', unitPrice: '20.00', netAmount: '199.00' }],
          {
            totals: { lineExtensionAmount: '199.00', taxAmount: '38.00', payableAmount: '240.00' },
          },
        ),
      })
      .catch((e: unknown) => e);
    expect(err).toBeInstanceOf(AppError);
    const paths = (err as AppError).errors.map((e) => e.path);
    // The tax (19 % of the 200.00 the line comes to) is right; what the payable amount says is not.
    expect(paths).toEqual(['lines[0].netAmount', 'totals.payableAmount']);
    expect((err as AppError).errors[0]!.message).toContain('200.00 USD');
    const after = rowsOf<{ n: number }>(
      await t.ctx.db.execute(sql`select count(*)::int as n from invoices`),
    )[0]!.n;
    expect(after).toBe(before);
  });

  it('every bad field is named: a line not on the order, a unit that does not convert, a bad IBAN, a currency other than the order’s', async () => {
    const { order } = await sentOrder();
    const err = await invoicing
      .createInvoice(t.ctx, {
        actor: ap,
        source: 'form',
        input: invoiceInput(
          order.id,
          [
            { orderLineNo: 7, quantity: '1', unitPrice: '1' },
            { orderLineNo: 1, quantity: '0', unitPrice: '-1' },
          ],
          { currency: 'EUR', bankAccount: { iban: 'DE89 3704 0044 0532 0130 01' }, issueDate: '2099-01-01' },
        ),
      })
      .catch((e: unknown) => e);
    expect((err as AppError).errors.map((e) => e.path)).toEqual([
      'issueDate',
      'currency',
      'lines[0].orderLineNo',
      'lines[1].quantity',
      'lines[1].unitPrice',
      'bankAccount.iban',
    ]);
  });

  it('a day that does not exist, numbers beyond what an invoice keeps, and a credited invoice that is not one are named, never a server error', async () => {
    const { order } = await sentOrder();
    const err = await invoicing
      .createInvoice(t.ctx, {
        actor: ap,
        source: 'form',
        input: invoiceInput(
          order.id,
          [
            { orderLineNo: 1, quantity: '1234567890123', unitPrice: '1' },
            { orderLineNo: 1, quantity: '1.1234567', unitPrice: '123456789012345' },
          ],
          { issueDate: '2026-02-30', creditsInvoiceId: '0190b9a0-0000-7000-8000-0000000000aa' },
        ),
      })
      .catch((e: unknown) => e);
    expect(err).toBeInstanceOf(AppError);
    expect((err as AppError).errors.map((e) => [e.path, e.message])).toEqual([
      ['issueDate', 'must be a date as YYYY-MM-DD'],
      ['creditsInvoiceId', 'is for credit notes: the invoice they credit'],
      ['lines[0].quantity', 'must have at most 12 digits before the point'],
      ['lines[1].quantity', 'may have at most 6 decimals'],
      ['lines[1].unitPrice', 'must have at most 14 digits before the point'],
    ]);
    const credit = await invoicing
      .createInvoice(t.ctx, {
        actor: ap,
        source: 'form',
        input: invoiceInput(order.id, [{ orderLineNo: 1, quantity: '1', unitPrice: '20' }], {
          kind: 'credit_note',
          creditsInvoiceId: '0190b9a0-0000-7000-8000-0000000000aa',
        }),
      })
      .catch((e: unknown) => e);
    expect((credit as AppError).errors).toEqual([
      { path: 'creditsInvoiceId', message: `is not an invoice of ${order.number}'s supplier` },
    ]);
    // 99,999,999,999 at 99,999,999,999,999 comes to more than an invoice can hold.
    const huge = await invoicing
      .createInvoice(t.ctx, {
        actor: ap,
        source: 'form',
        input: invoiceInput(order.id, [
          { orderLineNo: 1, quantity: '99999999999', unitPrice: '99999999999999' },
        ]),
      })
      .catch((e: unknown) => e);
    expect((huge as AppError).errors.map((e) => e.path)).toEqual([
      'lines[0].netAmount',
      'totals.lineExtensionAmount',
      'totals.taxExclusiveAmount',
      'totals.taxAmount',
      'totals.payableAmount',
    ]);
  });

  it('the same supplier number again, in any spelling, is refused naming the invoice that has it', async () => {
    const { order } = await sentOrder();
    await receive(order.id, '10');
    const first = await invoicing.createInvoice(t.ctx, {
      actor: ap,
      source: 'form',
      input: {
        ...invoiceInput(order.id, [{ orderLineNo: 1, quantity: '5', unitPrice: '20' }]),
        supplierInvoiceNumber: 'INV-00042/A',
      },
    });
    const err = await invoicing
      .createInvoice(t.ctx, {
        actor: ap,
        source: 'form',
        input: {
          ...invoiceInput(order.id, [{ orderLineNo: 1, quantity: '5', unitPrice: '20' }]),
          supplierInvoiceNumber: 'inv 42 a',
        },
      })
      .catch((e: unknown) => e);
    expect(err).toBeInstanceOf(AppError);
    expect((err as AppError).code).toBe('conflict');
    expect((err as AppError).message).toContain(first.number);
  });

  it('a likely duplicate (same amount within 7 days, another number) is held as an exception until cleared', async () => {
    const { order } = await sentOrder();
    await receive(order.id, '10');
    const first = await invoicing.createInvoice(t.ctx, {
      actor: ap,
      source: 'form',
      input: invoiceInput(order.id, [{ orderLineNo: 1, quantity: '5', unitPrice: '20' }]),
    });
    const second = await invoicing.createInvoice(t.ctx, {
      actor: ap,
      source: 'form',
      input: invoiceInput(order.id, [{ orderLineNo: 1, quantity: '5', unitPrice: '20' }], {
        issueDate: '2026-02-25',
      }),
    });
    expect(second.status).toBe('exception');
    expect(second.possibleDuplicateOfId).toBe(first.id);
    expect(second.exceptions).toEqual([
      expect.objectContaining({ kind: 'possible_duplicate', message: expect.stringContaining(first.number) }),
    ]);
    const cleared = await invoicing.acceptInvoiceVariances(t.ctx, {
      actor: finance,
      id: second.id,
      version: second.version,
      reason: 'Two deliveries of five, two invoices',
    });
    expect(cleared.status).toBe('matched');
    expect(await orderLine(order.id)).toMatchObject({ billed: 10 });
  });
});

describe('payment terms', () => {
  it('follow the supplier’s terms through its order: 2 % 10, net 30 from the end of the month', async () => {
    const supplier = await seedSupplier(t.ctx, {
      legalName: 'Month End Supplies',
      paymentTermsNetDays: 30,
      paymentTermsBasis: 'end_of_month',
      earlyPaymentDiscountPercent: '2',
      earlyPaymentDiscountDays: 10,
      contacts: [
        {
          name: 'Orders',
          email: `orders-${Math.random().toString(36).slice(2)}@month.example`,
          orderContact: true,
        },
      ],
    });
    const order = await f.sentOrder(supplier.id, [{ itemId: f.itemId, quantity: '10', unitPrice: '20.00' }]);
    await receive(order.id, '10');
    const invoice = await invoicing.createInvoice(t.ctx, {
      actor: ap,
      source: 'form',
      input: invoiceInput(order.id, [{ orderLineNo: 1, quantity: '10', unitPrice: '20' }], {
        issueDate: '2026-02-10',
      }),
    });
    expect(invoice).toMatchObject({
      paymentTerms: { netDays: 30, basis: 'end_of_month', discountPercent: '2', discountDays: 10 },
      dueDate: '2026-03-30',
      discountDate: '2026-03-10',
    });
  });
});

describe('the three-way match', () => {
  it('an invoice ahead of the goods waits for them and is matched by itself once they are received', async () => {
    const { order } = await sentOrder();
    await receive(order.id, '6');
    const early = await invoicing.createInvoice(t.ctx, {
      actor: ap,
      source: 'form',
      input: invoiceInput(order.id, [{ orderLineNo: 1, quantity: '10', unitPrice: '20.00' }]),
    });
    expect(early.status).toBe('matching');
    expect(early.lines[0]!.match).toMatchObject({ status: 'awaiting_receipt' });
    expect(early.matches).toEqual([]);
    // Matching again before the goods come changes nothing and records nothing.
    const same = await invoicing.rematchInvoice(t.ctx, { actor: ap, id: early.id, version: early.version });
    expect(same).toMatchObject({ status: 'matching', version: early.version });
    await receive(order.id, '4');
    // The receipt's event re-ran the match.
    const again = await invoicing.getInvoice(t.ctx, { actor: ap, id: early.id });
    expect(again.status).toBe('matched');
    expect(again.matches.map((m) => m.quantity)).toEqual(['6', '4']);
    // Fully received and fully invoiced: the order closes.
    expect(await orderLine(order.id)).toMatchObject({ billed: 10, accepted: 10, status: 'closed' });
  });

  it('beyond the price and quantity tolerances is an exception explained in words; a finance user who did not buy accepts it', async () => {
    const { order } = await sentOrder();
    await receive(order.id, '10');
    // Billed 12 (10 accepted, 20 % over, tolerance 5 %) at 20.50 (2.5 % over, tolerance 2 %).
    const invoice = await invoicing.createInvoice(t.ctx, {
      actor: ap,
      source: 'form',
      input: invoiceInput(order.id, [{ orderLineNo: 1, quantity: '12', unitPrice: '20.50' }]),
    });
    expect(invoice.status).toBe('exception');
    expect(invoice.exceptions.map((e) => e.kind)).toEqual(['price', 'quantity']);
    expect(invoice.exceptions[0]!.message.replace(/Unit \w+/g, 'each')).toBe(
      'line 1: invoiced 12 each at 20.50 USD, accepted 10, invoiced before 0 each at 20.00 USD: price +0.50 (2.5 %, tolerance 2 %), quantity +2 (20 %, tolerance 5 %)',
    );
    // The buyer may not accept a variance on an order they bought.
    const buyerErr = await invoicing
      .acceptInvoiceVariances(t.ctx, {
        actor: { ...f.buyerActor, roles: ['buyer', 'finance'] },
        id: invoice.id,
        version: invoice.version,
        reason: 'ok',
      })
      .catch((e: unknown) => e);
    expect((buyerErr as AppError).code).toBe('forbidden');
    const accepted = await invoicing.acceptInvoiceVariances(t.ctx, {
      actor: finance,
      id: invoice.id,
      version: invoice.version,
      reason: 'Price rise agreed by phone; two extra kept',
    });
    expect(accepted).toMatchObject({
      status: 'matched',
      accepted: { by: { id: finance.userId }, reason: 'Price rise agreed by phone; two extra kept' },
    });
    expect(accepted.matches.map((m) => [m.quantity, m.variance])).toEqual([
      ['10', false],
      ['2', true],
    ]);
    expect(await orderLine(order.id)).toMatchObject({ billed: 12 });
  });

  it('a credit note gives quantity back, which a later invoice may bill again; a reversal cannot take back what was invoiced', async () => {
    const { order } = await sentOrder();
    const receipt = await receive(order.id, '10');
    const invoice = await invoicing.createInvoice(t.ctx, {
      actor: ap,
      source: 'form',
      input: invoiceInput(order.id, [{ orderLineNo: 1, quantity: '8', unitPrice: '20' }]),
    });
    expect(invoice.status).toBe('matched');
    const reversal = await receiving
      .reverseReceipt(t.ctx, {
        actor: receiver,
        receiptId: receipt.id,
        input: { reason: 'Counted twice', lines: [{ lineNo: 1, quantity: '3' }] },
      })
      .catch((e: unknown) => e);
    expect(reversal).toBeInstanceOf(AppError);
    // 8 of the 10 are invoiced: at most 2 may be taken back.
    expect((reversal as AppError).errors).toEqual([
      { path: 'lines[0].quantity', message: expect.stringContaining('2') },
    ]);
    const credit = await invoicing.createInvoice(t.ctx, {
      actor: ap,
      source: 'form',
      input: invoiceInput(order.id, [{ orderLineNo: 1, quantity: '3', unitPrice: '20' }], {
        kind: 'credit_note',
      }),
    });
    expect(credit.status).toBe('matched');
    expect(credit.matches.map((m) => m.quantity)).toEqual(['-3']);
    expect(await receiptLineInvoiced(receipt.id)).toBe(5);
    expect(await orderLine(order.id)).toMatchObject({ billed: 5 });
    // Crediting more than was invoiced is an exception.
    const tooMuch = await invoicing.createInvoice(t.ctx, {
      actor: ap,
      source: 'form',
      input: invoiceInput(order.id, [{ orderLineNo: 1, quantity: '6', unitPrice: '20' }], {
        kind: 'credit_note',
      }),
    });
    expect(tooMuch.status).toBe('exception');
    expect(tooMuch.exceptions[0]!.message.replace(/Unit \w+/g, 'each')).toContain(
      'gives back 6 each, but only 5 each were invoiced',
    );
    // The invoice cannot be rejected whole now: 3 of its 8 were given back already (409, nothing moves).
    const current = await invoicing.getInvoice(t.ctx, { actor: ap, id: invoice.id });
    const refused = await invoicing
      .rejectInvoice(t.ctx, { actor: ap, id: invoice.id, version: current.version, reason: 'Wrong prices' })
      .catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(AppError);
    expect((refused as AppError).code).toBe('conflict');
    expect((refused as AppError).message).toContain('credit notes first');
    expect(await receiptLineInvoiced(receipt.id)).toBe(5);
    expect((await invoicing.getInvoice(t.ctx, { actor: ap, id: invoice.id })).status).toBe('matched');
  });

  it('rejecting a matched invoice gives back what it consumed', async () => {
    const { order } = await sentOrder();
    const receipt = await receive(order.id, '4');
    const invoice = await invoicing.createInvoice(t.ctx, {
      actor: ap,
      source: 'form',
      input: invoiceInput(order.id, [{ orderLineNo: 1, quantity: '4', unitPrice: '20' }]),
    });
    const rejected = await invoicing.rejectInvoice(t.ctx, {
      actor: ap,
      id: invoice.id,
      version: invoice.version,
      reason: 'Wrong bank account',
    });
    expect(rejected).toMatchObject({ status: 'rejected', rejectReason: 'Wrong bank account' });
    expect(rejected.matches.map((m) => m.quantity)).toEqual(['4', '-4']);
    expect(await receiptLineInvoiced(receipt.id)).toBe(0);
    expect(await orderLine(order.id)).toMatchObject({ billed: 0 });
  });

  it('two invoices for the same accepted goods, matched at once: only one consumes them', async () => {
    const { order } = await sentOrder();
    const receipt = await receive(order.id, '5');
    const drafts = await Promise.all(
      ['2026-03-01', '2026-02-01'].map((issueDate) =>
        invoicing.createInvoice(t.ctx, {
          actor: ap,
          source: 'form',
          input: {
            ...invoiceInput(order.id, [{ orderLineNo: 1, quantity: '5', unitPrice: '20' }], { issueDate }),
            submit: false,
          },
        }),
      ),
    );
    const results = await Promise.all(
      drafts.map((d) => invoicing.submitInvoice(t.ctx, { actor: ap, id: d.id, version: d.version })),
    );
    // The other waits for goods that are not there (five more are still expected on the order).
    expect(results.map((r) => r.status).sort()).toEqual(['matched', 'matching']);
    expect(await receiptLineInvoiced(receipt.id)).toBe(5);
    expect(await orderLine(order.id)).toMatchObject({ billed: 5 });
  });
});

describe('the statements of a match', () => {
  it('do not grow with the invoice’s lines: one line or fifty, the same count', async () => {
    const counting = countingCtx(t);
    const measure = async (lineCount: number) => {
      const { order } = await sentOrder(
        Array.from({ length: lineCount }, (_, i) => ({
          itemId: f.itemId,
          quantity: String(i + 2),
          unitPrice: '20.00',
          neededBy: '2027-01-15',
        })),
      );
      await receiving.createReceipt(t.ctx, {
        actor: receiver,
        input: {
          purchaseOrderId: order.id,
          lines: order.lines.map((l, i) => ({ lineNo: l.lineNo, quantity: String(i + 2) })),
        },
      });
      counting.reset();
      const invoice = await invoicing.createInvoice(counting.ctx, {
        actor: ap,
        source: 'form',
        input: invoiceInput(
          order.id,
          order.lines.map((l, i) => ({ orderLineNo: l.lineNo, quantity: String(i + 2), unitPrice: '20.00' })),
        ),
      });
      expect(invoice.status).toBe('matched');
      expect(invoice.matches).toHaveLength(lineCount);
      return counting.count();
    };
    await measure(1); // the year's invoice numbers may start here: their sequence is created once
    const one = await measure(1);
    const many = await measure(50);
    expect(many).toBe(one);
    expect(one).toBeLessThanOrEqual(41);
  });
});
