import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sha256Hex } from '../../src/core/discussion';
import { dispatchFiles, supplierResponses } from '../../src/db/schema';
import { createTestApp, type TestApp } from '../helpers/app';
import { PO, portalFixture, type SentOrder, type Who } from '../helpers/portal';

/**
 * UBL documents a supplier's system sends: an Order Response answering an order. Written the way
 * real systems write them — other namespace prefixes, a default namespace, UBL 2.0 and 2.1.
 */

let t: TestApp;
let f: Awaited<ReturnType<typeof portalFixture>>;

type ResponseLine = {
  id: string;
  status?: string;
  quantity?: string;
  unitCode?: string;
  date?: string;
  price?: string;
  currency?: string;
  note?: string;
  /** Leave out the OrderLineReference (the line item's ID names the line). */
  noReference?: boolean;
};

/** An Order Response with the UBL elements under `ns3:` / `ns4:` prefixes (as JAXB writes them). */
function orderResponse(opts: {
  orderNumber: string;
  code: string;
  note?: string;
  version?: '2.0' | '2.1';
  lines?: ResponseLine[];
}): string {
  const lines = (opts.lines ?? [])
    .map(
      (l) => `
  <ns3:OrderLine>
    <ns3:LineItem>
      <ns4:ID>${l.id}</ns4:ID>${l.note ? `\n      <ns4:Note>${l.note}</ns4:Note>` : ''}${l.status ? `\n      <ns4:LineStatusCode>${l.status}</ns4:LineStatusCode>` : ''}${l.quantity ? `\n      <ns4:Quantity unitCode="${l.unitCode ?? 'C62'}">${l.quantity}</ns4:Quantity>` : ''}${
        l.date
          ? `
      <ns3:Delivery>
        <ns3:PromisedDeliveryPeriod><ns4:EndDate>${l.date}</ns4:EndDate></ns3:PromisedDeliveryPeriod>
      </ns3:Delivery>`
          : ''
      }${l.price ? `\n      <ns3:Price><ns4:PriceAmount currencyID="${l.currency ?? 'USD'}">${l.price}</ns4:PriceAmount></ns3:Price>` : ''}
      <ns3:Item><ns4:Name>Servo motor 400 W</ns4:Name></ns3:Item>
    </ns3:LineItem>${l.noReference ? '' : `\n    <ns3:OrderLineReference><ns4:LineID>${l.id}</ns4:LineID></ns3:OrderLineReference>`}
  </ns3:OrderLine>`,
    )
    .join('');
  return `<?xml version="1.0" encoding="UTF-8"?>
<OrderResponse xmlns="urn:oasis:names:specification:ubl:schema:xsd:OrderResponse-2"
    xmlns:ns3="urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2"
    xmlns:ns4="urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2">
  <ns4:UBLVersionID>${opts.version ?? '2.1'}</ns4:UBLVersionID>
  <ns4:ID>OR-88412</ns4:ID>
  <ns4:IssueDate>2026-12-04</ns4:IssueDate>
  <ns4:OrderResponseCode>${opts.code}</ns4:OrderResponseCode>${opts.note ? `\n  <ns4:Note>${opts.note}</ns4:Note>` : ''}
  <ns3:OrderReference><ns4:ID>${opts.orderNumber}</ns4:ID></ns3:OrderReference>
  <ns3:SellerSupplierParty><ns3:Party><ns3:PartyName><ns4:Name>Nordlicht Antriebe GmbH</ns4:Name></ns3:PartyName></ns3:Party></ns3:SellerSupplierParty>
  <ns3:BuyerCustomerParty><ns3:Party><ns3:PartyName><ns4:Name>OpenPO Test</ns4:Name></ns3:PartyName></ns3:Party></ns3:BuyerCustomerParty>${lines}
</OrderResponse>
`;
}

function post(as: Who, order: { id: string }, xml: string, contentType = 'application/xml') {
  return t.request({
    method: 'POST',
    url: `${PO}/${order.id}/order-response`,
    as,
    headers: { 'content-type': contentType },
    payload: xml,
  });
}

async function answersOf(order: SentOrder) {
  return (await t.request({ method: 'GET', url: `${PO}/${order.id}/supplier-responses`, as: f.buyer })).json()
    .items as { status: string; source: string; lines: object[] }[];
}

