import fs from 'node:fs/promises';
import { expect, test } from '@playwright/test';
import { extractText, getDocumentProxy } from 'unpdf';
import { signInAs, unique } from './helpers';

/**
 * The first steps of the procurement lifecycle, as four people do them in their browsers: a
 * requester asks for a catalog item, the head of department approves, the buyer orders it from
 * the workbench and submits the order, another approver approves it, and the order's PDF and UBL
 * documents carry its number.
 */
test('a requisition becomes an approved purchase order with a PDF', async ({ browser }) => {
  test.setTimeout(240_000);
  const justification = `Monitors for the new assay lab (${unique('E2E')})`;
  let requisitionNumber = '';
  let orderNumber = '';
  let orderUrl = '';

  await test.step('the requester raises a requisition for a catalog item and submits it', async () => {
    const page = await signInAs(browser, 'requester@example.com', '/requisitions/new');
    await page.getByRole('textbox', { name: 'Cost centre' }).click();
    await page.getByRole('option', { name: /CC-2100/ }).click();
    await page.getByRole('textbox', { name: 'Justification' }).fill(justification);

    const item = page.getByRole('textbox', { name: 'Catalog item' });
    await item.click();
    await item.fill('ITH-2003');
    await page.getByRole('option', { name: /ITH-2003/ }).click();
    // The item fills in its description and unit; a supplier with a valid price fills in the estimate.
    await expect(page.getByRole('textbox', { name: 'Description' })).toHaveValue(/Monitor 27 in/);
    await expect(page.getByRole('textbox', { name: 'Est. unit price' })).not.toHaveValue('');
    await expect(page.getByRole('textbox', { name: 'Suggested supplier' })).not.toHaveValue('');
    // The approval route follows the form before anything is saved: one monitor needs none …
    const route = page.getByRole('region', { name: 'Approval route' });
    await page.getByRole('textbox', { name: 'Quantity' }).fill('1');
    await expect(route).toContainText('No approval needed under policy Requisitions by amount.');
    // … twenty need the head of department's (the demo policy: from 1,000 USD).
    await page.getByRole('textbox', { name: 'Quantity' }).fill('20');
    await expect(page.getByTestId('estimated-total').first()).not.toHaveText('—');
    await expect(route.getByText(/^Department head — because total [\d,.]+ USD ≥ 1,000$/)).toBeVisible();
    await expect(route).toContainText('Harper Head — any one approver');

    await page.getByRole('button', { name: 'Submit for approval' }).click();
    await expect(page).toHaveURL(/\/requisitions\/[0-9a-f-]{36}$/);
    const heading = page.getByRole('heading', { level: 1, name: /^REQ-/ });
    await expect(heading).toBeVisible();
    requisitionNumber = (await heading.textContent())?.trim() ?? '';
    await expect(page.getByText('Awaiting approval').first()).toBeVisible();
    await page.context().close();
  });

  await test.step('the head of department approves it from the approvals list', async () => {
    const page = await signInAs(browser, 'head@example.com', '/approvals');
    await page.getByRole('link', { name: requisitionNumber, exact: true }).click();
    await page.getByRole('button', { name: 'Approve' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Approve' }).click();
    await expect(page.getByText(`${requisitionNumber} approved`)).toBeVisible();
    await expect(page.getByRole('button', { name: 'Approve' })).toHaveCount(0);
    await page.context().close();
  });

  await test.step('the buyer orders the line from the workbench and submits the order', async () => {
    const page = await signInAs(browser, 'buyer@example.com', `/workbench?q=${requisitionNumber}`);
    const line = page.getByRole('checkbox', { name: `Select ${requisitionNumber} line 1` });
    await expect(line).toBeVisible();
    await expect(page.getByText(/^Price list/).first()).toBeVisible();
    await line.check();
    await page.getByRole('button', { name: 'Create purchase orders' }).click();

    const created = page.getByRole('status').filter({ hasText: 'purchase order created' });
    await expect(created).toBeVisible();
    const link = created.getByRole('link', { name: /^PO-\d{4}-\d{5}$/ });
    orderNumber = (await link.textContent())?.trim() ?? '';
    await link.click();
    await expect(page).toHaveURL(/\/purchase-orders\/[0-9a-f-]{36}$/);
    orderUrl = new URL(page.url()).pathname;
    await expect(page.getByRole('heading', { level: 1, name: orderNumber })).toBeVisible();
    await expect(page.getByRole('link', { name: `${requisitionNumber}/1 (20)` })).toBeVisible();

    await page.getByRole('button', { name: 'Submit for approval' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Submit for approval' }).click();
    await expect(page.getByText(`${orderNumber} submitted for approval`)).toBeVisible();
    await expect(page.getByText('Waiting for approval')).toBeVisible();

    // The buyer is offered no approval, and the server refuses one all the same.
    await expect(page.getByRole('button', { name: 'Approve' })).toHaveCount(0);
    const id = orderUrl.split('/').pop();
    const order = await (await page.request.get(`/api/v1/purchase-orders/${id}`)).json();
    const refused = await page.request.post(`/api/v1/purchase-orders/${id}/approve`, {
      headers: { 'if-match': `"v${order.version}"` },
      data: {},
    });
    expect(refused.status()).toBe(403);
    await page.context().close();
  });

  await test.step('the head approves the order and downloads its PDF', async () => {
    const page = await signInAs(browser, 'head@example.com', '/approvals');
    await page.getByRole('link', { name: orderNumber, exact: true }).click();
    await expect(page).toHaveURL(orderUrl);
    await page.getByRole('button', { name: 'Approve' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Approve' }).click();
    await expect(page.getByText(`${orderNumber} approved`)).toBeVisible();
    await expect(page.getByRole('button', { name: 'Approve' })).toHaveCount(0);

    const downloading = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Download PDF' }).click();
    const download = await downloading;
    expect(download.suggestedFilename()).toMatch(/\.pdf$/);
    const bytes = await fs.readFile(await download.path());
    expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const pdf = await getDocumentProxy(new Uint8Array(bytes));
    const { text } = await extractText(pdf, { mergePages: true });
    expect(text).toContain(orderNumber);
    // The page prints the delivery address as the PDF does, line for line.
    const shipTo = page
      .getByRole('region', { name: 'Delivery and billing' })
      .locator('address')
      .first()
      .locator('p');
    const lines = await shipTo.allTextContents();
    expect(lines.length).toBeGreaterThanOrEqual(3);
    const flat = text.replace(/\s+/g, ' ');
    for (const line of lines) expect(flat).toContain(line.replace(/\s+/g, ' '));

    // The same order as a UBL 2.1 Order document.
    const downloadingXml = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Download UBL XML' }).click();
    const xml = await fs.readFile(await (await downloadingXml).path(), 'utf8');
    expect(xml).toMatch(/^<\?xml/);
    expect(xml).toContain('urn:oasis:names:specification:ubl:schema:xsd:Order-2');
    expect(xml).toContain(orderNumber);
    await page.context().close();
  });
});
