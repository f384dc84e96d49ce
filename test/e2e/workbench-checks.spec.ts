import { expect, test } from '@playwright/test';
import { signIn } from './helpers';

/**
 * The workbench checks a free-text line before asking the server: it has no item to take its tax
 * rate from, so the buyer is told on that line, in words, and nothing is created.
 */
test('a free-text line without a tax rate is refused on its line before anything is sent', async ({
  page,
}) => {
  await signIn(page, 'buyer@example.com', '/workbench');
  const table = page.getByRole('table', { name: 'Open requisition lines' });
  const row = table.getByRole('row').filter({ hasText: 'Monitor arm installation' });
  await expect(row).toHaveCount(1);
  await expect(row.getByRole('textbox', { name: /^Tax rate percent/ })).toHaveAttribute(
    'placeholder',
    'Required',
  );
  await row.getByRole('checkbox').check();

  let posted = false;
  page.on('request', (r) => {
    if (r.method() === 'POST' && r.url().includes('/workbench')) posted = true;
  });
  await page.getByRole('button', { name: 'Create purchase orders' }).click();
  const problems = page.getByRole('alert', { name: /^Problems with REQ-\d{4}-\d{5} line \d+$/ });
  await expect(problems).toContainText('Tax rate: Enter the tax rate in % (0 when none)');
  expect(posted).toBe(false);

  // With a rate the line passes the check and goes to the server (which decides the rest: the
  // supplier, the price, the budget).
  await row.getByRole('textbox', { name: /^Tax rate percent/ }).fill('0');
  await row.getByRole('textbox', { name: /^Unit price/ }).fill('85');
  await page.getByRole('button', { name: 'Create purchase orders' }).click();
  await expect.poll(() => posted).toBe(true);
  await expect(page.getByText('Tax rate: Enter the tax rate in %')).toHaveCount(0);
});
