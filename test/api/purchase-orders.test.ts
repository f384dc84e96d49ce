import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listAuditEntries } from '../../src/core/audit';
import { SYSTEM_ACTOR } from '../../src/core/identity';
import { getSettings, updateSettings } from '../../src/core/organisation';
import {
  approvePurchaseOrder,
  createPurchaseOrder,
  getPurchaseOrder,
  submitPurchaseOrder,
} from '../../src/core/purchase-orders';
import * as repo from '../../src/core/purchase-orders/repository';
import type { Role } from '../../src/core/shared/permissions';
import { changeSupplierStatus } from '../../src/core/suppliers';
import * as schema from '../../src/db/schema';
import { purchaseOrderLines, purchaseOrders, requisitionLines } from '../../src/db/schema';
import { seedItem, seedUnit } from '../../src/seed/catalog-factories';
import { seedCostCentre, seedDepartment, seedExchangeRate } from '../../src/seed/organisation-factories';
import { actorFor, seedPurchaseOrder } from '../../src/seed/purchase-order-factories';
import { seedApprovedRequisition } from '../../src/seed/requisition-factories';
import { createTestApp, type TestApp } from '../helpers/app';
import { countingCtx } from '../helpers/counting';
import { seedSupplier, seedUser, TEST_PASSWORD } from '../helpers/seed';

type Who = { cookie: string; userId: string };
// biome-ignore lint/suspicious/noExplicitAny: response bodies in assertions
type Json = Record<string, any>;

let t: TestApp;
let buyer: Who;
let otherBuyer: Who;
let approver: Who;
let buyerApprover: Who;
let auditor: Who;
let receiver: Who;
let requesterA: Who;
let requesterB: Who;
let requesterNoDept: Who;
let supplier: { id: string; legalName: string };
let eurSupplier: { id: string };
let heldSupplier: { id: string };
let blockedSupplier: { id: string };
let each: { code: string };
let kg: { code: string };
let item: { id: string; name: string; sku: string };
let heavyItem: { id: string };
let inactiveItem: { id: string };
let deptA: { id: string };
let deptB: { id: string };
let centreA: { id: string };
let centreB: { id: string };

const URL = '/api/v1/purchase-orders';

async function login(roles: Role[], departmentId: string | null = null): Promise<Who> {
  const email = `po-${Math.random().toString(36).slice(2, 10)}@test.example`;
  const user = await seedUser(t.ctx, { email, roles, departmentId });
  const res = await t.request({
    method: 'POST',
    url: '/api/v1/auth/login',
    payload: { email, password: TEST_PASSWORD },
  });
  const setCookie = res.headers['set-cookie'];
  return { cookie: (Array.isArray(setCookie) ? setCookie[0] : setCookie)!.split(';')[0]!, userId: user.id };
}

beforeAll(async () => {
  t = await createTestApp();
  deptA = await seedDepartment(t.ctx);
  deptB = await seedDepartment(t.ctx);
  centreA = await seedCostCentre(t.ctx, { departmentId: deptA.id });
  centreB = await seedCostCentre(t.ctx, { departmentId: deptB.id });
  buyer = await login(['buyer']);
  otherBuyer = await login(['buyer']);
  approver = await login(['approver']);
  buyerApprover = await login(['buyer', 'approver']);
  auditor = await login(['auditor']);
  receiver = await login(['receiver']);
  requesterA = await login(['requester'], deptA.id);
  requesterB = await login(['requester'], deptB.id);
  requesterNoDept = await login(['requester']);

  const settings = await getSettings(t.ctx);
  await updateSettings(t.ctx, {
    actor: SYSTEM_ACTOR,
    version: settings.version,
    input: { address: { line1: '1 Company Way', city: 'Springfield', country: 'US' } },
  });
  supplier = await seedSupplier(t.ctx, {
    legalName: 'Globex Fasteners Corporation',
    taxId: 'US-99-1234567',
    paymentTermsNetDays: 45,
  });
  eurSupplier = await seedSupplier(t.ctx, { legalName: 'Europa Teile GmbH', defaultCurrency: 'EUR' });
  await seedExchangeRate(t.ctx, { currency: 'EUR', rate: '1.1', validOn: '2026-01-01' });
  const held = await seedSupplier(t.ctx, { legalName: 'Held Supplies' });
  heldSupplier = await changeSupplierStatus(t.ctx, {
    actor: SYSTEM_ACTOR,
    id: held.id,
    version: held.version,
    status: 'on_hold',
    reason: 'late deliveries',
  });
  const blocked = await seedSupplier(t.ctx, { legalName: 'Blocked Supplies' });
  blockedSupplier = await changeSupplierStatus(t.ctx, {
    actor: SYSTEM_ACTOR,
    id: blocked.id,
    version: blocked.version,
    status: 'blocked',
    reason: 'fraud',
  });
  each = await seedUnit(t.ctx, { name: 'each', decimals: 0 });
  kg = await seedUnit(t.ctx, { name: 'kilogram', decimals: 3 });
  item = await seedItem(t.ctx, { name: 'Hex bolt M8', unitCode: each.code, defaultTaxRate: '20' });
  heavyItem = await seedItem(t.ctx, { name: 'Steel shot', unitCode: kg.code, defaultTaxRate: '10' });
  const inactive = await seedItem(t.ctx, { unitCode: each.code });
  inactiveItem = inactive;
  await t.ctx.db.update(schema.items).set({ active: false }).where(eq(schema.items.id, inactive.id));
});
afterAll(async () => {
  await t.close();
});

const line = (over: Json = {}) => ({ itemId: item.id, quantity: '10', unitPrice: '2.50', ...over });
const order = (over: Json = {}) => ({ supplierId: supplier.id, lines: [line()], ...over });

async function create(payload: Json = order(), as: Who = buyer) {
  const res = await t.request({ method: 'POST', url: URL, as, payload });
  if (res.statusCode !== 201) throw new Error(`create failed: ${res.statusCode} ${res.body}`);
  return res.json() as Json;
}

const ifMatch = (o: Json) => ({ 'if-match': `"v${o.version}"` });

async function act(o: Json, verb: string, as: Who, payload: Json = {}) {
  return t.request({ method: 'POST', url: `${URL}/${o.id}/${verb}`, as, headers: ifMatch(o), payload });
}

async function approved(payload: Json = order(), as: Who = buyer): Promise<Json> {
  const draft = await create(payload, as);
  const submitted = (await act(draft, 'submit', as)).json();
  const res = await act(submitted, 'approve', approver);
  expect(res.statusCode).toBe(200);
  return res.json();
}

async function patch(o: Json, payload: Json, as: Who = buyer) {
  return t.request({ method: 'PATCH', url: `${URL}/${o.id}`, as, headers: ifMatch(o), payload });
}

const get = (id: string, as: Who = buyer) => t.request({ method: 'GET', url: `${URL}/${id}`, as });
const paths = (res: { json(): Json }) => ((res.json().errors ?? []) as { path: string }[]).map((e) => e.path);

async function orderCount(): Promise<number> {
  const [row] = await t.ctx.db.select({ n: sql<number>`count(*)::int` }).from(purchaseOrders);
  return Number(row!.n);
}

/**
 * Goods received and accepted, written straight into the line: these tests are of the order's own
 * rules on approved orders (receiving itself, against sent orders, is test/api/receiving.test.ts).
 */
async function receive(orderId: string, lineNo: number, quantity: string) {
  await t.ctx.db
    .update(purchaseOrderLines)
    .set({ quantityReceived: quantity, quantityAccepted: quantity })
    .where(
      sql`${purchaseOrderLines.purchaseOrderId} = ${orderId} and ${purchaseOrderLines.lineNo} = ${lineNo}`,
    );
}

