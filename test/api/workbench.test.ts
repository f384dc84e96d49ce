import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { User } from '../../src/core/identity';
import { SYSTEM_ACTOR } from '../../src/core/identity';
import type { CostCentre } from '../../src/core/organisation';
import type { Requisition } from '../../src/core/requisitions';
import type { Role } from '../../src/core/shared/permissions';
import { changeSupplierStatus, type Supplier } from '../../src/core/suppliers';
import { seedCategory, seedItem, seedPriceListEntry, seedUnit } from '../../src/seed/catalog-factories';
import { seedCostCentre, seedExchangeRate } from '../../src/seed/organisation-factories';
import { seedApprovedRequisition, seedRequisition } from '../../src/seed/requisition-factories';
import { createTestApp, type TestApp } from '../helpers/app';
import { seedSupplier, seedUser, TEST_PASSWORD } from '../helpers/seed';

type Who = { cookie: string; userId: string };
type Res = Awaited<ReturnType<TestApp['request']>>;

let t: TestApp;
let buyer: Who;
let requester: Who;
let admin: Who;
let requesterUser: User;
let approverUser: User;
let cc: CostCentre;
let cc2: CostCentre;
let s1: Supplier; // USD, prices with quantity breaks
let s2: Supplier; // USD
let s3: Supplier; // EUR
let tips: { id: string; sku: string; categoryId: string }; // priced by s1 (breaks) and s3
let gloves: { id: string; sku: string; categoryId: string }; // priced by s2
let unpriced: { id: string; sku: string }; // no price anywhere
let freeCategory: { id: string };
let unitCode: string; // whole units

const uniq = () => Math.random().toString(36).slice(2, 8);

async function login(roles: Role[], departmentId: string | null): Promise<Who & { user: User }> {
  const email = `${roles.join('-')}-${uniq()}@wb.test`;
  const user = await seedUser(t.ctx, { email, roles, departmentId });
  const res = await t.app.inject({
    method: 'POST',
    url: '/api/v1/auth/login',
    payload: { email, password: TEST_PASSWORD },
  });
  const raw = res.headers['set-cookie'];
  return { cookie: String(Array.isArray(raw) ? raw[0] : raw).split(';')[0]!, userId: user.id, user };
}

beforeAll(async () => {
  t = await createTestApp();
  cc = await seedCostCentre(t.ctx);
  cc2 = await seedCostCentre(t.ctx, { departmentId: cc.departmentId });
  const r = await login(['requester'], cc.departmentId);
  requester = r;
  requesterUser = r.user;
  approverUser = await seedUser(t.ctx, { roles: ['approver'] });
  buyer = await login(['buyer'], null);
  admin = await login(['admin'], null);
  await seedExchangeRate(t.ctx, { currency: 'EUR', rate: '1.1', validOn: '2026-01-01' });
  s1 = await seedSupplier(t.ctx, { legalName: 'Alpha Lab Supply' });
  s2 = await seedSupplier(t.ctx, { legalName: 'Beta Gloves' });
  s3 = await seedSupplier(t.ctx, { legalName: 'Gamma GmbH', defaultCurrency: 'EUR' });
  const each = await seedUnit(t.ctx, { decimals: 0 });
  unitCode = each.code;
  tips = await seedItem(t.ctx, { unitCode: each.code, name: 'Pipette tips', defaultTaxRate: '10' });
  gloves = await seedItem(t.ctx, { unitCode: each.code, name: 'Nitrile gloves', defaultTaxRate: '0' });
  unpriced = await seedItem(t.ctx, { unitCode: each.code, name: 'Rare reagent' });
  freeCategory = await seedCategory(t.ctx);
  const price = (supplierId: string, itemId: string, over: Record<string, string | null>) =>
    seedPriceListEntry(t.ctx, { supplierId, itemId, ...over });
  // Tips at Alpha: 10.00 from 1, 9.00 from 10, 8.00 from 100; last year's 5.00 has expired and
  // next quarter's 7.00 has not started.
  await price(s1.id, tips.id, { minQuantity: '1', unitPrice: '10.00', validFrom: '2026-01-01' });
  await price(s1.id, tips.id, { minQuantity: '10', unitPrice: '9.00', validFrom: '2026-01-01' });
  await price(s1.id, tips.id, { minQuantity: '100', unitPrice: '8.00', validFrom: '2026-01-01' });
  await price(s1.id, tips.id, {
    minQuantity: '1',
    unitPrice: '5.00',
    validFrom: '2025-01-01',
    validTo: '2025-12-31',
  });
  await price(s1.id, tips.id, { minQuantity: '1', unitPrice: '7.00', validFrom: '2026-06-01' });
  await price(s2.id, gloves.id, { minQuantity: '1', unitPrice: '20.00', validFrom: '2026-01-01' });
  await price(s3.id, tips.id, {
    minQuantity: '1',
    unitPrice: '8.50',
    validFrom: '2026-01-01',
    currency: 'EUR',
  });
}, 120_000);
afterAll(async () => {
  await t.close();
});

