import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { lockReceivingState } from '../../src/core/purchase-orders';
import { createReceipt, recordInspection } from '../../src/core/receiving';
import { validateUbl } from '../../src/documents/ubl-schema';
import { seedCategory, seedItem, seedUnit } from '../../src/seed/catalog-factories';
import { actorFor } from '../../src/seed/purchase-order-factories';
import { createTestApp, type TestApp } from '../helpers/app';
import { countingCtx } from '../helpers/counting';
import { ifMatch, PO, portalFixture, type SentOrder, type Who } from '../helpers/portal';
import { seedUser } from '../helpers/seed';

let t: TestApp;
let f: Awaited<ReturnType<typeof portalFixture>>;
let admin: Who;
let receiver: Who;
let inspector: Who;
let supplierId: string;

const RECEIPTS = '/api/v1/receipts';

function receive(as: Who, body: object) {
  return t.request({ method: 'POST', url: RECEIPTS, as, payload: body });
}

function inspect(as: Who, receiptId: string, lines: object[]) {
  return t.request({ method: 'POST', url: `${RECEIPTS}/${receiptId}/inspection`, as, payload: { lines } });
}

function reverse(as: Who, receiptId: string, body: object) {
  return t.request({ method: 'POST', url: `${RECEIPTS}/${receiptId}/reverse`, as, payload: body });
}

type Line = {
  quantityReceived: string;
  quantityAccepted: string;
  quantityRejected: string;
  progress: { outstanding: string; pendingInspection: string; acceptedPercent: string };
};
async function orderLines(id: string): Promise<Line[]> {
  return (await f.getOrder(id)).lines;
}

async function setGlobalTolerance(overReceipt: { percent?: string; absolute?: string } | null) {
  const list = (await t.request({ method: 'GET', url: '/api/v1/tolerances?scope=global', as: admin })).json();
  const existing = list.items.find((r: { scope: string }) => r.scope === 'global');
  if (existing) {
    const res = await t.request({
      method: 'DELETE',
      url: `/api/v1/tolerances/${existing.id}`,
      as: admin,
      headers: ifMatch(existing),
    });
    expect(res.statusCode, res.body).toBe(204);
  }
  if (!overReceipt) return;
  const res = await t.request({
    method: 'POST',
    url: '/api/v1/tolerances',
    as: admin,
    payload: { scope: 'global', overReceipt },
  });
  expect(res.statusCode, res.body).toBe(201);
}

beforeAll(async () => {
  t = await createTestApp();
  f = await portalFixture(t);
  admin = await t.loginAs(['admin']);
  receiver = await t.loginAs(['receiver']);
  inspector = await t.loginAs(['inspector']);
  supplierId = (await f.supplierWithContact()).id;
}, 60_000);
afterAll(async () => {
  await t.close();
});

