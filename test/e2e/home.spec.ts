import { expect, type Page, test } from '@playwright/test';
import { signIn, signInAs } from './helpers';

/**
 * The home page of each role, and a decision that every view follows at once: the head of
 * department approves from the inbox, the page offers the next document, and the home page, the
 * inbox and the bell have already counted it, with no reload.
 */

/** A queue tile of the home page: its link is named "<label>: <count>". */
const tile = (page: Page, label: string) => page.getByRole('link', { name: new RegExp(`^${label}: \\d`) });

async function countOf(page: Page, label: string): Promise<number> {
  const name = (await tile(page, label).getAttribute('aria-label')) ?? '';
  return Number(name.slice(label.length + 2).replace(/[^\d]/g, ''));
}

/** The bell's unread count, from its accessible name ("Notifications (3 unread)"). */
async function unreadOf(page: Page): Promise<number> {
  const bell = page.getByRole('button', { name: /^Notifications/ });
  const name = (await bell.getAttribute('aria-label')) ?? '';
  return Number(/\((\d+) unread\)/.exec(name)?.[1] ?? 0);
}

test('each role lands on a home page with its own queues', async ({ browser }) => {
  const buyer = await signInAs(browser, 'buyer@example.com');
  await expect(buyer.getByRole('heading', { level: 1, name: 'Welcome, Bailey' })).toBeVisible();
  for (const label of [
    'Orders returned to me',
    'Approved orders to send',
    'Late deliveries',
    'Requisition lines to order',
  ])
    await expect(tile(buyer, label)).toBeVisible();
  await expect(tile(buyer, 'Awaiting my approval')).toHaveCount(0);
  await expect(buyer.getByRole('region', { name: 'Orders by state' })).toContainText('Awaiting approval');
  await expect(
    buyer.getByRole('region', { name: 'Spend by month' }).locator('.recharts-bar-rectangle').first(),
  ).toBeVisible();
  // A queue opens the list of what is in it.
  expect(await countOf(buyer, 'Orders returned to me')).toBeGreaterThan(0);
  await tile(buyer, 'Orders returned to me').click();
  await expect(buyer).toHaveURL(/\/purchase-orders\?buyer=me&returned=true$/);
  await expect(buyer.getByRole('checkbox', { name: 'Sent back for changes' })).toBeChecked();
  await expect(buyer.getByRole('table').getByRole('row').nth(1)).toContainText('Draft');
  await buyer.context().close();

  const requester = await signInAs(browser, 'requester@example.com');
  await expect(tile(requester, 'My draft requisitions')).toBeVisible();
  await expect(tile(requester, 'Late deliveries')).toHaveCount(0);
  await requester.context().close();

  // The auditor's work is the audit trail: that is where they land.
  const auditor = await signInAs(browser, 'auditor@example.com');
  await expect(auditor).toHaveURL(/\/audit$/);
  await auditor.context().close();
});

test('an approval is counted at once everywhere, and the next document is offered', async ({ page }) => {
  await signIn(page, 'head@example.com');
  await expect(tile(page, 'Awaiting my approval')).toBeVisible();
  const waiting = await countOf(page, 'Awaiting my approval');
  expect(waiting).toBeGreaterThanOrEqual(2);
  const unread = await unreadOf(page);
  expect(unread).toBeGreaterThan(0);

  await tile(page, 'Awaiting my approval').click();
  const inbox = page.getByRole('table', { name: 'Documents awaiting my approval' });
  const first = inbox.getByRole('row').nth(1).getByRole('link').first();
  const number = (await first.textContent()) ?? '';
  await first.click();
  await expect(page.getByRole('heading', { level: 1, name: number })).toBeVisible();
  // Opening the document reads what told the head about it.
  await expect.poll(() => unreadOf(page)).toBeLessThan(unread);

  await page.getByRole('button', { name: 'Approve', exact: true }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByRole('button', { name: 'Approve', exact: true }).click();
  await expect(dialog).toBeHidden();
  const next = page.getByRole('alert').filter({ hasText: 'Your decision is recorded' });
  await expect(next).toContainText('Next in your inbox');
  await next.getByRole('link', { name: 'Next in inbox' }).click();
  await expect(page.getByRole('heading', { level: 1 })).not.toHaveText(number);

  // Back home through the menu (no reload): the decision is already counted.
  await page.getByRole('link', { name: 'Home', exact: true }).click();
  await expect.poll(() => countOf(page, 'Awaiting my approval')).toBe(waiting - 1);
  await page.getByRole('link', { name: 'Approvals', exact: true }).click();
  await expect(inbox.getByRole('link', { name: number, exact: true })).toHaveCount(0);
});