// ── create ──────────────────────────────────────────────────────────────────

describe('POST /purchase-orders', () => {
  it('creates a numbered draft with exact totals, defaults, ETag and Location', async () => {
    const res = await t.request({
      method: 'POST',
      url: URL,
      as: buyer,
      payload: {
        supplierId: supplier.id,
        incoterms: 'FOB',
        incotermsPlace: 'Rotterdam',
        costCentreId: centreA.id,
        expectedDeliveryDate: '2026-04-01',
        notes: 'Deliver to the back door — über früh, 中文 OK',
        lines: [
          {
            description: 'Cutting fluid',
            unitCode: each.code,
            quantity: '3',
            unitPrice: '0.335',
            taxRate: '10',
          },
          { itemId: item.id, quantity: '7', unitPrice: '12.99', discountPercent: '12.5', taxRate: '19' },
          { itemId: heavyItem.id, quantity: '1.25', unitPrice: '4' },
        ],
      },
    });
    expect(res.statusCode).toBe(201);
    const po = res.json();
    expect(res.headers.etag).toBe(`"v${po.version}"`);
    expect(res.headers.location).toBe(`${URL}/${po.id}`);
    expect(po.number).toMatch(/^PO-2026-\d{5}$/);
    expect(po).toMatchObject({
      status: 'draft',
      revision: 0,
      currency: 'USD',
      exchangeRate: '1',
      exchangeRateDate: '2026-03-02',
      orderDate: '2026-03-02',
      paymentTermsNetDays: 45,
      incoterms: 'FOB',
      departmentId: deptA.id,
      buyerId: buyer.userId,
      warnings: [],
      shipTo: { kind: 'shipping', line1: '1 Company Way', city: 'Springfield', country: 'US' },
      billTo: { kind: 'billing', line1: '1 Company Way' },
    });
    // 3 × 0.335 = 1.005 → 1.01, tax 0.10; 7 × 12.99 × 0.875 = 79.56375 → 79.56, tax 15.12;
    // 1.25 × 4 = 5.00, tax 10 % = 0.50.
    expect(po.lines.map((l: Json) => [l.lineNo, l.netAmount, l.taxAmount, l.totalAmount])).toEqual([
      [1, '1.01', '0.10', '1.11'],
      [2, '79.56', '15.12', '94.68'],
      [3, '5.00', '0.50', '5.50'],
    ]);
    expect(po.totals).toMatchObject({ subtotal: '85.57', tax: '15.72', total: '101.29' });
    expect(po.totals.byTaxRate).toEqual([
      { taxCategory: 'S', taxRate: '10', net: '6.01', tax: '0.60' },
      { taxCategory: 'S', taxRate: '19', net: '79.56', tax: '15.12' },
    ]);
    expect(po.totalBase).toBe('101.29');
    expect(po.lines[1]).toMatchObject({
      description: 'Hex bolt M8',
      unitCode: each.code,
      sku: item.sku,
      unitName: 'each',
    });
    expect(po.lines[2]).toMatchObject({ taxRate: '10', unitName: 'kilogram', quantity: '1.25' });
    expect(po.progress).toEqual({
      receivedPercent: '0.00',
      acceptedPercent: '0.00',
      billedPercent: '0.00',
      fullyReceived: false,
      anyReceived: false,
    });
    expect(po.lines[0].progress).toMatchObject({ expected: '3', outstanding: '3', receivedPercent: '0.00' });
  });

  it('takes the supplier currency and converts the total at the rate of the order date', async () => {
    const po = await create({
      supplierId: eurSupplier.id,
      orderDate: '2026-02-10',
      lines: [line({ quantity: '3', unitPrice: '33.335' })],
    });
    // 3 × 33.335 = 100.005 → 100.01 net, 20 % tax 20.00 → 120.01 EUR × 1.1 = 132.011 → 132.01 USD
    expect(po).toMatchObject({
      currency: 'EUR',
      exchangeRate: '1.1',
      exchangeRateDate: '2026-01-01',
      baseCurrency: 'USD',
    });
    expect(po.totals.total).toBe('120.01');
    expect(po.totalBase).toBe('132.01');
  });

  it('answers a create with the order exactly as reading it back gives it', async () => {
    const payloads = [
      order({
        supplierId: eurSupplier.id,
        orderDate: '2026-02-10',
        expectedDeliveryDate: '2026-03-01',
        costCentreId: centreA.id, // the department comes from the cost centre
        incoterms: 'FOB',
        incotermsPlace: 'Hamburg',
        shipTo: { line1: 'Dock 4', city: 'Leeds', postalCode: 'LS1 4AP', country: 'GB' },
        notes: 'Deliver before noon',
        lines: [
          line({ quantity: '3.000', unitPrice: '33.3350', discountPercent: '12.5', neededBy: '2026-02-20' }),
          { itemId: heavyItem.id, quantity: '1.25', unitPrice: '007.10', costCentreId: centreA.id },
          { description: 'Set-up', unitCode: each.code, quantity: '1', unitPrice: '40', taxRate: '7.70' },
        ],
      }),
      order({ supplierId: heldSupplier.id, departmentId: deptB.id }),
    ];
    for (const payload of payloads) {
      const created = await create(payload);
      const read = await t.request({ method: 'GET', url: `${URL}/${created.id}`, as: buyer });
      expect(read.statusCode).toBe(200);
      expect(created).toEqual(read.json());
    }
  });

  it('stores half a surrogate pair in a description or notes as U+FFFD, as for any text, instead of failing', async () => {
    const res = await t.request({
      method: 'POST',
      url: URL,
      as: buyer,
      payload: order({ notes: 'broken \ud800 note', lines: [line({ description: 'half \udc00 pair' })] }),
    });
    expect(res.statusCode).toBe(201);
    const read = await t.request({ method: 'GET', url: `${URL}/${res.json().id}`, as: buyer });
    expect(read.json()).toMatchObject({
      notes: 'broken \ufffd note',
      lines: [{ description: 'half \ufffd pair' }],
    });
  });

  it('accepts a supplier on hold with a warning', async () => {
    const po = await create(order({ supplierId: heldSupplier.id }));
    expect(po.warnings).toEqual([expect.objectContaining({ code: 'supplier_on_hold' })]);
  });

  it('replays a retried Idempotency-Key instead of creating a second order', async () => {
    const before = await orderCount();
    const send = () =>
      t.request({
        method: 'POST',
        url: URL,
        as: buyer,
        headers: { 'idempotency-key': 'po-key-1' },
        payload: order(),
      });
    const first = await send();
    const again = await send();
    expect(first.statusCode).toBe(201);
    expect(again.statusCode).toBe(201);
    expect(again.headers['idempotent-replayed']).toBe('true');
    expect(again.json().id).toBe(first.json().id);
    expect(await orderCount()).toBe(before + 1);
  });

  it('answers 10 simultaneous sends of one Idempotency-Key with one order: the others wait for it and replay it', async () => {
    const before = await orderCount();
    const results = await Promise.all(
      Array.from({ length: 10 }, () =>
        t.request({
          method: 'POST',
          url: URL,
          as: buyer,
          headers: { 'idempotency-key': 'po-key-race' },
          payload: order(),
        }),
      ),
    );
    expect(results.map((r) => r.statusCode)).toEqual(Array(10).fill(201));
    expect(new Set(results.map((r) => r.json().id)).size).toBe(1);
    expect(results.filter((r) => r.headers['idempotent-replayed'] === 'true')).toHaveLength(9);
    expect(await orderCount()).toBe(before + 1);
  });

  it('keeps a refused create’s answer with its key, and nothing else of it', async () => {
    const before = await orderCount();
    const send = () =>
      t.request({
        method: 'POST',
        url: URL,
        as: buyer,
        headers: { 'idempotency-key': 'po-key-refused' },
        payload: order({ supplierId: '01900000-0000-7000-8000-000000000000' }),
      });
    const first = await send();
    expect(first.statusCode).toBe(422);
    const again = await send();
    expect(again.statusCode).toBe(422);
    expect(again.headers['idempotent-replayed']).toBe('true');
    expect(again.json()).toEqual(first.json());
    expect(await orderCount()).toBe(before);
  });

  it('numbers 20 concurrent creates uniquely as PO-<year>-<5 digits>', async () => {
    const results = await Promise.all(
      Array.from({ length: 20 }, () => t.request({ method: 'POST', url: URL, as: buyer, payload: order() })),
    );
    expect(results.map((r) => r.statusCode)).toEqual(Array(20).fill(201));
    const numbers = results.map((r) => r.json().number as string);
    expect(new Set(numbers).size).toBe(20);
    for (const n of numbers) expect(n).toMatch(/^PO-2026-\d{5}$/);
  });

  it('takes 10,000 lines', async () => {
    const lines = Array.from({ length: 10_000 }, (_, i) =>
      line({ quantity: String((i % 7) + 1), unitPrice: '0.01' }),
    );
    const res = await t.request({ method: 'POST', url: URL, as: buyer, payload: order({ lines }) });
    expect(res.statusCode).toBe(201);
    const po = res.json();
    expect(po.lines).toHaveLength(10_000);
    expect(po.lines[9999].lineNo).toBe(10_000);
  }, 120_000);

  const badInputs: [string, () => Json, string][] = [
    ['quantity 0', () => order({ lines: [line({ quantity: '0' })] }), 'lines[0].quantity'],
    ['negative quantity', () => order({ lines: [line({ quantity: '-1' })] }), 'lines[0].quantity'],
    [
      'decimals the unit does not allow',
      () => order({ lines: [line({ quantity: '1.5' })] }),
      'lines[0].quantity',
    ],
    [
      'more decimals than kg allows',
      () => order({ lines: [line({ itemId: heavyItem.id, quantity: '1.2345' })] }),
      'lines[0].quantity',
    ],
    ['negative price', () => order({ lines: [line({ unitPrice: '-0.01' })] }), 'lines[0].unitPrice'],
    [
      'price with 7 decimals',
      () => order({ lines: [line({ unitPrice: '1.1234567' })] }),
      'lines[0].unitPrice',
    ],
    ['price as a JSON number', () => order({ lines: [line({ unitPrice: 2.5 })] }), 'lines[0].unitPrice'],
    ['tax rate below 0', () => order({ lines: [line({ taxRate: '-1' })] }), 'lines[0].taxRate'],
    ['tax rate above 100', () => order({ lines: [line({ taxRate: '100.01' })] }), 'lines[0].taxRate'],
    [
      'discount above 100',
      () => order({ lines: [line({ discountPercent: '101' })] }),
      'lines[0].discountPercent',
    ],
    [
      'unknown item',
      () => order({ lines: [line(), line({ itemId: '0190b9a0-0000-7000-8000-00000000abcd' })] }),
      'lines[1].itemId',
    ],
    ['inactive item', () => order({ lines: [line({ itemId: inactiveItem.id })] }), 'lines[0].itemId'],
    ['unknown supplier', () => order({ supplierId: '0190b9a0-0000-7000-8000-00000000abcd' }), 'supplierId'],
    ['blocked supplier', () => order({ supplierId: blockedSupplier.id }), 'supplierId'],
    ['unknown currency', () => order({ currency: 'XYZ' }), 'currency'],
    ['malformed currency', () => order({ currency: 'usd' }), 'currency'],
    ['missing exchange rate', () => order({ currency: 'GBP' }), 'currency'],
    ['no lines', () => order({ lines: [] }), 'lines'],
    ['more than 10,000 lines', () => order({ lines: Array.from({ length: 10_001 }, () => line()) }), 'lines'],
    [
      'description over 1000 characters',
      () => order({ lines: [line({ description: 'x'.repeat(1001) })] }),
      'lines[0].description',
    ],
    ['notes over 5000 characters', () => order({ notes: 'x'.repeat(5001) }), 'notes'],
    [
      'incoterms place over 200 characters',
      () => order({ incoterms: 'FOB', incotermsPlace: 'x'.repeat(201) }),
      'incotermsPlace',
    ],
    ['unknown incoterm', () => order({ incoterms: 'FOO' }), 'incoterms'],
    ['place without incoterm', () => order({ incotermsPlace: 'Hamburg' }), 'incoterms'],
    [
      'free text without description',
      () => order({ lines: [{ quantity: '1', unitPrice: '1', unitCode: each.code, taxRate: '0' }] }),
      'lines[0].description',
    ],
    [
      'free text without unit',
      () => order({ lines: [{ description: 'x', quantity: '1', unitPrice: '1', taxRate: '0' }] }),
      'lines[0].unitCode',
    ],
    [
      'free text without tax rate',
      () => order({ lines: [{ description: 'x', quantity: '1', unitPrice: '1', unitCode: each.code }] }),
      'lines[0].taxRate',
    ],
    [
      'unit other than the item’s',
      () => order({ lines: [line({ unitCode: kg.code })] }),
      'lines[0].unitCode',
    ],
    [
      'cost centre of another department',
      () => order({ departmentId: deptA.id, costCentreId: centreB.id }),
      'costCentreId',
    ],
    [
      'delivery before the order date',
      () => order({ orderDate: '2026-03-02', expectedDeliveryDate: '2026-03-01' }),
      'expectedDeliveryDate',
    ],
    [
      'unknown department',
      () => order({ departmentId: '0190b9a0-0000-7000-8000-00000000abcd' }),
      'departmentId',
    ],
  ];

  it.each(badInputs)(
    'refuses %s with a 422 naming the field and writes nothing',
    async (_name, payload, path) => {
      const before = await orderCount();
      const res = await t.request({ method: 'POST', url: URL, as: buyer, payload: payload() });
      expect(res.statusCode).toBe(422);
      expect(res.headers['content-type']).toMatch(/problem\+json/);
      expect(paths(res)).toContain(path);
      expect(await orderCount()).toBe(before);
    },
  );

  it('reports every bad field at once', async () => {
    const res = await t.request({
      method: 'POST',
      url: URL,
      as: buyer,
      payload: order({
        currency: 'XYZ',
        lines: [line({ itemId: inactiveItem.id }), line({ quantity: '0.5' })],
      }),
    });
    expect(res.statusCode).toBe(422);
    expect(paths(res)).toEqual(expect.arrayContaining(['currency', 'lines[0].itemId', 'lines[1].quantity']));
  });

  it('needs a session (401) and purchase_orders:write (403)', async () => {
    expect((await t.request({ method: 'POST', url: URL, payload: order() })).statusCode).toBe(401);
    for (const who of [approver, auditor, receiver, requesterA]) {
      expect((await t.request({ method: 'POST', url: URL, as: who, payload: order() })).statusCode).toBe(403);
    }
  });

  it('audits the creation', async () => {
    const po = await create(order({ departmentId: deptA.id, costCentreId: centreA.id }));
    const res = await t.request({
      method: 'GET',
      url: `/api/v1/audit?entityType=purchase_order&entityId=${po.id}`,
      as: auditor,
    });
    const entries = res.json().items;
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({ action: 'create', actorId: buyer.userId });
    expect(entries[0].changes.number.after).toBe(po.number);
    // Named for people: the order by its number (its money in its currency), and the supplier,
    // buyer, department and cost centre its changes hold by id.
    expect(entries[0].subject).toEqual({ label: po.number, currency: po.currency });
    const names = entries[0].names as Record<string, string>;
    expect(names[supplier.id]).toContain(supplier.legalName);
    expect(names[buyer.userId]).toBe((po.buyer as Json).name);
    expect(names[deptA.id]).toMatch(/ · /);
    expect(names[centreA.id]).toMatch(/ · /);
  });

  it('names the records of a page of the audit trail with one query per record type, whatever the page size', async () => {
    for (let i = 0; i < 6; i++) await create();
    const counting = countingCtx(t);
    const statements = async (limit: number) => {
      counting.reset();
      const page = await listAuditEntries(counting.ctx, {
        actor: SYSTEM_ACTOR,
        filter: { entityType: 'purchase_order' },
        limit,
      });
      expect(page.items.every((e) => e.subject?.label.startsWith('PO-'))).toBe(true);
      return counting.count();
    };
    const few = await statements(2);
    expect(await statements(6)).toBe(few);
  });
});

