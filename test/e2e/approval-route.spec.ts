import { expect, type Locator, type Page, test } from '@playwright/test';
import { pickItem, pickOption, signIn, signOut, unique } from './helpers';

/**
 * Multi-level approval of a purchase order, as the people involved do it in one browser, signing
 * in and out: the buyer drafts a 31,200.00 USD order and reads the route the demo policy gives it
 * (department head, then finance, each with the reason), submits it and cannot approve it
 * themselves; the head of department approves it from the approval inbox, then finance does; the
 * order is approved, the route shows both decisions, and the order's history shows each step.
 */

const HEAD_STEP = 'Department head — because total 31,200.00 USD ≥ 5,000';
const FINANCE_STEP = 'Finance — because total 31,200.00 USD ≥ 25,000';
/** "26 Nov 2026, 07:43", as the route and the history print an instant. */
const WHEN = /\d{1,2} [A-Z][a-z]{2} \d{4}, \d{2}:\d{2}/;

/** A toast the page showed (a Mantine notification is an alert). */
const toast = (page: Page, title: string) => page.getByRole('alert').filter({ hasText: title });

const route = (page: Page) => page.getByRole('region', { name: 'Approval route' });

/** The status badge next to the order's number. */
const statusOf = (page: Page) =>
  page.getByRole('heading', { level: 1 }).locator('xpath=following-sibling::*[1]');

/** One step of the route card, found by its reason: name, level, status, approvers and decisions. */
const stepIn = (card: Locator, explanation: string) =>
  card.getByText(explanation, { exact: true }).locator('xpath=..');

/** Picks a catalog item on a line and waits for the supplier's price list to have been asked. */
/** Finds the order in the signed-in approver's inbox, on the step named, and opens it. */
async function openFromInbox(page: Page, orderNumber: string, stepName: string, explanation: string) {
  await expect(page.getByRole('heading', { level: 1, name: 'Awaiting my approval' })).toBeVisible();
  const row = page
    .getByRole('table', { name: 'Documents awaiting my approval' })
    .getByRole('row')
    .filter({ has: page.getByRole('link', { name: orderNumber, exact: true }) });
  await expect(row).toHaveCount(1);
  await expect(row).toContainText('Purchase order');
  await expect(row).toContainText('TechServ Consulting Group');
  await expect(row).toContainText('$31,200.00');
  await expect(row).toContainText(stepName);
  await expect(row).toContainText(explanation);
  await row.getByRole('link', { name: orderNumber, exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: orderNumber })).toBeVisible();
}

/** Approves the open order with a comment through the Approve dialog. */
async function approveWithComment(page: Page, orderNumber: string, comment: string) {
  await page.getByRole('button', { name: 'Approve', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: `Approve purchase order ${orderNumber}` });
  await dialog.getByRole('textbox', { name: 'Comment (optional)' }).fill(comment);
  await dialog.getByRole('button', { name: 'Approve', exact: true }).click();
  await expect(dialog).toBeHidden();
  await expect(toast(page, `${orderNumber} approved`)).toBeVisible();
}