beforeAll(async () => {
  t = await createTestApp();
  f = await portalFixture(t);
}, 60_000);
afterAll(async () => {
  await t.close();
});

describe('Order Response import', () => {
  it("reads a supplier system's answer with its own prefixes as the portal's answer, and keeps the document", async () => {
    const supplier = await f.supplierWithContact();
    const me = await f.supplierUser(supplier.id);
    const order = await f.sentOrder(supplier.id);
    const xml = orderResponse({
      orderNumber: order.number,
      code: 'CA',
      note: 'Line 3 is discontinued.',
      lines: [
        // Line 1 is not named: conditionally accepted means accepted as ordered.
        { id: '2', status: '3', quantity: '20', date: '2027-01-29', price: '30.00' },
        { id: '3', status: '7', note: 'Discontinued, successor 4711' },
      ],
    });
    const res = await post(me, order, xml);
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json()).toMatchObject({
      status: 'proposed',
      source: 'ubl',
      orderRevision: order.revision,
      note: 'Line 3 is discontinued.',
      lines: [
        { lineNo: 1, decision: 'accept', promisedDate: '2027-01-15', quantity: null, unitPrice: null },
        // The document repeats the ordered quantity and price: only the date is proposed.
        { lineNo: 2, decision: 'change', promisedDate: '2027-01-29', quantity: null, unitPrice: null },
        { lineNo: 3, decision: 'reject', reason: 'Discontinued, successor 4711' },
      ],
    });
    // The buyer sees it as any answer; the document is kept byte for byte.
    expect((await answersOf(order))[0]).toMatchObject({ status: 'proposed', source: 'ubl' });
    const [row] = await t.ctx.db
      .select()
      .from(supplierResponses)
      .where(eq(supplierResponses.id, res.json().id));
    expect(row!.documentSha256).toBe(sha256Hex(Buffer.from(xml)));
    const [file] = await t.ctx.db
      .select()
      .from(dispatchFiles)
      .where(eq(dispatchFiles.sha256, row!.documentSha256!));
    expect(file!.bytes.toString('utf8')).toBe(xml);
  });

  it('acknowledges the order on AP without lines, recorded by the buyer from a UBL 2.0 document (text/xml)', async () => {
    const supplier = await f.supplierWithContact();
    const order = await f.sentOrder(supplier.id);
    const res = await post(
      f.buyer,
      order,
      orderResponse({ orderNumber: order.number, code: 'AP', version: '2.0' }),
      'text/xml; charset=utf-8',
    );
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json()).toMatchObject({ status: 'accepted', source: 'ubl', submittedBy: f.buyer.userId });
    const now = await f.getOrder(order.id);
    expect(now.status).toBe('acknowledged');
    expect(now.lines.map((l: { promisedDate: string }) => l.promisedDate)).toEqual([
      '2027-01-15',
      '2027-01-15',
      '2027-01-15',
    ]);
  });

  it('reads a line without status as a change when it differs, and a line named only by its own ID', async () => {
    const supplier = await f.supplierWithContact();
    const me = await f.supplierUser(supplier.id);
    const order = await f.sentOrder(supplier.id);
    const res = await post(
      me,
      order,
      orderResponse({
        orderNumber: order.number,
        code: 'CA',
        lines: [
          { id: '1', quantity: '10', price: '20.00' },
          { id: '2', quantity: '15', noReference: true },
        ],
      }),
    );
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json().lines).toMatchObject([
      { lineNo: 1, decision: 'accept' },
      { lineNo: 2, decision: 'change', quantity: '15' },
      { lineNo: 3, decision: 'accept' },
    ]);
  });

  it('answers 422 with every problem and its place in the document, and changes nothing', async () => {
    const supplier = await f.supplierWithContact();
    const me = await f.supplierUser(supplier.id);
    const order = await f.sentOrder(supplier.id);
    const cases: [string, string, RegExp][] = [
      ['<OrderResponse><unclosed></OrderResponse>', 'line 1', /not well-formed XML/],
      [
        orderResponse({ orderNumber: order.number, code: 'AP' }).replace(
          /(<ns4:ID>OR-88412<\/ns4:ID>\n)(\s*<ns4:IssueDate>[^<]*<\/ns4:IssueDate>\n)/,
          '$2$1',
        ),
        'line 6',
        /ID': This element is not expected|IssueDate/,
      ],
      [
        '<?xml version="1.0"?>\n<Order xmlns="urn:oasis:names:specification:ubl:schema:xsd:Order-2"/>',
        '/Order',
        /not a UBL OrderResponse/,
      ],
      ['<?xml version="1.0"?>\n<!DOCTYPE x [<!ENTITY a "aaaa">]>\n<OrderResponse/>', 'document', /DOCTYPE/],
      ['<?xml version="1.0" encoding="ISO-8859-1"?>\n<OrderResponse/>', 'line 1', /encoding ISO-8859-1/],
    ];
    for (const [xml, path, message] of cases) {
      const res = await post(me, order, xml);
      expect(res.statusCode, xml).toBe(422);
      expect(res.json().errors[0].path, xml).toBe(path);
      expect(res.json().errors[0].message, xml).toMatch(message);
    }

    // A valid document that does not fit the order: every problem at once.
    const res = await post(
      me,
      order,
      orderResponse({
        orderNumber: 'PO-1999-00001',
        code: 'CA',
        lines: [
          { id: '9', status: '5' },
          { id: '2', status: '3', quantity: '5', unitCode: 'KGM' },
          { id: '3', status: '3', price: '12.00', currency: 'EUR' },
          { id: '1', status: '4' },
        ],
      }),
    );
    expect(res.statusCode, res.body).toBe(422);
    expect(res.json().errors).toEqual([
      {
        path: '/OrderResponse/cac:OrderReference/cbc:ID',
        message: `is PO-1999-00001, not this order's number ${order.number}`,
      },
      {
        path: '/OrderResponse/cac:OrderLine[1]/cac:OrderLineReference/cbc:LineID',
        message: `is 9, not a line of ${order.number} (lines 1, 2, 3)`,
      },
      {
        path: '/OrderResponse/cac:OrderLine[2]/cac:LineItem/cbc:Quantity/@unitCode',
        message: `is KGM, which does not convert to the line's unit ${order.lines[1]!.unitCode}`,
      },
      {
        path: '/OrderResponse/cac:OrderLine[3]/cac:LineItem/cac:Price/cbc:PriceAmount/@currencyID',
        message: "is EUR, not the order's currency USD",
      },
      {
        path: '/OrderResponse/cac:OrderLine[4]/cac:LineItem/cbc:LineStatusCode',
        message: 'is "4": OpenPO reads 5 (accepted), 3 (changed) and 7 (not accepted)',
      },
    ]);

    // What the answer rules find is said where the document says it.
    const noChange = await post(
      me,
      order,
      orderResponse({ orderNumber: order.number, code: 'CA', lines: [{ id: '2', status: '3' }] }),
    );
    expect(noChange.statusCode, noChange.body).toBe(422);
    expect(noChange.json().errors).toEqual([
      {
        path: '/OrderResponse/cac:OrderLine',
        message: 'proposes no change: give another date, quantity or price, or accept the line',
      },
    ]);

    expect(await answersOf(order)).toEqual([]);
    expect((await f.getOrder(order.id)).status).toBe('sent');
  });

  it('is 404 for another supplier’s order, 403 without the permission, 409 once the order is acknowledged', async () => {
    const supplier = await f.supplierWithContact();
    const stranger = await f.supplierUser((await f.supplierWithContact()).id);
    const order = await f.sentOrder(supplier.id);
    const xml = orderResponse({ orderNumber: order.number, code: 'AP' });
    expect((await post(stranger, order, xml)).statusCode).toBe(404);
    const requester = await t.loginAs(['requester']);
    const forbidden = await post(requester, order, xml);
    expect(forbidden.statusCode).toBe(403);
    expect(forbidden.json().detail).toMatch(/"portal:use" or "purchase_orders:write"/);
    expect((await post(f.buyer, order, xml)).statusCode).toBe(201);
    const again = await post(f.buyer, order, xml);
    expect(again.statusCode).toBe(409);
    expect(again.json().detail).toMatch(/acknowledged/);
  });
});