// ── read ────────────────────────────────────────────────────────────────────

describe('GET /purchase-orders/:id', () => {
  it('returns what a printed order needs, with an ETag', async () => {
    const po = await create(order({ costCentreId: centreA.id }));
    const res = await get(po.id, auditor);
    expect(res.statusCode).toBe(200);
    expect(res.headers.etag).toBe(`"v${po.version}"`);
    const body = res.json();
    expect(body.supplier).toMatchObject({
      legalName: 'Globex Fasteners Corporation',
      taxId: 'US-99-1234567',
      address: expect.objectContaining({ city: 'Springfield' }),
      contact: null,
    });
    expect(body.minorUnits).toBe(2);
    expect(body.buyer).toMatchObject({
      id: buyer.userId,
      name: expect.any(String),
      email: expect.stringContaining('@'),
    });
    expect(body.department).toMatchObject({ code: expect.any(String) });
    expect(body.costCentre).toMatchObject({ code: expect.any(String) });
    expect(body.lines[0]).toMatchObject({
      sku: item.sku,
      unitName: 'each',
      netAmount: '25.00',
      taxAmount: '5.00',
    });
    expect(body.totals.byTaxRate).toEqual([{ taxCategory: 'S', taxRate: '20', net: '25.00', tax: '5.00' }]);
  });

  it('answers 404 for an unknown order and 422 for a malformed id', async () => {
    expect((await get('0190b9a0-0000-7000-8000-00000000abcd')).statusCode).toBe(404);
    expect((await get('not-an-id')).statusCode).toBe(422);
  });

  it('shows a requester only the orders of their own department (others are 404)', async () => {
    const mine = await create(order({ departmentId: deptA.id }));
    const theirs = await create(order({ departmentId: deptB.id }));
    const none = await create(order());
    expect((await get(mine.id, requesterA)).statusCode).toBe(200);
    expect((await get(theirs.id, requesterA)).statusCode).toBe(404);
    expect((await get(none.id, requesterA)).statusCode).toBe(404);
    expect((await get(mine.id, requesterNoDept)).statusCode).toBe(404);
    expect((await get(theirs.id, requesterB)).statusCode).toBe(200);
    const revisions = await t.request({
      method: 'GET',
      url: `${URL}/${theirs.id}/revisions`,
      as: requesterA,
    });
    expect(revisions.statusCode).toBe(404);
    const list = await t.request({ method: 'GET', url: `${URL}?limit=200`, as: requesterA });
    const items = list.json().items as Json[];
    expect(items.length).toBeGreaterThan(0);
    expect(items.every((i) => i.departmentId === deptA.id)).toBe(true);
    const empty = await t.request({ method: 'GET', url: URL, as: requesterNoDept });
    expect(empty.json().items).toEqual([]);
  });

  it('needs a session', async () => {
    expect((await t.request({ method: 'GET', url: URL })).statusCode).toBe(401);
    expect(
      (await t.request({ method: 'GET', url: `${URL}/0190b9a0-0000-7000-8000-00000000abcd` })).statusCode,
    ).toBe(401);
  });
});

