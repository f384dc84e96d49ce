import { expect, test } from '@playwright/test';
import { signInAs, unique } from './helpers';

/** A buyer saves the filtered order list as a view, comes back to it from the menu, and deletes it. */
test('a filtered list saved as a named view opens again from the Views menu', async ({ browser }) => {
  // The demo's late order was sent to its supplier.
  const page = await signInAs(browser, 'buyer@example.com', '/purchase-orders?status=sent&overdue=true');
  await expect(page.getByRole('link', { name: /^PO-\d{4}-\d{5}$/ }).first()).toBeVisible();
  const name = unique('Late sent');

  await page.getByRole('button', { name: 'Views' }).click();
  await page.getByRole('menuitem', { name: 'Save this view…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Save this view' });
  await dialog.getByRole('textbox', { name: 'Name' }).fill(name);
  await dialog.getByRole('button', { name: 'Save view' }).click();
  await expect(dialog).toBeHidden();

  await page.goto('/purchase-orders');
  await page.getByRole('button', { name: 'Views' }).click();
  await page.getByRole('menuitem', { name }).click();
  await expect(page).toHaveURL(/\/purchase-orders\?overdue=true&status=sent$/);
  await expect(page.getByRole('checkbox', { name: 'Overdue only' })).toBeChecked();

  await page.getByRole('button', { name: 'Views' }).click();
  await page.getByRole('button', { name: `Delete view ${name}` }).click();
  await expect(page.getByRole('menuitem', { name })).toHaveCount(0);
  await page.context().close();
});
