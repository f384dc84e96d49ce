import { expect, type Page, type Request, test } from '@playwright/test';
import axe, { type AxeResults, type RunOptions } from 'axe-core';
import { DEMO_PASSWORD, pageWidth, signIn } from './helpers';

/**
 * Every page, as the administrator (who may open them all; pages of one record open the first
 * record of their list), at a desktop width in English and the dark theme, and at a phone's
 * (390 × 844) in German and the light theme: axe finds no critical or serious accessibility problem
 * (WCAG 2.1 A and AA rules), no page scrolls sideways on the phone — in German, whose words are the
 * longest the app has to fit —, and lists there are cards, not tables whose columns hide off-screen.
 */

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
  '/organisation/tolerances',
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
  '/reports/grni',
  '/reports/ap-aging',
  '/account',
  '/tracking',
  '/receiving?q=PO-2026',
  '/inspections',
  '/returns',
  '/invoices/new',
  '/invoices/import',
  '/invoices?tab=all',
  '/invoice-exceptions',
  '/payment-runs',
  '/payments',
  '/reports/discounts',
  '/reports/exchange-differences',
  '/suppliers/scorecards',
  '/organisation/scorecard-settings',
];

/** Lists shown as cards on a phone (their accessible name, in German), by route; the demo has rows in each. */
const CARD_LISTS: Record<string, string> = {
  '/purchase-orders': 'Bestellungen',
  '/requisitions?view=all': 'Bestellanforderungen',
  '/suppliers': 'Lieferanten',
  '/invoices?tab=all': 'Rechnungen',
  '/invoice-exceptions': 'Rechnungen',
  '/suppliers/scorecards': 'Lieferantenbewertungen',
};

/**
 * The list checked with its first row under the mouse (at the desktop width, in the dark theme): a
 * row's links must read on its hover highlight too. Every list's table is the same component.
 */
const HOVERED_LIST = { route: '/suppliers', table: 'Suppliers' };

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
    ['/payment-runs', '/payment-runs', ['']],
    // An exception: its alerts, its match beside the order and its actions.
    ['/invoices?status=exception', '/invoices', ['']],
  ] as const) {
    const id = await first(api);
    expect(id, `a record of ${api}`).toBeTruthy();
    for (const suffix of suffixes) routes.push(`${route}/${id}${suffix}`);
  }
  // The best-graded supplier: its page with a scorecard of every figure.
  const graded = await page.request.get('/api/v1/scorecards?limit=1');
  const supplier = (await graded.json()).items[0]?.supplier.id as string | undefined;
  expect(supplier, 'a graded supplier').toBeTruthy();
  routes.push(`/suppliers/${supplier}`);
  // An invoice entered against the first order sent to its supplier: its lines filled in.
  const sent = await page.request.get('/api/v1/purchase-orders?status=sent&limit=1');
  const order = (await sent.json()).items[0]?.id as string | undefined;
  expect(order, 'a sent order').toBeTruthy();
  routes.push(`/invoices/new?order=${order}`);
  return routes;
}

/** What axe checks: the WCAG 2.1 A and AA rules and its best practices. */
const AXE_OPTIONS: RunOptions = {
  runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] },
  // Every rule runs on every element all the same; only the findings are described in full (a
  // selector for each element that passes took a quarter of a run).
  resultTypes: ['violations'],
};

/**
 * The critical and serious axe findings of the page, one line each. The header and the menu are
 * the same on every page: they are checked with the home page (`whole`), the other pages' own
 * content is checked below them.
 */
async function axeFindings(page: Page, route: string, whole: boolean): Promise<string[]> {
  // axe-core is loaded once into the app (the pages after the first are opened in the same document).
  if (!(await page.evaluate('typeof window.axe === "object"'))) await page.evaluate(axe.source);
  const { violations } = (await page.evaluate(
    `axe.run(${whole ? 'document' : "'#main-content'"}, ${JSON.stringify(AXE_OPTIONS)})`,
  )) as AxeResults;
  return violations
    .filter((v) => v.impact === 'critical' || v.impact === 'serious')
    .map(
      (v) =>
        `${route}: ${v.impact} ${v.id} (${v.help}) at ${v.nodes
          .slice(0, 3)
          .map((n) => n.target.join(' '))
          .join(', ')}`,
    );
}

/**
 * Waits until the page has no request open (but the live-update stream, which stays open as long as
 * the page) and has had none for a moment, as a page whose queries have all answered.
 */
function networkWatch(page: Page): () => Promise<void> {
  const open = new Set<Request>();
  let changed = Date.now();
  const counted = (request: Request) => !request.url().includes('/api/v1/events/stream');
  page.on('request', (request) => {
    if (!counted(request)) return;
    open.add(request);
    changed = Date.now();
  });
  const done = (request: Request) => {
    if (open.delete(request)) changed = Date.now();
  };
  page.on('requestfinished', done);
  page.on('requestfailed', done);
  return async () => {
    const until = Date.now() + 15_000;
    while (open.size > 0 || Date.now() - changed < 250) {
      if (Date.now() > until)
        throw new Error(`Requests still open: ${[...open].map((r) => r.url()).join(', ')}`);
      await new Promise((resolve) => setTimeout(resolve, 25));
    }
  };
}

/**
 * In the browser: waits, frame by frame, until the page shows its own heading (not one of the page
 * left) and no spinner; false if it still does not after 15 seconds.
 */
