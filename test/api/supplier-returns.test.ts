import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedItem } from '../../src/seed/catalog-factories';
import { createTestApp, type TestApp } from '../helpers/app';
import { multipart } from '../helpers/multipart';
import { ifMatch, PO, portalFixture, type SentOrder, type Who } from '../helpers/portal';

let t: TestApp;
let f: Awaited<ReturnType<typeof portalFixture>>;
let admin: Who;
let receiver: Who;
let inspector: Who;

const RECEIPTS = '/api/v1/receipts';
const RETURNS = '/api/v1/returns';
/** A 1×1 PNG: what a phone's photo of damaged goods is, as far as the server can tell. */
const PHOTO = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==',
  'base64',
);

type Line = {
  quantityReceived: string;
  quantityAccepted: string;
  quantityRejected: string;
  quantityReturned: string;
  quantityCredited: string;
  quantityShortClosed: string;
  promisedDate: string | null;
  progress: { expected: string; outstanding: string; returned: string; acceptedPercent: string };
};

function returnGoods(as: Who, body: object) {
  return t.request({ method: 'POST', url: RETURNS, as, payload: body });
}

/**
 * An order of 10 of an item that needs inspection and 4 of one that does not, sent to a supplier
 * with a contact; all of it received, then 8 of the 10 accepted and 2 rejected as damaged.
 */
async function orderWithRejectedGoods(): Promise<{
  order: SentOrder;
  supplierId: string;
  receiptId: string;
  contactEmail: string;
}> {
  const supplier = await f.supplierWithContact();
  const item = await seedItem(t.ctx, { inspectionRequired: true });
  const order = await f.sentOrder(supplier.id, [
    { itemId: item.id, quantity: '10', unitPrice: '5.00', unitCode: item.unitCode },
    { itemId: f.itemId, quantity: '4', unitPrice: '5.00' },
  ]);
  const received = await t.request({
    method: 'POST',
    url: RECEIPTS,
    as: receiver,
    payload: {
      purchaseOrderId: order.id,
      lines: [
        { lineNo: 1, quantity: '10', lotNumber: 'LOT-7' },
        { lineNo: 2, quantity: '4' },
      ],
    },
  });
  expect(received.statusCode, received.body).toBe(201);
  const receiptId = received.json().id;
  const inspected = await t.request({
    method: 'POST',
    url: `${RECEIPTS}/${receiptId}/inspection`,
    as: inspector,
    payload: {
      lines: [
        {
          lineNo: 1,
          quantityAccepted: '8',
          quantityRejected: '2',
          rejectionReason: 'damaged',
          rejectionNote: 'Crushed cartons',
        },
      ],
    },
  });
  expect(inspected.statusCode, inspected.body).toBe(200);
  return { order, supplierId: supplier.id, receiptId, contactEmail: supplier.contacts[0]!.email! };
}

async function orderLines(id: string): Promise<Line[]> {
  return (await f.getOrder(id)).lines;
}

async function outboxTo(address: string): Promise<{ id: string; subject: string }[]> {
  const list = (await t.request({ method: 'GET', url: '/api/v1/outbox?limit=50', as: admin })).json().items;
  return list.filter((m: { toAddress: string }) => m.toAddress === address);
}

beforeAll(async () => {
  t = await createTestApp();
  f = await portalFixture(t);
  admin = await t.loginAs(['admin']);
  receiver = await t.loginAs(['receiver']);
  inspector = await t.loginAs(['inspector']);
}, 60_000);
afterAll(async () => {
  await t.close();
});

