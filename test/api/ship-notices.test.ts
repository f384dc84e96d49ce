import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { shipNotices } from '../../src/db/schema';
import { seedItem, seedUnit } from '../../src/seed/catalog-factories';
import { seedPurchaseOrder } from '../../src/seed/purchase-order-factories';
import { createTestApp, relayNow, type TestApp } from '../helpers/app';
import { ifMatch, PO, portalFixture, type SentOrder, type Who } from '../helpers/portal';

let t: TestApp;
let f: Awaited<ReturnType<typeof portalFixture>>;
let admin: Who;

function ship(as: Who, order: { id: string }, body: object) {
  return t.request({ method: 'POST', url: `${PO}/${order.id}/ship-notices`, as, payload: body });
}

function despatchAdvice(as: Who, xml: string) {
  return t.request({
    method: 'POST',
    url: '/api/v1/ship-notices/despatch-advice',
    as,
    headers: { 'content-type': 'application/xml' },
    payload: xml,
  });
}

async function acknowledged(supplierId: string, me: Who): Promise<SentOrder> {
  const order = await f.sentOrder(supplierId);
  const res = await t.request({
    method: 'POST',
    url: `${PO}/${order.id}/supplier-response`,
    as: me,
    payload: {
      orderRevision: order.revision,
      lines: [1, 2, 3].map((lineNo) => ({ lineNo, decision: 'accept' })),
    },
  });
  expect(res.statusCode, res.body).toBe(201);
  return order;
}

/** The over-receipt tolerance of the supplier's rule (the policy ship notices and receipts follow); null: none. */
async function setTolerance(supplierId: string, percent: string | null) {
  const list = (
    await t.request({ method: 'GET', url: `/api/v1/tolerances?supplierId=${supplierId}`, as: admin })
  ).json();
  const existing = list.items.find((r: { scope: string }) => r.scope === 'supplier');
  if (existing) {
    const res = await t.request({
      method: 'DELETE',
      url: `/api/v1/tolerances/${existing.id}`,
      as: admin,
      headers: ifMatch(existing),
    });
    expect(res.statusCode, res.body).toBe(204);
  }
  if (percent === null) return;
  const res = await t.request({
    method: 'POST',
    url: '/api/v1/tolerances',
    as: admin,
    payload: { scope: 'supplier', supplierId, overReceipt: { percent } },
  });
  expect(res.statusCode, res.body).toBe(201);
}

const shippedOf = async (id: string) =>
  (await f.getOrder(id)).lines.map((l: { quantityShipped: string }) => l.quantityShipped);

beforeAll(async () => {
  t = await createTestApp();
  f = await portalFixture(t);
  admin = await t.loginAs(['admin']);
}, 60_000);
afterAll(async () => {
  await t.close();
});

