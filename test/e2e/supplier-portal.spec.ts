import fs from 'node:fs';
import path from 'node:path';
import { type Browser, expect, type Page, test } from '@playwright/test';
import { simpleParser } from 'mailparser';
import { setServerClock, signInAs, unique } from './helpers';

/** The text of the newest outbox e-mail whose subject matches, as an administrator reads it. */
async function outboxText(browser: Browser, subject: RegExp): Promise<string> {
  const page = await signInAs(browser, 'admin@example.com', '/admin/outbox');
  await page.getByRole('button', { name: subject }).first().click();
  const dialog = page.getByRole('dialog');
  await expect(dialog).toBeVisible();
  const text = (await dialog.textContent()) ?? '';
  await page.context().close();
  return text;
}

/**
 * The text of the delivered e-mail to `to` whose subject matches, read from the outbox directory as
 * its recipient gets it (the outbox page shows an invitation without its one-time link).
 */
async function deliveredText(to: string, subject: RegExp): Promise<string> {
  const dir = path.join(process.env.OPENPO_E2E_DATA_DIR!, 'outbox');
  let found = '';
  await expect
    .poll(
      async () => {
        for (const name of fs.existsSync(dir) ? fs.readdirSync(dir).filter((n) => n.endsWith('.eml')) : []) {
          const mail = await simpleParser(fs.readFileSync(path.join(dir, name)));
          if (mail.to && JSON.stringify(mail.to).includes(to) && subject.test(mail.subject ?? '')) {
            found = mail.text ?? '';
            return true;
          }
        }
        return false;
      },
      { timeout: 30_000 },
    )
    .toBe(true);
  return found;
}

/** The path and fragment of the first link in `text` that contains `part`. */
function linkIn(text: string, part: string): string {
  const url = text.match(/https?:\/\/\S+/g)?.find((u) => u.includes(part));
  expect(url, `a link with ${part} in the e-mail`).toBeTruthy();
  const parsed = new URL(url!);
  return `${parsed.pathname}${parsed.hash}`;
}

/**
 * Order to answer: the buyer invites the supplier's contact and sends an approved order; the
 * contact sets a password from the invitation's link, follows the order e-mail's link into the
 * portal, accepts every line but the last and proposes a later date for it; the buyer accepts the proposal,
 * which becomes a change order sent back, and the order is acknowledged.
 */