// ── edit ────────────────────────────────────────────────────────────────────

describe('PATCH /purchase-orders/:id', () => {
  it('edits a draft without a revision, keeping line numbers and numbering new lines after the highest', async () => {
    const po = await create(order({ lines: [line(), line({ quantity: '2' }), line({ quantity: '3' })] }));
    const res = await patch(po, {
      notes: 'changed',
      lines: [
        { lineNo: 3, itemId: item.id, quantity: '30', unitPrice: '1' },
        { lineNo: 1, itemId: item.id, quantity: '10', unitPrice: '2.50' },
        line({ quantity: '4', description: 'new one' }),
      ],
    });
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(res.headers.etag).toBe(`"v${po.version + 1}"`);
    expect(body).toMatchObject({ revision: 0, status: 'draft', notes: 'changed' });
    expect(body.lines.map((l: Json) => [l.lineNo, l.quantity])).toEqual([
      [1, '10'],
      [3, '30'],
      [4, '4'],
    ]);
    expect(body.lines[0].id).toBe(po.lines[0].id);
    expect(body.totals.total).toBe('78.00'); // (25 + 30 + 10) + 20 % tax
    const revisions = await t.request({ method: 'GET', url: `${URL}/${po.id}/revisions`, as: buyer });
    expect(revisions.json().items).toEqual([]);
  });

  it('refuses an edit without If-Match (428), with a stale one (412), and bad fields (422) unchanged', async () => {
    const po = await create();
    const none = await t.request({
      method: 'PATCH',
      url: `${URL}/${po.id}`,
      as: buyer,
      payload: { notes: 'x' },
    });
    expect(none.statusCode).toBe(428);
    const stale = await t.request({
      method: 'PATCH',
      url: `${URL}/${po.id}`,
      as: buyer,
      headers: { 'if-match': `"v${po.version + 5}"` },
      payload: { notes: 'x' },
    });
    expect(stale.statusCode).toBe(412);
    const bad = await patch(po, { notes: 'x', lines: [line({ quantity: '0.5' })] });
    expect(bad.statusCode).toBe(422);
    expect(paths(bad)).toContain('lines[0].quantity');
    const unknownLine = await patch(po, { lines: [{ ...line(), lineNo: 9 }] });
    expect(paths(unknownLine)).toContain('lines[0].lineNo');
    expect((await get(po.id)).json()).toMatchObject({ notes: '', version: po.version });
  });

  it('answers 404 for an unknown order, 403 without write permission, 409 while awaiting approval', async () => {
    const missing = await t.request({
      method: 'PATCH',
      url: `${URL}/0190b9a0-0000-7000-8000-00000000abcd`,
      as: buyer,
      headers: { 'if-match': '"v1"' },
      payload: { notes: 'x' },
    });
    expect(missing.statusCode).toBe(404);
    const po = await create();
    expect((await patch(po, { notes: 'x' }, approver)).statusCode).toBe(403);
    const submitted = (await act(po, 'submit', buyer)).json();
    const res = await patch(submitted, { notes: 'x' });
    expect(res.statusCode).toBe(409);
    expect(res.json().detail).toContain('"pending_approval"');
  });
});