describe('ship notices', () => {
  it('the supplier ships part of the order with a tracking number; the buyer is told and sees it', async () => {
    const supplier = await f.supplierWithContact();
    const me = await f.supplierUser(supplier.id);
    const order = await acknowledged(supplier.id, me);
    const res = await ship(me, order, {
      despatchDate: '2026-12-03',
      expectedDeliveryDate: '2026-12-07',
      carrier: 'DHL Express',
      trackingNumber: 'JD014600006281230703',
      packages: 2,
      note: 'Pallet 1 of 2',
      lines: [
        { lineNo: 1, quantity: '10' },
        { lineNo: 2, quantity: '5' },
      ],
    });
    expect(res.statusCode, res.body).toBe(201);
    const notice = res.json();
    expect(notice).toMatchObject({
      number: expect.stringMatching(/^ASN-\d{4}-\d{5}$/),
      source: 'supplier',
      carrier: 'DHL Express',
      trackingUrl: 'https://www.dhl.com/global-en/home/tracking.html?tracking-id=JD014600006281230703',
      packages: 2,
      expectedDeliveryDate: '2026-12-07',
      lines: [
        { lineNo: 1, quantity: '10' },
        { lineNo: 2, quantity: '5' },
      ],
    });
    expect(await shippedOf(order.id)).toEqual(['10', '5', '0']);
    // The order stays where it was: shipping is progress, not a change of the order.
    const now = await f.getOrder(order.id);
    expect(now.status).toBe('acknowledged');

    for (const who of [f.buyer, me]) {
      const list = await t.request({ method: 'GET', url: `${PO}/${order.id}/ship-notices`, as: who });
      expect(list.statusCode).toBe(200);
      expect(list.json().items.map((n: { number: string }) => n.number)).toEqual([notice.number]);
    }
    await relayNow(t.ctx);
    const inbox = (
      await t.request({ method: 'GET', url: '/api/v1/notifications?limit=20', as: f.buyer })
    ).json().items as { kind: string; title: string }[];
    expect(inbox.find((n) => n.kind === 'ship_notice')?.title).toBe(
      `The supplier shipped part of ${order.number} (${notice.number})`,
    );
    const history = (
      await t.request({
        method: 'GET',
        url: `/api/v1/audit?entityType=purchase_order&entityId=${order.id}`,
        as: f.buyer,
      })
    ).json();
    expect(JSON.stringify(history)).toContain(notice.number);
  });

  it('ships at most what is open, within the over-receipt tolerance of the policy; whole units only', async () => {
    const supplier = await f.supplierWithContact();
    const me = await f.supplierUser(supplier.id);
    const order = await acknowledged(supplier.id, me);
    const over = await ship(me, order, {
      despatchDate: '2026-12-03',
      lines: [
        { lineNo: 1, quantity: '11' },
        { lineNo: 2, quantity: '1.5' },
        { lineNo: 7, quantity: '1' },
        { lineNo: 3, quantity: '1' },
        { lineNo: 3, quantity: '1' },
      ],
      expectedDeliveryDate: '2026-12-01',
    });
    expect(over.statusCode, over.body).toBe(422);
    expect(over.json().errors).toEqual([
      { path: 'expectedDeliveryDate', message: 'must not be before the despatch date 2026-12-03' },
      {
        path: 'lines[0].quantity',
        message: expect.stringMatching(/^is more than line 1 has open: at most 10 .* may still be shipped$/),
      },
      { path: 'lines[1].quantity', message: expect.stringMatching(/^must be a whole number of /) },
      { path: 'lines[2].lineNo', message: `is not a line of ${order.number}` },
      { path: 'lines[4].lineNo', message: 'names line 3 a second time' },
    ]);
    expect(await shippedOf(order.id)).toEqual(['0', '0', '0']);

    await setTolerance(supplier.id, '10');
    try {
      const within = await ship(me, order, {
        despatchDate: '2026-12-03',
        lines: [{ lineNo: 1, quantity: '11' }],
      });
      expect(within.statusCode, within.body).toBe(201);
      const more = await ship(me, order, {
        despatchDate: '2026-12-04',
        lines: [{ lineNo: 1, quantity: '1' }],
      });
      expect(more.statusCode).toBe(422);
      expect(more.json().errors[0].message).toMatch(
        /^is more than line 1 has open: nothing is left to ship \(with the over-receipt tolerance of 1 .+\)$/,
      );
      // What may be shipped may be received: the same rule allows the 11 at the dock.
      const receiver = await t.loginAs(['receiver']);
      const received = await t.request({
        method: 'POST',
        url: '/api/v1/receipts',
        as: receiver,
        payload: { purchaseOrderId: order.id, lines: [{ lineNo: 1, quantity: '11' }] },
      });
      expect(received.statusCode, received.body).toBe(201);
      expect(received.json().lines[0].overReceived).toBe('1');
    } finally {
      await setTolerance(supplier.id, null);
    }
  });

  it('marks the order fully shipped; the buyer records one on the supplier’s behalf without telling itself', async () => {
    const supplier = await f.supplierWithContact();
    const me = await f.supplierUser(supplier.id);
    const order = await acknowledged(supplier.id, me);
    const byBuyer = await ship(f.buyer, order, {
      despatchDate: '2026-12-02',
      supplierReference: 'LS-4471 (paper delivery note)',
      lines: [
        { lineNo: 1, quantity: '10' },
        { lineNo: 2, quantity: '20' },
        { lineNo: 3, quantity: '30' },
      ],
    });
    expect(byBuyer.statusCode, byBuyer.body).toBe(201);
    expect(byBuyer.json()).toMatchObject({ source: 'buyer', recordedBy: { id: f.buyer.userId } });
    const tabs = (
      await t.request({ method: 'GET', url: '/api/v1/portal/orders?tab=shipped', as: me })
    ).json();
    expect(tabs.items.map((o: { id: string }) => o.id)).toContain(order.id);
    const toShip = (
      await t.request({ method: 'GET', url: '/api/v1/portal/orders?tab=to_ship', as: me })
    ).json();
    expect(toShip.items.map((o: { id: string }) => o.id)).not.toContain(order.id);
    await relayNow(t.ctx);
    const inbox = (
      await t.request({ method: 'GET', url: '/api/v1/notifications?limit=50', as: f.buyer })
    ).json().items as { kind: string; title: string }[];
    expect(inbox.filter((n) => n.title.includes(byBuyer.json().number))).toEqual([]);
  });

  it('keeps an order the buyer put on hold in the portal list it was in: to answer, or to ship', async () => {
    const supplier = await f.supplierWithContact();
    const me = await f.supplierUser(supplier.id);
    const unanswered = await f.sentOrder(supplier.id);
    const answered = await acknowledged(supplier.id, me);
    for (const order of [unanswered, answered]) {
      const current = await f.getOrder(order.id);
      const held = await t.request({
        method: 'POST',
        url: `${PO}/${order.id}/hold`,
        as: f.buyer,
        headers: ifMatch(current),
        payload: { reason: 'Budget review' },
      });
      expect(held.statusCode, held.body).toBe(200);
    }
    const tab = async (name: string) =>
      (await t.request({ method: 'GET', url: `/api/v1/portal/orders?tab=${name}`, as: me }))
        .json()
        .items.map((o: { id: string }) => o.id);
    expect(await tab('to_answer')).toEqual([unanswered.id]);
    expect(await tab('to_ship')).toEqual([answered.id]);
  });

  it('is 409 for an order not open for shipping, 404 for another supplier’s or one not sent', async () => {
    const supplier = await f.supplierWithContact();
    const me = await f.supplierUser(supplier.id);
    const stranger = await f.supplierUser((await f.supplierWithContact()).id);
    const order = await acknowledged(supplier.id, me);
    const body = { despatchDate: '2026-12-03', lines: [{ lineNo: 1, quantity: '1' }] };
    expect((await ship(stranger, order, body)).statusCode).toBe(404);
    expect(
      (await t.request({ method: 'GET', url: `${PO}/${order.id}/ship-notices`, as: stranger })).statusCode,
    ).toBe(404);
    const approved = await seedPurchaseOrder(t.ctx, {
      buyer: f.buyerActor,
      supplierId: supplier.id,
      lines: [{ itemId: f.itemId, quantity: '1', unitPrice: '1' }],
      status: 'approved',
    });
    expect((await ship(me, approved, body)).statusCode).toBe(404);
    const notSent = await ship(f.buyer, approved, body);
    expect(notSent.statusCode).toBe(409);
    expect(notSent.json().detail).toMatch(/status "approved"/);
    const requester = await t.loginAs(['requester']);
    expect((await ship(requester, order, body)).statusCode).toBe(403);
  });

  it('a blocked supplier’s user can neither answer nor ship (409, nothing kept); the buyer still records', async () => {
    const supplier = await f.supplierWithContact();
    const me = await f.supplierUser(supplier.id);
    const order = await acknowledged(supplier.id, me);
    const other = await f.sentOrder(supplier.id);
    const current = (
      await t.request({ method: 'GET', url: `/api/v1/suppliers/${supplier.id}`, as: f.buyer })
    ).json();
    const admin = await t.loginAs(['admin']);
    const block = await t.request({
      method: 'POST',
      url: `/api/v1/suppliers/${supplier.id}/block`,
      as: admin,
      headers: ifMatch(current),
      payload: { reason: 'Sanctions screening' },
    });
    expect(block.statusCode, block.body).toBe(200);
    // The portal says so on the order instead of offering an answer form that would be refused.
    const portalView = await t.request({ method: 'GET', url: `/api/v1/portal/orders/${other.id}`, as: me });
    expect(portalView.statusCode, portalView.body).toBe(200);
    expect(portalView.json()).toMatchObject({ canAnswer: false, blocked: { reason: 'Sanctions screening' } });

    const body = { despatchDate: '2026-12-03', lines: [{ lineNo: 1, quantity: '1' }] };
    const shipped = await ship(me, order, body);
    expect(shipped.statusCode).toBe(409);
    expect(shipped.json().detail).toBe(
      'Nordlicht Antriebe GmbH is blocked (Sanctions screening): ship notices from it cannot be accepted; contact the buyer.',
    );
    const answered = await t.request({
      method: 'POST',
      url: `${PO}/${other.id}/supplier-response`,
      as: me,
      payload: {
        orderRevision: other.revision,
        lines: [1, 2, 3].map((lineNo) => ({ lineNo, decision: 'accept' })),
      },
    });
    expect(answered.statusCode).toBe(409);
    expect(answered.json().detail).toMatch(
      /is blocked \(Sanctions screening\): answers from it cannot be accepted/,
    );
    const asDocument = await despatchAdvice(
      me,
      advice({ orderNumber: order.number, lines: [{ lineId: '1', quantity: '1' }] }),
    );
    expect(asDocument.statusCode).toBe(409);
    // Nothing was kept: no notice, no answer, the order as it was.
    const notices = await t.request({ method: 'GET', url: `${PO}/${order.id}/ship-notices`, as: f.buyer });
    expect(notices.json().items).toEqual([]);
    expect((await f.getOrder(other.id)).status).toBe('sent');

    // The buyer may still record what the supplier told it (the goods may be on their way).
    const recorded = await ship(f.buyer, order, body);
    expect(recorded.statusCode, recorded.body).toBe(201);
  });
});

