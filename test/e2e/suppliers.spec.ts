import { expect, test } from '@playwright/test';
import { signIn, unique } from './helpers';

test('a buyer creates a supplier, then edits it, and the history shows both', async ({ page }) => {
  const code = unique('E2E');
  await signIn(page, 'buyer@example.com', '/suppliers');
  await page.getByRole('link', { name: 'New supplier' }).first().click();
  await expect(page).toHaveURL(/\/suppliers\/new/);

  await page.getByRole('textbox', { name: 'Code', exact: true }).fill(code);
  await page.getByRole('textbox', { name: 'Legal name', exact: true }).fill('Journey Test Supplies Ltd');
  await page.getByRole('textbox', { name: 'Tax ID', exact: true }).fill('GB000111222');
  await page.getByRole('button', { name: /^(Create supplier|Save)/ }).click();

  await expect(page).toHaveURL(/\/suppliers\/[0-9a-f-]{36}$/);
  await expect(page.getByRole('heading', { name: 'Journey Test Supplies Ltd' })).toBeVisible();

  await page.getByRole('link', { name: 'Edit' }).click();
  const legalName = page.getByRole('textbox', { name: 'Legal name', exact: true });
  await legalName.fill('Journey Test Supplies Group Ltd');
  // Its orders are to be written in German.
  await page.getByRole('textbox', { name: 'Language of its orders' }).click();
  await page.getByRole('option', { name: 'Deutsch' }).click();
  await page.getByRole('button', { name: /^Save/ }).click();
  // Back on the supplier's page (not the form, whose field has the same label), its details come
  // before its history, which names the same field.
  await expect(page).toHaveURL(/\/suppliers\/[0-9a-f-]{36}$/);
  await expect(page.getByRole('heading', { name: 'Journey Test Supplies Group Ltd' })).toBeVisible();
  await expect(
    page.getByText('Language of its orders', { exact: true }).first().locator('xpath=..'),
  ).toContainText('Deutsch');
  const history = page
    .getByRole('region', { name: 'History' })
    .or(page.locator('section', { hasText: 'History' }));
  await expect(history.getByText('Journey Test Supplies Group Ltd').first()).toBeVisible();

  // The new supplier is found by its code in the list.
  await page.goto(`/suppliers?q=${code}`);
  await expect(page.getByRole('link', { name: 'Journey Test Supplies Group Ltd' })).toBeVisible();
});

test('a duplicate code is shown on the Code field and nothing is saved', async ({ page }) => {
  await signIn(page, 'buyer@example.com', '/suppliers/new');
  await page.getByRole('textbox', { name: 'Code', exact: true }).fill('BYTEWORKS');
  await page.getByRole('textbox', { name: 'Legal name', exact: true }).fill('Copycat Inc.');
  await page.getByRole('button', { name: /^(Create supplier|Save)/ }).click();
  await expect(page.getByText('is already used by another supplier')).toBeVisible();
  await expect(page).toHaveURL(/\/suppliers\/new/);
});

test('a buyer puts a supplier on hold with a reason', async ({ page }) => {
  await signIn(page, 'buyer@example.com', '/suppliers?q=PAPERCO');
  await page.getByRole('link', { name: 'Pacific Paper Company' }).click();
  await page.getByRole('button', { name: 'Hold', exact: true }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByRole('textbox').fill('Pricing dispute under review');
  await dialog.getByRole('button', { name: /hold/i }).click();
  await expect(page.getByText('Pricing dispute under review').first()).toBeVisible();
  await expect(page.getByText(/on hold/i).first()).toBeVisible();
});