describe('goods receipts', () => {
  it('receives part of an order from its ship notice, then the rest; the order follows and is received', async () => {
    const order = await f.sentOrder(supplierId);
    const notice = await t.request({
      method: 'POST',
      url: `${PO}/${order.id}/ship-notices`,
      as: f.buyer,
      payload: { despatchDate: '2026-12-01', lines: [{ lineNo: 1, quantity: '10' }] },
    });
    expect(notice.statusCode, notice.body).toBe(201);
    const first = await receive(receiver, {
      purchaseOrderId: order.id,
      shipNoticeId: notice.json().id,
      deliveryNote: ' DN-4711 ',
      storageLocation: 'Dock 2',
      lines: [
        { lineNo: 1, quantity: '10', lotNumber: 'L-2026-12', serialNumbers: ['S1', 'S2'] },
        { lineNo: 2, quantity: '5' },
      ],
    });
    expect(first.statusCode, first.body).toBe(201);
    const receipt = first.json();
    expect(first.headers.location).toBe(`${RECEIPTS}/${receipt.id}`);
    expect(receipt).toMatchObject({
      number: expect.stringMatching(/^GR-\d{4}-\d{5}$/),
      kind: 'receipt',
      purchaseOrderNumber: order.number,
      shipNoticeId: notice.json().id,
      deliveryNote: 'DN-4711',
      storageLocation: 'Dock 2',
      overReceived: false,
      pendingInspection: false,
      recordedBy: { id: receiver.userId },
      lines: [
        {
          lineNo: 1,
          quantity: '10',
          status: 'accepted',
          quantityAccepted: '10',
          lotNumber: 'L-2026-12',
          serialNumbers: ['S1', 'S2'],
        },
        { lineNo: 2, quantity: '5', status: 'accepted', quantityAccepted: '5' },
      ],
    });
    let now = await f.getOrder(order.id);
    expect(now.status).toBe('partially_received');
    expect(
      now.lines.map((l: Line) => [l.quantityReceived, l.quantityAccepted, l.progress.outstanding]),
    ).toEqual([
      ['10', '10', '0'],
      ['5', '5', '15'],
      ['0', '0', '30'],
    ]);
    expect(now.progress).toMatchObject({ acceptedPercent: '25.00', fullyReceived: false, anyReceived: true });

    const rest = await receive(receiver, {
      purchaseOrderId: order.id,
      lines: [
        { lineNo: 2, quantity: '15' },
        { lineNo: 3, quantity: '30' },
      ],
    });
    expect(rest.statusCode, rest.body).toBe(201);
    now = await f.getOrder(order.id);
    expect(now.status).toBe('received');
    expect(now.progress).toMatchObject({ acceptedPercent: '100.00', fullyReceived: true });

    const again = await receive(receiver, {
      purchaseOrderId: order.id,
      lines: [{ lineNo: 1, quantity: '1' }],
    });
    expect(again.statusCode).toBe(409);
    expect(again.json().detail).toContain('"received"');

    const list = await t.request({
      method: 'GET',
      url: `${RECEIPTS}?purchaseOrderId=${order.id}`,
      as: f.buyer,
    });
    expect(list.statusCode).toBe(200);
    expect(list.json().items.map((r: { id: string }) => r.id)).toEqual([rest.json().id, receipt.id]);

    const history = (
      await t.request({
        method: 'GET',
        url: `/api/v1/audit?entityType=purchase_order&entityId=${order.id}`,
        as: admin,
      })
    ).json().items as { action: string }[];
    expect(history.filter((e) => e.action === 'goods_receipt')).toHaveLength(2);
    expect(history.some((e) => e.action === 'receive')).toBe(true);
  });

  it('refuses a quantity beyond the open quantity and the tolerance, naming the line, what is open and the limit', async () => {
    await setGlobalTolerance(null);
    const order = await f.sentOrder(supplierId);
    const res = await receive(receiver, {
      purchaseOrderId: order.id,
      lines: [
        { lineNo: 1, quantity: '11' },
        { lineNo: 2, quantity: '4' },
      ],
    });
    expect(res.statusCode, res.body).toBe(422);
    const [error, ...others] = res.json().errors;
    expect(others).toEqual([]);
    expect(error.path).toBe('lines[0].quantity');
    expect(error.message).toContain('line 1');
    expect(error.message).toContain('10');
    expect(error.message).toContain('at most 10');
    expect(error.message).toContain('no over-receipt is allowed');
    // Nothing was recorded: not even the line that was fine.
    expect((await orderLines(order.id)).map((l) => l.quantityReceived)).toEqual(['0', '0', '0']);
    const list = await t.request({
      method: 'GET',
      url: `${RECEIPTS}?purchaseOrderId=${order.id}`,
      as: f.buyer,
    });
    expect(list.json().items).toEqual([]);
  });

  it('accepts an over-receipt within the tolerance and flags it; the allowance is used up', async () => {
    await setGlobalTolerance({ percent: '10', absolute: '1.5' });
    try {
      const order = await f.sentOrder(supplierId);
      // 10 % of 20 is 2, capped at 1.5 absolute: at most 21.5 — but the unit has no decimals.
      const over = await receive(receiver, {
        purchaseOrderId: order.id,
        lines: [{ lineNo: 2, quantity: '21' }],
      });
      expect(over.statusCode, over.body).toBe(201);
      expect(over.json()).toMatchObject({ overReceived: true, lines: [{ lineNo: 2, overReceived: '1' }] });
      const line2 = (await orderLines(order.id))[1]!;
      expect(line2).toMatchObject({ quantityReceived: '21', quantityAccepted: '21' });
      expect(line2.progress).toMatchObject({ outstanding: '0', acceptedPercent: '100.00' });
      const more = await receive(receiver, {
        purchaseOrderId: order.id,
        lines: [{ lineNo: 2, quantity: '1' }],
      });
      expect(more.statusCode).toBe(422);
      expect(more.json().errors[0].message).toContain('at most 0.5');
      expect(more.json().errors[0].message).toContain('global rule');
    } finally {
      await setGlobalTolerance(null);
    }
  });

  it('converts a quantity in a unit that converts to the line’s, and refuses one that does not', async () => {
    const each = await seedUnit(t.ctx, { name: 'piece' });
    const box = await seedUnit(t.ctx, { name: 'box of 12', baseUnitCode: each.code, factor: '12' });
    const other = await seedUnit(t.ctx, { name: 'litre', decimals: 3 });
    const item = await seedItem(t.ctx, { unitCode: each.code });
    const order = await f.sentOrder(supplierId, [
      { itemId: item.id, quantity: '48', unitPrice: '2.00', unitCode: each.code },
    ]);
    const ok = await receive(receiver, {
      purchaseOrderId: order.id,
      lines: [{ lineNo: 1, quantity: '2', unitCode: box.code }],
    });
    expect(ok.statusCode, ok.body).toBe(201);
    expect(ok.json().lines[0]).toMatchObject({
      quantity: '24',
      enteredQuantity: '2',
      enteredUnitCode: box.code,
    });
    const bad = await receive(receiver, {
      purchaseOrderId: order.id,
      lines: [{ lineNo: 1, quantity: '1', unitCode: other.code }],
    });
    expect(bad.statusCode).toBe(422);
    expect(bad.json().errors).toEqual([
      { path: 'lines[0].unitCode', message: expect.stringContaining('does not convert') },
    ]);
  });

  it('checks every field and names each problem', async () => {
    const order = await f.sentOrder(supplierId);
    const other = await f.sentOrder(supplierId);
    const otherNotice = await t.request({
      method: 'POST',
      url: `${PO}/${other.id}/ship-notices`,
      as: f.buyer,
      payload: { despatchDate: '2026-12-01', lines: [{ lineNo: 1, quantity: '1' }] },
    });
    const res = await receive(receiver, {
      purchaseOrderId: order.id,
      shipNoticeId: otherNotice.json().id,
      receivedOn: '2099-01-01',
      lines: [
        { lineNo: 9, quantity: '1' },
        { lineNo: 1, quantity: '1.5' },
        { lineNo: 2, quantity: '2', serialNumbers: ['A', 'A'] },
        { lineNo: 2, quantity: '1' },
      ],
    });
    expect(res.statusCode).toBe(422);
    expect(
      res
        .json()
        .errors.map((e: { path: string }) => e.path)
        .sort(),
    ).toEqual(
      [
        'receivedOn',
        'lines[0].lineNo',
        'lines[3].lineNo',
        'shipNoticeId',
        'lines[1].quantity',
        'lines[2].serialNumbers',
      ].sort(),
    );
  });

  it('receives only orders that were sent and are not fully received', async () => {
    const draft = await t.request({ method: 'GET', url: `${PO}?status=draft&limit=1`, as: f.buyer });
    expect(draft.statusCode).toBe(200);
    const order = await f.sentOrder(supplierId);
    const hold = await t.request({
      method: 'POST',
      url: `${PO}/${order.id}/hold`,
      as: f.buyer,
      headers: ifMatch(await f.getOrder(order.id)),
      payload: { reason: 'Supplier audit' },
    });
    expect(hold.statusCode, hold.body).toBe(200);
    const res = await receive(receiver, { purchaseOrderId: order.id, lines: [{ lineNo: 1, quantity: '1' }] });
    expect(res.statusCode).toBe(409);
    expect(res.json().detail).toContain('"on_hold"');
  });
});

