import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedCategory, seedItem } from '../../src/seed/catalog-factories';
import { createTestApp, type TestApp } from '../helpers/app';
import { seedSupplier } from '../helpers/seed';

/**
 * The tolerance policy: rules for the organisation, a supplier, a category and an item; the most
 * specific rule that sets a measure decides it, and the effective limits say which rule that was.
 */
type Who = { cookie: string; userId: string };
type Json = Record<string, unknown>;

let t: TestApp;
let admin: Who;
let receiver: Who;
let supplierId: string;
let otherSupplierId: string;
let categoryId: string;
let itemId: string;
let otherItemId: string;

const URL = '/api/v1/tolerances';
const ifMatch = (doc: { version: number }) => ({ 'if-match': `"v${doc.version}"` });
const create = (payload: Json, as: Who = admin) => t.request({ method: 'POST', url: URL, as, payload });
const effective = async (query: string, as: Who = receiver) => {
  const res = await t.request({ method: 'GET', url: `${URL}/effective?${query}`, as });
  expect(res.statusCode, res.body).toBe(200);
  return res.json();
};
const count = async () =>
  (await t.request({ method: 'GET', url: `${URL}?limit=100`, as: admin })).json().items.length as number;

beforeAll(async () => {
  t = await createTestApp();
  admin = await t.loginAs(['admin']);
  receiver = await t.loginAs(['receiver']);
  supplierId = (await seedSupplier(t.ctx)).id;
  otherSupplierId = (await seedSupplier(t.ctx)).id;
  categoryId = (await seedCategory(t.ctx, { code: 'LAB', name: 'Laboratory' })).id;
  itemId = (await seedItem(t.ctx, { categoryId })).id;
  otherItemId = (await seedItem(t.ctx)).id;
}, 60_000);
afterAll(async () => {
  await t.close();
});