describe('returns to supplier', () => {
  it('sends rejected goods back for a replacement: the quantity stays open, due on the new date; the supplier is e-mailed', async () => {
    const { order, receiptId, contactEmail } = await orderWithRejectedGoods();
    expect((await orderLines(order.id))[0]).toMatchObject({
      quantityAccepted: '8',
      quantityRejected: '2',
      progress: { outstanding: '2' },
    });
    const res = await returnGoods(receiver, {
      receiptId,
      remedy: 'replacement',
      replacementExpectedOn: '2027-01-20',
      note: 'Collected by our carrier on Friday',
    });
    expect(res.statusCode, res.body).toBe(201);
    const ret = res.json();
    expect(res.headers.location).toBe(`${RETURNS}/${ret.id}`);
    expect(ret).toMatchObject({
      number: expect.stringMatching(/^RTV-\d{4}-\d{5}$/),
      receiptId,
      purchaseOrderNumber: order.number,
      remedy: 'replacement',
      replacementExpectedOn: '2027-01-20',
      note: 'Collected by our carrier on Friday',
      recordedBy: { id: receiver.userId },
      lines: [
        {
          lineNo: 1,
          quantity: '2',
          lotNumber: 'LOT-7',
          rejectionReasons: [{ reason: 'damaged', note: 'Crushed cartons' }],
        },
      ],
    });
    const [line1] = await orderLines(order.id);
    expect(line1).toMatchObject({
      quantityReturned: '2',
      quantityCredited: '0',
      quantityShortClosed: '0',
      promisedDate: '2027-01-20',
      progress: { expected: '10', outstanding: '2', returned: '2' },
    });
    expect((await f.getOrder(order.id)).status).toBe('partially_received');
    const receipt = (
      await t.request({ method: 'GET', url: `${RECEIPTS}/${receiptId}`, as: receiver })
    ).json();
    expect(receipt.lines[0]).toMatchObject({ quantityReturned: '2', quantityReturnable: '0' });

    // The supplier (no portal user) is e-mailed at the address the order went to.
    const [mail] = await outboxTo(contactEmail).then((m) => m.filter((x) => x.subject.includes(ret.number)));
    expect(mail?.subject).toBe(`Return ${ret.number} for order ${order.number}`);
    const body = (await t.request({ method: 'GET', url: `/api/v1/outbox/${mail!.id}`, as: admin })).json()
      .textBody;
    expect(body).toContain('Line 1: 2');
    expect(body).toContain('Damaged: Crushed cartons');
    expect(body).toContain('Please send a replacement to arrive by 2027-01-20.');
    expect(body).toContain('Collected by our carrier on Friday');

    // The order's timeline names it.
    const audit = (
      await t.request({
        method: 'GET',
        url: `/api/v1/audit?entityType=purchase_order&entityId=${order.id}`,
        as: admin,
      })
    ).json().items;
    expect(audit.map((a: { action: string }) => a.action)).toContain('supplier_return');

    // Nothing rejected is left: a second return is refused and changes nothing.
    const again = await returnGoods(receiver, { receiptId, remedy: 'credit' });
    expect(again.statusCode, again.body).toBe(409);
    const more = await returnGoods(receiver, {
      receiptId,
      remedy: 'credit',
      lines: [{ lineNo: 1, quantity: '1' }],
    });
    expect(more.statusCode).toBe(422);
    expect(more.json().errors).toEqual([
      { path: 'lines[0].quantity', message: expect.stringContaining('has rejected and not yet returned: 0') },
    ]);

    // The replacement arrives and passes: the order is received.
    const replacement = await t.request({
      method: 'POST',
      url: RECEIPTS,
      as: receiver,
      payload: { purchaseOrderId: order.id, lines: [{ lineNo: 1, quantity: '2' }] },
    });
    expect(replacement.statusCode, replacement.body).toBe(201);
    const passed = await t.request({
      method: 'POST',
      url: `${RECEIPTS}/${replacement.json().id}/inspection`,
      as: inspector,
      payload: { lines: [{ lineNo: 1, quantityAccepted: '2', quantityRejected: '0' }] },
    });
    expect(passed.statusCode, passed.body).toBe(200);
    const done = await f.getOrder(order.id);
    expect(done.status).toBe('received');
    expect(done.lines[0]).toMatchObject({ quantityAccepted: '10', progress: { outstanding: '0' } });
  });

  it('sends rejected goods back for a credit: no longer expected, so the order is received with what was accepted', async () => {
    const { order, receiptId } = await orderWithRejectedGoods();
    const res = await returnGoods(inspector, { receiptId, remedy: 'credit' });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json()).toMatchObject({ remedy: 'credit', replacementExpectedOn: null });
    const now = await f.getOrder(order.id);
    expect(now.status).toBe('received');
    expect(now.lines[0]).toMatchObject({
      quantityReturned: '2',
      quantityCredited: '2',
      quantityShortClosed: '2',
      progress: { expected: '8', outstanding: '0', acceptedPercent: '100.00' },
    });
    expect(now.progress.fullyReceived).toBe(true);
  });

  it('returns part of what was rejected, and the rest later', async () => {
    const { order, receiptId } = await orderWithRejectedGoods();
    const first = await returnGoods(receiver, {
      receiptId,
      remedy: 'credit',
      lines: [{ lineNo: 1, quantity: '1' }],
    });
    expect(first.statusCode, first.body).toBe(201);
    const second = await returnGoods(receiver, {
      receiptId,
      remedy: 'replacement',
      replacementExpectedOn: '2027-02-01',
    });
    expect(second.statusCode, second.body).toBe(201);
    expect(second.json().lines).toMatchObject([{ lineNo: 1, quantity: '1' }]);
    const [line1] = await orderLines(order.id);
    expect(line1).toMatchObject({
      quantityReturned: '2',
      quantityCredited: '1',
      progress: { expected: '9', outstanding: '1' },
    });
    const listed = (
      await t.request({ method: 'GET', url: `${RETURNS}?purchaseOrderId=${order.id}`, as: receiver })
    ).json();
    expect(listed.items.map((r: { number: string }) => r.number)).toEqual([
      second.json().number,
      first.json().number,
    ]);
    const credits = (
      await t.request({
        method: 'GET',
        url: `${RETURNS}?purchaseOrderId=${order.id}&remedy=credit`,
        as: receiver,
      })
    ).json();
    expect(credits.items.map((r: { number: string }) => r.number)).toEqual([first.json().number]);
  });

  it('checks every field, names the problem and changes nothing', async () => {
    const { order, receiptId } = await orderWithRejectedGoods();
    const cases: [object, string, number][] = [
      [{ receiptId, remedy: 'replacement' }, 'replacementExpectedOn', 422],
      [
        { receiptId, remedy: 'replacement', replacementExpectedOn: '2020-01-01' },
        'replacementExpectedOn',
        422,
      ],
      [{ receiptId, remedy: 'credit', replacementExpectedOn: '2027-01-01' }, 'replacementExpectedOn', 422],
      [{ receiptId, remedy: 'refund' }, 'remedy', 422],
      [{ receiptId: '00000000-0000-4000-8000-000000000000', remedy: 'credit' }, 'receiptId', 422],
      [{ receiptId, remedy: 'credit', lines: [{ lineNo: 9, quantity: '1' }] }, 'lines[0].lineNo', 422],
      [{ receiptId, remedy: 'credit', lines: [{ lineNo: 1, quantity: '3' }] }, 'lines[0].quantity', 422],
      [{ receiptId, remedy: 'credit', lines: [{ lineNo: 2, quantity: '1' }] }, 'lines[0].quantity', 422],
      [{ receiptId, remedy: 'credit', lines: [{ lineNo: 1, quantity: '-1' }] }, 'lines[0].quantity', 422],
    ];
    for (const [body, path, status] of cases) {
      const res = await returnGoods(receiver, body);
      expect(res.statusCode, `${JSON.stringify(body)} ${res.body}`).toBe(status);
      expect(
        res.json().errors.map((e: { path: string }) => e.path),
        JSON.stringify(body),
      ).toContain(path);
    }
    const listed = (
      await t.request({ method: 'GET', url: `${RETURNS}?purchaseOrderId=${order.id}`, as: receiver })
    ).json();
    expect(listed.items).toEqual([]);
    expect((await orderLines(order.id))[0]).toMatchObject({ quantityReturned: '0', promisedDate: null });
  });

  it('is raised by receivers, inspectors and buyers; a requester only reads; a held order is refused', async () => {
    const { order, receiptId } = await orderWithRejectedGoods();
    const requester = await t.loginAs(['requester']);
    expect((await returnGoods(requester, { receiptId, remedy: 'credit' })).statusCode).toBe(403);
    const approver = await t.loginAs(['approver']);
    expect((await returnGoods(approver, { receiptId, remedy: 'credit' })).statusCode).toBe(403);
    const held = await t.request({
      method: 'POST',
      url: `${PO}/${order.id}/hold`,
      as: f.buyer,
      headers: ifMatch(await f.getOrder(order.id)),
      payload: { reason: 'Supplier audit' },
    });
    expect(held.statusCode, held.body).toBe(200);
    const refused = await returnGoods(f.buyer, { receiptId, remedy: 'credit' });
    expect(refused.statusCode, refused.body).toBe(409);
    expect(refused.json().detail).toContain('on_hold');
  });
});

