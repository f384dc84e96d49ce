import fs from 'node:fs';
import path from 'node:path';
import { type APIRequestContext, expect, type Page, request, test } from '@playwright/test';
import axe, { type AxeResults } from 'axe-core';
import { simpleParser } from 'mailparser';
import { DEMO_PASSWORD, pageWidth, signIn, signInAs, unique } from './helpers';

/** The critical and serious axe findings (WCAG 2.1 A and AA) of the page's own content. */
async function axeFindings(page: Page): Promise<string[]> {
  if (!(await page.evaluate('typeof window.axe === "object"'))) await page.evaluate(axe.source);
  const options = { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } };
  const { violations } = (await page.evaluate(
    `axe.run('#main-content', ${JSON.stringify(options)})`,
  )) as AxeResults;
  return violations
    .filter((v) => v.impact === 'critical' || v.impact === 'serious')
    .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

/** A request context signed in as a demo user (the journey's API calls). */
async function apiAs(baseURL: string, email: string): Promise<APIRequestContext> {
  const api = await request.newContext({ baseURL });
  const login = await api.post('/api/v1/auth/login', { data: { email, password: DEMO_PASSWORD } });
  expect(login.status()).toBe(200);
  return api;
}

async function ok<T>(response: Promise<import('@playwright/test').APIResponse>, status = 200): Promise<T> {
  const res = await response;
  expect(res.status(), await res.text()).toBe(status);
  return (await res.json()) as T;
}

const ifMatch = (v: { version: number }) => ({ 'if-match': `"v${v.version}"` });

