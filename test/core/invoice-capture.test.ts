import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as invoicing from '../../src/core/invoicing';
import * as receiving from '../../src/core/receiving';
import type { Actor } from '../../src/core/shared/actor';
import { AppError } from '../../src/core/shared/errors';
import { actorFor } from '../../src/seed/purchase-order-factories';
import { createTestApp, type TestApp } from '../helpers/app';
import { portalFixture } from '../helpers/portal';
import { seedUser } from '../helpers/seed';

/**
 * How accounts payable enters invoices, on the database itself: what an order has to invoice (to
 * fill in a form), editing a draft (an imported one's proposed lines confirmed) and submitting it.
 * An order of 10 at 20.00 USD, 19 % tax.
 */
let t: TestApp;
let f: Awaited<ReturnType<typeof portalFixture>>;
let ap: Actor;
let receiver: Actor;

beforeAll(async () => {
  t = await createTestApp();
  f = await portalFixture(t);
  ap = actorFor(await seedUser(t.ctx, { roles: ['accounts_payable'] }));
  receiver = actorFor(await seedUser(t.ctx, { roles: ['receiver'] }));
}, 60_000);
afterAll(async () => {
  await t.close();
});

async function sentOrder() {
  const supplier = await f.supplierWithContact();
  return f.sentOrder(supplier.id, [
    { itemId: f.itemId, quantity: '10', unitPrice: '20.00', neededBy: '2027-01-15' },
  ]);
}

async function receive(orderId: string, quantity: string) {
  return receiving.createReceipt(t.ctx, {
    actor: receiver,
    input: { purchaseOrderId: orderId, lines: [{ lineNo: 1, quantity }] },
  });
}

const number = () => `SI-${Math.random().toString(36).slice(2, 10)}`;

async function draft(orderId: string, quantity: string, supplierInvoiceNumber = number()) {
  return invoicing.createInvoice(t.ctx, {
    actor: ap,
    source: 'form',
    input: {
      purchaseOrderId: orderId,
      supplierInvoiceNumber,
      issueDate: '2026-03-01',
      lines: [{ orderLineNo: 1, quantity, unitPrice: '20.00' }],
      submit: false,
    },
  });
}

async function problemOf(promise: Promise<unknown>): Promise<AppError> {
  const err = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(AppError);
  return err as AppError;
}

describe('what an order has to invoice', () => {
  it('accepted and not yet billed, less what open invoices bill, at the order’s net price and tax', async () => {
    const order = await sentOrder();
    const before = await invoicing.getInvoiceableLines(t.ctx, { actor: ap, purchaseOrderId: order.id });
    expect(before).toMatchObject({
      purchaseOrderNumber: order.number,
      invoiceable: true,
      currency: 'USD',
      minorUnits: 2,
      lines: [
        {
          lineNo: 1,
          matchType: 'three_way',
          quantityOrdered: '10',
          quantityAccepted: '0',
          quantityAvailable: '0',
          quantityToInvoice: '0',
          netUnitPrice: '20',
          taxCategory: 'S',
          taxRate: '19',
        },
      ],
    });
    await receive(order.id, '6');
    await draft(order.id, '4');
    const after = await invoicing.getInvoiceableLines(t.ctx, { actor: ap, purchaseOrderId: order.id });
    expect(after.lines[0]).toMatchObject({
      quantityAccepted: '6',
      quantityBilled: '0',
      quantityAvailable: '6',
      quantityPending: '4',
      quantityToInvoice: '2',
    });
    // A matched invoice consumes: billed, no longer pending.
    await invoicing.createInvoice(t.ctx, {
      actor: ap,
      source: 'form',
      input: {
        purchaseOrderId: order.id,
        supplierInvoiceNumber: number(),
        issueDate: '2026-03-02',
        lines: [{ orderLineNo: 1, quantity: '2', unitPrice: '20.00' }],
      },
    });
    const billed = await invoicing.getInvoiceableLines(t.ctx, { actor: ap, purchaseOrderId: order.id });
    expect(billed.lines[0]).toMatchObject({
      quantityBilled: '2',
      quantityAvailable: '4',
      quantityPending: '4',
      quantityToInvoice: '0',
    });
  });

  it('an order one may not see is not found', async () => {
    const err = await problemOf(
      invoicing.getInvoiceableLines(t.ctx, {
        actor: ap,
        purchaseOrderId: '00000000-0000-7000-8000-000000000000',
      }),
    );
    expect(err.code).toBe('not_found');
  });
});