describe('the supplier’s view', () => {
  it('shows a supplier its own returns in the portal and tells its portal users; nobody else’s', async () => {
    const { supplierId, receiptId } = await orderWithRejectedGoods();
    const mine = await f.supplierUser(supplierId);
    const res = await returnGoods(receiver, {
      receiptId,
      remedy: 'replacement',
      replacementExpectedOn: '2027-03-01',
    });
    expect(res.statusCode, res.body).toBe(201);
    const ret = res.json();
    const listed = (await t.request({ method: 'GET', url: '/api/v1/portal/returns', as: mine })).json();
    expect(listed.items.map((r: { id: string }) => r.id)).toEqual([ret.id]);
    const one = await t.request({ method: 'GET', url: `/api/v1/portal/returns/${ret.id}`, as: mine });
    expect(one.statusCode).toBe(200);
    expect(one.json().lines[0].rejectionReasons).toEqual([{ reason: 'damaged', note: 'Crushed cartons' }]);
    const told = (await t.request({ method: 'GET', url: '/api/v1/notifications', as: mine })).json().items;
    expect(told).toContainEqual(
      expect.objectContaining({ kind: 'supplier_return', link: `/portal/returns#${ret.number}` }),
    );

    const other = await f.supplierUser((await f.supplierWithContact()).id);
    const theirs = (await t.request({ method: 'GET', url: '/api/v1/portal/returns', as: other })).json();
    expect(theirs.items).toEqual([]);
    expect(
      (await t.request({ method: 'GET', url: `/api/v1/portal/returns/${ret.id}`, as: other })).statusCode,
    ).toBe(404);
    expect((await t.request({ method: 'GET', url: `${RETURNS}/${ret.id}`, as: other })).statusCode).toBe(403);
  });
});