describe('change orders (revisions)', () => {
  it('keeps an approved order approved when only the notes change, with revision 1 and its diff', async () => {
    const po = await approved();
    const res = await patch(po, { notes: 'Call before delivery', reason: 'supplier asked' });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ status: 'approved', revision: 1, notes: 'Call before delivery' });
    const list = await t.request({ method: 'GET', url: `${URL}/${po.id}/revisions`, as: auditor });
    expect(list.statusCode).toBe(200);
    expect(list.json().items).toHaveLength(1);
    expect(list.json().items[0]).toMatchObject({
      revision: 1,
      requiresApproval: false,
      reason: 'supplier asked',
      createdBy: buyer.userId,
      changes: { header: { notes: { before: '', after: 'Call before delivery' } } },
    });
  });

  it('sends a revision that raises the total back for approval, recording the old document', async () => {
    const po = await approved(order({ lines: [line(), line({ quantity: '5' })] }));
    const first = (await patch(po, { notes: 'n' })).json();
    const res = await patch(first, {
      lines: [
        { lineNo: 1, itemId: item.id, quantity: '12', unitPrice: '2.50' },
        { lineNo: 2, itemId: item.id, quantity: '5', unitPrice: '2.50' },
      ],
    });
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body).toMatchObject({ status: 'pending_approval', revision: 2, approvedBy: null });
    const rev = await t.request({ method: 'GET', url: `${URL}/${po.id}/revisions/2`, as: buyer });
    expect(rev.statusCode).toBe(200);
    expect(rev.json()).toMatchObject({
      revision: 2,
      requiresApproval: true,
      changes: {
        header: { total: { before: '45', after: '51' } },
        lines: {
          added: [],
          removed: [],
          changed: [{ lineNo: 1, changes: { quantity: { before: '10', after: '12' } } }],
        },
      },
      snapshot: { revision: 1, status: 'approved' },
    });
    expect(rev.json().snapshot.lines.map((l: Json) => l.quantity)).toEqual(['10', '5']);
    const again = await act(body, 'approve', approver);
    expect(again.statusCode).toBe(200);
    expect(again.json().status).toBe('approved');
  });

  it('does not ask for approval when the total falls, and records removed lines', async () => {
    const po = await approved(order({ lines: [line(), line({ quantity: '5' })] }));
    const res = await patch(po, {
      lines: [{ lineNo: 1, itemId: item.id, quantity: '10', unitPrice: '2.50' }],
    });
    expect(res.json()).toMatchObject({ status: 'approved', revision: 1 });
    const rev = (await t.request({ method: 'GET', url: `${URL}/${po.id}/revisions/1`, as: buyer })).json();
    expect(rev.changes.lines.removed.map((l: Json) => l.lineNo)).toEqual([2]);
  });

  it('asks for approval when the supplier changes', async () => {
    const po = await approved();
    const other = await seedSupplier(t.ctx);
    const res = await patch(po, { supplierId: other.id });
    expect(res.json()).toMatchObject({ status: 'pending_approval', revision: 1, supplierId: other.id });
  });

  it('never removes a line with receipts nor reduces it below what arrived', async () => {
    const po = await approved(order({ lines: [line(), line({ quantity: '5' })] }));
    await receive(po.id, 1, '4');
    const removed = await patch(po, {
      lines: [{ lineNo: 2, itemId: item.id, quantity: '5', unitPrice: '2.50' }],
    });
    expect(removed.statusCode).toBe(422);
    expect(removed.json().errors).toEqual([
      expect.objectContaining({ path: 'lines', message: expect.stringContaining('line 1') }),
    ]);
    const reduced = await patch(po, {
      lines: [
        { lineNo: 1, itemId: item.id, quantity: '3', unitPrice: '2.50' },
        { lineNo: 2, itemId: item.id, quantity: '5', unitPrice: '2.50' },
      ],
    });
    expect(reduced.statusCode).toBe(422);
    expect(paths(reduced)).toEqual(['lines[0].quantity']);
    const ok = await patch(po, {
      lines: [
        { lineNo: 1, itemId: item.id, quantity: '4', unitPrice: '2.50' },
        { lineNo: 2, itemId: item.id, quantity: '5', unitPrice: '2.50' },
      ],
    });
    expect(ok.statusCode).toBe(200);
    expect(ok.json().lines[0].progress.receivedPercent).toBe('100.00');
  });

  it('answers 404 for a revision that does not exist', async () => {
    const po = await create();
    const res = await t.request({ method: 'GET', url: `${URL}/${po.id}/revisions/3`, as: buyer });
    expect(res.statusCode).toBe(404);
  });
});

// ── transitions ─────────────────────────────────────────────────────────────