describe('the dock’s lookup', () => {
  it('finds an order awaiting goods by its number or by a scanned tracking number, with its ship notices', async () => {
    const order = await f.sentOrder(supplierId);
    const tracking = `1Z${Math.random().toString(36).slice(2, 12).toUpperCase()}`;
    const notice = await t.request({
      method: 'POST',
      url: `${PO}/${order.id}/ship-notices`,
      as: f.buyer,
      payload: {
        despatchDate: '2026-03-01',
        trackingNumber: tracking,
        lines: [{ lineNo: 2, quantity: '20' }],
      },
    });
    expect(notice.statusCode, notice.body).toBe(201);
    const lookup = (q: string) =>
      t.request({
        method: 'GET',
        url: `/api/v1/expected-deliveries?q=${encodeURIComponent(q)}`,
        as: receiver,
      });
    const scanned = await lookup(tracking.toLowerCase());
    expect(scanned.statusCode, scanned.body).toBe(200);
    expect(scanned.json().items[0]).toMatchObject({
      order: { id: order.id, number: order.number },
      matchedShipNoticeId: notice.json().id,
      shipNotices: [{ id: notice.json().id, lines: [{ lineNo: 2, quantity: '20' }] }],
    });
    const byNumber = (await lookup(order.number)).json().items;
    expect(byNumber.map((e: { order: { id: string } }) => e.order.id)).toEqual([order.id]);
    expect(byNumber[0].matchedShipNoticeId).toBeNull();
    // Received in full: nothing is expected any more.
    await receive(receiver, {
      purchaseOrderId: order.id,
      lines: order.lines.map((l, i) => ({ lineNo: l.lineNo, quantity: String((i + 1) * 10) })),
    });
    expect((await lookup(order.number)).json().items).toEqual([]);
    expect((await lookup(' ')).statusCode).toBe(422);
  });
});