/** A Despatch Advice the way a supplier's ERP writes it: its own prefixes, UBL 2.1. */
function advice(opts: {
  orderNumber: string;
  lines: { lineId: string; quantity: string; unitCode?: string; orderNumber?: string }[];
  packages?: string;
}): string {
  const lines = opts.lines
    .map(
      (l, i) => `
  <c:DespatchLine>
    <b:ID>${i + 1}</b:ID>
    <b:DeliveredQuantity unitCode="${l.unitCode ?? 'C62'}">${l.quantity}</b:DeliveredQuantity>
    <c:OrderLineReference>
      <b:LineID>${l.lineId}</b:LineID>${l.orderNumber ? `\n      <c:OrderReference><b:ID>${l.orderNumber}</b:ID></c:OrderReference>` : ''}
    </c:OrderLineReference>
    <c:Item><b:Name>Servo motor 400 W</b:Name></c:Item>
  </c:DespatchLine>`,
    )
    .join('');
  return `<?xml version="1.0" encoding="UTF-8"?>
<ubl:DespatchAdvice xmlns:ubl="urn:oasis:names:specification:ubl:schema:xsd:DespatchAdvice-2"
    xmlns:c="urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2"
    xmlns:b="urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2">
  <b:UBLVersionID>2.1</b:UBLVersionID>
  <b:CustomizationID>urn:fdc:peppol.eu:poacc:trns:despatch_advice:3</b:CustomizationID>
  <b:ProfileID>urn:fdc:peppol.eu:poacc:bis:despatch_advice:3</b:ProfileID>
  <b:ID>DA-2026-3318</b:ID>
  <b:IssueDate>2026-12-03</b:IssueDate>
  <b:Note>Please call before delivery.</b:Note>
  <c:OrderReference><b:ID>${opts.orderNumber}</b:ID></c:OrderReference>
  <c:DespatchSupplierParty><c:Party><c:PartyName><b:Name>Nordlicht Antriebe GmbH</b:Name></c:PartyName></c:Party></c:DespatchSupplierParty>
  <c:DeliveryCustomerParty><c:Party><c:PartyName><b:Name>OpenPO Test</b:Name></c:PartyName></c:Party></c:DeliveryCustomerParty>
  <c:Shipment>
    <b:ID>NA</b:ID>${opts.packages ? `\n    <b:TotalTransportHandlingUnitQuantity>${opts.packages}</b:TotalTransportHandlingUnitQuantity>` : ''}
    <c:Consignment>
      <b:ID>1Z999AA10123456784</b:ID>
      <c:CarrierParty><c:PartyName><b:Name>UPS</b:Name></c:PartyName></c:CarrierParty>
    </c:Consignment>
    <c:Delivery>
      <c:EstimatedDeliveryPeriod><b:StartDate>2026-12-08</b:StartDate><b:EndDate>2026-12-09</b:EndDate></c:EstimatedDeliveryPeriod>
      <c:Despatch><b:ActualDespatchDate>2026-12-04</b:ActualDespatchDate></c:Despatch>
    </c:Delivery>
  </c:Shipment>${lines}
</ubl:DespatchAdvice>
`;
}

