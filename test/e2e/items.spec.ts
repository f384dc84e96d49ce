import { expect, test } from '@playwright/test';
import { signIn, unique } from './helpers';

test('a buyer creates a catalog item, then edits it', async ({ page }) => {
  const sku = unique('E2E-ITEM');
  await signIn(page, 'buyer@example.com', '/catalog/items');
  await page.getByRole('link', { name: 'New item' }).first().click();
  await expect(page).toHaveURL(/\/catalog\/items\/new/);

  await page.getByRole('textbox', { name: 'SKU', exact: true }).fill(sku);
  await page.getByRole('textbox', { name: 'Name', exact: true }).fill('Torque wrench 40–200 Nm');
  await page.getByRole('textbox', { name: 'Category', exact: true }).click();
  await page.getByRole('option', { name: 'Maintenance, repair & operations' }).click();
  await page.getByRole('textbox', { name: 'Unit of measure', exact: true }).click();
  await page.getByRole('option', { name: /^EA/ }).click();
  await page.getByRole('textbox', { name: 'Default tax rate', exact: true }).fill('8.25');
  await page.getByRole('button', { name: /^(Create item|Save)/ }).click();

  await expect(page).toHaveURL(/\/catalog\/items\/[0-9a-f-]{36}$/);
  await expect(page.getByRole('heading', { name: 'Torque wrench 40–200 Nm' })).toBeVisible();

  await page.getByRole('link', { name: 'Edit' }).click();
  await page.getByRole('textbox', { name: 'Name', exact: true }).fill('Torque wrench 40–200 Nm, ½ in drive');
  await page.getByRole('button', { name: /^Save/ }).click();
  await expect(page.getByRole('heading', { name: 'Torque wrench 40–200 Nm, ½ in drive' })).toBeVisible();

  await page.goto(`/catalog/items?q=${sku}`);
  await expect(page.getByRole('link', { name: 'Torque wrench 40–200 Nm, ½ in drive' })).toBeVisible();
});

test('a SKU already in use is shown on the SKU field', async ({ page }) => {
  await signIn(page, 'buyer@example.com', '/catalog/items/new');
  await page.getByRole('textbox', { name: 'SKU', exact: true }).fill('ITH-2001');
  await page.getByRole('textbox', { name: 'Name', exact: true }).fill('Duplicate laptop');
  await page.getByRole('textbox', { name: 'Category', exact: true }).click();
  await page.getByRole('option', { name: 'IT hardware' }).click();
  await page.getByRole('textbox', { name: 'Unit of measure', exact: true }).click();
  await page.getByRole('option', { name: /^EA/ }).click();
  await page.getByRole('button', { name: /^(Create item|Save)/ }).click();
  await expect(page.getByText(/already used by another item/i)).toBeVisible();
  await expect(page).toHaveURL(/\/catalog\/items\/new/);
});