describe('transitions', () => {
  it('submits, approves and records who approved', async () => {
    const po = await create();
    const submitted = await act(po, 'submit', buyer, { comment: 'please' });
    expect(submitted.statusCode).toBe(200);
    expect(submitted.json()).toMatchObject({
      status: 'pending_approval',
      submittedAt: '2026-03-02T09:00:00.000Z',
    });
    expect(submitted.headers.etag).toBe(`"v${po.version + 1}"`);
    const res = await act(submitted.json(), 'approve', approver);
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({
      status: 'approved',
      approvedBy: approver.userId,
      approvedByName: expect.any(String),
    });
  });

  it('refuses to submit or approve an order whose supplier was blocked meanwhile, naming the supplier', async () => {
    const vendor = await seedSupplier(t.ctx, { legalName: 'Soon Blocked Ltd' });
    const draft = await create(order({ supplierId: vendor.id }));
    const pending = await create(order({ supplierId: vendor.id }));
    const submitted = await act(pending, 'submit', buyer);
    expect(submitted.statusCode).toBe(200);
    const current = (
      await t.ctx.db.select().from(schema.suppliers).where(eq(schema.suppliers.id, vendor.id))
    )[0]!;
    await changeSupplierStatus(t.ctx, {
      actor: SYSTEM_ACTOR,
      id: vendor.id,
      version: current.version,
      status: 'blocked',
      reason: 'sanctions list',
    });
    for (const [o, verb, who] of [
      [draft, 'submit', buyer],
      [submitted.json(), 'approve', approver],
    ] as const) {
      const res = await act(o, verb, who);
      expect(res.statusCode, verb).toBe(409);
      expect(res.json().detail).toContain('Soon Blocked Ltd is blocked (sanctions list)');
      const after = await t.request({ method: 'GET', url: `${URL}/${o.id}`, as: buyer });
      expect(after.json()).toMatchObject({ status: o.status, version: o.version });
    }
  });

  it('names the current state in the 409 of an illegal transition', async () => {
    const po = await create();
    const res = await act(po, 'approve', approver);
    expect(res.statusCode).toBe(409);
    expect(res.json().detail).toContain('"draft"');
    const close = await act(po, 'close', buyer, { reason: 'x' });
    expect(close.statusCode).toBe(409);
    expect(close.json().detail).toContain('"draft"');
  });

  it('does not let the creator approve their own order (403)', async () => {
    const po = await create(order(), buyerApprover);
    const submitted = (await act(po, 'submit', buyerApprover)).json();
    const res = await act(submitted, 'approve', buyerApprover);
    expect(res.statusCode).toBe(403);
    expect(res.json().detail).toMatch(/nobody approves a document they created/);
    expect((await get(po.id)).json().status).toBe('pending_approval');
  });

  it('does not let the author of a change order approve it (403), nor its buyer', async () => {
    const po = await approved(order(), otherBuyer);
    const revised = await patch(po, { lines: [{ lineNo: 1, ...line({ quantity: '11' }) }] }, buyerApprover);
    expect(revised.json()).toMatchObject({ status: 'pending_approval', revision: 1 });
    const own = await act(revised.json(), 'approve', buyerApprover);
    expect(own.statusCode).toBe(403);
    const ok = await act(revised.json(), 'approve', approver);
    expect(ok.statusCode).toBe(200);
  });

  it('takes a transition without a body', async () => {
    const po = await create();
    const res = await t.request({
      method: 'POST',
      url: `${URL}/${po.id}/submit`,
      as: buyer,
      headers: ifMatch(po),
    });
    expect(res.statusCode).toBe(200);
    expect(res.json().status).toBe('pending_approval');
  });

  it('rejects back to draft with a reason (422 without), recorded in the audit trail', async () => {
    const po = await create();
    const submitted = (await act(po, 'submit', buyer)).json();
    const noReason = await act(submitted, 'reject', approver);
    expect(noReason.statusCode).toBe(422);
    expect(paths(noReason)).toEqual(['reason']);
    const res = await act(submitted, 'reject', approver, { reason: 'price too high' });
    expect(res.statusCode).toBe(200);
    expect(res.json().status).toBe('draft');
    const audit = await t.request({
      method: 'GET',
      url: `/api/v1/audit?entityType=purchase_order&entityId=${po.id}`,
      as: auditor,
    });
    expect(audit.json().items[0]).toMatchObject({
      action: 'reject',
      reason: 'price too high',
      changes: { status: { before: 'pending_approval', after: 'draft' } },
    });
  });

  it('holds with a reason and releases to the state it was held from', async () => {
    const po = await approved();
    expect((await act(po, 'hold', buyer)).statusCode).toBe(422);
    const held = await act(po, 'hold', buyer, { reason: 'budget review' });
    expect(held.json()).toMatchObject({
      status: 'on_hold',
      heldFromStatus: 'approved',
      holdReason: 'budget review',
    });
    expect((await act(held.json(), 'hold', buyer, { reason: 'again' })).statusCode).toBe(409);
    const released = await act(held.json(), 'release', buyer);
    expect(released.json()).toMatchObject({ status: 'approved', heldFromStatus: null, holdReason: null });
  });

  it('cancels with a reason, not twice, and never after receipts', async () => {
    const po = await approved();
    expect(paths(await act(po, 'cancel', buyer))).toEqual(['reason']);
    const cancelled = await act(po, 'cancel', buyer, { reason: 'no longer needed' });
    expect(cancelled.json()).toMatchObject({ status: 'cancelled', cancelReason: 'no longer needed' });
    const again = await act(cancelled.json(), 'cancel', buyer, { reason: 'again' });
    expect(again.statusCode).toBe(409);
    expect(again.json().detail).toContain('"cancelled"');

    const received = await approved();
    await receive(received.id, 1, '1');
    const refused = await act(received, 'cancel', buyer, { reason: 'x' });
    expect(refused.statusCode).toBe(409);
    expect(refused.json().detail).toMatch(/received/);
  });

  it('closes with a reason unless everything was received', async () => {
    const po = await approved();
    expect(paths(await act(po, 'close', buyer))).toEqual(['reason']);
    const closed = await act(po, 'close', buyer, { reason: 'supplier went bust' });
    expect(closed.json()).toMatchObject({ status: 'closed', closeReason: 'supplier went bust' });

    const full = await approved();
    await receive(full.id, 1, '10');
    const res = await act(full, 'close', buyer);
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({
      status: 'closed',
      progress: { receivedPercent: '100.00', fullyReceived: true },
    });
  });

  it('answers 404, 412, 428 and 403 on transitions', async () => {
    const po = await create();
    const missing = await t.request({
      method: 'POST',
      url: `${URL}/0190b9a0-0000-7000-8000-00000000abcd/submit`,
      as: buyer,
      headers: { 'if-match': '"v1"' },
      payload: {},
    });
    expect(missing.statusCode).toBe(404);
    const stale = await t.request({
      method: 'POST',
      url: `${URL}/${po.id}/submit`,
      as: buyer,
      headers: { 'if-match': '"v99"' },
      payload: {},
    });
    expect(stale.statusCode).toBe(412);
    const none = await t.request({ method: 'POST', url: `${URL}/${po.id}/submit`, as: buyer, payload: {} });
    expect(none.statusCode).toBe(428);
    expect((await act(po, 'submit', approver)).statusCode).toBe(403);
    expect((await act(po, 'approve', buyer)).statusCode).toBe(403);
    expect((await t.request({ method: 'POST', url: `${URL}/${po.id}/submit`, payload: {} })).statusCode).toBe(
      401,
    );
  });

  it('refuses to submit an order whose supplier was blocked since', async () => {
    const s = await seedSupplier(t.ctx);
    const po = await create(order({ supplierId: s.id }));
    await changeSupplierStatus(t.ctx, {
      actor: SYSTEM_ACTOR,
      id: s.id,
      version: 1,
      status: 'blocked',
      reason: 'x',
    });
    const res = await act(po, 'submit', buyer);
    expect(res.statusCode).toBe(409);
    expect((await get(po.id)).json().warnings[0].code).toBe('supplier_blocked');
  });
});

// ── short-close ─────────────────────────────────────────────────────────────

describe('short-close', () => {
  it('short-closes a line, then the rest, and the order closes', async () => {
    const po = await approved(order({ lines: [line(), line({ quantity: '5' })] }));
    await receive(po.id, 1, '4');
    const noReason = await t.request({
      method: 'POST',
      url: `${URL}/${po.id}/lines/1/short-close`,
      as: buyer,
      headers: ifMatch(po),
      payload: {},
    });
    expect(noReason.statusCode).toBe(422);
    expect(paths(noReason)).toEqual(['reason']);
    const one = await t.request({
      method: 'POST',
      url: `${URL}/${po.id}/lines/1/short-close`,
      as: buyer,
      headers: ifMatch(po),
      payload: { reason: 'discontinued' },
    });
    expect(one.statusCode).toBe(200);
    const body = one.json();
    expect(body.status).toBe('approved');
    expect(body.lines[0]).toMatchObject({
      quantityShortClosed: '6',
      shortCloseReason: 'discontinued',
      progress: { expected: '4', receivedPercent: '100.00', complete: true },
    });
    expect(body.progress.receivedPercent).toBe('44.44'); // 4 of 9 still expected
    const again = await t.request({
      method: 'POST',
      url: `${URL}/${po.id}/lines/1/short-close`,
      as: buyer,
      headers: ifMatch(body),
      payload: { reason: 'x' },
    });
    expect(again.statusCode).toBe(409);
    const missing = await t.request({
      method: 'POST',
      url: `${URL}/${po.id}/lines/99/short-close`,
      as: buyer,
      headers: ifMatch(body),
      payload: { reason: 'x' },
    });
    expect(missing.statusCode).toBe(404);
    const all = await t.request({
      method: 'POST',
      url: `${URL}/${po.id}/short-close`,
      as: buyer,
      headers: ifMatch(body),
      payload: { reason: 'rest not coming' },
    });
    expect(all.statusCode).toBe(200);
    expect(all.json()).toMatchObject({ status: 'closed', closeReason: 'rest not coming' });
    expect(all.json().lines[1].quantityShortClosed).toBe('5');
  });

  it('refuses short-closing a draft (409) and without If-Match (428)', async () => {
    const po = await create();
    const res = await t.request({
      method: 'POST',
      url: `${URL}/${po.id}/short-close`,
      as: buyer,
      headers: ifMatch(po),
      payload: { reason: 'x' },
    });
    expect(res.statusCode).toBe(409);
    expect(res.json().detail).toContain('"draft"');
    const none = await t.request({
      method: 'POST',
      url: `${URL}/${po.id}/short-close`,
      as: buyer,
      payload: { reason: 'x' },
    });
    expect(none.statusCode).toBe(428);
  });
});

// ── requisition sources ─────────────────────────────────────────────────────