/** The text of the delivered e-mail to `to` whose subject contains `subject` (the outbox directory). */
async function deliveredText(to: string, subject: string): Promise<string> {
  const dir = path.join(process.env.OPENPO_E2E_DATA_DIR!, 'outbox');
  let found = '';
  await expect
    .poll(
      async () => {
        for (const name of fs.existsSync(dir) ? fs.readdirSync(dir).filter((n) => n.endsWith('.eml')) : []) {
          const mail = await simpleParser(fs.readFileSync(path.join(dir, name)));
          if (JSON.stringify(mail.to ?? '').includes(to) && (mail.subject ?? '').includes(subject)) {
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

/**
 * Satisfaction: the requester's monitor is ordered, sent and received in full; the requester is
 * asked by e-mail and in the app, follows the e-mail's link through the sign-in to the form, opens
 * it again from the bell, rates delivery, quality and service with a comment, and sees the rating
 * on the order; the buyer closes the order and gives the close-out evaluation it offers.
 */
test('a requester rates a delivery from the link they were sent', async ({ browser, baseURL }) => {
  test.setTimeout(240_000);
  const today = new Date().toISOString().slice(0, 10);
  let orderId = '';
  let orderNumber = '';
  let supplierName = '';

  await test.step('a requisition of the requester is ordered, sent and received in full', async () => {
    const requester = await apiAs(baseURL!, 'requester@example.com');
    const item = (await ok<{ items: { id: string }[] }>(requester.get('/api/v1/items?q=ITH-2003'))).items[0]!;
    const costCentre = (
      await ok<{ items: { id: string }[] }>(requester.get('/api/v1/cost-centres?q=CC-2100'))
    ).items[0]!;
    const price = (
      await ok<{ items: { supplierId: string }[] }>(
        requester.get(`/api/v1/price-list-entries?itemId=${item.id}&validOn=${today}`),
      )
    ).items[0]!;
    const draft = await ok<{ id: string; version: number; lines: { id: string }[] }>(
      requester.post('/api/v1/requisitions', {
        data: {
          costCentreId: costCentre.id,
          justification: `A monitor for the rating desk (${unique('E2E')})`,
          lines: [
            {
              itemId: item.id,
              quantity: '1',
              estimatedUnitPrice: '180.00',
              suggestedSupplierId: price.supplierId,
            },
          ],
        },
      }),
      201,
    );
    const submitted = await ok<{ status: string }>(
      requester.post(`/api/v1/requisitions/${draft.id}/submit`, { headers: ifMatch(draft), data: {} }),
    );
    expect(submitted.status).toBe('approved');

    const buyer = await apiAs(baseURL!, 'buyer@example.com');
    const created = await ok<{ purchaseOrders: { id: string; number: string }[] }>(
      buyer.post('/api/v1/workbench/purchase-orders', {
        data: { lines: [{ requisitionLineId: draft.lines[0]!.id, quantity: '1' }] },
      }),
      201,
    );
    orderId = created.purchaseOrders[0]!.id;
    orderNumber = created.purchaseOrders[0]!.number;
    let order = await ok<{ version: number; status: string; supplierName: string }>(
      buyer.get(`/api/v1/purchase-orders/${orderId}`),
    );
    supplierName = order.supplierName;
    order = await ok(
      buyer.post(`/api/v1/purchase-orders/${orderId}/submit`, { headers: ifMatch(order), data: {} }),
    );
    expect(order.status).toBe('approved');
    await ok(buyer.post(`/api/v1/purchase-orders/${orderId}/send`, { headers: ifMatch(order), data: {} }));

    const receiver = await apiAs(baseURL!, 'receiver@example.com');
    await ok(
      receiver.post('/api/v1/receipts', {
        data: { purchaseOrderId: orderId, receivedOn: today, lines: [{ lineNo: 1, quantity: '1' }] },
      }),
      201,
    );
    for (const api of [requester, buyer, receiver]) await api.dispose();
  });

  await test.step('the e-mail’s link leads through the sign-in straight to the form', async () => {
    const mail = await deliveredText(
      'requester@example.com',
      `How did ${supplierName} do on ${orderNumber}?`,
    );
    expect(mail).toContain(
      `Everything on purchase order ${orderNumber} from ${supplierName} has been received.`,
    );
    const url = mail.match(/Rate the order: (https?:\/\/\S+)/)?.[1];
    expect(url).toBeTruthy();
    const link = new URL(url!).pathname;
    expect(link).toBe(`/purchase-orders/${orderId}/rate`);
    const page = await (await browser.newContext()).newPage();
    await signIn(page, 'requester@example.com', link);
    await expect(page).toHaveURL(link);
    await expect(page.getByRole('heading', { level: 1, name: `How did ${supplierName} do?` })).toBeVisible();
    await expect(page.getByRole('radiogroup', { name: 'Delivery' })).toBeVisible();
    await page.context().close();
  });

  await test.step('the bell’s notification opens the form; the requester rates the delivery', async () => {
    const page = await signInAs(browser, 'requester@example.com', '/notifications');
    await page
      .getByRole('listitem', { name: new RegExp(`How did ${supplierName} do on ${orderNumber}\\?`) })
      .click();
    await expect(page).toHaveURL(`/purchase-orders/${orderId}/rate`);

    // Sent without stars, each aspect says what is missing.
    await page.getByRole('button', { name: 'Send rating' }).click();
    await expect(page.getByText('Choose from 1 to 5 stars.')).toHaveCount(3);
    expect(await axeFindings(page)).toEqual([]);
    // On a phone the form fits the width.
    await page.setViewportSize({ width: 390, height: 844 });
    const { scrollWidth, clientWidth } = await pageWidth(page);
    expect(scrollWidth).toBeLessThanOrEqual(clientWidth);

    await page.getByRole('radio', { name: 'Delivery: 5 of 5, Excellent' }).check();
    await page.getByRole('radio', { name: 'Quality: 4 of 5, Very good' }).check();
    await page.getByRole('radio', { name: 'Service: 3 of 5, Good' }).check();
    await expect(page.getByText('Choose from 1 to 5 stars.')).toHaveCount(0);
    await page
      .getByRole('textbox', { name: 'Comment (optional)' })
      .fill('On time and well packed; one call went unanswered.');
    await page.getByRole('checkbox', { name: 'Share the comment with the supplier' }).check();
    await page.getByRole('button', { name: 'Send rating' }).click();

    await expect(page.getByRole('heading', { name: 'Thank you for your rating' })).toBeVisible();
    await expect(page.getByRole('img', { name: 'Quality: 4 of 5, Very good' })).toBeVisible();
    expect(await axeFindings(page)).toEqual([]);

    // The order lists it; the requester has rated, so the order offers no second rating.
    await page.getByRole('link', { name: 'Back to the order' }).click();
    const ratings = page.getByRole('region', { name: 'Ratings' });
    await expect(ratings.getByText('Riley Requester')).toBeVisible();
    await expect(ratings.getByText('“On time and well packed; one call went unanswered.”')).toBeVisible();
    await expect(ratings.getByRole('img', { name: 'Delivery: 5 of 5, Excellent' })).toBeVisible();
    await expect(ratings.getByRole('link', { name: 'Rate this order' })).toHaveCount(0);
    expect(await axeFindings(page)).toEqual([]);

    // Opened again, the link shows the rating given instead of a second form.
    await page.goto(`/purchase-orders/${orderId}/rate`);
    await expect(page.getByRole('heading', { name: 'You rated this order' })).toBeVisible();
    await page.context().close();
  });

  await test.step('the buyer closes the order and gives the close-out evaluation it offers', async () => {
    const page = await signInAs(browser, 'buyer@example.com', `/purchase-orders/${orderId}`);
    await page.getByRole('button', { name: 'More actions' }).click();
    await page.getByRole('menuitem', { name: 'Close…' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Close', exact: true }).click();
    const closeOut = page.getByRole('dialog', { name: `Rate ${supplierName} on ${orderNumber}` });
    await expect(closeOut).toBeVisible();
    await closeOut.getByRole('radio', { name: 'Delivery: 4 of 5, Very good' }).check();
    await closeOut.getByRole('radio', { name: 'Quality: 4 of 5, Very good' }).check();
    await closeOut.getByRole('radio', { name: 'Service: 5 of 5, Excellent' }).check();
    await closeOut.getByRole('button', { name: 'Send rating' }).click();
    await expect(closeOut).toHaveCount(0);
    const ratings = page.getByRole('region', { name: 'Ratings' });
    await expect(ratings.getByText('Buyer’s close-out')).toBeVisible();
    await expect(ratings.getByRole('img', { name: 'Service: 5 of 5, Excellent' })).toBeVisible();
    await page.context().close();
  });
});