describe('editing a draft', () => {
  it('replaces its lines and header, recomputes its amounts, and is matched when submitted', async () => {
    const order = await sentOrder();
    await receive(order.id, '5');
    const created = await draft(order.id, '6');
    expect(created).toMatchObject({ status: 'draft', payableAmount: '142.8000', version: 1 });
    const edited = await invoicing.updateInvoice(t.ctx, {
      actor: ap,
      id: created.id,
      version: 1,
      input: {
        supplierInvoiceNumber: 'SI-EDITED-1',
        lines: [{ orderLineNo: 1, quantity: '5', unitPrice: '20.00', netAmount: '100.00' }],
        totals: { payableAmount: '119.00' },
        note: 'Lines confirmed',
      },
    });
    expect(edited).toMatchObject({
      status: 'draft',
      version: 2,
      supplierInvoiceNumber: 'SI-EDITED-1',
      lineExtensionAmount: '100.0000',
      payableAmount: '119.0000',
      note: 'Lines confirmed',
      lines: [{ lineNo: 1, orderLineNo: 1, quantity: '5', netAmount: '100.0000' }],
    });
    // A header-only edit keeps the amounts.
    const dated = await invoicing.updateInvoice(t.ctx, {
      actor: ap,
      id: created.id,
      version: 2,
      input: { issueDate: '2026-02-27' },
    });
    expect(dated).toMatchObject({ version: 3, issueDate: '2026-02-27', payableAmount: '119.0000' });
    const submitted = await invoicing.submitInvoice(t.ctx, { actor: ap, id: created.id, version: 3 });
    expect(submitted.status).toBe('matched');
    // Once submitted it is no longer a draft.
    const err = await problemOf(
      invoicing.updateInvoice(t.ctx, { actor: ap, id: created.id, version: 4, input: { note: 'late' } }),
    );
    expect(err.code).toBe('conflict');
    expect(err.message).toContain('matched');
  });

  it('every bad field is named at once and nothing is stored; a stale version is refused', async () => {
    const order = await sentOrder();
    const created = await draft(order.id, '3');
    const err = await problemOf(
      invoicing.updateInvoice(t.ctx, {
        actor: ap,
        id: created.id,
        version: 1,
        input: {
          issueDate: '2026-02-30',
          lines: [
            { orderLineNo: 9, quantity: '1', unitPrice: '20.00' },
            { orderLineNo: 1, quantity: 'three', unitPrice: '20.00' },
          ],
        },
      }),
    );
    expect(err.code).toBe('validation');
    const paths = err.errors.map((e) => e.path);
    expect(paths).toEqual(expect.arrayContaining(['issueDate', 'lines[0].orderLineNo', 'lines[1].quantity']));
    const unchanged = await invoicing.getInvoice(t.ctx, { actor: ap, id: created.id });
    expect(unchanged).toMatchObject({ version: 1, issueDate: '2026-03-01', lines: [{ quantity: '3' }] });

    const stale = await problemOf(
      invoicing.updateInvoice(t.ctx, { actor: ap, id: created.id, version: 7, input: { note: 'x' } }),
    );
    expect(stale.code).toBe('precondition_failed');
  });

  it('the supplier’s number of another invoice is a conflict naming it', async () => {
    const order = await sentOrder();
    const first = await draft(order.id, '1', 'SI-TAKEN-77');
    const second = await draft(order.id, '1');
    const err = await problemOf(
      invoicing.updateInvoice(t.ctx, {
        actor: ap,
        id: second.id,
        version: 1,
        input: { supplierInvoiceNumber: 'si taken 77' },
      }),
    );
    expect(err.code).toBe('conflict');
    expect(err.message).toContain(first.number);
    // Its own number again is no conflict.
    const same = await invoicing.updateInvoice(t.ctx, {
      actor: ap,
      id: first.id,
      version: 1,
      input: { supplierInvoiceNumber: 'SI-TAKEN-077' },
    });
    expect(same.version).toBe(2);
  });
});

describe('invoices from CSV', () => {
  const HEADER =
    'supplierInvoiceNumber,orderNumber,issueDate,orderLineNo,quantity,unitPrice,taxCategory,taxRate,lineNetAmount,totalPayableAmount';

  it('groups rows into invoices by order and number, checks each, and creates and matches them all', async () => {
    const a = await sentOrder();
    const b = await sentOrder();
    await receive(a.id, '10');
    await receive(b.id, '10');
    const csv = [
      HEADER,
      `CSV-A1,${a.number},2026-03-01,1,4,20.00,S,19,80.00,`,
      `CSV-B1,${b.number},2026-03-01,1,10,20.00,,,,238.00`,
      `CSV-A1,${a.number},2026-03-01,1,6,20.00,S,19,120.00,238.00`,
    ].join('\n');
    const result = await invoicing.importCsvInvoices(t.ctx, { actor: ap, csv });
    expect(result.created).toBe(2);
    expect(result.invoices).toEqual([
      expect.objectContaining({
        supplierInvoiceNumber: 'CSV-A1',
        purchaseOrderNumber: a.number,
        status: 'matched',
        payableAmount: '238.0000',
        lines: [2, 4],
      }),
      expect.objectContaining({ supplierInvoiceNumber: 'CSV-B1', status: 'matched', lines: [3] }),
    ]);
    const invoice = await invoicing.getInvoice(t.ctx, { actor: ap, id: result.invoices[0]!.id });
    expect(invoice).toMatchObject({ source: 'csv', lines: [{ quantity: '4' }, { quantity: '6' }] });
  });

  it('names every problem by file line and column, and stores nothing when one invoice is bad', async () => {
    const a = await sentOrder();
    const b = await sentOrder();
    const csv = [
      HEADER,
      `CSV-OK-1,${a.number},2026-03-01,1,2,20.00,S,19,,`,
      `CSV-BAD-1,${b.number},2026-03-01,9,2,20.00,S,19,,`,
      `CSV-BAD-1,${b.number},2026-02-28,1,two,20.00,S,19,,`,
      `CSV-BAD-2,PO-NOPE-1,2026-03-01,1,1,20.00,S,19,,`,
      `CSV-BAD-3,${b.number},2026-03-01,1,1,20.00,S,19,25.00,`,
    ].join('\n');
    const err = await problemOf(invoicing.importCsvInvoices(t.ctx, { actor: ap, csv }));
    expect(err.code).toBe('validation');
    expect(err.errors.map((e) => e.path)).toEqual(
      expect.arrayContaining([
        'line 3.orderLineNo',
        'line 4.issueDate',
        'line 5.orderNumber',
        'line 6.lineNetAmount',
      ]),
    );
    const listed = await invoicing.listInvoices(t.ctx, {
      actor: ap,
      filter: { purchaseOrderId: a.id },
      limit: 10,
    });
    expect(listed.items).toEqual([]);
  });
});