describe('orders sourced from requisitions', () => {
  async function orderedOf(requisitionLineId: string): Promise<string> {
    const [row] = await t.ctx.db
      .select({ q: requisitionLines.quantityOrdered })
      .from(requisitionLines)
      .where(eq(requisitionLines.id, requisitionLineId));
    return String(Number(row!.q));
  }

  it('records, revises, short-closes and cancels the ordered requisition quantities', async () => {
    const requisition = await seedApprovedRequisition(t.ctx, {
      lines: [{ itemId: item.id, quantity: '10', estimatedUnitPrice: '2.50' }],
    });
    const reqLine = requisition.lines[0]!.id;
    const po = await create(
      order({ lines: [line({ quantity: '6', sources: [{ requisitionLineId: reqLine, quantity: '6' }] })] }),
    );
    expect(po.lines[0].sources).toEqual([
      expect.objectContaining({
        requisitionLineId: reqLine,
        quantity: '6',
        requisitionNumber: requisition.number,
      }),
    ]);
    expect(await orderedOf(reqLine)).toBe('6');

    const over = await t.request({
      method: 'POST',
      url: URL,
      as: buyer,
      payload: order({
        lines: [line({ quantity: '5', sources: [{ requisitionLineId: reqLine, quantity: '5' }] })],
      }),
    });
    expect(over.statusCode).toBe(422);
    expect(paths(over)).toEqual(['lines[0].sources[0].quantity']);
    expect(await orderedOf(reqLine)).toBe('6');

    const edited = await patch(po, {
      lines: [
        { lineNo: 1, ...line({ quantity: '8', sources: [{ requisitionLineId: reqLine, quantity: '8' }] }) },
      ],
    });
    expect(edited.statusCode).toBe(200);
    expect(await orderedOf(reqLine)).toBe('8');

    const submitted = (await act(edited.json(), 'submit', buyer)).json();
    const approvedPo = (await act(submitted, 'approve', approver)).json();
    await receive(po.id, 1, '3');
    const shortClosed = await t.request({
      method: 'POST',
      url: `${URL}/${po.id}/lines/1/short-close`,
      as: buyer,
      headers: ifMatch(approvedPo),
      payload: { reason: 'enough' },
    });
    expect(shortClosed.statusCode).toBe(200);
    expect(await orderedOf(reqLine)).toBe('3');

    const second = await create(
      order({ lines: [line({ quantity: '4', sources: [{ requisitionLineId: reqLine, quantity: '4' }] })] }),
    );
    expect(await orderedOf(reqLine)).toBe('7');
    const cancelled = await act(second, 'cancel', buyer, { reason: 'duplicate' });
    expect(cancelled.statusCode).toBe(200);
    expect(await orderedOf(reqLine)).toBe('3');
  });

  it('refuses sources that order more than the line', async () => {
    const requisition = await seedApprovedRequisition(t.ctx);
    const res = await t.request({
      method: 'POST',
      url: URL,
      as: buyer,
      payload: order({
        lines: [
          line({ quantity: '2', sources: [{ requisitionLineId: requisition.lines[0]!.id, quantity: '3' }] }),
        ],
      }),
    });
    expect(res.statusCode).toBe(422);
    expect(paths(res)).toEqual(['lines[0].sources']);
  });
});

// ── list ────────────────────────────────────────────────────────────────────

describe('GET /purchase-orders', () => {
  let acme: { id: string };
  let listBuyer: Who;
  const made: Json[] = [];

  beforeAll(async () => {
    listBuyer = await login(['buyer']);
    acme = await seedSupplier(t.ctx, { legalName: 'Zyxwv Acme Trading' });
    for (let i = 0; i < 5; i++) {
      t.clock.advance(1000);
      made.push(
        await create(
          order({
            supplierId: i < 3 ? acme.id : supplier.id,
            departmentId: i % 2 === 0 ? deptA.id : deptB.id,
            orderDate: i === 4 ? '2026-01-15' : '2026-03-02',
            expectedDeliveryDate: i === 4 ? '2026-02-01' : null,
            lines: [
              i === 1
                ? {
                    description: 'Quokka grooming service',
                    unitCode: each.code,
                    quantity: '1',
                    unitPrice: '9',
                    taxRate: '0',
                  }
                : line(),
            ],
          }),
          listBuyer,
        ),
      );
    }
    const submitted = (await act(made[4]!, 'submit', listBuyer)).json();
    made[4] = (await act(submitted, 'approve', approver)).json();
  });

  const list = async (query: string, as: Who = buyer) => {
    const res = await t.request({ method: 'GET', url: `${URL}?${query}`, as });
    expect(res.statusCode).toBe(200);
    return res.json() as { items: Json[]; nextCursor: string | null };
  };
  const ids = (page: { items: Json[] }) => page.items.map((i) => i.id);

  it('filters by buyer, supplier, status, department, dates and overdue, newest first', async () => {
    expect(ids(await list(`buyerId=${listBuyer.userId}`))).toEqual(made.map((m) => m.id).reverse());
    expect(ids(await list(`supplierId=${acme.id}`))).toEqual([made[2]!.id, made[1]!.id, made[0]!.id]);
    expect(ids(await list(`buyerId=${listBuyer.userId}&status=approved`))).toEqual([made[4]!.id]);
    expect(ids(await list(`buyerId=${listBuyer.userId}&departmentId=${deptB.id}`))).toEqual([
      made[3]!.id,
      made[1]!.id,
    ]);
    expect(ids(await list(`buyerId=${listBuyer.userId}&orderDateTo=2026-02-01`))).toEqual([made[4]!.id]);
    expect(
      ids(await list(`buyerId=${listBuyer.userId}&orderDateFrom=2026-03-01&orderDateTo=2026-03-31`)),
    ).toHaveLength(4);
    expect(ids(await list(`buyerId=${listBuyer.userId}&overdue=true`))).toEqual([made[4]!.id]);
    const summary = (await list(`supplierId=${acme.id}&limit=1`)).items[0]!;
    expect(summary).toMatchObject({
      supplierName: 'Zyxwv Acme Trading',
      total: '30.00',
      currency: 'USD',
      status: 'draft',
    });
  });

  it('searches the number prefix in any case, supplier name fragments and line text', async () => {
    const number = made[3]!.number as string;
    expect(ids(await list(`q=${encodeURIComponent(number.toLowerCase())}`))).toEqual([made[3]!.id]);
    expect(
      ids(await list(`q=${encodeURIComponent(number.slice(0, -1))}&buyerId=${listBuyer.userId}`)),
    ).toContain(made[3]!.id);
    expect(ids(await list('q=xwv%20acme'))).toEqual([made[2]!.id, made[1]!.id, made[0]!.id]);
    expect(ids(await list('q=quokka'))).toEqual([made[1]!.id]);
    expect(ids(await list('q=GROOM%20quok'))).toEqual([made[1]!.id]);
    expect(ids(await list(`q=hex%20bolt&buyerId=${listBuyer.userId}&supplierId=${supplier.id}`))).toEqual([
      made[4]!.id,
      made[3]!.id,
    ]);
    expect(ids(await list(`q=${encodeURIComponent(item.sku)}&buyerId=${listBuyer.userId}`))).toHaveLength(4);
    expect(ids(await list('q=%25'))).toEqual([]);
  });

  it('pages with a cursor, never repeating or skipping', async () => {
    const first = await list(`buyerId=${listBuyer.userId}&limit=2`);
    expect(first.items).toHaveLength(2);
    expect(first.nextCursor).toBeTruthy();
    const second = await list(`buyerId=${listBuyer.userId}&limit=2&cursor=${first.nextCursor}`);
    const third = await list(`buyerId=${listBuyer.userId}&limit=2&cursor=${second.nextCursor}`);
    expect(third.nextCursor).toBeNull();
    expect([...ids(first), ...ids(second), ...ids(third)]).toEqual(made.map((m) => m.id).reverse());
    const searched = await list(`q=acme&limit=2`);
    const rest = await list(`q=acme&limit=2&cursor=${searched.nextCursor}`);
    expect([...ids(searched), ...ids(rest)]).toEqual([made[2]!.id, made[1]!.id, made[0]!.id]);
  });

  it('finds the same orders when too many lines, items or suppliers match to start from their indexes', async () => {
    for (const q of ['quokka', 'hex bolt', item.sku, 'xwv acme']) {
      const filter = { q, buyerId: listBuyer.userId };
      const fromIndexes = await repo.list(t.ctx.db, filter, 'all', undefined, 50);
      expect(fromIndexes.length).toBeGreaterThan(0);
      for (const limits of [{ lineMatchLimit: 0 }, { itemMatchLimit: 0 }, { supplierWalkLimit: 0 }]) {
        const walking = await repo.list(t.ctx.db, filter, 'all', undefined, 50, limits);
        expect(walking.map((r) => r.id)).toEqual(fromIndexes.map((r) => r.id));
      }
    }
  });

  it('refuses a tampered cursor and bad filters with 422', async () => {
    const res = await t.request({ method: 'GET', url: `${URL}?cursor=nonsense`, as: buyer });
    expect(res.statusCode).toBe(422);
    expect(paths(res)).toEqual(['cursor']);
    expect((await t.request({ method: 'GET', url: `${URL}?status=lost`, as: buyer })).statusCode).toBe(422);
    expect((await t.request({ method: 'GET', url: `${URL}?limit=1000`, as: buyer })).statusCode).toBe(422);
  });
});

