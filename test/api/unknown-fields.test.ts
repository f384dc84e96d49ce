import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedItem } from '../../src/seed/catalog-factories';
import { createTestApp, type TestApp } from '../helpers/app';
import { seedSupplier } from '../helpers/seed';

/** A field a request body's contract does not have is a 422 naming it, and nothing is written. */
let t: TestApp;
let buyer: { cookie: string };
let supplierId: string;
let itemId: string;

beforeAll(async () => {
  t = await createTestApp();
  buyer = await t.loginAs(['buyer']);
  supplierId = (await seedSupplier(t.ctx)).id;
  itemId = (await seedItem(t.ctx, { defaultTaxRate: '0' })).id;
});
afterAll(async () => {
  await t.close();
});

describe('unknown fields in a request body', () => {
  it('are a 422 naming each, at any depth, and nothing is written', async () => {
    const before = (
      await t.request({ method: 'GET', url: '/api/v1/purchase-orders?limit=200', as: buyer })
    ).json();
    const res = await t.request({
      method: 'POST',
      url: '/api/v1/purchase-orders',
      as: buyer,
      payload: {
        supplierId,
        nots: 'a typo of notes',
        lines: [{ itemId, quantiy: '2', quantity: '1', unitPrice: '10' }],
      },
    });
    expect(res.statusCode).toBe(422);
    expect(res.json().errors).toEqual([
      { path: 'nots', message: 'is not a field of this request' },
      { path: 'lines[0].quantiy', message: 'is not a field of this request' },
    ]);
    const after = (
      await t.request({ method: 'GET', url: '/api/v1/purchase-orders?limit=200', as: buyer })
    ).json();
    expect(after.items).toHaveLength(before.items.length);
  });

  it('leaves known fields, nested objects and maps alone', async () => {
    const ok = await t.request({
      method: 'POST',
      url: '/api/v1/suppliers',
      as: buyer,
      payload: {
        code: 'UF-1',
        legalName: 'Known Fields Ltd',
        defaultCurrency: 'USD',
        addresses: [{ kind: 'billing', line1: 'Main St 1', city: 'Springfield', country: 'US' }],
        electronicAddress: { scheme: '0088', id: '7300010000001' },
      },
    });
    expect(ok.statusCode, ok.body).toBe(201);
    const nested = await t.request({
      method: 'POST',
      url: '/api/v1/suppliers',
      as: buyer,
      payload: {
        code: 'UF-2',
        legalName: 'Nested Ltd',
        defaultCurrency: 'USD',
        addresses: [{ kind: 'billing', line1: 'Main St 1', city: 'Springfield', country: 'US', zip: '1' }],
      },
    });
    expect(nested.statusCode).toBe(422);
    expect(nested.json().errors).toEqual([
      { path: 'addresses[0].zip', message: 'is not a field of this request' },
    ]);
    // Queries are not bodies: an extra parameter is ignored.
    const query = await t.request({ method: 'GET', url: '/api/v1/suppliers?q=UF&_=1', as: buyer });
    expect(query.statusCode).toBe(200);
  });
});
