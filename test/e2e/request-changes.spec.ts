import { expect, type Page, test } from '@playwright/test';
import { pickOption, signIn, signOut, unique } from './helpers';

/**
 * An approver sends an order back with what to change: the buyer submits a 6,600.00 USD order
 * (department head's step), the head of department asks for changes with a comment, and the buyer
 * finds the order back in draft with an orange banner saying who asked for what and what to do;
 * submitting it again clears the banner.
 */

const toast = (page: Page, title: string) => page.getByRole('alert').filter({ hasText: title });
const statusOf = (page: Page) =>
  page.getByRole('heading', { level: 1 }).locator('xpath=following-sibling::*[1]');

test('the head of department requests changes; the buyer sees why and submits again', async ({ page }) => {
  test.setTimeout(180_000);
  const marker = unique('E2E-CHANGES');
  const comment = `Order 30 hours now and the rest next quarter (${marker})`;
  let orderNumber = '';
  let orderPath = '';

  await test.step('the buyer drafts and submits a 6,600.00 USD order', async () => {
    await signIn(page, 'buyer@example.com', '/purchase-orders/new');
    const form = page.getByRole('form', { name: 'New purchase order' });
    await pickOption(page, form.getByRole('textbox', { name: 'Supplier' }), 'TECHSERV', /^TECHSERV · /);
    await pickOption(page, form.getByRole('textbox', { name: 'Department', exact: true }), 'OPS', /^OPS · /);
    await pickOption(page, page.getByRole('textbox', { name: 'Line 1 item' }), 'SRV-9502', /SRV-9502/);
    await expect(form.getByRole('textbox', { name: 'Line 1 description' })).toHaveValue(
      /IT consulting, senior engineer/,
    );
    await form.getByRole('textbox', { name: 'Line 1 unit price' }).fill('165.00');
    await form.getByRole('textbox', { name: 'Line 1 quantity' }).fill('40');
    await form.getByRole('textbox', { name: 'Line 1 quantity' }).blur();
    await expect(form.getByLabel('Line 1 net amount')).toHaveText('$6,600.00');
    await form.getByRole('textbox', { name: 'Notes' }).fill(marker);
    await form.getByRole('button', { name: 'Create draft' }).click();
    const heading = page.getByRole('heading', { level: 1, name: /^PO-\d{4}-\d{5}$/ });
    await expect(heading).toBeVisible();
    orderNumber = (await heading.textContent())?.trim() ?? '';
    orderPath = new URL(page.url()).pathname;

    await page.getByRole('button', { name: 'Submit for approval' }).click();
    const dialog = page.getByRole('dialog', { name: `Submit for approval ${orderNumber}` });
    await dialog.getByRole('button', { name: 'Submit for approval' }).click();
    await expect(toast(page, `${orderNumber} submitted for approval`)).toBeVisible();
    await expect(statusOf(page)).toHaveText('Awaiting approval');
    await expect(page.getByRole('button', { name: 'Request changes' })).toHaveCount(0);
    await signOut(page);
  });

  await test.step('the head of department asks for changes, with a comment', async () => {
    await signIn(page, 'head@example.com', orderPath);
    await expect(page.getByRole('heading', { level: 1, name: orderNumber })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Approve', exact: true })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Reject', exact: true })).toBeVisible();
    await page.getByRole('button', { name: 'Request changes' }).click();
    const dialog = page.getByRole('dialog', { name: `Request changes to purchase order ${orderNumber}` });
    // The comment is required.
    await dialog.getByRole('button', { name: 'Request changes' }).click();
    await expect(dialog).toBeVisible();
    await dialog.getByRole('textbox', { name: 'What should change' }).fill(comment);
    await dialog.getByRole('button', { name: 'Request changes' }).click();
    await expect(dialog).toBeHidden();
    await expect(toast(page, `${orderNumber} sent back for changes`)).toBeVisible();
    await expect(statusOf(page)).toHaveText('Draft');
    await signOut(page);
  });

  await test.step('the buyer finds the draft with the comment and the way forward', async () => {
    await signIn(page, 'buyer@example.com', orderPath);
    const banner = page.getByRole('alert').filter({ hasText: 'Changes requested by Harper Head on' });
    await expect(banner).toContainText(comment);
    await expect(banner).toContainText('Edit the order as asked, then submit it again');
    const route = page.getByRole('region', { name: 'Approval route' });
    await expect(route).toContainText('This is what submitting the document now would do.');

    await page.getByRole('button', { name: 'Submit for approval' }).click();
    const dialog = page.getByRole('dialog', { name: `Submit for approval ${orderNumber}` });
    await dialog.getByRole('button', { name: 'Submit for approval' }).click();
    await expect(toast(page, `${orderNumber} submitted for approval`)).toBeVisible();
    await expect(statusOf(page)).toHaveText('Awaiting approval');
    await expect(page.getByText('Changes requested by Harper Head on')).toHaveCount(0);
  });
});
