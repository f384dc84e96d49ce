import { expect, test } from '@playwright/test';
import axe, { type AxeResults } from 'axe-core';
import { DEMO_PASSWORD, pageWidth, signInAs, unique } from './helpers';

/**
 * The supplier's scorecard: the buyer asks the demo supplier for a corrective action on its page;
 * the supplier's user signs into the portal, opens Scorecard from the header and sees its own
 * measures, trend and the corrective action, nothing of another supplier; on a phone, in German,
 * the page fits the screen, is reached through the header's menu and has no serious axe finding.
 */
test('the supplier sees its own scorecard and the corrective action asked of it, on a phone too', async ({
  browser,
}) => {
  const note = `${unique('Ship complete orders only')} and send a ship notice before each delivery.`;

  const buyer = await signInAs(browser, 'buyer@example.com', '/suppliers');
  const suppliers = (await (await buyer.request.get('/api/v1/suppliers?limit=50')).json()).items as {
    id: string;
    legalName: string;
  }[];
  const labSource = suppliers.find((s) => s.legalName === 'LabSource Scientific LLC');
  expect(labSource, 'the demo supplier of the portal user').toBeTruthy();
  const other = suppliers.find((s) => s.id !== labSource!.id)!;
  await buyer.goto(`/suppliers/${labSource!.id}`);
  const panel = buyer.getByRole('region', { name: 'Corrective actions' });
  await panel.getByRole('button', { name: 'Request' }).click();
  const dialog = buyer.getByRole('dialog', { name: 'Request a corrective action' });
  await dialog.getByLabel('What the supplier is to change').fill(note);
  await dialog.getByRole('button', { name: 'Request' }).click();
  await expect(dialog).toBeHidden();
  await expect(panel.getByText(note)).toBeVisible();
  await buyer.context().close();

  // The supplier's user, at a desktop's width: Scorecard in the portal's header.
  const portal = await signInAs(browser, 'supplier@example.com', '/portal');
  await portal.getByRole('link', { name: 'Scorecard' }).click();
  await expect(portal.getByRole('heading', { level: 1, name: 'Your scorecard' })).toBeVisible();
  // Only this run's request: a retry or an earlier run may have asked for others.
  const action = portal.getByRole('alert').filter({ hasText: note });
  await expect(action).toContainText(/Corrective action requested — due by/);
  await expect(portal.getByRole('region', { name: 'Score' })).toContainText('LabSource Scientific LLC');
  const measures = portal.getByRole('region', { name: 'Measures' });
  for (const measure of ['On time', 'In full', 'Responsiveness'])
    await expect(measures.getByText(measure, { exact: true })).toBeVisible();
  await expect(portal.getByRole('region', { name: 'Trend' })).toBeVisible();
  await expect(portal.locator('#main-content')).not.toContainText(other.legalName);
  await portal.context().close();

  // On a phone, in German: the header's menu leads there, and nothing scrolls sideways.
  const phone = await browser.newContext({ viewport: { width: 390, height: 844 }, locale: 'de-DE' });
  const page = await phone.newPage();
  const login = await page.request.post('/api/v1/auth/login', {
    data: { email: 'supplier@example.com', password: DEMO_PASSWORD },
  });
  expect(login.status()).toBe(200);
  await page.goto('/portal');
  await page.getByRole('button', { name: 'Seiten des Portals' }).click();
  await page.getByRole('menuitem', { name: 'Bewertung' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Ihre Bewertung' })).toBeVisible();
  await expect(page.getByText(note)).toBeVisible();
  await expect(page.getByRole('region', { name: 'Kennzahlen' }).getByText('Termintreue')).toBeVisible();
  const { scrollWidth, clientWidth } = await pageWidth(page);
  expect(scrollWidth).toBeLessThanOrEqual(clientWidth);
  await page.evaluate(axe.source);
  const { violations } = (await page.evaluate(
    `axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] }, resultTypes: ['violations'] })`,
  )) as AxeResults;
  expect(
    violations
      .filter((v) => v.impact === 'critical' || v.impact === 'serious')
      .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
  ).toEqual([]);
  await phone.close();
});
