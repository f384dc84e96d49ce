import path from 'node:path';
import { type APIRequestContext, expect, type Page, test } from '@playwright/test';
import axe, { type AxeResults } from 'axe-core';
import { signIn, signInAs, unique } from './helpers';

/**
 * A buyer compares suppliers: Suppliers → Scorecards grades the demo's suppliers with months of
 * history (Industrial Supply A … QuickParts D, the rest not graded for want of orders); sorted by
 * OTIF, QuickParts is last of the graded; its scorecard opens on its page, and OTIF drills down
 * to the lines that were late or short, each naming its order, which opens.
 * Then a buyer puts PolymerX (grade C) on hold for its scorecard, which its history keeps in words,
 * and an approver reads QuickParts' low grade on the route of an order submitted to it.
 * E2E_SCREENSHOTS=1 also writes the documentation's screenshots (docs/screenshots/scorecard*.png).
 */
const SCREENSHOTS = process.env.E2E_SCREENSHOTS === '1';
const DOCS = path.resolve(import.meta.dirname, '../../docs/screenshots');

async function seriousFindings(page: Page): Promise<string[]> {
  if (!(await page.evaluate('typeof window.axe === "object"'))) await page.evaluate(axe.source);
  const { violations } = (await page.evaluate(
    `axe.run(document, ${JSON.stringify({
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
      resultTypes: ['violations'],
    })})`,
  )) as AxeResults;
  return violations
    .filter((v) => v.impact === 'critical' || v.impact === 'serious')
    .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

test('a buyer compares suppliers’ grades and drills a supplier’s OTIF down to the orders', async ({
  page,
}) => {
  test.setTimeout(120_000);
  await page.setViewportSize({ width: 1440, height: 900 });
  await signIn(page, 'buyer@example.com');

  const table = page.getByRole('table', { name: 'Supplier scorecards' });
  const row = (name: string) => table.getByRole('row').filter({ has: page.getByRole('link', { name }) });

  await test.step('Suppliers → Scorecards grades the suppliers of the last 12 months', async () => {
    await page.getByRole('link', { name: 'Scorecards', exact: true }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Supplier scorecards' })).toBeVisible();
    await expect(page.getByRole('textbox', { name: 'Period' })).toHaveValue('Last 12 months');
    await expect(row('Industrial Supply Co.').getByRole('img', { name: /^Grade A, score/ })).toBeVisible();
    await expect(row('BoxMaster Packaging Solutions').getByRole('img', { name: /^Grade B/ })).toBeVisible();
    await expect(row('PolymerX Materials Inc.').getByRole('img', { name: /^Grade C/ })).toBeVisible();
    await expect(row('QuickParts Online Inc.').getByRole('img', { name: /^Grade D/ })).toBeVisible();
    // Best first; a supplier with too few orders says so instead of a score.
    await expect(table.getByRole('row').nth(1)).toContainText('Industrial Supply Co.');
    await expect(row('Offix Business Supplies LLC')).toContainText('Not enough data');
    await expect(row('Offix Business Supplies LLC').getByRole('img', { name: /^Not graded/ })).toBeVisible();
    await expect(page.getByRole('region', { name: 'Suppliers compared' })).toBeVisible();
    if (SCREENSHOTS) await page.screenshot({ path: path.join(DOCS, 'scorecards.png'), fullPage: true });
  });

  await test.step('sorted by OTIF, QuickParts comes last of the graded suppliers', async () => {
    await table.getByRole('button', { name: 'OTIF' }).click();
    await expect(page).toHaveURL(/[?&]sort=otif/);
    await expect(table.getByRole('columnheader', { name: 'OTIF' })).toHaveAttribute(
      'aria-sort',
      'descending',
    );
    const suppliers = await table.getByRole('row').locator('td:first-child a').allTextContents();
    const graded = [
      'Industrial Supply Co.',
      'BoxMaster Packaging Solutions',
      'PolymerX Materials Inc.',
      'QuickParts Online Inc.',
    ];
    expect(suppliers.filter((s) => graded.includes(s))).toEqual(graded);
  });

  let orderNumber = '';
  await test.step('QuickParts’ scorecard: grade D, OTIF 12.5 % of 8 lines', async () => {
    await row('QuickParts Online Inc.').getByRole('link', { name: 'QuickParts Online Inc.' }).click();
    await expect(page).toHaveURL(/\/suppliers\/[0-9a-f-]{36}.*#scorecard$/);
    const card = page.getByRole('region', { name: 'Scorecard' });
    await expect(card.getByTestId('scorecard-score')).toContainText('47.3');
    await expect(card.getByRole('img', { name: /^Grade D/ })).toBeVisible();
    await expect(card.getByTestId('measure-onTime')).toContainText('1 of 8 lines');
    await expect(card.getByTestId('measure-onTime')).toContainText('weight 25');

    await card.getByTestId('detail-otif').click();
    await expect(page).toHaveURL(/[?&]drill=otif/);
    const drawer = page.getByRole('dialog', { name: 'OTIF of QuickParts Online Inc.' });
    await expect(drawer.getByTestId('drill-down-summary')).toHaveText(
      'OTIF 12.5%: 1 of 8 lines — these 7 were late or short',
    );
    const rows = drawer.getByTestId('drill-down-row');
    await expect(rows).toHaveCount(8);
    // Failures first, each naming its order, when it was due and came, and what was short.
    await expect(rows.first().getByRole('img', { name: 'Counted against the supplier' })).toBeVisible();
    await expect(rows.first()).toContainText(
      /Due \d+ \w{3} \d{4} \(promised\), complete \d+ \w{3} \d{4}: \d+ days late/,
    );
    await expect(drawer.getByText(/^Short by 10 of 40$/)).toBeVisible();
    await expect(rows.last().getByRole('img', { name: 'Counted for the supplier' })).toBeVisible();
    expect(await seriousFindings(page)).toEqual([]);
    if (SCREENSHOTS) await page.screenshot({ path: path.join(DOCS, 'scorecard-drill-down.png') });

    await drawer.getByText('For the supplier').click();
    await expect(rows).toHaveCount(1);
    await drawer.getByText('Against the supplier').click();
    await expect(rows).toHaveCount(7);
    orderNumber = (await rows.first().getByRole('link').first().textContent()) ?? '';
    expect(orderNumber).toMatch(/^PO-\d{4}-\d{5}$/);
  });

  await test.step('an order named there opens', async () => {
    await page.getByRole('dialog').getByRole('link', { name: orderNumber, exact: true }).first().click();
    await expect(page.getByRole('heading', { level: 1, name: orderNumber })).toBeVisible();
    await expect(page.getByText('QuickParts Online Inc.').first()).toBeVisible();
  });
});

/** A demo supplier by its code, as the API gives it. */
async function supplierByCode(api: APIRequestContext, code: string) {
  const found = await (await api.get(`/api/v1/suppliers?q=${code}`)).json();
  return found.items.find((s: { code: string }) => s.code === code) as {
    id: string;
    version: number;
    status: string;
  };
}

/** Makes a demo supplier active again through the API (journeys after this one order from it). */
async function activate(api: APIRequestContext, code: string) {
  const supplier = await supplierByCode(api, code);
  if (supplier.status === 'active') return;
  const res = await api.post(`/api/v1/suppliers/${supplier.id}/activate`, {
    headers: { 'If-Match': `"v${supplier.version}"` },
    data: {},
  });
  expect(res.status(), await res.text()).toBe(200);
}

test('a buyer holds a supplier for its scorecard; an approver reads a low grade on the route', async ({
  page,
  browser,
}) => {
  test.setTimeout(120_000);
  await page.setViewportSize({ width: 1440, height: 900 });
  await signIn(page, 'buyer@example.com');
  const api = page.request;
  // A retry finds PolymerX as the first try left it.
  await activate(api, 'POLYMERX');

  await test.step('PolymerX is put on hold for its scorecard, which its history keeps in words', async () => {
    const polymerX = await supplierByCode(api, 'POLYMERX');
    const reason = 'Late deliveries and material rejected at inspection all year';
    try {
      await page.goto(`/suppliers/${polymerX.id}#scorecard`);
      const card = page.getByRole('region', { name: 'Scorecard' });
      await expect(card.getByRole('img', { name: /^Grade C/ })).toBeVisible();
      await card.getByRole('button', { name: 'Hold for scorecard' }).click();
      const dialog = page.getByRole('dialog', {
        name: 'Put PolymerX Materials Inc. on hold for its scorecard',
      });
      await expect(dialog).toContainText('new purchase orders to it show a warning');
      await expect(dialog.getByTestId('scorecard-kept')).toHaveText(
        /^12 months, \w{3} \d{4} – \w{3} \d{4}: grade C, score \d+\.\d, \d+ orders — On time \d+\.\d% · In full /,
      );
      expect(await seriousFindings(page)).toEqual([]);
      const reasonBox = dialog.getByRole('textbox', {
        name: 'What in the scorecard puts the supplier on hold',
      });
      await reasonBox.fill(reason);
      if (SCREENSHOTS) await page.screenshot({ path: path.join(DOCS, 'scorecard-hold.png') });
      // A reason is required.
      await reasonBox.fill('');
      await dialog.getByRole('button', { name: 'Hold for scorecard' }).click();
      await expect(dialog.getByText('A reason is required')).toBeVisible();
      await reasonBox.fill(reason);
      await dialog.getByRole('button', { name: 'Hold for scorecard' }).click();
      await expect(dialog).toBeHidden();
      await expect(page.getByRole('alert').filter({ hasText: 'Supplier on hold' })).toBeVisible();

      const badge = page.getByRole('heading', { level: 1 }).locator('xpath=following-sibling::*[1]');
      await expect(badge).toHaveText('On hold');
      await expect(card.getByRole('button', { name: 'Hold for scorecard' })).toHaveCount(0);
      const entry = page
        .getByRole('table', { name: /^Changes: / })
        .filter({ hasText: 'Scorecard at the hold' })
        .first();
      await expect(entry).toContainText(
        /Scorecard at the hold.*12 months, .*: grade C, score \d+\.\d, \d+ orders — On time/,
      );
      await expect(entry).not.toContainText('{');
      await expect(page.getByRole('alert').filter({ hasText: `On hold: ${reason}` })).toBeVisible();
      if (SCREENSHOTS) {
        // The History section down to the hold's entry (page coordinates: the whole page is taken).
        const history = page.locator('section').filter({
          has: page.getByRole('heading', { name: 'History', exact: true }),
        });
        const toast = page.getByRole('alert').filter({ hasText: 'Supplier on hold' });
        await toast.getByRole('button').click();
        await expect(toast).toBeHidden();
        const scrollY = (await page.evaluate('window.scrollY')) as number;
        const top = (await history.boundingBox())!;
        const bottom = (await entry.boundingBox())!;
        await page.screenshot({
          path: path.join(DOCS, 'scorecard-hold-history.png'),
          fullPage: true,
          clip: {
            x: top.x,
            y: top.y + scrollY,
            width: top.width,
            height: bottom.y + bottom.height - top.y + 24,
          },
        });
      }
    } finally {
      await activate(api, 'POLYMERX');
    }
  });

  await test.step('the approver of an order to QuickParts (grade D) reads the grade on its route', async () => {
    const quickParts = await supplierByCode(api, 'QUICKPARTS');
    const departments = await (await api.get('/api/v1/departments?q=OPS')).json();
    const departmentId = departments.items.find((d: { code: string }) => d.code === 'OPS').id as string;
    const itemId = (await (await api.get('/api/v1/items?q=MRO-6003')).json()).items[0].id as string;
    const created = await api.post('/api/v1/purchase-orders', {
      headers: { 'Idempotency-Key': unique('grade') },
      data: {
        supplierId: quickParts.id,
        departmentId,
        lines: [{ itemId, quantity: '100', unitPrice: '60.00' }],
      },
    });
    expect(created.status(), await created.text()).toBe(201);
    const draft = await created.json();
    const submitted = await api.post(`/api/v1/purchase-orders/${draft.id}/submit`, {
      headers: { 'If-Match': `"v${draft.version}"` },
      data: {},
    });
    expect(submitted.status(), await submitted.text()).toBe(200);
    // 6,000 USD: the department head approves.
    expect((await submitted.json()).status).toBe('pending_approval');

    const head = await signInAs(browser, 'head@example.com', `/purchase-orders/${draft.id}`);
    await expect(head.getByRole('heading', { level: 1, name: draft.number })).toBeVisible();
    // Each warning titled by what it is.
    await expect(head.getByRole('alert').filter({ hasText: 'Supplier on hold' })).toContainText('is on hold');
    const route = head.getByRole('region', { name: 'Approval route' });
    const warning = route.getByRole('alert').filter({ hasText: 'Supplier graded below the warning grade' });
    await expect(warning).toContainText('Supplier QuickParts Online Inc. was graded D');
    await expect(route).toContainText('Department head');
    expect(await seriousFindings(head)).toEqual([]);
    await warning.getByRole('link', { name: 'Open the supplier’s scorecard' }).click();
    await expect(head).toHaveURL(new RegExp(`/suppliers/${quickParts.id}#scorecard$`));
    await expect(
      head.getByRole('region', { name: 'Scorecard' }).getByRole('img', { name: /^Grade D/ }),
    ).toBeVisible();
    await head.context().close();
  });
});

test('on a phone, a supplier’s scorecard and its drill-down fit the screen', async ({ page }) => {
  test.setTimeout(90_000);
  await page.setViewportSize({ width: 390, height: 844 });
  await signIn(page, 'buyer@example.com', '/suppliers/scorecards');
  const cards = page.getByRole('list', { name: 'Supplier scorecards' });
  await expect(cards.getByRole('listitem').first()).toContainText('Industrial Supply Co.');
  await cards.getByRole('link', { name: 'PolymerX Materials Inc.' }).click();
  const card = page.getByRole('region', { name: 'Scorecard' });
  await expect(card.getByRole('img', { name: /^Grade C/ })).toBeVisible();
  await card.getByTestId('measure-quality').click();
  const drawer = page.getByRole('dialog', { name: 'Quality of PolymerX Materials Inc.' });
  await expect(drawer.getByTestId('drill-down-summary')).toContainText('these 2 had goods rejected');
  await expect(drawer.getByText(/accepted at inspection, 5 rejected$/)).toBeVisible();
  const width = await page.evaluate('document.documentElement.scrollWidth');
  expect(width).toBeLessThanOrEqual(390);
  if (SCREENSHOTS) await page.screenshot({ path: path.join(DOCS, 'scorecard-phone.png') });
});

test('an administrator re-weighs the measures: a band below the next is refused, a stale save reloads, new grace days rescore', async ({
  page,
}) => {
  test.setTimeout(120_000);
  await signIn(page, 'admin@example.com', '/organisation/scorecard-settings');
  await expect(page.getByRole('heading', { level: 1, name: 'Scorecard settings' })).toBeVisible();
  const form = page.getByRole('form', { name: 'Scorecard settings' });
  const original = await (await page.request.get('/api/v1/scorecard-settings')).json();

  // Each measure is explained beside its weight; the shares follow the weights as they are typed.
  const weights = form.getByRole('table', { name: 'Weights of the measures' });
  await expect(weights.getByRole('row').filter({ hasText: 'Invoice accuracy' })).toContainText(
    'Invoices matched at the first pass',
  );
  await form.getByRole('textbox', { name: 'Weight of Satisfaction' }).fill('0');
  await expect(weights.getByRole('row').filter({ hasText: 'On time' })).toContainText('28%');

  // Grade A may not start below grade B.
  const gradeA = form.getByRole('textbox', { name: 'Grade A from' });
  await gradeA.fill('70');
  await form.getByRole('button', { name: 'Save settings' }).click();
  await expect(form.getByText('Must be above grade B’s lowest score')).toBeVisible();
  await gradeA.fill('92');

  // Someone else saves first: this save is refused, and Reload shows theirs.
  const etag = `"v${original.version}"`;
  const other = await page.request.put('/api/v1/scorecard-settings', {
    headers: { 'If-Match': etag },
    data: { ...pick(original), minimumOrders: 4 },
  });
  expect(other.status(), await other.text()).toBe(200);
  await form.getByRole('button', { name: 'Save settings' }).click();
  await expect(form.getByRole('alert').filter({ hasText: 'Someone else changed this record' })).toBeVisible();
  await form.getByRole('button', { name: 'Reload' }).click();
  await expect(form.getByRole('textbox', { name: 'Minimum orders' })).toHaveValue('4');

  // New grace days score every sent order again: the page says so until it is done.
  await form.getByRole('textbox', { name: 'Grace days' }).fill('1');
  await expect(form.getByText('all sent orders are scored again after saving')).toBeVisible();
  await form.getByRole('button', { name: 'Save settings' }).click();
  await expect(form.getByRole('alert').filter({ hasText: 'Scores are being recomputed' })).toBeVisible();

  // Put back as the demo had them, for the journeys after this one.
  const now = await (await page.request.get('/api/v1/scorecard-settings')).json();
  const back = await page.request.put('/api/v1/scorecard-settings', {
    headers: { 'If-Match': `"v${now.version}"` },
    data: pick(original),
  });
  expect(back.status(), await back.text()).toBe(200);
});

/** The settings as a PUT takes them. */
function pick(s: Record<string, unknown>) {
  const { graceDays, responseDays, minimumOrders, weights, gradeBands, warnBelowGrade, rankingPriceWeight } =
    s;
  return { graceDays, responseDays, minimumOrders, weights, gradeBands, warnBelowGrade, rankingPriceWeight };
}
