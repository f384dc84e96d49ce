import fs from 'node:fs';
import { type APIRequestContext, expect, type Page, request, test } from '@playwright/test';
import { validatePain001 } from '../../src/documents/pain001';
import { ublInvoice } from '../helpers/ubl-invoice';
import { DEMO_PASSWORD, pickOption, signInAs, unique } from './helpers';

/** An API session of a demo user. */
async function apiAs(baseURL: string, email: string): Promise<APIRequestContext> {
  const api = await request.newContext({ baseURL });
  const login = await api.post('/api/v1/auth/login', { data: { email, password: DEMO_PASSWORD } });
  expect(login.status()).toBe(200);
  return api;
}

async function itemId(api: APIRequestContext, sku: string): Promise<string> {
  const found = await (await api.get(`/api/v1/items?q=${sku}`)).json();
  return found.items.find((i: { sku: string }) => i.sku === sku).id;
}

/** A day counted from today, as YYYY-MM-DD. */
const day = (n: number) => new Date(Date.now() + n * 86_400_000).toISOString().slice(0, 10);

/** Cents as an amount with two decimals. */
const amount = (cents: number) => (cents / 100).toFixed(2);

/** The net, tax and total in cents of `quantity` at `price` taxed at `rate` %. */
function figures(quantity: number, price: string, rate: string) {
  const net = Math.round(quantity * Math.round(Number(price) * 100));
  const tax = Math.round((net * Number(rate)) / 100);
  return { net, tax, total: net + tax };
}

/** Records every answer of the server that is an error of its own (5xx) while the page is open. */
function serverErrors(page: Page): string[] {
  const seen: string[] = [];
  page.on('response', (r) => {
    if (r.status() >= 500) seen.push(`${r.status()} ${r.request().method()} ${r.url()}`);
  });
  return seen;
}

/** The status badge beside a page's title. */
const statusBadge = (page: Page) =>
  page.getByRole('heading', { level: 1 }).locator('xpath=following-sibling::*[1]');

/**
 * Accounts payable, from the supplier's invoice to the bank's file: an order of 6 pedestals and 4
 * desk screens from Ergoline (EUR, paid to an IBAN, net 30 days) arrives in two deliveries. AP
 * imports the supplier's UBL invoice for the first one (matched) and approves it; enters the
 * second by hand, 5 % above the order's price (an exception, explained). Finance, who did not buy,
 * accepts the variance with a reason and approves it. AP proposes a payment run in euros, confirms
 * it, downloads its SEPA file (valid pain.001.001.09) and marks it paid: both invoices are paid and
 * the order, received and invoiced in full, closes. The first invoice's file imported again is
 * refused as a number the supplier used already.
 */