// ── statement counts ────────────────────────────────────────────────────────

describe('SQL statements do not grow with the number of lines', () => {
  it('creates, reads and approves a 1-line and a 200-line order with the same number of statements', async () => {
    const counting = countingCtx(t);
    const buyerUser = actorFor(await seedUser(t.ctx, { roles: ['buyer'] }));
    const approverUser = actorFor(await seedUser(t.ctx, { roles: ['approver'] }));
    const lineOf = (i: number) =>
      i % 3 === 2
        ? { description: `Service ${i}`, unitCode: each.code, quantity: '1', unitPrice: '5', taxRate: '0' }
        : { itemId: i % 3 === 0 ? item.id : heavyItem.id, quantity: '2', unitPrice: '1.5' };
    const measure = async (lineCount: number) => {
      counting.reset();
      const created = await createPurchaseOrder(counting.ctx, {
        actor: buyerUser,
        input: {
          supplierId: supplier.id,
          costCentreId: centreA.id,
          lines: Array.from({ length: lineCount }, (_, i) => lineOf(i)),
        },
      });
      const create = counting.count();
      counting.reset();
      await getPurchaseOrder(counting.ctx, { actor: buyerUser, id: created.id });
      const detail = counting.count();
      const submitted = await submitPurchaseOrder(t.ctx, {
        actor: buyerUser,
        id: created.id,
        version: created.version,
      });
      counting.reset();
      const done = await approvePurchaseOrder(counting.ctx, {
        actor: approverUser,
        id: created.id,
        version: submitted.version,
      });
      expect(done.lines).toHaveLength(lineCount);
      return { create, detail, approve: counting.count() };
    };
    await measure(1); // the year's first order also creates its number sequence
    const one = await measure(1);
    const many = await measure(200);
    expect(one.create).toBeGreaterThan(0);
    expect(many).toEqual(one);
    // Create: one read of everything the input names (settings, supplier, currencies, cost
    // centres, departments, items, units), the number, and one statement writing the order, its
    // lines, its domain event and its audit entry (no transaction); the answer is built from
    // those, not read back. Approve locks the order and reads its receipt facts and its
    // supplier's standing in one statement, checks separation of duties and the round, updates
    // the order, reads it back, and appends its domain event and audit entry together in one
    // statement when its transaction ends.
    expect(one.create).toBe(3);
    expect(one.detail).toBe(1);
    expect(one.approve).toBe(6);
  });

  it('reports ids that are not UUIDs as naming nothing when the core is called directly, and writes nothing', async () => {
    const buyerUser = actorFor(await seedUser(t.ctx, { roles: ['buyer'] }));
    const before = await t.database.db.select({ n: sql<number>`count(*)::int` }).from(purchaseOrders);
    const err = await createPurchaseOrder(t.ctx, {
      actor: buyerUser,
      input: {
        supplierId: 'not-a-supplier',
        departmentId: 'not-a-department',
        lines: [
          { itemId: 'not-an-item', quantity: '1', unitPrice: '1' },
          {
            description: 'x',
            unitCode: each.code,
            taxRate: '0',
            quantity: '1',
            unitPrice: '1',
            costCentreId: 'nope',
          },
        ],
      },
    }).catch((e: unknown) => e);
    expect(err).toMatchObject({ code: 'validation' });
    const paths = (err as { errors: { path: string }[] }).errors.map((e) => e.path).sort();
    expect(paths).toEqual(['departmentId', 'lines[0].itemId', 'lines[1].costCentreId', 'supplierId']);
    const after = await t.database.db.select({ n: sql<number>`count(*)::int` }).from(purchaseOrders);
    expect(after).toEqual(before);
  });

  it('searches in one statement, whichever way the text matches', async () => {
    const counting = countingCtx(t);
    await createPurchaseOrder(t.ctx, {
      actor: actorFor(await seedUser(t.ctx, { roles: ['buyer'] })),
      input: { supplierId: supplier.id, lines: [{ itemId: item.id, quantity: '1', unitPrice: '2' }] },
    });
    for (const q of [item.sku, 'PO-', 'nothing matches this', supplier.legalName.slice(2, 8)]) {
      counting.reset();
      await repo.list(counting.ctx.db, { q }, 'all', undefined, 50);
      expect(counting.count(), q).toBe(1);
      for (const limits of [{ lineMatchLimit: 0 }, { itemMatchLimit: 0 }, { supplierWalkLimit: 0 }]) {
        counting.reset();
        await repo.list(counting.ctx.db, { q }, 'all', undefined, 50, limits);
        expect(counting.count(), `${q} ${JSON.stringify(limits)}`).toBe(1);
      }
    }
  });

  it('seeds orders through the use cases', async () => {
    const po = await seedPurchaseOrder(t.ctx, { status: 'approved' });
    expect(po).toMatchObject({ status: 'approved', revision: 0 });
    expect(po.totals).toMatchObject({ subtotal: '125.00', tax: '25.00', total: '150.00' });
  });
});

describe('OpenAPI', () => {
  it('documents every purchase-order route', async () => {
    const res = await t.request({ method: 'GET', url: '/api/openapi.json' });
    expect(res.statusCode).toBe(200);
    const doc = res.json();
    expect(Object.keys(doc.paths)).toEqual(
      expect.arrayContaining([
        '/api/v1/purchase-orders',
        '/api/v1/purchase-orders/{id}',
        '/api/v1/purchase-orders/{id}/approve',
        '/api/v1/purchase-orders/{id}/lines/{lineNo}/short-close',
        '/api/v1/purchase-orders/{id}/revisions/{revision}',
      ]),
    );
    expect(doc.paths['/api/v1/purchase-orders'].post.requestBody).toBeDefined();
    expect(doc.paths['/api/v1/purchase-orders/{id}/approve'].post.responses).toHaveProperty('409');
  });
});
