import path from 'node:path';
import { expect, test } from '@playwright/test';
import { signIn } from './helpers';

/**
 * Finance reads what was received and not invoiced, and the payables by age, on a day it picks.
 * Goods the demo received and has not invoiced are listed, and an invoice for one unit of them entered
 * first (through the API), so both reports show them. E2E_SCREENSHOTS=1 also writes the documentation's screenshots
 * (docs/screenshots/grni-report.png, ap-aging-report.png) at 1440 px.
 */
const SCREENSHOTS = process.env.E2E_SCREENSHOTS === '1';
const DOCS = path.resolve(import.meta.dirname, '../../docs/screenshots');

test('GRNI and AP aging as of a day, with totals and their CSV', async ({ page }) => {
  await signIn(page, 'admin@example.com', '/reports/grni');
  await expect(page.getByRole('heading', { name: 'Goods received not invoiced', level: 1 })).toBeVisible();
  // The demo's invoice in exception consumes nothing: its order's goods are received and not
  // invoiced. (Its sent orders stay as they are: other journeys open them.)
  await page.reload();
  const today = new Date().toISOString().slice(0, 10);
  const grni = await (await page.request.get(`/api/v1/reports/grni?asOf=${today}`)).json();
  expect(grni.orders.length, 'the demo has received goods not invoiced').toBeGreaterThan(0);
  const first = grni.orders[0];
  await expect(page.getByRole('link', { name: first.purchaseOrderNumber })).toBeVisible();
  await expect(page.getByText(/^Total:/)).toBeVisible();

  // An invoice for one unit of that order's first line still to invoice, three days old.
  const order = await (
    await page.request.get(`/api/v1/purchase-orders/${first.purchaseOrderId}/goods-received-not-invoiced`)
  ).json();
  const line = order.lines.find((l: { quantityNotInvoiced: string }) => Number(l.quantityNotInvoiced) >= 1);
  const issued = new Date(Date.now() - 3 * 86_400_000).toISOString().slice(0, 10);
  const created = await page.request.post('/api/v1/invoices', {
    headers: { 'idempotency-key': `aging-${Date.now()}` },
    data: {
      purchaseOrderId: first.purchaseOrderId,
      supplierInvoiceNumber: `E2E-${Date.now()}`,
      issueDate: issued,
      lines: [{ orderLineNo: line.lineNo, quantity: '1', unitPrice: line.unitPrice }],
    },
  });
  expect(created.status(), await created.text()).toBe(201);

  await page.goto('/reports/ap-aging');
  await expect(page.getByRole('heading', { name: 'AP aging', level: 1 })).toBeVisible();
  await expect(page.getByRole('columnheader', { name: 'Over 90 days' })).toBeVisible();
  await expect(page.getByText(first.supplierName).first()).toBeVisible();

  // A day before the invoice was issued: it is not open yet.
  const before = new Date(Date.now() - 4 * 86_400_000).toISOString().slice(0, 10);
  await page.goto(`/reports/ap-aging?asOf=${before}`);
  await expect(page.getByLabel('As of')).toHaveValue(before);

  const csv = await page.request.get(`/api/v1/reports/ap-aging/export?asOf=${today}`);
  expect(csv.status()).toBe(200);
  expect(await csv.text()).toContain(first.supplierCode);

  if (SCREENSHOTS) {
    await page.setViewportSize({ width: 1440, height: 900 });
    await page.goto('/reports/grni');
    await expect(page.getByText(/^Total:/)).toBeVisible();
    await page.screenshot({ path: path.join(DOCS, 'grni-report.png') });
    await page.goto('/reports/ap-aging');
    await expect(page.getByText(/^Total:/)).toBeVisible();
    await page.screenshot({ path: path.join(DOCS, 'ap-aging-report.png') });
  }
});
