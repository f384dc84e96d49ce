import path from 'node:path';
import { type APIRequestContext, type APIResponse, expect, request, test } from '@playwright/test';
import { DEMO_PASSWORD, signIn, unique } from './helpers';

/**
 * Scorecards steer the choice of supplier: a requester asks for a raw material suggesting
 * PolymerX, the cheapest (grade C); on the buyer's workbench the supplier picker shows each
 * supplier's grade, and Rank suppliers puts Industrial Supply (grade A, 8 % dearer) first with the
 * reason in words; the buyer chooses it there and the draft order goes to Industrial Supply.
 * E2E_SCREENSHOTS=1 also writes the documentation's screenshot (docs/screenshots/supplier-ranking.png).
 */
const SCREENSHOTS = process.env.E2E_SCREENSHOTS === '1';
const DOCS = path.resolve(import.meta.dirname, '../../docs/screenshots');

async function apiAs(baseURL: string, email: string): Promise<APIRequestContext> {
  const api = await request.newContext({ baseURL });
  const login = await api.post('/api/v1/auth/login', { data: { email, password: DEMO_PASSWORD } });
  expect(login.status()).toBe(200);
  return api;
}

async function ok<T>(response: Promise<APIResponse>, status = 200): Promise<T> {
  const res = await response;
  expect(res.status(), await res.text()).toBe(status);
  return (await res.json()) as T;
}

const first = async (api: APIRequestContext, url: string) =>
  (await ok<{ items: { id: string; version: number }[] }>(api.get(url))).items[0]!;

test('the workbench ranks a better-graded supplier first, with the reason, and the buyer chooses it', async ({
  page,
  baseURL,
}) => {
  test.setTimeout(120_000);
  const sku = unique('RAW-E2E').toUpperCase().slice(0, 30);
  const year = new Date().getUTCFullYear();
  let requisition = '';

  await test.step('a requester asks for an item two suppliers sell, suggesting the cheaper', async () => {
    const buyer = await apiAs(baseURL!, 'buyer@example.com');
    const category = await first(buyer, '/api/v1/item-categories?q=RAW');
    const item = await ok<{ id: string }>(
      buyer.post('/api/v1/items', {
        data: { sku, name: `Polyamide granulate ${sku}`, categoryId: category.id, unitCode: 'KG' },
      }),
      201,
    );
    const polymerX = await first(buyer, '/api/v1/suppliers?q=POLYMERX');
    const industrial = await first(buyer, '/api/v1/suppliers?q=INDUSUPPLY');
    for (const [supplier, unitPrice] of [
      [polymerX, '100.00'],
      [industrial, '108.00'],
    ] as const)
      await ok(
        buyer.post('/api/v1/price-list-entries', {
          data: {
            supplierId: supplier.id,
            itemId: item.id,
            currency: 'USD',
            unitPrice,
            validFrom: `${year}-01-01`,
            leadTimeDays: 5,
          },
        }),
        201,
      );

    const requester = await apiAs(baseURL!, 'requester@example.com');
    const costCentre = await first(requester, '/api/v1/cost-centres?q=CC-2100');
    const draft = await ok<{ id: string; version: number; number: string }>(
      requester.post('/api/v1/requisitions', {
        data: {
          costCentreId: costCentre.id,
          justification: `Granulate for the moulding trial (${sku})`,
          lines: [
            {
              itemId: item.id,
              quantity: '1',
              estimatedUnitPrice: '100.00',
              suggestedSupplierId: polymerX.id,
            },
          ],
        },
      }),
      201,
    );
    const submitted = await ok<{ status: string }>(
      requester.post(`/api/v1/requisitions/${draft.id}/submit`, {
        headers: { 'if-match': `"v${draft.version}"` },
        data: {},
      }),
    );
    expect(submitted.status).toBe('approved');
    requisition = draft.number;
    for (const api of [buyer, requester]) await api.dispose();
  });

  await page.setViewportSize({ width: 1440, height: 900 });
  await signIn(page, 'buyer@example.com', `/workbench?q=${sku}`);
  const table = page.getByRole('table', { name: 'Open requisition lines' });
  const row = table.getByRole('row').filter({ hasText: sku });
  const label = `${requisition} line 1`;
  const supplier = row.getByRole('textbox', { name: `Supplier, ${label}` });

  await test.step('the picker shows the suggested supplier with its grade', async () => {
    await expect(row).toHaveCount(1);
    await expect(supplier).toHaveValue(/PolymerX Materials Inc\./);
    await expect(row.getByRole('img', { name: /^Grade C, score \d+\.\d$/ })).toBeVisible();
    await expect(row.getByText(/^Price list · /)).toContainText('100.00');
  });

  await test.step('Rank suppliers puts Industrial Supply first and says why', async () => {
    await row.getByRole('button', { name: `Rank suppliers for ${label}` }).click();
    const ranking = page.getByRole('dialog', { name: `Suppliers ranked for ${label}` });
    await expect(ranking).toContainText('Price weighs 50%, the scorecard 50%');
    const ranked = ranking.getByRole('listitem');
    await expect(ranked).toHaveCount(2);
    await expect(ranked.nth(0)).toContainText('INDUSUPPLY · Industrial Supply Co.');
    await expect(ranked.nth(0)).toContainText('8.0% dearer than the lowest · grade A, score');
    await expect(ranked.nth(0).getByRole('img', { name: /^Grade A/ })).toBeVisible();
    await expect(ranked.nth(1)).toContainText('PolymerX Materials Inc.');
    await expect(ranked.nth(1)).toContainText('the lowest price · grade C, score');
    await expect(
      ranked.nth(1).getByRole('button', { name: 'PolymerX Materials Inc. is chosen' }),
    ).toBeDisabled();
    if (SCREENSHOTS) await page.screenshot({ path: path.join(DOCS, 'supplier-ranking.png') });
    await ranked.nth(0).getByRole('button', { name: 'Choose Industrial Supply Co.' }).click();
    await expect(ranking).toBeHidden();
  });

  await test.step('the line takes Industrial Supply at its price, and its order goes there', async () => {
    await expect(supplier).toHaveValue(/Industrial Supply Co\./);
    await expect(row.getByRole('img', { name: /^Grade A, score/ })).toBeVisible();
    await expect(row.getByText(/^Price list · /)).toContainText('108.00');
    await row.getByRole('checkbox').check();
    await page.getByRole('button', { name: 'Create purchase orders' }).click();
    const created = page.getByRole('link', { name: /^PO-\d{4}-\d{5}$/ });
    await expect(created).toHaveCount(1);
    await created.click();
    await expect(page.getByRole('heading', { level: 1 })).toContainText(/PO-\d{4}-\d{5}/);
    await expect(page.locator('#main-content')).toContainText('Industrial Supply Co.');
  });
});
