import { type APIRequestContext, expect, request, test } from '@playwright/test';
import { DEMO_PASSWORD, signInAs, unique } from './helpers';

/** An API session of a demo user. */
async function apiAs(baseURL: string, email: string): Promise<APIRequestContext> {
  const api = await request.newContext({ baseURL });
  const login = await api.post('/api/v1/auth/login', { data: { email, password: DEMO_PASSWORD } });
  expect(login.status()).toBe(200);
  return api;
}

async function itemId(api: APIRequestContext, sku: string): Promise<string> {
  const found = await (await api.get(`/api/v1/items?q=${sku}`)).json();
  return found.items.find((i: { sku: string }) => i.sku === sku).id;
}

/**
 * Receiving at the dock: an order of 10 network switches (inspected on arrival) and 20 patch cables
 * is sent and shipped with a tracking number. The receiver scans the tracking number, is refused
 * 25 cables with the limit named, receives what the ship notice says, and corrects the cables by a
 * reversal; the inspector rejects 2 switches as damaged and returns them for a replacement (the
 * supplier is e-mailed); the order shows 8 accepted, 2 returned and the rest open.
 */
test('receive from a ship notice, refuse an over-receipt, reverse a mistake, inspect, reject and return', async ({
  browser,
  baseURL,
}) => {
  test.setTimeout(180_000);
  const tracking = unique('1Z');
  let orderId = '';
  let orderNumber = '';

  await test.step('an order of switches and cables is approved, sent and shipped', async () => {
    const buyer = await apiAs(baseURL!, 'buyer@example.com');
    const head = await apiAs(baseURL!, 'head@example.com');
    const suppliers = await (await buyer.get('/api/v1/suppliers?q=LABSOURCE')).json();
    const supplierId = suppliers.items.find((s: { code: string }) => s.code === 'LABSOURCE').id as string;
    const departments = await (await buyer.get('/api/v1/departments?q=OPS')).json();
    const departmentId = departments.items.find((d: { code: string }) => d.code === 'OPS').id as string;
    const created = await buyer.post('/api/v1/purchase-orders', {
      headers: { 'Idempotency-Key': unique('recv') },
      data: {
        supplierId,
        departmentId,
        lines: [
          { itemId: await itemId(buyer, 'ITH-2007'), quantity: '10', unitPrice: '899.00' },
          { itemId: await itemId(buyer, 'ITH-2009'), quantity: '20', unitPrice: '4.90' },
        ],
      },
    });
    expect(created.status(), await created.text()).toBe(201);
    let order = await created.json();
    orderId = order.id;
    orderNumber = order.number;
    const submit = await buyer.post(`/api/v1/purchase-orders/${orderId}/submit`, {
      headers: { 'If-Match': `"v${order.version}"` },
      data: {},
    });
    expect(submit.status(), await submit.text()).toBe(200);
    order = await submit.json();
    // 9,088 USD: the department head approves (the demo policy's first step, from 5,000).
    expect(order.status).toBe('pending_approval');
    const approved = await head.post(`/api/v1/purchase-orders/${orderId}/approve`, {
      headers: { 'If-Match': `"v${order.version}"` },
      data: {},
    });
    expect(approved.status(), await approved.text()).toBe(200);
    order = await approved.json();
    expect(order.status).toBe('approved');
    const sent = await buyer.post(`/api/v1/purchase-orders/${orderId}/send`, {
      headers: { 'If-Match': `"v${order.version}"` },
      data: {},
    });
    expect(sent.status(), await sent.text()).toBe(200);
    const notice = await buyer.post(`/api/v1/purchase-orders/${orderId}/ship-notices`, {
      data: {
        despatchDate: new Date().toISOString().slice(0, 10),
        carrier: 'UPS',
        trackingNumber: tracking,
        lines: [
          { lineNo: 1, quantity: '10' },
          { lineNo: 2, quantity: '20' },
        ],
      },
    });
    expect(notice.status(), await notice.text()).toBe(201);
    await Promise.all([buyer.dispose(), head.dispose()]);
  });

  const receiver = await signInAs(browser, 'receiver@example.com', '/receiving');

  await test.step('the receiver scans the tracking number: the order opens, prefilled from the ship notice', async () => {
    const search = receiver.getByLabel('Order, supplier, ship notice or tracking number');
    await expect(search).toBeFocused();
    await search.fill(tracking);
    await search.press('Enter');
    await expect(receiver.getByRole('link', { name: orderNumber })).toBeVisible();
    await expect(receiver.getByLabel('Quantity received of line 1')).toHaveValue('10');
    await expect(receiver.getByLabel('Quantity received of line 2')).toHaveValue('20');
  });

  await test.step('25 cables are refused with what is open and the limit named; nothing is recorded', async () => {
    await receiver.getByLabel('Quantity received of line 2').fill('25');
    await receiver.getByRole('button', { name: 'Receive', exact: true }).click();
    await expect(receiver.getByText(/20 Each open, at most 20 Each with the tolerance/)).toBeVisible();
    await receiver.getByLabel('Quantity received of line 2').fill('20');
    await receiver.getByRole('button', { name: 'Receive', exact: true }).click();
    await expect(receiver.getByText(/GR-\d{4}-\d{5} recorded against/)).toBeVisible();
  });

  await test.step('the cables were counted wrong: a reversal takes 5 back, with the reason', async () => {
    await receiver.goto(`/purchase-orders/${orderId}#receipts`);
    const card = receiver.locator('#receipts');
    await card.getByRole('button', { name: 'Reverse' }).click();
    const dialog = receiver.getByRole('dialog');
    // The switches await inspection: all 10 can still be taken back; only the cables are wrong.
    await dialog.getByLabel('Quantity to take back of line 1').fill('');
    await dialog.getByLabel('Quantity to take back of line 2').fill('5');
    await dialog.getByLabel('Reason').fill('Counted 15, typed 20');
    await dialog.getByRole('button', { name: 'Record the reversal' }).click();
    await expect(dialog).toBeHidden();
    await expect(card.getByText(/Reversal of GR-/)).toBeVisible();
    await expect(card.getByText('Counted 15, typed 20', { exact: false })).toBeVisible();
  });

  const inspector = await signInAs(browser, 'inspector@example.com', '/inspections');

  await test.step('the inspector rejects 2 of the 10 switches as damaged, with a photo', async () => {
    const form = inspector.getByRole('form', { name: /line 1$/ }).filter({ hasText: orderNumber });
    await expect(form).toBeVisible();
    await form.getByLabel('Rejected (EA)').fill('2');
    await expect(form.getByLabel('Accepted (EA)')).toHaveValue('8');
    await form.getByRole('textbox', { name: 'Reason for rejecting' }).click();
    await inspector.getByRole('option', { name: 'Damaged' }).click();
    await form.getByLabel('Details (optional)').fill('Crushed carton');
    await form.locator('input[type=file]').setInputFiles({
      name: 'crushed-carton.png',
      mimeType: 'image/png',
      buffer: Buffer.from(
        'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==',
        'base64',
      ),
    });
    await expect(form.getByRole('button', { name: /crushed-carton\.png/ })).toBeVisible();
    await form.getByRole('button', { name: 'Record inspection' }).click();
    await expect(inspector.getByText('Rejected goods are open again on the order.')).toBeVisible();
    await expect(form).toBeHidden();
  });

  let returnNumber = '';
  await test.step('the inspector returns the 2 switches for a replacement; the supplier is e-mailed', async () => {
    await inspector.getByRole('link', { name: 'Returns' }).first().click();
    const waiting = inspector.getByTestId(/^awaiting-return-GR-/).filter({ hasText: orderNumber });
    await expect(waiting).toContainText('2 EA');
    await expect(waiting).toContainText('Damaged');
    await waiting.getByRole('button', { name: 'Return to supplier' }).click();
    const dialog = inspector.getByRole('dialog');
    await expect(dialog.getByLabel('Quantity to send back of line 1')).toHaveValue('2');
    // The inspection's photo goes with the return: the supplier sees it in the portal.
    await expect(dialog.getByRole('checkbox', { name: 'crushed-carton.png' })).toBeChecked();
    await dialog.getByRole('button', { name: 'Return and tell the supplier' }).click();
    await expect(dialog.getByText('Say when the replacement should arrive')).toBeVisible();
    const due = new Date(Date.now() + 14 * 86_400_000).toISOString().slice(0, 10);
    await dialog.getByLabel('Replacement due').fill(due);
    await dialog.getByLabel('Note to the supplier').fill('Collected by our carrier');
    await dialog.getByRole('button', { name: 'Return and tell the supplier' }).click();
    await expect(dialog).toBeHidden();
    const made = inspector.getByTestId(/^return-RTV-/).filter({ hasText: orderNumber });
    await expect(made).toContainText('Replacement due');
    await expect(made.getByRole('button', { name: /crushed-carton\.png/ })).toBeVisible();
    returnNumber = ((await made.getAttribute('data-testid')) ?? '').replace('return-', '');
    expect(returnNumber).toMatch(/^RTV-\d{4}-\d{5}$/);
    const admin = await apiAs(baseURL!, 'admin@example.com');
    const outbox = await (await admin.get('/api/v1/outbox?limit=50')).json();
    expect(outbox.items.map((m: { subject: string }) => m.subject)).toContain(
      `Return ${returnNumber} for order ${orderNumber}`,
    );
    await admin.dispose();
  });

  await test.step('the order shows 8 accepted, 2 returned and what is still open', async () => {
    await receiver.goto(`/purchase-orders/${orderId}`);
    const lines = receiver.getByRole('table', { name: 'Order lines' });
    await expect(lines.getByText('2 rejected')).toBeVisible();
    await expect(lines.getByText('2 returned, replacement expected')).toBeVisible();
    await expect(receiver.getByLabel('Received 80.00%')).toBeVisible();
    const card = receiver.locator('#receipts');
    await expect(card.getByText('2 rejected — Damaged: Crushed carton')).toBeVisible();
    await expect(card.getByTestId(`return-${returnNumber}`)).toContainText('Damaged: Crushed carton');
    await expect(receiver.getByText('Partially received').first()).toBeVisible();
  });
});