test('a buyer sends an order, the supplier answers in the portal, the buyer accepts its proposal', async ({
  browser,
  baseURL,
}) => {
  // Four sign-ins, two e-mails delivered and a change order sent: more than one page's worth of time.
  test.setTimeout(150_000);
  const email = `${unique('quinn').toLowerCase()}@supplier.example`;
  let orderPath = '';
  let number = '';
  let supplierPath = '';
  let lineCount = 0;
  let buyer: Page;

  await test.step('the buyer invites a contact of the supplier to the portal', async () => {
    buyer = await signInAs(browser, 'buyer@example.com', '/purchase-orders?status=approved&q=Monitor');
    await buyer
      .getByRole('link', { name: /^PO-\d{4}-\d{5}$/ })
      .first()
      .click();
    await expect(buyer.getByRole('button', { name: 'Send to supplier' })).toBeVisible();
    orderPath = new URL(buyer.url()).pathname;
    number = ((await buyer.getByRole('heading', { level: 1 }).textContent()) ?? '').trim();
    supplierPath = (await buyer.locator('main a[href^="/suppliers/"]').first().getAttribute('href')) ?? '';
    await buyer.locator('main a[href^="/suppliers/"]').first().click();
    const card = buyer.getByRole('form', { name: 'Invite to the portal' });
    await card.getByLabel('Name').fill('Quinn Supplier');
    await card.getByLabel('E-mail').fill(email);
    await card.getByRole('button', { name: 'Invite' }).click();
    await expect(buyer.getByRole('cell', { name: email })).toBeVisible();
  });

  await test.step('the buyer reviews the recipients and sends the order', async () => {
    await buyer.goto(orderPath);
    await buyer.getByRole('button', { name: 'Send to supplier' }).click();
    const dialog = buyer.getByRole('dialog', { name: `Send ${number} to the supplier` });
    await dialog.getByLabel('Other recipients').fill(email);
    await dialog.getByLabel('Other recipients').press('Enter');
    await dialog.getByRole('button', { name: 'Send', exact: true }).click();
    await expect(dialog).toBeHidden();
    await expect(buyer.getByText('Sent', { exact: true }).first()).toBeVisible();
    await expect(buyer.getByTestId('dispatch')).toHaveCount(1);
    // Its PDF, UBL document and message are rendered a moment after the send: the list shows them
    // without a reload.
    await expect(buyer.getByTestId('dispatch').getByRole('button', { name: /PDF/ })).toBeVisible();
    // Its e-mail leaves a moment later: the list follows without a reload.
    await expect(buyer.getByTestId('dispatch')).toContainText('Handed to the mail server', {
      timeout: 15_000,
    });
    // The timeline follows (its entry comes with the live update after the documents were kept,
    // which a loaded machine may take a while to deliver): the files kept, with their fingerprints.
    await expect(buyer.getByText('Documents of the send kept, as sent')).toBeVisible({ timeout: 30_000 });
  });

  const supplier = await browser.newContext();
  const portal = await supplier.newPage();
  await test.step('the contact sets a password from the invitation', async () => {
    const invitation = await deliveredText(email, /invites you to its supplier portal/);
    await portal.goto(linkIn(invitation, '/portal/welcome'));
    await portal.getByLabel('New password').fill('quinn-ships-on-time');
    await portal.getByLabel('The same password again').fill('quinn-ships-on-time');
    await portal.getByRole('button', { name: 'Set password and sign in' }).click();
    await expect(portal.getByRole('heading', { level: 1, name: 'Your orders' })).toBeVisible();
  });

  await test.step('the supplier follows the order e-mail into the portal and answers line by line', async () => {
    const mail = await outboxText(browser, new RegExp(`Purchase order ${number} from`));
    await portal.goto(linkIn(mail, '/portal/orders/'));
    await expect(portal.getByRole('heading', { level: 1, name: number })).toBeVisible();
    // Other journeys running beside this one may have approved another order with a monitor: the
    // last line of whichever was picked gets the proposal, the others are accepted.
    lineCount = await portal.locator('[data-testid^="answer-line-"]').count();
    expect(lineCount).toBeGreaterThan(0);
    const last = portal.locator('[data-testid^="answer-line-"]').last();
    await last.getByText('Change', { exact: true }).click();
    const date = last.getByLabel('Date you propose');
    // Three weeks later than the order needs it.
    // (An order picked without a needed-by date shows none: then three weeks from today.)
    const shown = await date.inputValue();
    const needed = shown ? new Date(`${shown}T00:00:00Z`) : new Date();
    await date.fill(new Date(needed.getTime() + 21 * 86_400_000).toISOString().slice(0, 10));
    await last.getByLabel('Why (optional)').fill('Backlog at the panel plant');
    await portal.getByRole('button', { name: 'Send proposal' }).click();
    await expect(portal.getByText('Your proposal is with the buyer')).toBeVisible();
  });

  await test.step('the buyer accepts the proposal: a change order goes back and the order is acknowledged', async () => {
    await buyer.goto(orderPath);
    const answer = buyer.locator('#supplier-answer');
    await expect(answer.getByText('Proposal to decide on')).toBeVisible();
    await expect(answer.getByText('Change proposed')).toBeVisible();
    await answer.getByRole('button', { name: 'Accept proposal' }).click();
    await expect(buyer.getByText('Acknowledged', { exact: true }).first()).toBeVisible();
    await expect(buyer.getByTestId('dispatch').first()).toContainText('Change order');
    await expect(buyer.getByTestId('dispatch')).toHaveCount(2);
  });

  await test.step('the supplier ships part of the order with a tracking number', async () => {
    // The buyer watches the order meanwhile: it follows without a reload.
    await buyer.goto(orderPath);
    await expect(buyer.locator('#ship-notices').getByText('Nothing shipped yet')).toBeVisible();
    await portal.goto('/portal?tab=to_ship');
    await portal.getByTestId('portal-order').filter({ hasText: number }).click();
    const form = portal.getByRole('form', { name: 'Ship notice' });
    // The first line in full, nothing of the others yet.
    const quantities = form.getByLabel(/^Quantity shipped of line \d+$/);
    for (let i = 1; i < (await quantities.count()); i++) await quantities.nth(i).fill('0');
    await form.getByLabel('Carrier').fill('UPS');
    await form.getByLabel('Tracking number').fill('1Z999AA10123456784');
    await form.getByRole('button', { name: 'Send ship notice' }).click();
    const notice = portal.getByTestId('ship-notice');
    await expect(notice).toHaveCount(1);
    await expect(notice.getByRole('link', { name: /1Z999AA10123456784/ })).toHaveAttribute(
      'href',
      'https://www.ups.com/track?tracknum=1Z999AA10123456784',
    );
    // What is left is still to ship.
    await expect(form.getByTestId('ship-line-1')).toHaveCount(0);
    await supplier.close();
  });

  await test.step('the buyer sees the ship notice on the order at once, without reloading it', async () => {
    const notices = buyer.locator('#ship-notices');
    await expect(notices.getByTestId('ship-notice')).toContainText(/ASN-\d{4}-\d{5}/);
    await expect(notices.getByTestId('ship-notice')).toContainText('From the supplier');
  });

  await test.step('the tracking board shows the order on track, and late once the clock passes its dates', async () => {
    const board = `/tracking?supplier=${supplierPath.split('/').pop()}`;
    const rows = (page: Page) => page.getByRole('row').filter({ hasText: number });
    await buyer.goto(board);
    // Every line is still open (the shipped one until it is received), none of them late.
    await expect(rows(buyer)).toHaveCount(lineCount);
    await expect(rows(buyer).filter({ hasText: 'On track' })).toHaveCount(lineCount);
    await buyer.context().close();
    // Sixty days on, every date of the order (the latest three weeks after the order's) has passed.
    await setServerClock(baseURL!, new Date(Date.now() + 60 * 86_400_000));
    try {
      const later = await signInAs(browser, 'buyer@example.com', board);
      await expect(rows(later).filter({ hasText: 'Late' })).toHaveCount(lineCount);
      await later.context().close();
    } finally {
      await setServerClock(baseURL!, null);
    }
  });
});
