import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../helpers/app';

let t: TestApp;
let buyer: Awaited<ReturnType<TestApp['loginAs']>>;
let other: Awaited<ReturnType<TestApp['loginAs']>>;

beforeAll(async () => {
  t = await createTestApp();
  buyer = await t.loginAs(['buyer']);
  other = await t.loginAs(['buyer']);
});
afterAll(async () => {
  await t.close();
});

const save = (as: typeof buyer, body: Record<string, unknown>) =>
  t.request({ method: 'POST', url: '/api/v1/saved-views', as, payload: body });
const list = async (as: typeof buyer, name = 'purchase-orders') =>
  (await t.request({ method: 'GET', url: `/api/v1/saved-views?list=${name}`, as })).json().items as {
    id: string;
    name: string;
    query: string;
  }[];

describe('saved views', () => {
  it('keeps a list’s filters under a name, without paging or empty parameters, in a stable order', async () => {
    const res = await save(buyer, {
      list: 'purchase-orders',
      name: '  Late from Byteworks ',
      query: '?supplier=abc&overdue=true&q=&cursor=xyz',
    });
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({
      list: 'purchase-orders',
      name: 'Late from Byteworks',
      query: 'overdue=true&supplier=abc',
    });
    expect((await list(buyer)).map((v) => v.name)).toEqual(['Late from Byteworks']);
  });

  it('refuses a second view of the same name on the list (any letter case), but not on another list', async () => {
    await save(buyer, { list: 'purchase-orders', name: 'Drafts', query: 'status=draft' });
    const again = await save(buyer, { list: 'purchase-orders', name: 'DRAFTS', query: 'status=draft' });
    expect(again.statusCode).toBe(409);
    expect(again.json().errors).toEqual([
      { path: 'name', message: 'is already the name of one of your views of this list' },
    ]);
    expect(
      (await save(buyer, { list: 'requisitions', name: 'Drafts', query: 'status=draft' })).statusCode,
    ).toBe(201);
  });

  it('keeps views personal: another user neither lists nor deletes them', async () => {
    expect(await list(other)).toEqual([]);
    const [mine] = await list(buyer);
    const theirs = await t.request({ method: 'DELETE', url: `/api/v1/saved-views/${mine!.id}`, as: other });
    expect(theirs.statusCode).toBe(404);
    const own = await t.request({ method: 'DELETE', url: `/api/v1/saved-views/${mine!.id}`, as: buyer });
    expect(own.statusCode).toBe(204);
    expect((await list(buyer)).map((v) => v.id)).not.toContain(mine!.id);
  });

  it('names the field of a bad request and changes nothing', async () => {
    const before = await list(buyer);
    const badList = await save(buyer, { list: 'suppliers', name: 'x', query: '' });
    expect(badList.statusCode).toBe(422);
    expect(badList.json().errors[0].path).toBe('list');
    const noName = await save(buyer, { list: 'purchase-orders', name: '  ', query: '' });
    expect(noName.statusCode).toBe(422);
    expect(noName.json().errors[0].path).toBe('name');
    expect(await list(buyer)).toEqual(before);
    expect(
      (await t.request({ method: 'GET', url: '/api/v1/saved-views?list=purchase-orders' })).statusCode,
    ).toBe(401);
  });
});
