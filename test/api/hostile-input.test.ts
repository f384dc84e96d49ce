import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedItem } from '../../src/seed/catalog-factories';
import { seedCostCentre, seedDepartment } from '../../src/seed/organisation-factories';
import { createTestApp, type TestApp } from '../helpers/app';
import { seedSupplier } from '../helpers/seed';

/**
 * Values the database cannot hold get a 422 naming the field, change nothing and use no document
 * number: NUL characters anywhere in a request, and amounts beyond what an amount column holds.
 */
let t: TestApp;
let buyer: { cookie: string };
let requester: { cookie: string };
let supplierId: string;
let itemId: string;
let departmentId: string;
let costCentreId: string;

beforeAll(async () => {
  t = await createTestApp();
  buyer = await t.loginAs(['buyer']);
  requester = await t.loginAs(['requester']);
  supplierId = (await seedSupplier(t.ctx)).id;
  itemId = (await seedItem(t.ctx, { defaultTaxRate: '0' })).id;
  departmentId = (await seedDepartment(t.ctx, {})).id;
  costCentreId = (await seedCostCentre(t.ctx, { departmentId })).id;
});
afterAll(async () => {
  await t.close();
});

const createOrder = (payload: object) =>
  t.request({ method: 'POST', url: '/api/v1/purchase-orders', as: buyer, payload });
const line = (over: object = {}) => ({ itemId, quantity: '1', unitPrice: '10', ...over });

describe('NUL characters', () => {
  it('are a 422 naming the field, in a body, a query and a CSV import', async () => {
    const body = await createOrder({
      supplierId,
      notes: 'a\u0000b',
      lines: [line({ description: 'x\u0000' })],
    });
    expect(body.statusCode).toBe(422);
    expect(body.json().errors).toEqual([
      { path: 'notes', message: 'must not contain NUL characters' },
      { path: 'lines[0].description', message: 'must not contain NUL characters' },
    ]);
    const query = await t.request({ method: 'GET', url: '/api/v1/purchase-orders?q=PO%00', as: buyer });
    expect(query.statusCode).toBe(422);
    expect(query.json().errors).toEqual([{ path: 'q', message: 'must not contain NUL characters' }]);
    const csv = await t.request({
      method: 'POST',
      url: '/api/v1/suppliers/import',
      as: await t.loginAs(['buyer', 'admin']),
      headers: { 'content-type': 'text/csv' },
      payload: 'code,legal_name\nNUL1,Bad\u0000Name\n',
    });
    expect(csv.statusCode).toBe(422);
  });

  it('answers half a surrogate pair as it stores it: U+FFFD', async () => {
    const res = await createOrder({ supplierId, notes: 'half \ud800 pair', lines: [line()] });
    expect(res.statusCode).toBe(201);
    expect(res.json().notes).toBe('half \ufffd pair');
  });
});

describe('amounts beyond what the database holds', () => {
  it('refuse a purchase-order line whose quantity × price overflows, and use no number', async () => {
    const first = await createOrder({ supplierId, lines: [line()] });
    const huge = await createOrder({
      supplierId,
      lines: [line(), line({ quantity: '999999999999', unitPrice: '99999999999999' })],
    });
    expect(huge.statusCode).toBe(422);
    expect(huge.json().errors).toEqual([
      {
        path: 'lines[1].quantity',
        message: expect.stringMatching(/more than the largest amount a line holds/),
      },
    ]);
    // Many lines each within range, together over it.
    const many = await createOrder({
      supplierId,
      lines: Array.from({ length: 3 }, () => line({ quantity: '999999999', unitPrice: '9999999' })),
    });
    expect(many.statusCode).toBe(422);
    expect(many.json().errors[0]).toMatchObject({
      path: 'lines',
      message: expect.stringMatching(/order's total/),
    });
    const next = await createOrder({ supplierId, lines: [line()] });
    const n = (r: typeof first) => Number(String(r.json().number).split('-').at(-1));
    expect(n(next)).toBe(n(first) + 1);
  });

  it('refuse an edit that would overflow, and leave the order as it was', async () => {
    const order = (await createOrder({ supplierId, lines: [line()] })).json();
    const res = await t.request({
      method: 'PATCH',
      url: `/api/v1/purchase-orders/${order.id}`,
      as: buyer,
      headers: { 'if-match': `"v${order.version}"` },
      payload: { lines: [{ lineNo: 1, ...line({ quantity: '999999999999', unitPrice: '99999999999999' }) }] },
    });
    expect(res.statusCode).toBe(422);
    const after = await t.request({ method: 'GET', url: `/api/v1/purchase-orders/${order.id}`, as: buyer });
    expect(after.json().version).toBe(order.version);
  });

  it('refuse a requisition whose estimate overflows', async () => {
    const res = await t.request({
      method: 'POST',
      url: '/api/v1/requisitions',
      as: requester,
      payload: {
        departmentId,
        costCentreId,
        justification: 'too much',
        lines: [{ itemId, quantity: '999999999999', estimatedUnitPrice: '99999999999999' }],
      },
    });
    expect(res.statusCode).toBe(422);
    expect(res.json().errors[0]).toMatchObject({ path: 'lines[0].quantity' });
  });
});