describe('quality inspection', () => {
  async function inspectedOrder(): Promise<{ order: SentOrder; itemId: string }> {
    const item = await seedItem(t.ctx, { inspectionRequired: true });
    const order = await f.sentOrder(supplierId, [
      { itemId: item.id, quantity: '10', unitPrice: '5.00', unitCode: item.unitCode },
      { itemId: f.itemId, quantity: '4', unitPrice: '5.00' },
    ]);
    return { order, itemId: item.id };
  }

  it('holds goods of an item that needs inspection until an inspector accepts or rejects them', async () => {
    const { order } = await inspectedOrder();
    const res = await receive(receiver, {
      purchaseOrderId: order.id,
      lines: [
        { lineNo: 1, quantity: '10' },
        { lineNo: 2, quantity: '4' },
      ],
    });
    expect(res.statusCode, res.body).toBe(201);
    const receipt = res.json();
    expect(receipt.pendingInspection).toBe(true);
    expect(receipt.lines.map((l: { status: string }) => l.status)).toEqual([
      'pending_inspection',
      'accepted',
    ]);
    let now = await f.getOrder(order.id);
    expect(now.status).toBe('partially_received');
    expect(now.lines[0].progress).toMatchObject({
      pendingInspection: '10',
      outstanding: '0',
      acceptedPercent: '0.00',
    });

    const queue = (
      await t.request({ method: 'GET', url: '/api/v1/inspections/pending?limit=100', as: inspector })
    ).json();
    expect(queue.items.filter((q: { receiptId: string }) => q.receiptId === receipt.id)).toMatchObject([
      { lineNo: 1, quantityPending: '10', receiptNumber: receipt.number, purchaseOrderNumber: order.number },
    ]);

    // A receiver does not inspect (the inspector role does).
    const byReceiver = await inspect(receiver, receipt.id, [
      { lineNo: 1, quantityAccepted: '10', quantityRejected: '0' },
    ]);
    expect(byReceiver.statusCode).toBe(403);

    const wrong = await inspect(inspector, receipt.id, [
      { lineNo: 1, quantityAccepted: '9', quantityRejected: '2', rejectionReason: 'damaged' },
      { lineNo: 2, quantityAccepted: '4', quantityRejected: '0' },
    ]);
    expect(wrong.statusCode).toBe(422);
    expect(wrong.json().errors.map((e: { path: string }) => e.path)).toEqual([
      'lines[0].quantityAccepted',
      'lines[1].lineNo',
    ]);
    const noReason = await inspect(inspector, receipt.id, [
      { lineNo: 1, quantityAccepted: '8', quantityRejected: '2' },
    ]);
    expect(noReason.json().errors).toEqual([
      { path: 'lines[0].rejectionReason', message: expect.any(String) },
    ]);
    const otherWithoutWords = await inspect(inspector, receipt.id, [
      { lineNo: 1, quantityAccepted: '8', quantityRejected: '2', rejectionReason: 'other' },
    ]);
    expect(otherWithoutWords.json().errors).toEqual([
      { path: 'lines[0].rejectionNote', message: expect.any(String) },
    ]);

    const partly = await inspect(inspector, receipt.id, [
      {
        lineNo: 1,
        quantityAccepted: '6',
        quantityRejected: '2',
        rejectionReason: 'damaged',
        rejectionNote: 'Crushed box',
      },
    ]);
    expect(partly.statusCode, partly.body).toBe(200);
    expect(partly.json().lines[0]).toMatchObject({
      status: 'pending_inspection',
      quantityAccepted: '6',
      quantityRejected: '2',
      quantityPending: '2',
      inspections: [
        { quantityRejected: '2', rejectionReason: 'damaged', inspectedBy: { id: inspector.userId } },
      ],
    });
    const rest = await inspect(inspector, receipt.id, [
      { lineNo: 1, quantityAccepted: '2', quantityRejected: '0' },
    ]);
    expect(rest.json().lines[0]).toMatchObject({ status: 'inspected', quantityPending: '0' });
    now = await f.getOrder(order.id);
    expect(now.lines[0]).toMatchObject({
      quantityReceived: '10',
      quantityAccepted: '8',
      quantityRejected: '2',
    });
    // The rejected 2 are open again: a replacement may come.
    expect(now.lines[0].progress).toMatchObject({
      outstanding: '2',
      acceptedPercent: '80.00',
      pendingInspection: '0',
    });
    expect(now.status).toBe('partially_received');
    const more = await inspect(inspector, receipt.id, [
      { lineNo: 1, quantityAccepted: '1', quantityRejected: '0' },
    ]);
    expect(more.statusCode).toBe(422);

    // The replacement arrives, is inspected and accepted: the order is received.
    const replacement = await receive(receiver, {
      purchaseOrderId: order.id,
      lines: [{ lineNo: 1, quantity: '2' }],
    });
    expect(replacement.statusCode, replacement.body).toBe(201);
    await inspect(inspector, replacement.json().id, [
      { lineNo: 1, quantityAccepted: '2', quantityRejected: '0' },
    ]);
    expect((await f.getOrder(order.id)).status).toBe('received');
  });

  it('inspects the goods of a category that needs inspection', async () => {
    const category = await seedCategory(t.ctx, { inspectionRequired: true });
    const item = await seedItem(t.ctx, { categoryId: category.id });
    const order = await f.sentOrder(supplierId, [
      { itemId: item.id, quantity: '3', unitPrice: '1.00', unitCode: item.unitCode },
    ]);
    const res = await receive(receiver, { purchaseOrderId: order.id, lines: [{ lineNo: 1, quantity: '3' }] });
    expect(res.json().lines[0].status).toBe('pending_inspection');
  });
});

