import { expect, test } from '@playwright/test';
import { DEMO_PASSWORD, unique } from './helpers';

/**
 * The language switch: the sign-in page follows the browser's language, the account's language
 * wins once signed in and follows the user to another browser, and dates and money follow the
 * locale picked on My account.
 */
test('a German browser, then the account’s own language and locale', async ({ browser, request }) => {
  // A user of their own, so that changing their language leaves the demo users as they are.
  const email = `${unique('sprache').toLowerCase()}@example.com`;
  const admin = await request.post('/api/v1/auth/login', {
    data: { email: 'admin@example.com', password: DEMO_PASSWORD },
  });
  expect(admin.status()).toBe(200);
  const created = await request.post('/api/v1/users', {
    data: { email, name: 'Jonas Weber', password: DEMO_PASSWORD, roles: ['requester'] },
    headers: { 'Idempotency-Key': unique('user') },
  });
  expect(created.status()).toBe(201);

  const german = await browser.newContext({ locale: 'de-DE' });
  const page = await german.newPage();
  await page.goto('/login');
  await expect(page.getByRole('heading', { name: 'Anmelden' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'de');
  await page.getByLabel('E-Mail').fill(email);
  await page.getByLabel('Passwort').fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: 'Anmelden' }).click();
  await expect(page).not.toHaveURL(/\/login/);
  // Signed in, the app stays German: the account has not chosen a language yet.
  await page.goto('/account');
  await expect(page.getByRole('heading', { name: 'Mein Konto' })).toBeVisible();

  // The user makes German the account's language, and picks a locale for dates and money.
  await page.getByRole('textbox', { name: 'Sprache' }).click();
  await page.getByRole('option', { name: 'Deutsch', exact: true }).click();
  await expect(page.getByText('Ihre Einstellungen sind gespeichert.')).toBeVisible();
  await expect(page.getByTestId('locale-example')).toContainText('4. Dez. 2026');
  await expect(page.getByTestId('locale-example')).toContainText('1.234,50 €');
  const localeField = page.getByRole('textbox', { name: 'Datum, Zahlen und Beträge' });
  await localeField.click();
  await localeField.fill('Vereinigtes');
  await page.getByRole('option', { name: /Englisch \(Vereinigtes Königreich\)/ }).click();
  await expect(page.getByTestId('locale-example')).toContainText('4 Dec 2026 · €1,234.50');
  // Still German words, English (UK) numbers.
  await expect(page.getByRole('heading', { name: 'Mein Konto' })).toBeVisible();

  // Another browser, set to English: the account's German comes with the user after sign-in.
  const english = await browser.newContext({ locale: 'en-US' });
  const other = await english.newPage();
  await other.goto('/login');
  await expect(other.getByRole('heading', { name: 'Sign in' })).toBeVisible();
  await other.getByLabel('E-mail').fill(email);
  await other.getByLabel('Password').fill(DEMO_PASSWORD);
  await other.getByRole('button', { name: 'Sign in' }).click();
  await expect(other.getByRole('button', { name: 'Abmelden' })).toBeVisible();
  await expect(other.locator('html')).toHaveAttribute('lang', 'de');

  // Back to English, at once, without reloading.
  await other.goto('/account');
  await other.getByRole('textbox', { name: 'Sprache' }).click();
  await other.getByRole('option', { name: 'English', exact: true }).click();
  await expect(other.getByRole('heading', { name: 'My account' })).toBeVisible();
  await expect(other.getByRole('button', { name: 'Sign out' })).toBeVisible();
  await german.close();
  await english.close();
});