test('import and enter invoices, accept a variance, pay them in a SEPA run; the order closes', async ({
  browser,
  baseURL,
}) => {
  test.setTimeout(150_000);
  const stamp = unique('ERG');
  // Far enough apart that neither reads as the other mistyped (a possible duplicate).
  const firstNumber = `${stamp}-417`;
  const secondNumber = `${stamp}-533`;
  const firstFile = `${firstNumber}.xml`;
  let orderId = '';
  let orderNumber = '';
  let supplier: { taxId: string; legalName: string; electronicAddress: { id: string } };
  let taxRate = '';
  let receiver: APIRequestContext;
  let firstXml = '';
  let firstInvoice = '';
  let secondInvoice = '';
  const pedestals = { quantity: 6, price: '180.00' };
  const screens = { quantity: 4, price: '150.00', invoiced: '157.50' };

  await test.step('an order of pedestals and desk screens from a euro supplier is sent; the pedestals arrive', async () => {
    const buyer = await apiAs(baseURL!, 'buyer@example.com');
    receiver = await apiAs(baseURL!, 'receiver@example.com');
    const suppliers = await (await buyer.get('/api/v1/suppliers?q=ERGOLINE')).json();
    const found = suppliers.items.find((s: { code: string }) => s.code === 'ERGOLINE');
    supplier = await (await buyer.get(`/api/v1/suppliers/${found.id}`)).json();
    const departments = await (await buyer.get('/api/v1/departments?q=OPS')).json();
    const departmentId = departments.items.find((d: { code: string }) => d.code === 'OPS').id as string;
    const created = await buyer.post('/api/v1/purchase-orders', {
      headers: { 'Idempotency-Key': unique('ap') },
      data: {
        supplierId: found.id,
        departmentId,
        currency: 'EUR',
        // Ordered six weeks ago: its invoices, issued a month ago, are due.
        orderDate: day(-42),
        lines: [
          {
            itemId: await itemId(buyer, 'FUR-4003'),
            quantity: String(pedestals.quantity),
            unitPrice: pedestals.price,
          },
          {
            itemId: await itemId(buyer, 'FUR-4006'),
            quantity: String(screens.quantity),
            unitPrice: screens.price,
          },
        ],
      },
    });
    expect(created.status(), await created.text()).toBe(201);
    let order = await created.json();
    orderId = order.id;
    orderNumber = order.number;
    taxRate = order.lines[0].taxRate;
    expect(order.lines[1].taxRate).toBe(taxRate);
    const submit = await buyer.post(`/api/v1/purchase-orders/${orderId}/submit`, {
      headers: { 'If-Match': `"v${order.version}"` },
      data: {},
    });
    expect(submit.status(), await submit.text()).toBe(200);
    order = await submit.json();
    if (order.status === 'pending_approval') {
      const head = await apiAs(baseURL!, 'head@example.com');
      const approved = await head.post(`/api/v1/purchase-orders/${orderId}/approve`, {
        headers: { 'If-Match': `"v${order.version}"` },
        data: {},
      });
      expect(approved.status(), await approved.text()).toBe(200);
      order = await approved.json();
      await head.dispose();
    }
    expect(order.status).toBe('approved');
    const sent = await buyer.post(`/api/v1/purchase-orders/${orderId}/send`, {
      headers: { 'If-Match': `"v${order.version}"` },
      data: {},
    });
    expect(sent.status(), await sent.text()).toBe(200);
    await buyer.dispose();
    const received = await receiver.post('/api/v1/receipts', {
      headers: { 'Idempotency-Key': unique('ap-gr1') },
      data: { purchaseOrderId: orderId, lines: [{ lineNo: 1, quantity: String(pedestals.quantity) }] },
    });
    expect(received.status(), await received.text()).toBe(201);
  });

  const ap = await signInAs(browser, 'ap@example.com', '/invoices/import');
  const apErrors = serverErrors(ap);

  await test.step('AP imports the supplier’s UBL invoice for the pedestals: it is matched', async () => {
    const first = figures(pedestals.quantity, pedestals.price, taxRate);
    firstXml = ublInvoice({
      id: firstNumber,
      issueDate: day(-35),
      currency: 'EUR',
      orderNumber,
      sellerTaxId: supplier.taxId,
      sellerEndpoint: supplier.electronicAddress.id,
      iban: 'DE89370400440532013000',
      lines: [
        {
          orderLineId: '1',
          quantity: String(pedestals.quantity),
          unitCode: 'EA',
          name: 'Mobile pedestal, 3 drawers',
          price: pedestals.price,
          lineExtensionAmount: amount(first.net),
          taxRate,
        },
      ],
      taxSubtotals: [
        { taxableAmount: amount(first.net), taxAmount: amount(first.tax), taxCategory: 'S', taxRate },
      ],
      taxAmount: amount(first.tax),
      totals: {
        lineExtensionAmount: amount(first.net),
        taxExclusiveAmount: amount(first.net),
        taxInclusiveAmount: amount(first.total),
        payableAmount: amount(first.total),
      },
    });
    await expect(ap.getByRole('heading', { name: 'Import invoices', level: 1 })).toBeVisible();
    const chooser = ap.waitForEvent('filechooser');
    await ap.getByRole('button', { name: 'Choose files' }).click();
    await (await chooser).setFiles({
      name: firstFile,
      mimeType: 'application/xml',
      buffer: Buffer.from(firstXml),
    });
    await expect(ap.getByText(`${firstFile}: one invoice imported`)).toBeVisible();
    await expect(ap.getByText(new RegExp(`${firstNumber} · ${orderNumber} ·`))).toBeVisible();
    await expect(ap.getByText('Matched', { exact: true })).toBeVisible();
    const link = ap.getByRole('main').getByRole('link', { name: /^INV-\d{4}-\d{5}$/ });
    firstInvoice = ((await link.textContent()) ?? '').trim();
    await link.click();
    await expect(ap.getByRole('heading', { name: firstInvoice, level: 1 })).toBeVisible();
    await expect(statusBadge(ap)).toHaveText('Matched');
  });

  await test.step('AP approves it for payment on its page', async () => {
    await ap.getByRole('button', { name: 'Approve for payment' }).click();
    const dialog = ap.getByRole('dialog', { name: `Approve ${firstInvoice} for payment` });
    await dialog.getByRole('button', { name: 'Approve for payment' }).click();
    await expect(dialog).toBeHidden();
    await expect(statusBadge(ap)).toHaveText('Approved for payment');
  });

  await test.step('the desk screens arrive; AP enters their invoice, 5 % above the order’s price: an exception, in words', async () => {
    const received = await receiver.post('/api/v1/receipts', {
      headers: { 'Idempotency-Key': unique('ap-gr2') },
      data: { purchaseOrderId: orderId, lines: [{ lineNo: 2, quantity: String(screens.quantity) }] },
    });
    expect(received.status(), await received.text()).toBe(201);
    await receiver.dispose();

    const second = figures(screens.quantity, screens.invoiced, taxRate);
    await ap.goto('/invoices/new');
    await expect(ap.getByRole('heading', { name: 'Enter invoice', level: 1 })).toBeVisible();
    await pickOption(
      ap,
      ap.getByRole('textbox', { name: 'Purchase order' }),
      orderNumber,
      new RegExp(orderNumber),
    );
    // Only the screens are left to invoice: the pedestals were billed in full.
    const form = ap.getByRole('form', { name: 'Invoice' });
    await expect(form.getByLabel('Quantity', { exact: true })).toHaveCount(1);
    await expect(form.getByLabel('Quantity', { exact: true })).toHaveValue(String(screens.quantity));
    // At the order's net price, as the server keeps it (150 for 150.00).
    await expect(form.getByLabel('Net unit price')).toHaveValue(/^150(\.0+)?$/);
    await form.getByLabel('Supplier’s invoice number').fill(secondNumber);
    await form.getByLabel('Issue date').fill(day(-33));
    await form.getByLabel('Issue date').press('Tab');
    await expect(form.getByLabel('Issue date')).toHaveValue(day(-33));
    await form.getByLabel('Net unit price').fill(screens.invoiced);
    await form.getByLabel('Total on the invoice (EUR)').fill(amount(second.total));
    await expect(form.getByRole('status')).toHaveCount(0);
    await form.getByRole('button', { name: 'Submit for matching' }).click();

    await expect(ap.getByRole('heading', { name: /^INV-\d{4}-\d{5}$/, level: 1 })).toBeVisible();
    secondInvoice = ((await ap.getByRole('heading', { level: 1 }).textContent()) ?? '').trim();
    expect(secondInvoice).not.toBe(firstInvoice);
    await expect(statusBadge(ap)).toHaveText('Exception');
    const exceptions = ap.getByRole('alert').filter({ hasText: 'Exceptions' });
    await expect(exceptions).toContainText('Price:');
    // The invoice's only line, which bills the order's second: both numbers are named.
    await expect(exceptions).toContainText(
      `line 1 (order line 2): invoiced ${screens.quantity} Each at ${screens.invoiced} EUR, accepted ${screens.quantity}, invoiced before 0 Each at ${screens.price} EUR: price +7.50 (5 %, tolerance none)`,
    );
    // AP may accept variances too, but this one goes to finance.
  });

  const secondPath = new URL(ap.url()).pathname;
  const finance = await signInAs(browser, 'finance@example.com', secondPath);
  const financeErrors = serverErrors(finance);

  await test.step('finance, who did not buy, accepts the variance with a reason and approves the invoice', async () => {
    await expect(finance.getByRole('heading', { name: secondInvoice, level: 1 })).toBeVisible();
    await expect(statusBadge(finance)).toHaveText('Exception');
    await finance.getByRole('button', { name: 'Accept variances' }).click();
    const accept = finance.getByRole('dialog', { name: `Accept the variances of ${secondInvoice}` });
    await accept.getByLabel('Reason').fill('Price rise agreed by phone with Ergoline');
    await accept.getByRole('button', { name: 'Accept variances' }).click();
    await expect(accept).toBeHidden();
    await expect(statusBadge(finance)).toHaveText('Matched');
    const accepted = finance.getByRole('alert').filter({ hasText: 'Variances accepted by Frankie Finance' });
    await expect(accepted).toContainText('Price rise agreed by phone with Ergoline');

    await finance.getByRole('button', { name: 'Approve for payment' }).click();
    const approve = finance.getByRole('dialog', { name: `Approve ${secondInvoice} for payment` });
    await approve.getByRole('button', { name: 'Approve for payment' }).click();
    await expect(approve).toBeHidden();
    await expect(statusBadge(finance)).toHaveText('Approved for payment');
    expect(financeErrors).toEqual([]);
    await finance.context().close();
  });

  let runNumber = '';
  await test.step('AP proposes a payment run in euros: both invoices, one SEPA payment to Ergoline', async () => {
    await ap.goto('/payment-runs');
    await expect(ap.getByRole('heading', { name: 'Payment runs', level: 1 })).toBeVisible();
    await ap.getByRole('button', { name: 'Propose payment run' }).click();
    const dialog = ap.getByRole('dialog', { name: 'Propose a payment run' });
    await pickOption(ap, dialog.getByRole('textbox', { name: 'Currency' }), 'EUR', /^EUR$/);
    await dialog.getByRole('button', { name: 'Propose run' }).click();
    await expect(dialog).toBeHidden();
    await expect(ap).toHaveURL(/\/payment-runs\/[0-9a-f-]{36}$/);
    await expect(ap.getByRole('heading', { name: /^PAY-\d{4}-\d{5}$/, level: 1 })).toBeVisible();
    runNumber = ((await ap.getByRole('heading', { level: 1 }).textContent()) ?? '').trim();
    await expect(statusBadge(ap)).toHaveText('Draft');
    const invoices = ap.getByRole('table', { name: 'Invoices in the run' });
    await expect(invoices.getByRole('row').filter({ hasText: firstInvoice })).toHaveCount(1);
    await expect(invoices.getByRole('row').filter({ hasText: secondInvoice })).toHaveCount(1);
    const suppliers = ap.getByRole('table', { name: 'Suppliers paid' });
    await expect(suppliers.getByRole('row').filter({ hasText: supplier.legalName })).toHaveCount(1);
  });

  await test.step('AP confirms the run and downloads its SEPA file: a valid pain.001 paying both invoices', async () => {
    await ap.getByRole('button', { name: 'Confirm run' }).click();
    const dialog = ap.getByRole('dialog', { name: `Confirm ${runNumber}?` });
    await dialog.getByRole('button', { name: 'Confirm run' }).click();
    await expect(dialog).toBeHidden();
    await expect(statusBadge(ap)).toHaveText('Confirmed');

    const download = ap.waitForEvent('download');
    await ap.getByRole('button', { name: 'SEPA file (pain.001)' }).click();
    const file = await download;
    expect(file.suggestedFilename()).toBe(`${runNumber}.pain.001.xml`);
    const xml = fs.readFileSync((await file.path())!, 'utf8');
    const checked = await validatePain001(xml);
    expect(checked.problems).toEqual([]);
    expect(checked.valid).toBe(true);
    const first = figures(pedestals.quantity, pedestals.price, taxRate);
    const second = figures(screens.quantity, screens.invoiced, taxRate);
    expect(xml).toContain(`<CtrlSum>${amount(first.total + second.total)}</CtrlSum>`);
    expect(xml).toContain('<IBAN>DE02120300000000202051</IBAN>');
    expect(xml).toContain('<IBAN>DE89370400440532013000</IBAN>');
    expect(xml).toContain(firstNumber);
    expect(xml).toContain(secondNumber);
  });

  await test.step('the bank has paid: AP marks the run paid, the invoices are paid and the order is closed', async () => {
    await ap.getByRole('button', { name: 'Mark as paid' }).click();
    const dialog = ap.getByRole('dialog', { name: `Mark ${runNumber} as paid?` });
    await dialog.getByRole('button', { name: 'Mark as paid' }).click();
    await expect(dialog).toBeHidden();
    await expect(statusBadge(ap)).toHaveText('Paid');

    await ap.goto(`/purchase-orders/${orderId}`);
    await expect(ap.getByRole('heading', { name: orderNumber, level: 1 })).toBeVisible();
    await expect(statusBadge(ap)).toHaveText('Closed');
    const invoices = ap.getByRole('table', { name: 'Invoices' });
    for (const number of [firstInvoice, secondInvoice])
      await expect(invoices.getByRole('row').filter({ hasText: number })).toContainText('Paid');
    // The first invoice's page names the run that paid it.
    await invoices.getByRole('link', { name: firstInvoice }).click();
    await expect(ap.getByRole('heading', { name: firstInvoice, level: 1 })).toBeVisible();
    await expect(statusBadge(ap)).toHaveText('Paid');
    await expect(ap.getByRole('table', { name: 'Payments of the invoice' })).toContainText(runNumber);
  });

  await test.step('the first invoice’s file imported again is refused: the supplier used that number already', async () => {
    await ap.goto('/invoices/import');
    const chooser = ap.waitForEvent('filechooser');
    await ap.getByRole('button', { name: 'Choose files' }).click();
    await (await chooser).setFiles({
      name: firstFile,
      mimeType: 'application/xml',
      buffer: Buffer.from(firstXml),
    });
    const refused = ap.getByRole('alert').filter({ hasText: `${firstFile}: not imported` });
    await expect(refused).toContainText(
      `The supplier’s invoice number ${firstNumber} was entered already: ${firstInvoice}`,
    );
    expect(apErrors).toEqual([]);
    await ap.context().close();
  });
});
