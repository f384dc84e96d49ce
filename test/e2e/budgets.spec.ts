import { expect, test } from '@playwright/test';
import { pickItem, pickOption, signIn, signOut } from './helpers';

/**
 * Budgets in the browser: an administrator sets this month's budget of the Shipping cost centre on
 * the budget page; a buyer drafting an order over it sees the budget effect and the warning before
 * submitting, and the route gets a Budget overrun step; finance sees the order marked as over budget
 * in the approval inbox; and an approver picks a delegate by name on My account.
 */

const MONTH = new Date().toLocaleString('en-US', { month: 'long', year: 'numeric' });

test('a budget is set, an order over it is flagged while drafting and routed to finance', async ({
  page,
}) => {
  test.setTimeout(180_000);
  let orderNumber = '';

  await test.step('the administrator sets the month budget of CC-5200', async () => {
    await signIn(page, 'admin@example.com', '/organisation/budgets');
    await expect(page.getByRole('heading', { level: 1, name: 'Budgets' })).toBeVisible();
    await page.getByRole('button', { name: 'New budget' }).first().click();
    const dialog = page.getByRole('dialog', { name: 'New budget' });
    await pickOption(page, dialog.getByRole('textbox', { name: 'Cost centre' }), 'CC-5200', /^CC-5200 · /);
    await dialog.getByRole('textbox', { name: /^Amount/ }).fill('1000');
    await dialog.getByRole('button', { name: 'Set budget' }).click();
    await expect(dialog).toBeHidden();
    const row = page.getByRole('table', { name: 'Budgets' }).getByRole('row').filter({ hasText: 'CC-5200' });
    await expect(row).toContainText(MONTH);
    await expect(row).toContainText('$1,000.00');
    await expect(row).toContainText('0% consumed');
    await signOut(page);
  });

  await test.step('the buyer sees the order would exceed it, and the route gets a Budget overrun step', async () => {
    await signIn(page, 'buyer@example.com', '/purchase-orders/new');
    const form = page.getByRole('form', { name: 'New purchase order' });
    await pickOption(page, form.getByRole('textbox', { name: 'Supplier' }), 'TECHSERV', /^TECHSERV · /);
    await pickOption(page, form.getByRole('textbox', { name: 'Department', exact: true }), 'LOG', /^LOG · /);
    await pickOption(page, form.getByRole('textbox', { name: 'Cost centre' }), 'CC-5200', /^CC-5200/);
    const budget = form.getByRole('region', { name: 'Budget' });

    await pickItem(page, 1, 'SRV-9502', /IT consulting, senior engineer/);
    await form.getByRole('textbox', { name: 'Line 1 unit price' }).fill('165.00');
    await form.getByRole('textbox', { name: 'Line 1 quantity' }).fill('2');
    await form.getByRole('textbox', { name: 'Line 1 quantity' }).blur();
    await expect(form.getByRole('group', { name: 'Live totals' })).toContainText('Total$330.00');
    await expect(budget).toContainText(MONTH);
    await expect(budget).toContainText('$670.00 left after this order');
    await expect(budget.getByRole('alert')).toHaveCount(0);

    await form.getByRole('textbox', { name: 'Line 1 quantity' }).fill('10');
    await form.getByRole('textbox', { name: 'Line 1 quantity' }).blur();
    await expect(budget).toContainText(
      `This order would exceed the CC-5200 budget for ${MONTH} by $650.00; submitting will add a Budget overrun approval step.`,
    );

    await form.getByRole('button', { name: 'Create draft' }).click();
    const heading = page.getByRole('heading', { level: 1, name: /^PO-\d{4}-\d{5}$/ });
    await expect(heading).toBeVisible();
    orderNumber = (await heading.textContent())?.trim() ?? '';
    const route = page.getByRole('region', { name: 'Approval route' });
    await expect(
      route.getByText(
        `Budget overrun — because this order exceeds the CC-5200 budget for ${MONTH} by 650.00 USD`,
      ),
    ).toBeVisible();
    await expect(page.getByRole('region', { name: 'Budget' })).toContainText('would exceed');

    await page.getByRole('button', { name: 'Submit for approval' }).click();
    const dialog = page.getByRole('dialog', { name: `Submit for approval ${orderNumber}` });
    await dialog.getByRole('button', { name: 'Submit for approval' }).click();
    await expect(page.getByRole('heading', { level: 1 }).locator('xpath=following-sibling::*[1]')).toHaveText(
      'Awaiting approval',
    );
    await signOut(page);
  });

  await test.step('finance sees it over budget in the inbox', async () => {
    await signIn(page, 'finance@example.com', '/approvals');
    const row = page
      .getByRole('table', { name: 'Documents awaiting my approval' })
      .getByRole('row')
      .filter({ has: page.getByRole('link', { name: orderNumber, exact: true }) });
    await expect(row).toContainText('Budget overrun');
    await expect(row).toContainText('Exceeds CC-5200 budget');
  });

  await test.step('finance picks a delegate by name on My account', async () => {
    await page.goto('/account');
    const form = page.getByRole('form', { name: 'New delegation' });
    await pickOption(
      page,
      form.getByRole('textbox', { name: 'Delegate' }),
      'Harper',
      /^Harper Head · head@example\.com/,
    );
    await expect(form.getByRole('textbox', { name: 'Delegate' })).toHaveValue(/Harper Head/);
  });
});
