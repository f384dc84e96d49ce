import os from 'node:os';
import path from 'node:path';
import { expect, type Page, test } from '@playwright/test';
import { signIn } from './helpers';

/**
 * E2E_SCREENSHOTS=1 also writes the documentation's screenshot (docs/screenshots/webhooks.png)
 * and views at 390 and 1440 px wide to <tmp>/openpo-webhook-views, for looking at the layout.
 */
const SCREENSHOTS = process.env.E2E_SCREENSHOTS === '1';
const DOCS = path.resolve(import.meta.dirname, '../../docs/screenshots');
const VIEWS = path.join(os.tmpdir(), 'openpo-webhook-views');

async function look(page: Page, name: string, opts: { fullPage?: boolean } = {}) {
  if (!SCREENSHOTS) return;
  for (const width of [390, 1440]) {
    await page.setViewportSize({ width, height: width === 390 ? 844 : 900 });
    await page.waitForTimeout(300); // let modals and dropdowns settle at the new width
    // The page must never scroll sideways; tables scroll inside their own container.
    expect(await page.evaluate<number>('document.documentElement.scrollWidth')).toBeLessThanOrEqual(width);
    await page.screenshot({ path: path.join(VIEWS, `${name}-${width}.png`), fullPage: opts.fullPage });
  }
  await page.setViewportSize({ width: 1280, height: 720 });
}

/**
 * An administrator registers a webhook endpoint (a URL with credentials in it is refused under the
 * URL field), sees its secret once, sends a test event and sees its delivery in the log, rotates
 * the secret and disables the endpoint. The journeys' server allows private targets
 * (OPENPO_WEBHOOKS_ALLOW_PRIVATE=1) so that the endpoint can be on this machine: it is the server
 * itself, at a path that answers 404, so the delivery is retried — the journey checks the log,
 * not the delivery, and nothing leaves the machine.
 */