describe('the Receipt Advice', () => {
  it('says what was received, short of the ship notice and rejected with the reason; valid UBL', async () => {
    const item = await seedItem(t.ctx, { inspectionRequired: true });
    const order = await f.sentOrder(supplierId, [
      { itemId: item.id, quantity: '10', unitPrice: '5.00', unitCode: item.unitCode },
      { itemId: f.itemId, quantity: '20', unitPrice: '5.00' },
    ]);
    const notice = await t.request({
      method: 'POST',
      url: `${PO}/${order.id}/ship-notices`,
      as: f.buyer,
      payload: {
        despatchDate: '2026-03-01',
        lines: [
          { lineNo: 1, quantity: '10' },
          { lineNo: 2, quantity: '20' },
        ],
      },
    });
    const res = await receive(receiver, {
      purchaseOrderId: order.id,
      shipNoticeId: notice.json().id,
      deliveryNote: 'DN-<4711>',
      lines: [
        { lineNo: 1, quantity: '10', lotNumber: 'L-7' },
        { lineNo: 2, quantity: '18' },
      ],
    });
    expect(res.statusCode, res.body).toBe(201);
    const receipt = res.json();
    await inspect(inspector, receipt.id, [
      {
        lineNo: 1,
        quantityAccepted: '8',
        quantityRejected: '2',
        rejectionReason: 'damaged',
        rejectionNote: 'Crushed',
      },
    ]);
    const ubl = await t.request({ method: 'GET', url: `${RECEIPTS}/${receipt.id}/ubl`, as: f.buyer });
    expect(ubl.statusCode, ubl.body).toBe(200);
    expect(ubl.headers['content-type']).toContain('application/xml');
    // Compared without the serializer's indentation.
    const xml = ubl.body.replace(/>\s+</g, '><');
    const { valid, problems } = await validateUbl(ubl.body, 'ReceiptAdvice');
    expect(problems).toEqual([]);
    expect(valid).toBe(true);
    expect(xml).toContain(`<cbc:ID>${receipt.number}</cbc:ID>`);
    expect(xml).toContain(`<cac:OrderReference><cbc:ID>${order.number}</cbc:ID></cac:OrderReference>`);
    expect(xml).toContain('<cbc:Note>Delivery note DN-&lt;4711&gt;</cbc:Note>');
    expect(xml).toMatch(/<cbc:ReceivedQuantity unitCode="[^"]+">10<\/cbc:ReceivedQuantity>/);
    expect(xml).toMatch(
      /<cbc:RejectedQuantity unitCode="[^"]+">2<\/cbc:RejectedQuantity><cbc:RejectReasonCode>damaged<\/cbc:RejectReasonCode><cbc:RejectReason>damaged: Crushed<\/cbc:RejectReason>/,
    );
    expect(xml).toMatch(
      /<cbc:ReceivedQuantity unitCode="[^"]+">18<\/cbc:ReceivedQuantity><cbc:ShortQuantity unitCode="[^"]+">2<\/cbc:ShortQuantity>/,
    );
    const reversal = await reverse(receiver, receipt.id, {
      reason: 'Counted again',
      lines: [{ lineNo: 2, quantity: '1' }],
    });
    expect(
      (await t.request({ method: 'GET', url: `${RECEIPTS}/${reversal.json().id}/ubl`, as: f.buyer }))
        .statusCode,
    ).toBe(409);
    const again = await t.request({ method: 'GET', url: `${RECEIPTS}/${receipt.id}/ubl`, as: f.buyer });
    const after = again.body.replace(/>\s+</g, '><');
    expect(after).toMatch(
      /<cbc:ReceivedQuantity unitCode="[^"]+">17<\/cbc:ReceivedQuantity><cbc:ShortQuantity unitCode="[^"]+">3<\/cbc:ShortQuantity>/,
    );
  });
});