describe('tolerance rules', () => {
  it('with no rule, nothing is allowed, and the answer says so', async () => {
    const none = await effective(`supplierId=${supplierId}&itemId=${itemId}`);
    expect(none).toMatchObject({
      supplierId,
      itemId,
      categoryId,
      overReceipt: { percent: null, absolute: null, rule: null },
    });
    expect(none.overReceipt.explanation).toBe('Over-receipt: no rule sets it, so none is allowed.');
  });

  it('lets the most specific rule that sets a measure decide it, measure by measure', async () => {
    const global = await create({
      scope: 'global',
      overReceipt: { percent: '5' },
      priceVariance: { percent: '2', absolute: '0.50' },
      quantityVariance: { percent: '0' },
    });
    expect(global.statusCode, global.body).toBe(201);
    expect(global.headers.location).toBe(`${URL}/${global.json().id}`);
    const supplierRule = await create({
      scope: 'supplier',
      supplierId,
      overReceipt: { percent: '10', absolute: '3' },
    });
    expect(supplierRule.statusCode, supplierRule.body).toBe(201);
    const categoryRule = await create({ scope: 'category', categoryId, priceVariance: { percent: '1' } });
    expect(categoryRule.statusCode, categoryRule.body).toBe(201);
    const itemRule = await create({
      scope: 'item',
      itemId,
      overReceipt: { absolute: '1' },
      note: 'Sold in pairs',
    });
    expect(itemRule.statusCode, itemRule.body).toBe(201);
    expect(itemRule.json()).toMatchObject({
      scope: 'item',
      itemId,
      supplierId: null,
      overReceipt: { percent: null, absolute: '1' },
      priceVariance: null,
      note: 'Sold in pairs',
    });

    // The item's rule decides over-receipt, its category's the price, the global one the quantity.
    const both = await effective(`supplierId=${supplierId}&itemId=${itemId}`);
    expect(both.overReceipt).toMatchObject({
      percent: null,
      absolute: '1',
      rule: { id: itemRule.json().id, scope: 'item' },
    });
    expect(both.priceVariance).toMatchObject({ percent: '1', absolute: null, rule: { scope: 'category' } });
    expect(both.quantityVariance).toMatchObject({ percent: '0', rule: { scope: 'global' } });
    expect(both.priceVariance.explanation).toBe('Price variance: 1 %, from the category’s rule.');

    // Another item of the same supplier: the supplier's rule, both limits (the smaller allowance wins).
    const supplierOnly = await effective(`supplierId=${supplierId}&itemId=${otherItemId}`);
    expect(supplierOnly.overReceipt).toMatchObject({
      percent: '10',
      absolute: '3',
      rule: { scope: 'supplier' },
    });
    expect(supplierOnly.overReceipt.explanation).toBe(
      'Over-receipt: 10 % or 3 in the line’s unit, whichever allows less, from the supplier’s rule.',
    );
    expect(supplierOnly.priceVariance).toMatchObject({
      percent: '2',
      absolute: '0.5',
      rule: { scope: 'global' },
    });

    // Neither: the global rule.
    const globalOnly = await effective(`supplierId=${otherSupplierId}`);
    expect(globalOnly).toMatchObject({
      categoryId: null,
      overReceipt: { percent: '5', rule: { scope: 'global' } },
    });

    // A measure set to null on the item's rule falls back to the next rule that sets it.
    const item = itemRule.json();
    const cleared = await t.request({
      method: 'PATCH',
      url: `${URL}/${item.id}`,
      as: admin,
      headers: ifMatch(item),
      payload: { overReceipt: null },
    });
    expect(cleared.statusCode, cleared.body).toBe(200);
    expect(cleared.json()).toMatchObject({
      overReceipt: null,
      note: 'Sold in pairs',
      version: item.version + 1,
    });
    expect((await effective(`supplierId=${supplierId}&itemId=${itemId}`)).overReceipt).toMatchObject({
      percent: '10',
      rule: { scope: 'supplier' },
    });

    // Removed, a rule's measures fall back too.
    const category = categoryRule.json();
    const removed = await t.request({
      method: 'DELETE',
      url: `${URL}/${category.id}`,
      as: admin,
      headers: ifMatch(category),
    });
    expect(removed.statusCode).toBe(204);
    expect((await effective(`itemId=${itemId}`)).priceVariance).toMatchObject({ rule: { scope: 'global' } });
    expect((await t.request({ method: 'GET', url: `${URL}/${category.id}`, as: admin })).statusCode).toBe(
      404,
    );

    // Listed least specific first; filtered by scope.
    const list = (await t.request({ method: 'GET', url: `${URL}?limit=2`, as: receiver })).json();
    expect(list.items.map((r: Json) => r.scope)).toEqual(['global', 'supplier']);
    const rest = (
      await t.request({ method: 'GET', url: `${URL}?limit=2&cursor=${list.nextCursor}`, as: receiver })
    ).json();
    expect(rest.items.map((r: Json) => r.scope)).toEqual(['item']);
    expect(rest.nextCursor).toBeNull();
    const items = (await t.request({ method: 'GET', url: `${URL}?scope=item`, as: receiver })).json();
    expect(items.items.map((r: Json) => r.itemId)).toEqual([itemId]);

    // Every change is in the audit trail.
    const audit = await t.request({
      method: 'GET',
      url: `/api/v1/audit?entityType=tolerance_rule&entityId=${item.id}`,
      as: admin,
    });
    expect(audit.json().items.map((e: Json) => e.action)).toEqual(['update', 'create']);
  });

  it('refuses what is wrong, naming the field, and keeps nothing', async () => {
    const before = await count();
    const cases: [Json, string, number][] = [
      [{ scope: 'supplier' }, 'supplierId', 422],
      [{ scope: 'item', itemId, supplierId }, 'supplierId', 422],
      [{ scope: 'global', categoryId }, 'categoryId', 422],
      [{ scope: 'item', itemId: '01a248e3-0000-7000-8000-000000000000' }, 'itemId', 422],
      [{ scope: 'supplier', supplierId: '01a248e3-0000-7000-8000-000000000000' }, 'supplierId', 422],
      [{ scope: 'global', overReceipt: { percent: '1001' } }, 'overReceipt.percent', 422],
      [{ scope: 'global', overReceipt: { absolute: '-1' } }, 'overReceipt.absolute', 422],
      [{ scope: 'region' }, 'scope', 422],
    ];
    for (const [payload, path, status] of cases) {
      const res = await create(payload);
      expect(res.statusCode, `${JSON.stringify(payload)}: ${res.body}`).toBe(status);
      expect(
        res.json().errors.map((e: { path: string }) => e.path),
        JSON.stringify(payload),
      ).toContain(path);
    }
    // One rule per target: a second one is a conflict.
    const again = await create({ scope: 'supplier', supplierId, overReceipt: { percent: '1' } });
    expect(again.statusCode).toBe(409);
    expect(again.json().detail).toMatch(/already/);
    // …naming the rule to change.
    const existing = (
      await t.request({ method: 'GET', url: `${URL}?scope=supplier&supplierId=${supplierId}`, as: admin })
    ).json().items[0];
    expect(again.json().detail).toContain(existing.id);
    // Only administrators set tolerances; everyone inside the organisation reads them.
    expect((await create({ scope: 'supplier', supplierId: otherSupplierId }, receiver)).statusCode).toBe(403);
    // Effective limits of what does not exist: 422 on the field.
    const unknown = await t.request({
      method: 'GET',
      url: `${URL}/effective?itemId=01a248e3-0000-7000-8000-000000000000`,
      as: receiver,
    });
    expect(unknown.statusCode).toBe(422);
    expect(unknown.json().errors).toEqual([{ path: 'itemId', message: 'is not a catalog item' }]);
    expect(await count()).toBe(before);
  });

  it('changes a rule only at the version it was read at', async () => {
    const rule = (
      await create({ scope: 'supplier', supplierId: otherSupplierId, overReceipt: { percent: '1' } })
    ).json();
    const stale = await t.request({
      method: 'PATCH',
      url: `${URL}/${rule.id}`,
      as: admin,
      headers: { 'if-match': `"v${rule.version + 5}"` },
      payload: { overReceipt: { percent: '2' } },
    });
    expect(stale.statusCode).toBe(412);
    const missing = await t.request({ method: 'PATCH', url: `${URL}/${rule.id}`, as: admin, payload: {} });
    expect(missing.statusCode).toBe(428);
    expect((await t.request({ method: 'GET', url: `${URL}/${rule.id}`, as: admin })).json()).toMatchObject({
      overReceipt: { percent: '1' },
      version: rule.version,
    });
  });
});