test('an administrator registers a webhook endpoint, tests it, rotates its secret and disables it', async ({
  page,
}) => {
  let url = '';
  let secret = '';

  await test.step('a URL with credentials in it is refused under the URL field', async () => {
    await signIn(page, 'admin@example.com', '/');
    url = `${new URL(page.url()).origin}/receiver/openpo`;
    await page
      .getByRole('navigation', { name: 'Main navigation' })
      .getByRole('link', { name: 'Webhooks' })
      .click();
    await expect(page.getByRole('heading', { level: 1, name: 'Webhooks' })).toBeVisible();
    await look(page, 'list-empty');
    await page.getByRole('button', { name: 'Register endpoint' }).first().click();
    const dialog = page.getByRole('dialog', { name: 'Register endpoint' });
    await dialog.getByRole('textbox', { name: 'Endpoint URL' }).fill('https://ops:secret@127.0.0.1/hook');
    await dialog
      .getByRole('textbox', { name: 'Description' })
      .fill('ERP: approved orders to accounts payable');
    const eventTypes = dialog.getByRole('textbox', { name: 'Event types' });
    await eventTypes.click();
    await eventTypes.fill('order.approved');
    await page.getByRole('option', { name: 'purchase_order.approved', exact: true }).click();
    await eventTypes.fill('requisition');
    await look(page, 'event-types');
    await page.getByRole('option', { name: /^requisition\.\*/ }).click();
    await eventTypes.press('Escape');
    await dialog.getByRole('button', { name: 'Register endpoint' }).click();

    const urlField = dialog.getByRole('textbox', { name: 'Endpoint URL' });
    await expect(urlField).toHaveAttribute('aria-invalid', 'true');
    await expect(dialog.getByText(/must not carry a user name or password/i)).toBeVisible();
    await expect(urlField).toHaveAccessibleDescription(/must not carry a user name or password/i);
    await look(page, 'register-refused');
  });

  await test.step('the endpoint is registered and its secret shown once', async () => {
    const dialog = page.getByRole('dialog', { name: 'Register endpoint' });
    await dialog.getByRole('textbox', { name: 'Endpoint URL' }).fill(url);
    await dialog.getByRole('button', { name: 'Register endpoint' }).click();
    const shown = page.getByRole('dialog', { name: 'Endpoint registered' });
    await expect(shown.getByText('Store it now: it will not be shown again')).toBeVisible();
    secret = (await shown.locator('[data-webhook-secret]').textContent()) ?? '';
    expect(secret).toMatch(/^whsec_/);
    await look(page, 'secret');
    await shown.getByRole('button', { name: 'Done' }).click();
    await expect(shown).toHaveCount(0);

    const row = page.getByRole('row', { name: new RegExp(url) });
    await expect(row).toContainText('purchase_order.approved');
    await expect(row).toContainText('requisition.*');
    await expect(row).toContainText('Active');
    await expect(row).toContainText(`…${secret.slice(-4)}`);
    await expect(page.getByText(secret)).toHaveCount(0);
    await look(page, 'list');
  });

  await test.step('a test event appears in the delivery log', async () => {
    await page.getByRole('link', { name: url }).click();
    await expect(page.getByRole('heading', { level: 1, name: url })).toBeVisible();
    const log = page.getByRole('table', { name: 'Delivery log' });
    await expect(page.getByText('No deliveries yet')).toBeVisible();
    await page.getByRole('button', { name: 'Send test event' }).click();
    const row = log.getByRole('row').filter({ hasText: 'webhook.ping' });
    await expect(row).toHaveCount(1);
    await expect(row).toContainText(/Pending|Failed/);
    await expect(row.getByRole('button', { name: /^Send again/ })).toBeVisible();
    if (SCREENSHOTS) {
      for (let i = 2; i <= 3; i++) {
        await page.getByRole('button', { name: 'Send test event' }).click();
        await expect(log.getByRole('row').filter({ hasText: 'webhook.ping' })).toHaveCount(i);
      }
      // Let the sender try them once, so the log shows attempts and their errors.
      await expect(log.getByRole('cell', { name: '0', exact: true })).toHaveCount(0, { timeout: 20_000 });
      await expect(page.getByText('Test event sent')).toHaveCount(0, { timeout: 15_000 });
      await page.setViewportSize({ width: 1440, height: 900 });
      await page.screenshot({ path: path.join(DOCS, 'webhooks.png') });
      await look(page, 'endpoint', { fullPage: true });
    }
  });

  await test.step('the secret is rotated with an overlap', async () => {
    await page.getByRole('button', { name: 'Rotate secret' }).click();
    const dialog = page.getByRole('dialog', { name: 'Rotate signing secret' });
    await expect(dialog.getByRole('textbox', { name: 'Overlap (hours)' })).toHaveValue('24');
    await look(page, 'rotate');
    await dialog.getByRole('button', { name: 'Rotate secret' }).click();
    const shown = page.getByRole('dialog', { name: 'New signing secret' });
    await expect(shown.getByText('Store it now: it will not be shown again')).toBeVisible();
    const rotated = (await shown.locator('[data-webhook-secret]').textContent()) ?? '';
    expect(rotated).toMatch(/^whsec_/);
    expect(rotated).not.toBe(secret);
    await shown.getByRole('button', { name: 'Done' }).click();
    const signing = page.getByRole('region', { name: 'Signing' });
    await expect(signing).toContainText(`…${rotated.slice(-4)}`);
    await expect(signing).toContainText('Also signs until');
  });

  await test.step('the endpoint is disabled', async () => {
    await page.getByRole('button', { name: 'Disable' }).click();
    await page
      .getByRole('dialog', { name: 'Disable endpoint' })
      .getByRole('button', { name: 'Disable endpoint' })
      .click();
    await expect(page.getByText('This endpoint is disabled')).toBeVisible();
    await expect(page.getByRole('button', { name: 'Send test event' })).toBeDisabled();
    await expect(page.getByRole('button', { name: 'Enable' })).toBeVisible();
  });
});
