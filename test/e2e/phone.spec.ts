import { expect, test } from '@playwright/test';
import { pageWidth, signIn } from './helpers';

/**
 * An approver on a phone held upright (390 × 844). Every page at that width is checked by
 * every-page.spec.ts.
 */
test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });

test('an approver approves from the phone: the inbox as cards, the order, the decision', async ({ page }) => {
  await signIn(page, 'head@example.com', '/approvals');
  const inbox = page.getByRole('list', { name: 'Documents awaiting my approval' });
  await expect(inbox).toBeVisible();
  const card = inbox.getByRole('listitem').first();
  // The card shows what an approver decides on: number, supplier, total, step, how long it waited.
  await expect(card).toContainText(/PO-\d{4}-\d{5}/);
  await expect(card).toContainText('$');
  await expect(card).toContainText('Department head');
  await expect(card).toContainText('ago');
  const number = (await card.getByRole('link').first().textContent()) ?? '';
  await card.getByRole('link', { name: number }).click();
  await expect(page.getByRole('heading', { level: 1, name: number })).toBeVisible();
  const approve = page.getByRole('button', { name: 'Approve', exact: true });
  await expect(approve).toBeInViewport();
  await approve.click();
  const dialog = page.getByRole('dialog');
  await dialog.getByRole('button', { name: 'Approve', exact: true }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('alert').filter({ hasText: 'Your decision is recorded' })).toBeVisible();
  const { scrollWidth, clientWidth } = await pageWidth(page);
  expect(scrollWidth).toBeLessThanOrEqual(clientWidth);
});
