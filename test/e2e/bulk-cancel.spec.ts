import { expect, test } from '@playwright/test';
import { signInAs, unique } from './helpers';

/**
 * A buyer clears two stale drafts from the order list at once: picks them, gives one reason, and
 * both are cancelled with it (each with its own version); other states cannot be picked.
 */
test('two drafts picked on the list are cancelled together with one reason', async ({ browser }) => {
  const page = await signInAs(browser, 'buyer@example.com', '/');
  const api = page.request;
  const supplier = (await (await api.get('/api/v1/suppliers?q=TECHSERV')).json()).items[0];
  const itemId = (await (await api.get('/api/v1/items?q=SRV-9502')).json()).items[0].id as string;
  const drafts: { id: string; number: string }[] = [];
  for (const n of [1, 2]) {
    const created = await api.post('/api/v1/purchase-orders', {
      headers: { 'Idempotency-Key': unique(`bulk-${n}`) },
      data: { supplierId: supplier.id, lines: [{ itemId, quantity: '1', unitPrice: '165.00' }] },
    });
    expect(created.status()).toBe(201);
    drafts.push(await created.json());
  }

  await page.goto('/purchase-orders?status=draft');
  for (const d of drafts) await page.getByRole('checkbox', { name: `Select ${d.number}` }).check();
  await page.getByRole('button', { name: 'Cancel 2 drafts…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Cancel 2 drafts?' });
  await dialog.getByRole('textbox').fill('Duplicates of the quote request');
  await dialog.getByRole('button', { name: 'Cancel 2 drafts' }).click();
  await expect(page.getByText('2 of 2 drafts cancelled')).toBeVisible();
  for (const d of drafts) {
    const order = await (await api.get(`/api/v1/purchase-orders/${d.id}`)).json();
    expect(order.status).toBe('cancelled');
    expect(order.cancelReason).toBe('Duplicates of the quote request');
    await expect(page.getByRole('link', { name: d.number })).toHaveCount(0);
  }
  // Only drafts can be picked.
  await page.goto('/purchase-orders?status=approved');
  await expect(page.getByRole('link', { name: /^PO-/ }).first()).toBeVisible();
  await expect(page.getByRole('checkbox', { name: /^Select PO-/ })).toHaveCount(0);
  await page.context().close();
});

/** A requester clears two of their own draft requisitions at once from "My requisitions". */
test('two draft requisitions picked on the list are cancelled together with one reason', async ({
  browser,
}) => {
  const page = await signInAs(browser, 'requester@example.com', '/');
  const api = page.request;
  const me = await (await api.get('/api/v1/auth/me')).json();
  const costCentre = (
    await (await api.get(`/api/v1/cost-centres?departmentId=${me.user.departmentId}&limit=1`)).json()
  ).items[0];
  const itemId = (await (await api.get('/api/v1/items?q=SRV-9502')).json()).items[0].id as string;
  const drafts: { id: string; number: string }[] = [];
  for (const n of [1, 2]) {
    const created = await api.post('/api/v1/requisitions', {
      headers: { 'Idempotency-Key': unique(`bulk-req-${n}`) },
      data: {
        costCentreId: costCentre.id,
        justification: `Duplicate request ${n}`,
        lines: [{ itemId, quantity: '1', estimatedUnitPrice: '165.00', neededBy: '2027-03-01' }],
      },
    });
    expect(created.status()).toBe(201);
    drafts.push(await created.json());
  }

  await page.goto('/requisitions?status=draft');
  for (const d of drafts) await page.getByRole('checkbox', { name: `Select ${d.number}` }).check();
  await page.getByRole('button', { name: 'Cancel 2 drafts…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Cancel 2 drafts?' });
  await dialog.getByRole('textbox').fill('Raised twice by mistake');
  await dialog.getByRole('button', { name: 'Cancel 2 drafts' }).click();
  await expect(page.getByText('2 of 2 drafts cancelled')).toBeVisible();
  for (const d of drafts) {
    const requisition = await (await api.get(`/api/v1/requisitions/${d.id}`)).json();
    expect(requisition.status).toBe('cancelled');
    expect(requisition.cancelReason).toBe('Raised twice by mistake');
    await expect(page.getByRole('link', { name: d.number })).toHaveCount(0);
  }
  await page.context().close();
});
