import { expect, test } from '@playwright/test';
import { DEMO_PASSWORD, signIn } from './helpers';

test('an empty form is checked with the contract before anything is sent', async ({ page }) => {
  const posts: string[] = [];
  page.on('request', (r) => {
    if (r.method() === 'POST') posts.push(r.url());
  });
  await page.goto('/login');
  // Nothing typed yet: the contract is loaded on submit.
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByLabel('E-mail')).toHaveAccessibleDescription('Is required');
  await expect(page.getByLabel('Password')).toHaveAccessibleDescription('Is required');
  expect(posts).toEqual([]);
});

test('a wrong password is refused with a generic message', async ({ page }) => {
  await page.goto('/login');
  await page.getByLabel('E-mail').fill('admin@example.com');
  await page.getByLabel('Password').fill('not-the-password');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByText('The e-mail address or password is not correct.')).toBeVisible();
  await expect(page).toHaveURL(/\/login/);
});

test('the admin signs in, reaches the demo suppliers and signs out', async ({ page }) => {
  await signIn(page, 'admin@example.com', '/suppliers');
  await expect(page).toHaveURL(/\/suppliers/);
  await expect(page.getByRole('link', { name: 'ByteWorks Technology Inc.' })).toBeVisible();
  await expect(page.getByText('Northwind Labs Inc.')).toBeVisible();
  await page.getByRole('button', { name: 'Sign out' }).click();
  await expect(page).toHaveURL(/\/login/);
  // The session is gone: going back does not get in.
  await page.goto('/suppliers');
  await expect(page).toHaveURL(/\/login/);
  await page.getByLabel('E-mail').fill('admin@example.com');
  await page.getByLabel('Password').fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page).toHaveURL(/\/suppliers/);
});

test('navigation fits the role: a requester sees no administration', async ({ page }) => {
  await signIn(page, 'requester@example.com');
  await expect(page.getByRole('link', { name: 'Suppliers' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Users' })).toHaveCount(0);
  await expect(page.getByRole('link', { name: 'Audit' })).toHaveCount(0);
});