const paths = (res: Res) => (res.json().errors ?? []).map((e: { path: string }) => e.path);
const get = (url: string, as: Who = buyer) => t.request({ method: 'GET', url, as });
const order = (payload: unknown, as: Who = buyer, headers: Record<string, string> = {}) =>
  t.request({
    method: 'POST',
    url: '/api/v1/workbench/purchase-orders',
    as,
    payload: payload as Record<string, unknown>,
    headers,
  });

type LineIn = {
  itemId?: string;
  description?: string;
  categoryId?: string;
  unitCode?: string;
  quantity: string;
  suggestedSupplierId?: string | null;
  neededBy?: string | null;
};
const approved = (lines: LineIn[], costCentreId = cc.id): Promise<Requisition> =>
  seedApprovedRequisition(t.ctx, {
    requester: requesterUser,
    approver: approverUser,
    costCentreId,
    justification: `wb ${uniq()}`,
    lines: lines.map((l) => ({ estimatedUnitPrice: '1', ...l })),
  });
const requisition = async (id: string) => (await get(`/api/v1/requisitions/${id}`)).json();
const purchaseOrder = async (id: string) => {
  const res = await get(`/api/v1/purchase-orders/${id}`);
  expect(res.statusCode).toBe(200);
  return res.json();
};
const countOrders = async () => {
  let n = 0;
  let cursor: string | null = null;
  do {
    const res = await get(
      `/api/v1/purchase-orders?limit=200${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`,
    );
    n += res.json().items.length;
    cursor = res.json().nextCursor;
  } while (cursor);
  return n;
};