describe('photos and test reports', () => {
  it('go with the inspection on the receipt; those sent with a return are the only files its supplier sees', async () => {
    const { supplierId, receiptId, contactEmail } = await orderWithRejectedGoods();
    const photo = await t.request({
      method: 'POST',
      url: `${RECEIPTS}/${receiptId}/attachments`,
      as: inspector,
      ...multipart('crushed carton.png', PHOTO),
    });
    expect(photo.statusCode, photo.body).toBe(201);
    expect(photo.json()).toMatchObject({ documentType: 'goods_receipt', mediaType: 'image/png' });
    const note = await t.request({
      method: 'POST',
      url: `${RECEIPTS}/${receiptId}/attachments`,
      as: receiver,
      ...multipart('delivery note.pdf', Buffer.from('%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n')),
    });
    expect(note.statusCode, note.body).toBe(201);
    const listed = await t.request({
      method: 'GET',
      url: `${RECEIPTS}/${receiptId}/attachments`,
      as: receiver,
    });
    expect(
      listed
        .json()
        .items.map((a: { fileName: string }) => a.fileName)
        .sort(),
    ).toEqual(['crushed carton.png', 'delivery note.pdf']);

    // A file that is not the receipt's is refused, and nothing is returned.
    const wrong = await returnGoods(receiver, {
      receiptId,
      remedy: 'credit',
      attachmentIds: ['00000000-0000-4000-8000-000000000000'],
    });
    expect(wrong.statusCode).toBe(422);
    expect(wrong.json().errors).toEqual([
      { path: 'attachmentIds[0]', message: 'is not a file attached to the receipt' },
    ]);
    expect(
      (await t.request({ method: 'GET', url: `${RETURNS}?receiptId=${receiptId}`, as: receiver })).json()
        .items,
    ).toEqual([]);

    const res = await returnGoods(receiver, {
      receiptId,
      remedy: 'credit',
      attachmentIds: [photo.json().id],
    });
    expect(res.statusCode, res.body).toBe(201);
    const ret = res.json();
    expect(ret.attachmentCount).toBe(1);

    const supplier = await f.supplierUser(supplierId);
    const files = await t.request({
      method: 'GET',
      url: `/api/v1/portal/returns/${ret.id}/attachments`,
      as: supplier,
    });
    expect(files.statusCode, files.body).toBe(200);
    const [sent] = files.json().items;
    expect(sent).toMatchObject({ fileName: 'crushed carton.png', documentType: 'supplier_return' });
    const content = await t.request({
      method: 'GET',
      url: `/api/v1/portal/attachments/${sent.id}/content`,
      as: supplier,
    });
    expect(content.statusCode).toBe(200);
    expect(Buffer.from(content.rawPayload).equals(PHOTO)).toBe(true);
    // The receipt's own files stay inside: the delivery note and the photo as attached to the receipt.
    for (const id of [note.json().id, photo.json().id]) {
      const res = await t.request({
        method: 'GET',
        url: `/api/v1/portal/attachments/${id}/content`,
        as: supplier,
      });
      expect(res.statusCode).toBe(404);
    }
    const other = await f.supplierUser((await f.supplierWithContact()).id);
    expect(
      (await t.request({ method: 'GET', url: `/api/v1/portal/attachments/${sent.id}/content`, as: other }))
        .statusCode,
    ).toBe(404);
    expect(
      (await t.request({ method: 'GET', url: `/api/v1/portal/returns/${ret.id}/attachments`, as: other }))
        .statusCode,
    ).toBe(404);

    const mails = await outboxTo(contactEmail);
    const mail = mails.find((m) => m.subject.includes(ret.number));
    const body = (await t.request({ method: 'GET', url: `/api/v1/outbox/${mail!.id}`, as: admin })).json()
      .textBody;
    expect(body).toContain('1 photo or report is in the portal, with the return.');
  });
});