describe('reversals', () => {
  it('corrects a mistyped receipt by a reversal of its own; the order goes back when nothing is left', async () => {
    const order = await f.sentOrder(supplierId);
    const typo = await receive(receiver, {
      purchaseOrderId: order.id,
      lines: [
        { lineNo: 1, quantity: '8' },
        { lineNo: 2, quantity: '20' },
      ],
    });
    expect(typo.statusCode).toBe(201);
    const receipt = typo.json();
    const noReason = await reverse(receiver, receipt.id, { reason: ' ' });
    expect(noReason.statusCode).toBe(422);
    const tooMuch = await reverse(receiver, receipt.id, {
      reason: 'Typo',
      lines: [{ lineNo: 1, quantity: '9' }],
    });
    expect(tooMuch.statusCode).toBe(422);
    expect(tooMuch.json().errors[0]).toMatchObject({ path: 'lines[0].quantity' });

    const part = await reverse(receiver, receipt.id, {
      reason: 'Counted 3, typed 8',
      lines: [{ lineNo: 1, quantity: '5' }],
    });
    expect(part.statusCode, part.body).toBe(201);
    const reversal = part.json();
    expect(reversal).toMatchObject({
      number: expect.stringMatching(/^GR-/),
      kind: 'reversal',
      reversesReceiptId: receipt.id,
      reason: 'Counted 3, typed 8',
      lines: [{ lineNo: 1, quantity: '5' }],
    });
    expect(reversal.number).not.toBe(receipt.number);
    expect((await orderLines(order.id)).map((l) => l.quantityAccepted)).toEqual(['3', '20', '0']);
    const original = (
      await t.request({ method: 'GET', url: `${RECEIPTS}/${receipt.id}`, as: receiver })
    ).json();
    expect(original.lines[0]).toMatchObject({ quantity: '8', quantityReversed: '5', quantityAccepted: '3' });

    const cannot = await reverse(receiver, reversal.id, { reason: 'Undo' });
    expect(cannot.statusCode).toBe(409);

    const whole = await reverse(receiver, receipt.id, { reason: 'Wrong order entirely' });
    expect(whole.statusCode, whole.body).toBe(201);
    expect(whole.json().lines).toMatchObject([
      { lineNo: 1, quantity: '3' },
      { lineNo: 2, quantity: '20' },
    ]);
    const now = await f.getOrder(order.id);
    expect(now.status).toBe('sent');
    expect(now.lines.map((l: Line) => l.quantityReceived)).toEqual(['0', '0', '0']);
    const nothing = await reverse(receiver, receipt.id, { reason: 'Again' });
    expect(nothing.statusCode).toBe(409);
  });
});