describe('the workbench list', () => {
  it('shows approved lines not fully ordered, with the remaining quantity and the best price today', async () => {
    const tag = `list-${uniq()}`;
    const draft = await seedRequisition(t.ctx, {
      requester: requesterUser,
      costCentreId: cc.id,
      lines: [{ itemId: tips.id, description: tag, quantity: '5', estimatedUnitPrice: '1' }],
    });
    const r = await approved([
      {
        itemId: tips.id,
        description: `${tag} a`,
        quantity: '12',
        suggestedSupplierId: s1.id,
        neededBy: '2026-04-10',
      },
      {
        itemId: gloves.id,
        description: `${tag} b`,
        quantity: '3',
        suggestedSupplierId: null,
        neededBy: '2026-04-01',
      },
      {
        itemId: unpriced.id,
        description: `${tag} c`,
        quantity: '1',
        suggestedSupplierId: s1.id,
        neededBy: null,
      },
      {
        description: `${tag} d`,
        categoryId: freeCategory.id,
        unitCode,
        quantity: '1',
        suggestedSupplierId: s2.id,
        neededBy: '2026-05-01',
      },
    ]);
    const res = await get(`/api/v1/workbench/lines?q=${tag}`);
    expect(res.statusCode).toBe(200);
    const items = res.json().items;
    // By needed-by date, undated last; the draft's line is not there.
    expect(items.map((l: { description: string }) => l.description)).toEqual([
      `${tag} b`,
      `${tag} a`,
      `${tag} d`,
      `${tag} c`,
    ]);
    expect(items.some((l: { requisitionId: string }) => l.requisitionId === draft.id)).toBe(false);
    const [b, a, d, c] = items;
    expect(a).toMatchObject({
      requisitionId: r.id,
      requisitionNumber: r.number,
      lineNo: 1,
      requesterId: requester.userId,
      departmentId: cc.departmentId,
      itemId: tips.id,
      itemSku: tips.sku,
      categoryId: tips.categoryId,
      quantity: '12',
      quantityOrdered: '0',
      quantityRemaining: '12',
      neededBy: '2026-04-10',
      suggestedSupplier: {
        id: s1.id,
        legalName: 'Alpha Lab Supply',
        status: 'active',
        defaultCurrency: 'USD',
      },
      price: { unitPrice: '9', currency: 'USD', minQuantity: '10' },
      warning: null,
    });
    expect(b).toMatchObject({
      suggestedSupplier: null,
      price: null,
      warning: 'No suggested supplier: choose one to order.',
    });
    expect(c.price).toBeNull();
    expect(c.warning).toBe(
      `No valid price list entry: ${s1.code} has no USD price for ${unpriced.sku} valid on 2026-03-02 for 1 ${unitCode}; enter a unit price.`,
    );
    expect(d).toMatchObject({
      itemId: null,
      price: null,
      warning: 'Free-text line: no price list applies; enter a unit price.',
    });
  });

  it('filters by suggested supplier, category and needed-by, and pages by needed-by then id', async () => {
    const tag = `filter-${uniq()}`;
    await approved(
      Array.from({ length: 5 }, (_, i) => ({
        itemId: i % 2 ? gloves.id : tips.id,
        description: `${tag} ${i}`,
        quantity: '2',
        suggestedSupplierId: i % 2 ? s2.id : s1.id,
        neededBy: `2026-04-0${i + 1}`,
      })),
    );
    const names = async (query: string) =>
      (await get(`/api/v1/workbench/lines?q=${tag}&${query}`))
        .json()
        .items.map((l: { description: string }) => l.description);
    expect(await names(`supplierId=${s2.id}`)).toEqual([`${tag} 1`, `${tag} 3`]);
    expect(await names(`categoryId=${tips.categoryId}`)).toEqual([`${tag} 0`, `${tag} 2`, `${tag} 4`]);
    expect(await names('neededByFrom=2026-04-02&neededByTo=2026-04-04')).toEqual([
      `${tag} 1`,
      `${tag} 2`,
      `${tag} 3`,
    ]);

    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const res = await get(
        `/api/v1/workbench/lines?q=${tag}&limit=2${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`,
      );
      expect(res.statusCode).toBe(200);
      seen.push(...res.json().items.map((l: { description: string }) => l.description));
      cursor = res.json().nextCursor;
    } while (cursor);
    expect(seen).toEqual([0, 1, 2, 3, 4].map((i) => `${tag} ${i}`));
    expect((await get('/api/v1/workbench/lines?cursor=nonsense')).statusCode).toBe(422);
  });

  it('is for buyers: 403 for a requester, 401 without a session', async () => {
    expect((await get('/api/v1/workbench/lines', requester)).statusCode).toBe(403);
    expect((await t.request({ method: 'GET', url: '/api/v1/workbench/lines' })).statusCode).toBe(401);
    expect((await order({ lines: [] }, requester)).statusCode).toBe(403);
    expect(
      (await t.request({ method: 'POST', url: '/api/v1/workbench/purchase-orders', payload: {} })).statusCode,
    ).toBe(401);
  });
});

