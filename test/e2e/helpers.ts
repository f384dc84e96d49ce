import { type Browser, expect, type Locator, type Page, request } from '@playwright/test';

export const DEMO_PASSWORD = 'openpo-demo';

/** Signs in through the login page as one of the demo users. */
export async function signIn(page: Page, email: string, target = '/'): Promise<void> {
  await page.goto(target);
  await expect(page).toHaveURL(/\/login/);
  await page.getByLabel('E-mail').fill(email);
  await page.getByLabel('Password').fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page).not.toHaveURL(/\/login/);
}

/** A value no other run of the journeys has used. */
export function unique(prefix: string): string {
  return `${prefix}-${Date.now().toString(36).toUpperCase()}`;
}

/** Signs in as a demo user in a fresh browser context (its own session), on the page at `target`. */
export async function signInAs(browser: Browser, email: string, target = '/'): Promise<Page> {
  const context = await browser.newContext({ acceptDownloads: true });
  const page = await context.newPage();
  await signIn(page, email, target);
  return page;
}

/**
 * Sets the time the journeys' server lives in (it runs with OPENPO_TEST_CLOCK), or puts it back
 * with null, as the demo administrator through the API. Sessions idle for more than 30 minutes of
 * the server's time end, so pages open before a move sign in again after it.
 */
export async function setServerClock(baseURL: string, now: Date | null): Promise<void> {
  const api = await request.newContext({ baseURL });
  try {
    const login = await api.post('/api/v1/auth/login', {
      data: { email: 'admin@example.com', password: DEMO_PASSWORD },
    });
    expect(login.status()).toBe(200);
    const moved = await api.put('/api/v1/test/clock', { data: { now: now ? now.toISOString() : null } });
    expect(moved.status(), await moved.text()).toBe(200);
  } finally {
    await api.dispose();
  }
}

/** Signs out with the header's button and waits for the login page. */
export async function signOut(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Sign out' }).click();
  await expect(page).toHaveURL(/\/login/);
}

/**
 * Chooses an option of a searchable select (a Mantine Select, local or searching the server as the
 * user types): types `search` into it and clicks the option whose name matches `option`.
 */
export async function pickOption(page: Page, input: Locator, search: string, option: RegExp): Promise<void> {
  await input.click();
  await input.fill(search);
  await page.getByRole('option', { name: option }).click();
  await expect(page.getByRole('listbox')).toHaveCount(0);
}

/**
 * Picks an item on a line of the order form and waits for the price look-up, which fills the list
 * price or notes under the line that there is none (typing a price before it lands gets overwritten).
 */
export async function pickItem(page: Page, line: number, sku: string, name: RegExp) {
  await pickOption(page, page.getByRole('textbox', { name: `Line ${line} item` }), sku, new RegExp(sku));
  await expect(page.getByRole('textbox', { name: `Line ${line} description` })).toHaveValue(name);
  const price = page.getByRole('textbox', { name: `Line ${line} unit price` });
  const noPrice = page.getByText(/The supplier has no valid \w{3} price/);
  await expect.poll(async () => (await price.inputValue()) !== '' || (await noPrice.count()) > 0).toBe(true);
}

/** How wide the page is against the window: wider means it scrolls sideways. */
export function pageWidth(page: Page): Promise<{ scrollWidth: number; clientWidth: number }> {
  // Runs in the browser; the test's TypeScript has no DOM types, so it is given as text.
  return page.evaluate(
    '({ scrollWidth: document.documentElement.scrollWidth, clientWidth: document.documentElement.clientWidth })',
  );
}