const READY = `new Promise((resolve) => {
  const shown = (e) => e.getClientRects().length > 0 && e.checkVisibility({ visibilityProperty: true });
  const ready = () =>
    [...document.querySelectorAll('h1:not([data-left])')].some(shown) &&
    ![...document.querySelectorAll('.mantine-Loader-root')].some(shown);
  const until = performance.now() + 15000;
  const check = () =>
    ready() ? resolve(true) : performance.now() > until ? resolve(false) : requestAnimationFrame(check);
  check();
})`;

/**
 * Signs the administrator in (through the API: the sign-in page is not one of the pages checked)
 * and returns what opens a page and waits until it shows its own heading, has loaded what it asks
 * for and shows no spinner. The first page loads the app; the next ones are opened as the app's
 * links open them, through its router, without loading the app again.
 */
async function signedIn(page: Page): Promise<(route: string) => Promise<void>> {
  const login = await page.request.post('/api/v1/auth/login', {
    data: { email: 'admin@example.com', password: DEMO_PASSWORD },
  });
  expect(login.status()).toBe(200);
  const settled = networkWatch(page);
  const ready = async (route: string) =>
    expect(await page.evaluate(READY), `${route} shows its heading and no spinner`).toBe(true);
  return async (route) => {
    if (page.url() === 'about:blank') {
      await page.goto(route);
    } else {
      // The headings of the page being left are marked: the one waited for is the next page's.
      await page.evaluate(`for (const h of document.querySelectorAll('h1')) h.setAttribute('data-left', '');
        history.pushState(null, '', ${JSON.stringify(route)});
        dispatchEvent(new PopStateEvent('popstate'))`);
      await expect(page, route).toHaveURL(route);
    }
    await ready(route);
    await settled();
    await ready(route);
  };
}

/** The pages in groups of about ten, one test each, so a slow machine stays within a test's time. */
const GROUPS: { name: string; routes: (page: Page) => Promise<string[]> }[] = [
  { name: 'documents and lists', routes: async () => STATIC_ROUTES.slice(0, 11) },
  { name: 'catalog and organisation', routes: async () => STATIC_ROUTES.slice(11, 21) },
  { name: 'administration and the rest', routes: async () => STATIC_ROUTES.slice(21) },
  { name: 'one record of each kind', routes: recordRoutes },
];

test.describe('at 1440 × 900, in the dark theme', () => {
  // The phone pass below runs in the light theme: together they check both.
  test.use({ viewport: { width: 1440, height: 900 }, colorScheme: 'dark' });

  for (const group of GROUPS) {
    test(`no page has a critical or serious accessibility problem: ${group.name}`, async ({ page }) => {
      test.setTimeout(240_000);
      const open = await signedIn(page);
      const findings: string[] = [];
      for (const route of await group.routes(page)) {
        await open(route);
        const hovered = route === HOVERED_LIST.route;
        if (hovered) {
          const table = page.getByRole('table', { name: HOVERED_LIST.table });
          await table.getByRole('link').first().hover();
        }
        findings.push(...(await axeFindings(page, route, route === '/')));
        // The next pages are checked with the mouse in the corner (no tooltip opening while axe runs).
        if (hovered) await page.mouse.move(0, 0);
      }
      expect(findings).toEqual([]);
    });
  }
});

test.describe('at 390 × 844, in German', () => {
  test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, locale: 'de-DE' });

  for (const group of GROUPS) {
    test(`no page scrolls sideways, lists are cards, no critical or serious accessibility problem: ${group.name}`, async ({
      page,
    }) => {
      test.setTimeout(240_000);
      const open = await signedIn(page);
      const wide: string[] = [];
      const findings: string[] = [];
      for (const route of await group.routes(page)) {
        await open(route);
        await expect(page.locator('html'), route).toHaveAttribute('lang', 'de');
        const { scrollWidth, clientWidth } = await pageWidth(page);
        if (scrollWidth > clientWidth) wide.push(`${route}: ${scrollWidth} px wide in ${clientWidth}`);
        const list = CARD_LISTS[route];
        if (list) await expect(page.getByRole('list', { name: list }), route).toBeVisible();
        // Where a list has rows on a phone, they are cards.
        await expect(
          page.getByRole('table', {
            name: CARD_LISTS[route] ?? 'Dokumente, die auf meine Genehmigung warten',
          }),
          route,
        ).toHaveCount(0);
        findings.push(...(await axeFindings(page, route, route === '/')));
      }
      expect(wide).toEqual([]);
      expect(findings).toEqual([]);
    });
  }
});

test('the keyboard: a skip link first, and dropdowns that open on typing or Enter, not on focus', async ({
  page,
}) => {
  await signIn(page, 'buyer@example.com', '/purchase-orders/new');
  // A fresh load, as when arriving from a link: the first Tab reaches the skip link.
  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Skip to main content' });
  await expect(skip).toBeFocused();
  await expect(skip).toBeInViewport();
  await page.keyboard.press('Enter');
  await expect(page.locator('#main-content')).toBeFocused();

  // Reaching a field with Tab opens nothing; Enter opens its list, Escape closes it.
  const currency = page.getByRole('textbox', { name: 'Currency' });
  await currency.focus();
  await expect(page.getByRole('listbox')).toHaveCount(0);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('listbox')).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('listbox')).toHaveCount(0);
  // Typing into a searching field opens what matches.
  const supplier = page.getByRole('textbox', { name: 'Supplier' });
  await supplier.focus();
  await expect(page.getByRole('listbox')).toHaveCount(0);
  await page.keyboard.type('TECH');
  await expect(page.getByRole('option', { name: /^TECHSERV · / })).toBeVisible();
});