test('a 31,200 USD order is approved by the department head, then by finance', async ({ page }) => {
  test.setTimeout(180_000);
  const marker = unique('E2E-ROUTE');
  const headComment = `Within the operations plan (${marker})`;
  const financeComment = `Budget confirmed for Q4 (${marker})`;
  let orderNumber = '';
  let orderPath = '';

  await test.step('the buyer drafts a 31,200.00 USD order for TechServ', async () => {
    await signIn(page, 'buyer@example.com', '/purchase-orders/new');
    const form = page.getByRole('form', { name: 'New purchase order' });
    await pickOption(page, form.getByRole('textbox', { name: 'Supplier' }), 'TECHSERV', /^TECHSERV · /);
    await expect(form.getByRole('textbox', { name: 'Currency' })).toHaveValue(/^USD/);
    await pickOption(page, form.getByRole('textbox', { name: 'Department', exact: true }), 'OPS', /^OPS · /);

    // Senior engineering hours and analysis seats at the negotiated prices; neither is taxed.
    await pickItem(page, 1, 'SRV-9502', /IT consulting, senior engineer/);
    await form.getByRole('textbox', { name: 'Line 1 unit price' }).fill('165.00');
    await form.getByRole('textbox', { name: 'Line 1 quantity' }).fill('160');
    await form.getByRole('textbox', { name: 'Line 1 quantity' }).blur();
    await expect(form.getByRole('textbox', { name: 'Line 1 tax rate percent' })).toHaveValue('0');
    await expect(form.getByLabel('Line 1 net amount')).toHaveText('$26,400.00');

    await form.getByRole('button', { name: 'Add line' }).click();
    await pickItem(page, 2, 'ITS-3004', /Statistical analysis package/);
    await form.getByRole('textbox', { name: 'Line 2 unit price' }).fill('1600.00');
    await form.getByRole('textbox', { name: 'Line 2 quantity' }).fill('3');
    await form.getByRole('textbox', { name: 'Line 2 quantity' }).blur();
    await expect(form.getByRole('textbox', { name: 'Line 2 tax rate percent' })).toHaveValue('0');
    await expect(form.getByLabel('Line 2 net amount')).toHaveText('$4,800.00');

    const totals = form.getByRole('group', { name: 'Live totals' });
    await expect(totals).toContainText('Total$31,200.00');
    await form.getByRole('textbox', { name: 'Notes' }).fill(`Data platform migration, ${marker}`);
    await form.getByRole('button', { name: 'Create draft' }).click();

    await expect(page).toHaveURL(/\/purchase-orders\/[0-9a-f-]{36}$/);
    const heading = page.getByRole('heading', { level: 1, name: /^PO-\d{4}-\d{5}$/ });
    await expect(heading).toBeVisible();
    orderNumber = (await heading.textContent())?.trim() ?? '';
    orderPath = new URL(page.url()).pathname;
    await expect(statusOf(page)).toHaveText('Draft');
    await expect(page.getByRole('region', { name: 'Notes and terms' })).toContainText(marker);
  });

  await test.step('the buyer reads the explained route and submits the order', async () => {
    const card = route(page);
    await expect(card).toContainText('This is what submitting the document now would do.');
    await expect(card).toContainText(
      'Approval under policy Purchase orders by amount: Department head, then Finance.',
    );
    await expect(card.getByText(HEAD_STEP, { exact: true })).toBeVisible();
    await expect(card.getByText(FINANCE_STEP, { exact: true })).toBeVisible();
    await expect(card.getByText(/^Compliance/)).toHaveCount(0);
    await expect(card.getByText('Harper Head — any one approver')).toBeVisible();
    await expect(card.getByText('Frankie Finance — any one approver')).toBeVisible();

    await page.getByRole('button', { name: 'Submit for approval' }).click();
    const dialog = page.getByRole('dialog', { name: `Submit for approval ${orderNumber}` });
    await dialog.getByRole('button', { name: 'Submit for approval' }).click();
    await expect(toast(page, `${orderNumber} submitted for approval`)).toBeVisible();
    await expect(statusOf(page)).toHaveText('Awaiting approval');

    // The stored route: both steps wait, the head's first.
    await expect(card).toContainText('Who approves, in which order, and why.');
    await expect(stepIn(card, HEAD_STEP)).toContainText('Pending');
    await expect(stepIn(card, FINANCE_STEP)).toContainText('Pending');
  });

  await test.step('the buyer is offered no approval of their own order', async () => {
    await expect(page.getByText('Waiting for approval')).toBeVisible();
    await expect(page.getByRole('button', { name: 'Approve', exact: true })).toHaveCount(0);
    await expect(page.getByRole('button', { name: 'Reject', exact: true })).toHaveCount(0);
    await expect(route(page).getByText(/Bailey Buyer/)).toHaveCount(0);
    await signOut(page);
  });

  await test.step('the head of department approves it from the approval inbox', async () => {
    await signIn(page, 'head@example.com', '/approvals');
    await openFromInbox(page, orderNumber, 'Department head', HEAD_STEP);
    await expect(page).toHaveURL(orderPath);
    await approveWithComment(page, orderNumber, headComment);
    await expect(toast(page, `${orderNumber} approved`)).toContainText(
      'Your approval is recorded; it now waits for the next approver.',
    );
    await expect(statusOf(page)).toHaveText('Awaiting approval');

    const card = route(page);
    await expect(stepIn(card, HEAD_STEP)).toContainText('Approved');
    await expect(stepIn(card, HEAD_STEP)).not.toContainText('Pending');
    await expect(stepIn(card, FINANCE_STEP)).toContainText('Pending');
    await expect(stepIn(card, FINANCE_STEP)).not.toContainText('Harper Head');
    const decisions = card.getByRole('list', { name: 'Decisions of Department head' });
    await expect(decisions).toContainText('Approved by Harper Head');
    await expect(decisions).toContainText(WHEN);
    await expect(decisions).toContainText(`“${headComment}”`);

    // Done with it: the order has left the head's inbox.
    await page.goto('/approvals');
    await expect(page.getByRole('heading', { level: 1, name: 'Awaiting my approval' })).toBeVisible();
    await expect(page.getByRole('link', { name: orderNumber, exact: true })).toHaveCount(0);
    await signOut(page);
  });

  await test.step('finance approves it from the approval inbox and the order is approved', async () => {
    await signIn(page, 'finance@example.com', '/approvals');
    await openFromInbox(page, orderNumber, 'Finance', FINANCE_STEP);
    await approveWithComment(page, orderNumber, financeComment);
    await expect(toast(page, `${orderNumber} approved`)).toContainText('It can be sent to the supplier.');
    await expect(statusOf(page)).toHaveText('Approved');
    await expect(page.getByRole('button', { name: 'Approve', exact: true })).toHaveCount(0);

    // Both steps approved, each with who decided, when, and what they said.
    const card = route(page);
    await expect(stepIn(card, HEAD_STEP)).toContainText('Approved');
    await expect(stepIn(card, FINANCE_STEP)).toContainText('Approved');
    const head = card.getByRole('list', { name: 'Decisions of Department head' });
    await expect(head).toContainText('Approved by Harper Head');
    await expect(head).toContainText(WHEN);
    await expect(head).toContainText(headComment);
    const finance = card.getByRole('list', { name: 'Decisions of Finance' });
    await expect(finance).toContainText('Approved by Frankie Finance');
    await expect(finance).toContainText(WHEN);
    await expect(finance).toContainText(financeComment);
    await signOut(page);
  });

  await test.step("the order's timeline shows each step", async () => {
    // The audit trail of a record is for auditors (and administrators).
    await signIn(page, 'auditor@example.com', orderPath);
    await expect(statusOf(page)).toHaveText('Approved');
    const history = page.getByRole('region', { name: 'Timeline' });
    // Each entry lists what it changed in a table named after the action.
    const changes = (text: string) =>
      history.getByRole('table', { name: /^Changes: / }).filter({ hasText: text });
    await expect(history.getByRole('table', { name: 'Changes: Created' })).toContainText('Draft');
    await expect(history.getByRole('table', { name: 'Changes: Submitted' })).toContainText(
      'Awaiting approval',
    );
    const headStep = changes('Department head approved by Harper Head');
    await expect(headStep).toHaveCount(1);
    await expect(headStep).toContainText('Finance');
    const financeStep = changes('Finance approved by Frankie Finance');
    await expect(financeStep).toHaveCount(1);
    await expect(financeStep).toContainText('Approved');
    await expect(history.getByText(headComment)).toBeVisible();
    await expect(history.getByText(financeComment)).toBeVisible();
  });

  await test.step('the audit trail names the order, its supplier and its state in words', async () => {
    const orderId = orderPath.split('/').pop() ?? '';
    await page.goto(`/audit?entityType=purchase_order&entityId=${orderId}`);
    await expect(page.getByRole('heading', { level: 1, name: 'Audit trail' })).toBeVisible();
    const created = page.getByRole('table', { name: 'Changes: Created' });
    await expect(created).toContainText('TECHSERV · TechServ Consulting Group');
    await expect(created).toContainText('Bailey Buyer');
    await expect(created).toContainText('$31,200.00');
    await expect(page.getByRole('link', { name: orderNumber, exact: true }).first()).toHaveAttribute(
      'href',
      orderPath,
    );
    await expect(page.getByRole('table', { name: 'Changes: Submitted' })).toContainText('Awaiting approval');
    // No raw ids, state codes or bare amounts.
    const trail = page.getByRole('main');
    await expect(trail).not.toContainText('pending_approval');
    await expect(trail).not.toContainText('31200.00');
  });
});
