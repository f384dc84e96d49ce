import { expect, type Page, test } from '@playwright/test';
import { signIn } from './helpers';

/** How wide the page is against the window: wider means it scrolls sideways. */
function pageWidth(page: Page): Promise<{ scrollWidth: number; clientWidth: number }> {
  // Runs in the browser; the test's TypeScript has no DOM types, so it is given as text.
  return page.evaluate(
    '({ scrollWidth: document.documentElement.scrollWidth, clientWidth: document.documentElement.clientWidth })',
  );
}

/**
 * Every page at the width of a phone held upright (390 × 844): none scrolls sideways, and lists
 * are cards, not tables whose columns hide off-screen. The administrator may open every page;
 * pages of one record open the first record of their list.
 */
test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });

const STATIC_ROUTES = [
  '/',
  '/requisitions?view=all',
  '/requisitions/new',
  '/approvals',
  '/workbench',
  '/purchase-orders',
  '/purchase-orders/new',
  '/suppliers',
  '/suppliers/new',
  '/catalog/items',
  '/catalog/items/new',
  '/catalog/categories',
  '/catalog/units',
  '/catalog/price-lists',
  '/organisation/departments',
  '/organisation/cost-centres',
  '/organisation/budgets',
  '/organisation/currencies',
  '/organisation/settings',
  '/admin/users',
  '/admin/users/new',
  '/admin/roles',
  '/admin/approval-policies',
  '/admin/approval-policies/new',
  '/admin/api-tokens',
  '/admin/outbox',
  '/admin/webhooks',
  '/notifications',
  '/audit',
  '/reports/spend',
  '/account',
];

/** Lists shown as cards on a phone (their accessible name), by route; the demo has rows in each. */
const CARD_LISTS: Record<string, string> = {
  '/purchase-orders': 'Purchase orders',
  '/requisitions?view=all': 'Requisitions',
  '/suppliers': 'Suppliers',
};

/** Pages of one record: the first record of each list, read through the API. */
async function recordRoutes(page: Page): Promise<string[]> {
  const first = async (path: string) => {
    const res = await page.request.get(`/api/v1${path}${path.includes('?') ? '&' : '?'}limit=1`);
    expect(res.status(), path).toBe(200);
    const body = await res.json();
    const items = Array.isArray(body) ? body : body.items;
    return items[0]?.id as string | undefined;
  };
  const routes: string[] = [];
  for (const [api, route, suffixes] of [
    ['/purchase-orders', '/purchase-orders', ['', '/edit']],
    ['/requisitions?view=all', '/requisitions', ['', '/edit']],
    ['/suppliers', '/suppliers', ['', '/edit']],
    ['/items', '/catalog/items', ['', '/edit']],
    ['/departments', '/organisation/departments', ['']],
    ['/users', '/admin/users', ['']],
    ['/approval-policies', '/admin/approval-policies', ['']],
  ] as const) {
    const id = await first(api);
    expect(id, `a record of ${api}`).toBeTruthy();
    for (const suffix of suffixes) routes.push(`${route}/${id}${suffix}`);
  }
  return routes;
}

test('no page scrolls sideways at 390 px, and lists are cards', async ({ page }) => {
  test.setTimeout(240_000);
  await signIn(page, 'admin@example.com');
  const routes = [...STATIC_ROUTES, ...(await recordRoutes(page))];
  const wide: string[] = [];
  for (const route of routes) {
    await page.goto(route);
    await expect(page.getByRole('heading', { level: 1 }).first()).toBeVisible();
    await page.waitForLoadState('networkidle');
    const { scrollWidth, clientWidth } = await pageWidth(page);
    if (scrollWidth > clientWidth) wide.push(`${route}: ${scrollWidth} px wide in ${clientWidth}`);
    const list = CARD_LISTS[route];
    if (list) await expect(page.getByRole('list', { name: list }), route).toBeVisible();
    // Where a list has rows on a phone, they are cards.
    await expect(
      page.getByRole('table', { name: CARD_LISTS[route] ?? 'Documents awaiting my approval' }),
      route,
    ).toHaveCount(0);
  }
  expect(wide).toEqual([]);
});

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
