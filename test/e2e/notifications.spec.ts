import { expect, test } from '@playwright/test';
import { signInAs, unique } from './helpers';

/**
 * Notifications as people meet them: the head of department's bell shows the requisition waiting
 * for them, the notification opens the requisition (where the Approve button decides it), the
 * requester hears of the approval, and an administrator sees the e-mails in the outbox.
 */
test('an approval request reaches the approver by the bell and the outbox', async ({ browser }) => {
  test.setTimeout(180_000);
  const justification = `Monitors for the training room (${unique('E2E')})`;
  let requisitionNumber = '';

  await test.step('the requester submits a requisition that needs the head of department', async () => {
    const page = await signInAs(browser, 'requester@example.com', '/requisitions/new');
    await page.getByRole('textbox', { name: 'Cost centre' }).click();
    await page.getByRole('option', { name: /CC-2100/ }).click();
    await page.getByRole('textbox', { name: 'Justification' }).fill(justification);
    const item = page.getByRole('textbox', { name: 'Catalog item' });
    await item.click();
    await item.fill('ITH-2003');
    await page.getByRole('option', { name: /ITH-2003/ }).click();
    await expect(page.getByRole('textbox', { name: 'Est. unit price' })).not.toHaveValue('');
    await page.getByRole('textbox', { name: 'Quantity' }).fill('20');
    await page.getByRole('button', { name: 'Submit for approval' }).click();
    const heading = page.getByRole('heading', { level: 1, name: /^REQ-/ });
    await expect(heading).toBeVisible();
    requisitionNumber = (await heading.textContent())?.trim() ?? '';
    await page.context().close();
  });

  await test.step('the head opens it from the bell and approves it on its page', async () => {
    const page = await signInAs(browser, 'head@example.com', '/');
    const bell = page.getByRole('button', { name: /^Notifications \(\d+ unread\)$/ });
    await expect(bell).toBeVisible();
    await bell.click();
    const note = page.getByRole('listitem', { name: `Unread: ${requisitionNumber} waits for your approval` });
    await expect(note).toBeVisible();
    await note.click();
    await expect(page).toHaveURL(/\/requisitions\/[0-9a-f-]{36}$/);
    await expect(page.getByRole('heading', { level: 1, name: requisitionNumber })).toBeVisible();
    await page.getByRole('button', { name: 'Approve' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Approve' }).click();
    await expect(page.getByText(`${requisitionNumber} approved`)).toBeVisible();

    await page.goto('/notifications');
    await expect(
      page.getByRole('listitem', { name: `${requisitionNumber} waits for your approval` }),
    ).toBeVisible();
    await page.context().close();
  });

  await test.step('the requester hears of the approval', async () => {
    const page = await signInAs(browser, 'requester@example.com', '/notifications?unread=true');
    await expect(
      page.getByRole('listitem', { name: `Unread: ${requisitionNumber} was approved` }),
    ).toBeVisible();
    await page.getByRole('button', { name: 'Mark all read' }).click();
    await expect(page.getByText('Nothing unread')).toBeVisible();
    await expect(page.getByRole('button', { name: 'Notifications', exact: true })).toBeVisible();
    await page.context().close();
  });

  await test.step('an administrator reads the e-mail in the outbox', async () => {
    const page = await signInAs(browser, 'admin@example.com', '/admin/outbox');
    await expect(page.getByRole('heading', { level: 1, name: 'E-mail outbox' })).toBeVisible();
    await page.getByRole('button', { name: `${requisitionNumber} waits for your approval` }).click();
    const dialog = page.getByRole('dialog');
    await expect(
      dialog.getByText(/Open it in OpenPO: http:\/\/localhost:\d+\/requisitions\/[0-9a-f-]{36}/),
    ).toBeVisible();
    await page.context().close();
  });
});