describe('ordering from the workbench', () => {
  it('makes one order per supplier, priced from the price list with quantity breaks, linked to the requisition lines', async () => {
    const r1 = await approved([
      { itemId: tips.id, quantity: '12', suggestedSupplierId: s1.id, neededBy: '2026-04-10' },
      { itemId: gloves.id, quantity: '3', suggestedSupplierId: s2.id },
    ]);
    const r2 = await approved([
      { itemId: tips.id, quantity: '100', suggestedSupplierId: s1.id, neededBy: '2026-04-05' },
      { itemId: gloves.id, quantity: '4', suggestedSupplierId: s1.id },
    ]);
    const before = await countOrders();
    const res = await order({
      lines: [
        { requisitionLineId: r1.lines[0]!.id, quantity: '12' },
        { requisitionLineId: r1.lines[1]!.id, quantity: '2' }, // partial
        { requisitionLineId: r2.lines[0]!.id, quantity: '40' }, // partial; same item → one order line
        { requisitionLineId: r2.lines[1]!.id, quantity: '4', supplierId: s2.id }, // another supplier chosen
      ],
      expectedDeliveryDate: '2026-04-01',
    });
    expect(res.statusCode).toBe(201);
    const created = res.json().purchaseOrders;
    expect(created).toHaveLength(2);
    expect(created.map((p: { supplierId: string }) => p.supplierId)).toEqual([s1.id, s2.id]);
    for (const p of created) expect(p.number).toMatch(/^PO-2026-\d{5}$/);
    expect(await countOrders()).toBe(before + 2);

    const alpha = await purchaseOrder(created[0].id);
    expect(alpha).toMatchObject({
      supplierId: s1.id,
      currency: 'USD',
      status: 'draft',
      expectedDeliveryDate: '2026-04-01',
    });
    expect(alpha.lines).toHaveLength(1);
    // 12 + 40 = 52 tips reach the 10-break (9.00), not the 100-break; 10 % tax from the item.
    expect(alpha.lines[0]).toMatchObject({
      itemId: tips.id,
      quantity: '52',
      unitPrice: '9',
      taxRate: '10',
      neededBy: '2026-04-05',
      netAmount: '468.00',
    });
    expect(
      alpha.lines[0].sources
        .map((s: { requisitionLineId: string; quantity: string }) => [s.requisitionLineId, s.quantity])
        .sort(),
    ).toEqual(
      [
        [r1.lines[0]!.id, '12'],
        [r2.lines[0]!.id, '40'],
      ].sort(),
    );
    expect(created[0]).toMatchObject({ lineCount: 1, total: alpha.totals.total, currency: 'USD' });

    const beta = await purchaseOrder(created[1].id);
    expect(beta.lines).toHaveLength(1);
    expect(beta.lines[0]).toMatchObject({ itemId: gloves.id, quantity: '6', unitPrice: '20' });
    expect(beta.lines[0].sources).toHaveLength(2);

    const after1 = await requisition(r1.id);
    expect(after1.status).toBe('partially_ordered');
    expect(after1.lines.map((l: { quantityOrdered: string }) => l.quantityOrdered)).toEqual(['12', '2']);
    const after2 = await requisition(r2.id);
    expect(after2.status).toBe('partially_ordered');
    expect(after2.lines.map((l: { quantityRemaining: string }) => l.quantityRemaining)).toEqual(['60', '0']);

    // The rest of r1 completes it; fully ordered lines leave the workbench.
    const rest = await order({ lines: [{ requisitionLineId: r1.lines[1]!.id, quantity: '1' }] });
    expect(rest.statusCode).toBe(201);
    expect((await requisition(r1.id)).status).toBe('ordered');
    const open = (await get(`/api/v1/workbench/lines?q=${r1.number}`)).json().items;
    expect(open).toHaveLength(0);
    const open2 = (await get(`/api/v1/workbench/lines?q=${r2.number}`)).json().items;
    expect(open2.map((l: { quantityRemaining: string }) => l.quantityRemaining)).toEqual(['60']);
  });

  it('prices in the supplier currency and on the order date', async () => {
    const r = await approved([{ itemId: tips.id, quantity: '5', suggestedSupplierId: s1.id }]);
    const euro = await order({
      lines: [{ requisitionLineId: r.lines[0]!.id, quantity: '1', supplierId: s3.id }],
    });
    expect(euro.statusCode).toBe(201);
    const gamma = await purchaseOrder(euro.json().purchaseOrders[0].id);
    expect(gamma).toMatchObject({ currency: 'EUR', exchangeRate: '1.1' });
    expect(gamma.lines[0].unitPrice).toBe('8.5');
    const later = await order({
      lines: [{ requisitionLineId: r.lines[0]!.id, quantity: '1' }],
      orderDate: '2026-06-15',
    });
    expect(later.statusCode).toBe(201);
    expect((await purchaseOrder(later.json().purchaseOrders[0].id)).lines[0].unitPrice).toBe('7');
  });

  it('refuses a line without a valid price (naming it, not guessing) and writes nothing; a given price is used', async () => {
    const r = await approved([
      { itemId: tips.id, quantity: '5', suggestedSupplierId: s1.id },
      { itemId: unpriced.id, quantity: '2', suggestedSupplierId: s1.id },
    ]);
    const before = await countOrders();
    const refused = await order({
      lines: [
        { requisitionLineId: r.lines[0]!.id, quantity: '5' },
        { requisitionLineId: r.lines[1]!.id, quantity: '2' },
      ],
    });
    expect(refused.statusCode).toBe(422);
    expect(refused.json().errors).toEqual([
      {
        path: 'lines[1].unitPrice',
        message: `${r.number} line 2: no valid price list entry; enter a unit price`,
      },
    ]);
    expect(await countOrders()).toBe(before);
    const unchanged = await requisition(r.id);
    expect(unchanged.status).toBe('approved');
    expect(unchanged.version).toBe(r.version);

    const priced = await order({
      lines: [
        { requisitionLineId: r.lines[0]!.id, quantity: '5' },
        { requisitionLineId: r.lines[1]!.id, quantity: '2', unitPrice: '31.40' },
      ],
    });
    expect(priced.statusCode).toBe(201);
    const po = await purchaseOrder(priced.json().purchaseOrders[0].id);
    expect(po.lines.map((l: { unitPrice: string }) => l.unitPrice)).toEqual(['10', '31.4']);
    expect((await requisition(r.id)).status).toBe('ordered');
  });

  it('is all or nothing: a refusal in the second order undoes the first', async () => {
    const r = await approved([
      { itemId: tips.id, quantity: '5', suggestedSupplierId: s1.id },
      { itemId: gloves.id, quantity: '5', suggestedSupplierId: s2.id },
    ]);
    const before = await countOrders();
    // The gloves' unit takes whole numbers: the second order refuses 1.5 of them.
    const res = await order({
      lines: [
        { requisitionLineId: r.lines[0]!.id, quantity: '5' },
        { requisitionLineId: r.lines[1]!.id, quantity: '1.5' },
      ],
    });
    expect(res.statusCode).toBe(422);
    expect(paths(res)).toEqual(['lines[1].quantity']);
    expect(await countOrders()).toBe(before);
    expect(
      (await requisition(r.id)).lines.map((l: { quantityOrdered: string }) => l.quantityOrdered),
    ).toEqual(['0', '0']);
  });

  it('names a line without a supplier, a free-text line without price or tax, and lines picked twice', async () => {
    const req = await approved([
      { itemId: tips.id, quantity: '5', suggestedSupplierId: null },
      {
        description: 'Install bench',
        categoryId: freeCategory.id,
        unitCode,
        quantity: '1',
        suggestedSupplierId: s2.id,
      },
    ]);
    const res = await order({
      lines: [
        { requisitionLineId: req.lines[0]!.id, quantity: '5' },
        { requisitionLineId: req.lines[1]!.id, quantity: '1' },
        { requisitionLineId: req.lines[1]!.id, quantity: '1' },
      ],
    });
    expect(res.statusCode).toBe(422);
    expect(res.json().errors).toEqual([
      {
        path: 'lines[0].supplierId',
        message: `${req.number} line 1 has no suggested supplier; choose a supplier`,
      },
      { path: 'lines[1].taxRate', message: `${req.number} line 2 is a free-text line; enter its tax rate` },
      { path: 'lines[2].requisitionLineId', message: `${req.number} line 2 is already picked as line 1` },
    ]);
    const noPrice = await order({
      lines: [{ requisitionLineId: req.lines[1]!.id, quantity: '1', taxRate: '0' }],
    });
    expect(noPrice.statusCode).toBe(422);
    expect(noPrice.json().errors).toEqual([
      {
        path: 'lines[0].unitPrice',
        message: `${req.number} line 2: no valid price list entry; enter a unit price`,
      },
    ]);
    const ok = await order({
      lines: [
        { requisitionLineId: req.lines[0]!.id, quantity: '5', supplierId: s1.id },
        { requisitionLineId: req.lines[1]!.id, quantity: '1', taxRate: '20', unitPrice: '450' },
      ],
    });
    expect(ok.statusCode).toBe(201);
    expect(ok.json().purchaseOrders).toHaveLength(2);
    const bench = await purchaseOrder(ok.json().purchaseOrders[1].id);
    expect(bench.lines[0]).toMatchObject({
      itemId: null,
      description: 'Install bench',
      unitPrice: '450',
      taxRate: '20',
    });
  });

  it('orders from a supplier on hold, with the warning', async () => {
    const held = await seedSupplier(t.ctx, { legalName: 'Delta Pending Review' });
    await seedPriceListEntry(t.ctx, {
      supplierId: held.id,
      itemId: gloves.id,
      unitPrice: '19.00',
      validFrom: '2026-01-01',
    });
    await changeSupplierStatus(t.ctx, {
      actor: SYSTEM_ACTOR,
      id: held.id,
      version: held.version,
      status: 'on_hold',
      reason: 'Insurance certificate expired',
    });
    const r = await approved([{ itemId: gloves.id, quantity: '2', suggestedSupplierId: held.id }]);
    const listed = (await get(`/api/v1/workbench/lines?q=${r.number}`)).json().items[0];
    expect(listed).toMatchObject({
      price: { unitPrice: '19' },
      warning: `Supplier ${held.code} is on hold.`,
    });
    const res = await order({ lines: [{ requisitionLineId: r.lines[0]!.id, quantity: '2' }] });
    expect(res.statusCode).toBe(201);
    expect(res.json().purchaseOrders[0].warnings).toEqual([
      expect.objectContaining({ code: 'supplier_on_hold' }),
    ]);
  });

  it('refuses ordering more than requested beyond the allowance, accepts it within', async () => {
    const r = await approved([{ itemId: tips.id, quantity: '10', suggestedSupplierId: s1.id }]);
    const over = await order({ lines: [{ requisitionLineId: r.lines[0]!.id, quantity: '11' }] });
    expect(over.statusCode).toBe(422);
    expect(paths(over)).toEqual(['lines[0].quantity']);
    expect(over.json().errors[0].message).toContain('at most 10 more');

    const settings = await get('/api/v1/settings', admin);
    const set = await t.request({
      method: 'PATCH',
      url: '/api/v1/settings',
      as: admin,
      headers: { 'if-match': settings.headers.etag as string },
      payload: { overOrderAllowancePercent: '10' },
    });
    expect(set.statusCode).toBe(200);
    try {
      const within = await order({ lines: [{ requisitionLineId: r.lines[0]!.id, quantity: '11' }] });
      expect(within.statusCode).toBe(201);
      const after = await requisition(r.id);
      expect(after.status).toBe('ordered');
      expect(after.lines[0]).toMatchObject({
        quantityOrdered: '11',
        quantityRemaining: '0',
        orderStatus: 'ordered',
      });
    } finally {
      const now = await get('/api/v1/settings', admin);
      await t.request({
        method: 'PATCH',
        url: '/api/v1/settings',
        as: admin,
        headers: { 'if-match': now.headers.etag as string },
        payload: { overOrderAllowancePercent: '0' },
      });
    }
  });

  it('refuses lines of requisitions that are not approved, and unknown lines', async () => {
    const draft = await seedRequisition(t.ctx, { requester: requesterUser, costCentreId: cc2.id });
    const res = await order({
      lines: [
        { requisitionLineId: draft.lines[0]!.id, quantity: '1', supplierId: s1.id },
        { requisitionLineId: '0190b9a0-0000-7000-8000-000000000000', quantity: '1', supplierId: s1.id },
      ],
    });
    expect(res.statusCode).toBe(422);
    expect(res.json().errors).toEqual([
      {
        path: 'lines[0].quantity',
        message: `${draft.number} line 1: the requisition is draft; only approved or partially ordered requisitions can be ordered`,
      },
      { path: 'lines[1].requisitionLineId', message: 'does not name a requisition line' },
    ]);
    const empty = await order({ lines: [] });
    expect(empty.statusCode).toBe(422);
    expect(paths(empty)).toEqual(['lines']);
  });

  it('replays a retried Idempotency-Key instead of ordering twice', async () => {
    const r = await approved([{ itemId: tips.id, quantity: '10', suggestedSupplierId: s1.id }]);
    const headers = { 'idempotency-key': `wb-${uniq()}` };
    const payload = { lines: [{ requisitionLineId: r.lines[0]!.id, quantity: '6' }] };
    const a = await order(payload, buyer, headers);
    const b = await order(payload, buyer, headers);
    expect(a.statusCode).toBe(201);
    expect(b.statusCode).toBe(201);
    expect(b.headers['idempotent-replayed']).toBe('true');
    expect(b.json()).toEqual(a.json());
    expect((await requisition(r.id)).lines[0].quantityOrdered).toBe('6');
  });
});
