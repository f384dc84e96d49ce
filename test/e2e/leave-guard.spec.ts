import { expect, test } from '@playwright/test';
import { signIn, unique } from './helpers';

/**
 * A half-typed requisition is not lost: a menu click and Back ask first, closing the tab makes the
 * browser ask, and saving leaves without asking.
 */
test('leaving a form with unsaved changes asks first; saving does not', async ({ page }) => {
  await signIn(page, 'requester@example.com', '/requisitions');
  await page.getByRole('link', { name: 'New requisition' }).first().click();
  await expect(page).toHaveURL(/\/requisitions\/new$/);
  const justification = page.getByRole('textbox', { name: 'Justification' });
  await justification.fill(`Half-typed (${unique('E2E')})`);

  // A menu click: asked, and staying keeps what was typed.
  await page.getByRole('link', { name: 'Purchase orders', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Leave without saving?' });
  await expect(dialog).toBeVisible();
  await dialog.getByRole('button', { name: 'Stay on this page' }).click();
  await expect(dialog).toBeHidden();
  await expect(page).toHaveURL(/\/requisitions\/new$/);
  await expect(justification).toHaveValue(/^Half-typed/);

  // Back (to the list this form was opened from): asked too; leaving goes.
  await page.goBack();
  await expect(dialog).toBeVisible();
  await dialog.getByRole('button', { name: 'Leave without saving' }).click();
  await expect(page).toHaveURL(/\/requisitions$/);

  // Saving is not leaving: the saved requisition opens without a question.
  await page.goto('/requisitions/new');
  await page.getByRole('textbox', { name: 'Cost centre' }).click();
  await page.getByRole('option', { name: /CC-2100/ }).click();
  await justification.fill(`Saved (${unique('E2E')})`);
  const item = page.getByRole('textbox', { name: 'Catalog item' });
  await item.click();
  await item.fill('OFF-1001');
  await page.getByRole('option', { name: /OFF-1001/ }).click();
  await page.getByRole('textbox', { name: 'Quantity' }).fill('2');
  await page.getByRole('button', { name: 'Save draft' }).click();
  await expect(page).toHaveURL(/\/requisitions\/[0-9a-f-]{36}$/);
  await expect(dialog).toHaveCount(0);

  // Closing the tab with unsaved changes: the browser asks.
  await page.goto('/requisitions/new');
  await justification.fill('Typed, then the tab is closed');
  const asked = new Promise<string>((resolve) =>
    page.once('dialog', (d) => {
      resolve(d.type());
      void d.dismiss();
    }),
  );
  await page.close({ runBeforeUnload: true });
  expect(await asked).toBe('beforeunload');
});

/**
 * A form in a modal is guarded too: closing it with Escape or Cancel asks "Discard your changes?",
 * Back asks before leaving the page, and an untouched form closes without a question.
 */
test('closing a modal form with unsaved changes asks first', async ({ page }) => {
  await signIn(page, 'admin@example.com', '/');
  await page.getByRole('link', { name: 'Units', exact: true }).click();
  await expect(page).toHaveURL(/\/catalog\/units$/);
  const open = () => page.getByRole('button', { name: 'New unit' }).first().click();
  const modal = page.getByRole('dialog', { name: 'New unit of measure' });
  const discard = page.getByRole('dialog', { name: 'Discard your changes?' });

  // Untouched: Escape closes it at once.
  await open();
  await expect(modal).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(modal).toBeHidden();
  await expect(discard).toHaveCount(0);

  // Typed in: Escape asks; keeping on editing keeps what was typed.
  await open();
  await modal.getByRole('textbox', { name: 'Name' }).fill('Half-typed unit');
  await page.keyboard.press('Escape');
  await expect(discard).toBeVisible();
  await discard.getByRole('button', { name: 'Keep editing' }).click();
  await expect(discard).toBeHidden();
  await expect(modal.getByRole('textbox', { name: 'Name' })).toHaveValue('Half-typed unit');

  // Back asks before leaving the page; staying keeps the modal and its text.
  await page.goBack();
  const leave = page.getByRole('dialog', { name: 'Leave without saving?' });
  await expect(leave).toBeVisible();
  await leave.getByRole('button', { name: 'Stay on this page' }).click();
  await expect(page).toHaveURL(/\/catalog\/units$/);
  await expect(modal.getByRole('textbox', { name: 'Name' })).toHaveValue('Half-typed unit');

  // Cancel asks too; discarding closes it, and it opens empty again.
  await modal.getByRole('button', { name: 'Cancel' }).click();
  await discard.getByRole('button', { name: 'Discard changes' }).click();
  await expect(modal).toBeHidden();
  await open();
  await expect(modal.getByRole('textbox', { name: 'Name' })).toHaveValue('');
});