describe('who sees and does what', () => {
  it('lets receivers receive goods, not buyers (they confirm services) or suppliers; hides receipts from a requester of another department', async () => {
    const order = await f.sentOrder(supplierId);
    const buyerTry = await receive(f.buyer, {
      purchaseOrderId: order.id,
      lines: [{ lineNo: 1, quantity: '1' }],
    });
    expect(buyerTry.statusCode).toBe(422);
    expect(buyerTry.json().errors).toEqual([
      {
        path: 'lines[0].lineNo',
        message: 'line 1 is goods: the dock receives it (a receiver); you may confirm service lines',
      },
    ]);
    const supplierUser = await f.supplierUser(supplierId);
    expect(
      (await receive(supplierUser, { purchaseOrderId: order.id, lines: [{ lineNo: 1, quantity: '1' }] }))
        .statusCode,
    ).toBe(403);
    const res = await receive(receiver, { purchaseOrderId: order.id, lines: [{ lineNo: 1, quantity: '1' }] });
    expect(res.statusCode).toBe(201);
    const requester = await t.loginAs(['requester']);
    const seen = await t.request({ method: 'GET', url: `${RECEIPTS}/${res.json().id}`, as: requester });
    expect(seen.statusCode).toBe(404);
    const listed = await t.request({
      method: 'GET',
      url: `${RECEIPTS}?purchaseOrderId=${order.id}`,
      as: requester,
    });
    expect(listed.json().items).toEqual([]);
    const unknown = await receive(receiver, {
      purchaseOrderId: '00000000-0000-4000-8000-000000000000',
      lines: [{ lineNo: 1, quantity: '1' }],
    });
    expect(unknown.statusCode).toBe(404);
  });
});