describe('Despatch Advice import', () => {
  it('finds the order and lines by our numbers, adds up split lines, converts units, keeps the document', async () => {
    const supplier = await f.supplierWithContact();
    const me = await f.supplierUser(supplier.id);
    const order = await acknowledged(supplier.id, me);
    const kg = await seedUnit(t.ctx, { decimals: 3, uneceCode: 'KGM' });
    await seedUnit(t.ctx, { decimals: 0, uneceCode: 'GRM', baseUnitCode: kg.code, factor: '0.001' });
    const flour = await seedItem(t.ctx, { unitCode: kg.code });
    const weighed = await seedPurchaseOrder(t.ctx, {
      buyer: f.buyerActor,
      supplierId: supplier.id,
      lines: [{ itemId: flour.id, quantity: '25', unitPrice: '2.40' }],
      status: 'approved',
    });
    const sent = await t.request({
      method: 'POST',
      url: `${PO}/${weighed.id}/send`,
      as: f.buyer,
      headers: ifMatch(weighed),
      payload: {},
    });
    expect(sent.statusCode, sent.body).toBe(200);

    const xml = advice({
      orderNumber: order.number,
      packages: '3',
      lines: [
        { lineId: '2', quantity: '8' },
        { lineId: '2', quantity: '4' },
        { lineId: '3', quantity: '0' },
      ],
    });
    const res = await despatchAdvice(me, xml);
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json()).toMatchObject({
      purchaseOrderId: order.id,
      source: 'ubl',
      fromDocument: true,
      supplierReference: 'DA-2026-3318',
      despatchDate: '2026-12-04',
      expectedDeliveryDate: '2026-12-09',
      carrier: 'UPS',
      trackingNumber: '1Z999AA10123456784',
      trackingUrl: 'https://www.ups.com/track?tracknum=1Z999AA10123456784',
      packages: 3,
      note: 'Please call before delivery.',
      lines: [{ lineNo: 2, quantity: '12' }],
    });
    const [row] = await t.ctx.db.select().from(shipNotices).where(eq(shipNotices.id, res.json().id));
    expect(row!.documentSha256).toMatch(/^[0-9a-f]{64}$/);

    const grams = await despatchAdvice(
      f.buyer,
      advice({
        orderNumber: sent.json().number,
        lines: [{ lineId: '1', quantity: '12500', unitCode: 'GRM' }],
      }),
    );
    expect(grams.statusCode, grams.body).toBe(201);
    expect(grams.json().lines).toEqual([{ lineNo: 1, quantity: '12.5' }]);
  });

  it('answers 422 with every problem and its place; an unknown order and another supplier’s read alike', async () => {
    const supplier = await f.supplierWithContact();
    const me = await f.supplierUser(supplier.id);
    const order = await acknowledged(supplier.id, me);
    const other = await f.sentOrder((await f.supplierWithContact()).id);

    const unknown = await despatchAdvice(
      me,
      advice({ orderNumber: 'PO-2026-99999', lines: [{ lineId: '1', quantity: '1' }] }),
    );
    const foreign = await despatchAdvice(
      me,
      advice({ orderNumber: other.number, lines: [{ lineId: '1', quantity: '1' }] }),
    );
    for (const [res, number] of [
      [unknown, 'PO-2026-99999'],
      [foreign, other.number],
    ] as const) {
      expect(res.statusCode, res.body).toBe(422);
      expect(res.json().errors).toEqual([
        {
          path: '/DespatchAdvice/cac:OrderReference/cbc:ID',
          message: `is ${number}: no order with this number was sent to you`,
        },
      ]);
    }

    const bad = await despatchAdvice(
      me,
      advice({
        orderNumber: order.number,
        packages: '2.5',
        lines: [
          { lineId: '9', quantity: '1' },
          { lineId: '1', quantity: '1', unitCode: 'KGM' },
          { lineId: '2', quantity: '1', orderNumber: other.number },
          { lineId: '3', quantity: '31' },
        ],
      }),
    );
    expect(bad.statusCode, bad.body).toBe(422);
    expect(bad.json().errors).toEqual([
      {
        path: '/DespatchAdvice/cac:DespatchLine[1]/cac:OrderLineReference/cbc:LineID',
        message: `is 9, not a line of ${order.number} (lines 1, 2, 3)`,
      },
      {
        path: '/DespatchAdvice/cac:DespatchLine[2]/cbc:DeliveredQuantity/@unitCode',
        message: `is KGM, which does not convert to line 1's unit ${order.lines[0]!.unitCode}`,
      },
      {
        path: '/DespatchAdvice/cac:DespatchLine[3]/cac:OrderLineReference/cac:OrderReference/cbc:ID',
        message: `is ${other.number}: a ship notice is for one order (${order.number})`,
      },
      {
        path: '/DespatchAdvice/cac:Shipment/cbc:TotalTransportHandlingUnitQuantity',
        message: 'is "2.5", not a whole number of packages',
      },
    ]);

    // Beyond what is open: found by the ship-notice rules, said where the document says it.
    const beyond = await despatchAdvice(
      me,
      advice({ orderNumber: order.number, lines: [{ lineId: '3', quantity: '31' }] }),
    );
    expect(beyond.statusCode, beyond.body).toBe(422);
    expect(beyond.json().errors).toEqual([
      {
        path: '/DespatchAdvice/cac:DespatchLine/cbc:DeliveredQuantity',
        message: expect.stringMatching(/^is more than line 3 has open: at most 30 /),
      },
    ]);

    const malformed = await despatchAdvice(me, '<DespatchAdvice><oops></DespatchAdvice>');
    expect(malformed.statusCode).toBe(422);
    expect(malformed.json().errors[0].message).toMatch(/not well-formed XML/);
    const invalid = await despatchAdvice(
      me,
      advice({ orderNumber: order.number, lines: [{ lineId: '1', quantity: '1' }] }).replace(
        '<b:IssueDate>2026-12-03</b:IssueDate>',
        '<b:IssueDate>3 December</b:IssueDate>',
      ),
    );
    expect(invalid.statusCode).toBe(422);
    expect(invalid.json().errors[0]).toMatchObject({
      path: 'line 9',
      message: expect.stringMatching(/IssueDate/),
    });

    expect(await shippedOf(order.id)).toEqual(['0', '0', '0']);
    expect(
      (await t.request({ method: 'GET', url: `${PO}/${order.id}/ship-notices`, as: f.buyer })).json().items,
    ).toEqual([]);
  });
});
