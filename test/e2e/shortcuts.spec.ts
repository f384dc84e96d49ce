import { expect, test } from '@playwright/test';
import { signInAs } from './helpers';

/**
 * The keyboard way round: Ctrl+K finds an order by its number and Enter opens it; `?` lists the
 * shortcuts; `g` `p` goes to the orders and `/` lands in their search box; none fires while typing.
 */
test('the command palette and the shortcuts take a buyer anywhere without the mouse', async ({ browser }) => {
  const page = await signInAs(browser, 'buyer@example.com', '/');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  const orders = (await (await page.request.get('/api/v1/purchase-orders?limit=5')).json()) as {
    items: { id: string; number: string }[];
  };
  const target = orders.items[0]!;

  // The header is there: the page is ready for the keyboard.
  await expect(page.getByRole('button', { name: 'Search everything' })).toBeVisible();
  const search = page.getByRole('textbox', { name: 'Search everything' });
  await expect(async () => {
    if (!(await search.isVisible())) await page.keyboard.press('ControlOrMeta+KeyK');
    await expect(search).toBeFocused({ timeout: 1000 });
  }).toPass({ timeout: 10_000 });
  await search.fill(target.number);
  await expect(page.getByRole('button', { name: `Purchase order ${target.number}` })).toBeVisible();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(new RegExp(`/purchase-orders/${target.id}$`));
  await expect(page.getByRole('heading', { level: 1, name: target.number })).toBeVisible();
  await expect(search).toBeHidden();

  await page.keyboard.press('Shift+Slash');
  const help = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
  await expect(help).toBeVisible();
  await expect(help.getByText('Go to Purchase orders')).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(help).toBeHidden();

  await page.keyboard.press('g');
  await page.keyboard.press('s');
  await expect(page).toHaveURL(/\/suppliers$/);
  await page.keyboard.press('g');
  await page.keyboard.press('p');
  await expect(page).toHaveURL(/\/purchase-orders$/);
  const box = page.getByRole('textbox', { name: 'Search purchase orders' });
  await expect(box).toBeVisible();
  await page.keyboard.press('/');
  await expect(box).toBeFocused();
  // Typed into a field, "g" and "s" are letters, not a way to the suppliers.
  await page.keyboard.type('gs');
  await expect(box).toHaveValue('gs');
  await expect(page).toHaveURL(/\/purchase-orders/);
  await page.context().close();
});