describe('two receivers at once', () => {
  // PostgreSQL runs both at once: both read 10 open, the second finds it taken under the lock (409).
  // PGlite has one connection, so the second request reads after the first committed: it is told
  // plainly that nothing is open (422). Either way one receipt, never 20 received.
  const onPostgres = Boolean(process.env.TEST_DATABASE_URL);

  it('gives the last open quantity to one; the other is told the new open quantity', async () => {
    const order = await f.sentOrder(supplierId);
    const second = await t.loginAs(['receiver']);
    // Hold the order's receiving lock while both read the order, so both see 10 open.
    let a!: ReturnType<typeof receive>;
    let b!: ReturnType<typeof receive>;
    await t.ctx.db.transaction(async (tx) => {
      await lockReceivingState({ ...t.ctx, db: tx }, order.id);
      a = receive(receiver, { purchaseOrderId: order.id, lines: [{ lineNo: 1, quantity: '10' }] });
      b = receive(second, { purchaseOrderId: order.id, lines: [{ lineNo: 1, quantity: '10' }] });
      await new Promise((r) => setTimeout(r, 300));
    });
    const results = await Promise.all([a, b]);
    const codes = results.map((r) => r.statusCode).sort();
    expect(codes, results.map((r) => r.body).join('\n')).toEqual([201, onPostgres ? 409 : 422]);
    const loser = results.find((r) => r.statusCode !== 201)!.json();
    if (onPostgres) {
      expect(loser.detail).toContain('line 1 has 0');
      expect(loser.errors).toEqual([
        { path: 'lines[0].quantity', message: expect.stringContaining('0 Unit') },
      ]);
    } else {
      expect(loser.errors[0].message).toContain('0 Unit');
    }
    expect((await orderLines(order.id))[0]!.quantityReceived).toBe('10');
  });
});

describe('the statements of a receipt and an inspection', () => {
  it('do not grow with the lines received or inspected', async () => {
    const counting = countingCtx(t);
    const receiverActor = actorFor(await seedUser(t.ctx, { roles: ['receiver'] }));
    const inspectorActor = actorFor(await seedUser(t.ctx, { roles: ['inspector'] }));
    const item = await seedItem(t.ctx, { inspectionRequired: true });
    const measure = async (lineCount: number) => {
      const order = await f.sentOrder(
        supplierId,
        Array.from({ length: lineCount }, (_, i) => ({
          itemId: item.id,
          quantity: String(i + 2),
          unitPrice: '2.50',
          unitCode: item.unitCode,
        })),
      );
      counting.reset();
      const receipt = await createReceipt(counting.ctx, {
        actor: receiverActor,
        input: {
          purchaseOrderId: order.id,
          lines: order.lines.map((l, i) => ({ lineNo: l.lineNo, quantity: String(i + 2) })),
        },
      });
      const receiving = counting.count();
      counting.reset();
      await recordInspection(counting.ctx, {
        actor: inspectorActor,
        receiptId: receipt.id,
        input: {
          lines: receipt.lines.map((l) => ({
            lineNo: l.lineNo,
            quantityAccepted: l.quantity,
            quantityRejected: '0',
          })),
        },
      });
      expect((await f.getOrder(order.id)).status).toBe('received');
      return { receiving, inspecting: counting.count() };
    };
    await measure(1); // the year's receipt numbers may start here: their sequence is created once
    const one = await measure(1);
    const many = await measure(12);
    expect(many).toEqual(one);
    // Read the order, its items and units, the tolerances, settings, a number; lock, read the
    // lines, write the receipt, its lines, the quantities, the state change and what it appends.
    expect(one.receiving).toBeLessThanOrEqual(20);
  });
});
