import { expect, test } from '@playwright/test';
import { signIn } from './helpers';

/**
 * The spend report: a buyer's order of 1,650.00 USD is approved on submission (below every step of
 * the demo policy) and appears at once in Reports → Spend, in its supplier's row and month, in the
 * year total; the supplier code opens the supplier.
 */

/** Month cells and year totals alike show exact amounts, so the months add up to the year on screen. */
const usd = (n: number) => new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD' }).format(n);

test('an approved order shows in the spend report straight away', async ({ page }) => {
  test.setTimeout(120_000);
  await signIn(page, 'buyer@example.com');
  const api = page.request;
  const year = new Date().getFullYear();
  const monthIndex = new Date().getMonth();

  const suppliers = await (await api.get('/api/v1/suppliers?q=TECHSERV')).json();
  const supplier = suppliers.items.find((s: { code: string }) => s.code === 'TECHSERV');
  const items = await (await api.get('/api/v1/items?q=SRV-9502')).json();
  const itemId = items.items[0].id as string;
  const spendOf = async () => {
    const report = await (
      await api.get(`/api/v1/reports/spend-by-supplier?year=${year}&supplierId=${supplier.id}`)
    ).json();
    const row = report.items[0];
    return {
      total: row ? Number(row.totalBase) : 0,
      month: row ? Number(row.months[monthIndex].amountBase) : 0,
    };
  };
  const before = await spendOf();

  await test.step('the buyer orders 10 hours of consulting; it is approved on submission', async () => {
    const created = await api.post('/api/v1/purchase-orders', {
      headers: { 'Idempotency-Key': `spend-${Date.now()}` },
      data: { supplierId: supplier.id, lines: [{ itemId, quantity: '10', unitPrice: '165.00' }] },
    });
    expect(created.status()).toBe(201);
    const order = await created.json();
    const submitted = await api.post(`/api/v1/purchase-orders/${order.id}/submit`, {
      headers: { 'If-Match': `"v${order.version}"` },
      data: {},
    });
    expect(submitted.status()).toBe(200);
    expect((await submitted.json()).status).toBe('approved');
  });

  await test.step('Reports → Spend shows it in the supplier’s month and year total', async () => {
    await page.getByRole('link', { name: 'Spend', exact: true }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Spend by supplier' })).toBeVisible();
    await expect(page.getByRole('textbox', { name: 'Year' })).toHaveValue(String(year));
    const table = page.getByRole('table', { name: 'Spend by supplier and month' });
    const row = table.getByRole('row').filter({ has: page.getByRole('link', { name: 'TECHSERV' }) });
    await expect(row).toHaveCount(1);
    const cells = row.getByRole('cell');
    // Supplier, trend, then the twelve months, then the year.
    await expect(cells.nth(2 + monthIndex)).toHaveText(usd(before.month + 1650));
    await expect(cells.nth(14)).toContainText(usd(before.total + 1650));
    await expect(row.getByRole('img', { name: 'Monthly spend of TECHSERV' })).toBeVisible();
  });

  await test.step('the supplier code opens the supplier', async () => {
    await page
      .getByRole('table', { name: 'Spend by supplier and month' })
      .getByRole('link', { name: 'TECHSERV' })
      .click();
    await expect(page).toHaveURL(new RegExp(`/suppliers/${supplier.id}$`));
  });
});
