import fs from 'node:fs';
import { expect, test } from '@playwright/test';
import { signInAs, unique } from './helpers';

const PDF = Buffer.from('%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n');
// The first bytes of a Windows program, under a harmless-looking name.
const EXE = Buffer.concat([Buffer.from('MZ'), Buffer.alloc(62), Buffer.from('PE\0\0'), Buffer.alloc(200)]);

type Listed = { items: { id: string; number: string }[] };

/**
 * Attachments and discussion on a purchase order: the buyer attaches a quote (and is told why a
 * program is refused), asks finance a question with an @mention; finance hears of it by the bell,
 * lands on the thread and downloads the quote; a requester of another department can neither see
 * the order nor fetch its file.
 */
test('a quote attached, a question with a mention answered from the bell, the file kept to who may see the order', async ({
  browser,
}) => {
  test.setTimeout(180_000);
  const buyer = await signInAs(browser, 'buyer@example.com', '/purchase-orders');
  const requester = await signInAs(browser, 'requester@example.com', '/');
  // An order the requester (another department) cannot see.
  const all = (await (await buyer.request.get('/api/v1/purchase-orders?limit=100')).json()) as Listed;
  const visible = (await (await requester.request.get('/api/v1/purchase-orders?limit=100')).json()) as Listed;
  const order = all.items.find((o) => !visible.items.some((v) => v.id === o.id));
  expect(order, 'the demo has orders of other departments than the requester’s').toBeTruthy();
  const fileName = `${unique('Quote')}.pdf`;
  const question = `Payment terms of this quote: are 30 days acceptable? (${unique('Q')})`;

  await test.step('the buyer attaches the quote; a program is refused with the reason', async () => {
    await buyer.goto(`/purchase-orders/${order!.id}`);
    const files = buyer.getByRole('list', { name: 'Attached files' });
    await buyer
      .locator('input[type=file]')
      .setInputFiles({ name: fileName, mimeType: 'application/pdf', buffer: PDF });
    await expect(buyer.getByRole('button', { name: fileName, exact: true })).toBeVisible();
    await expect(files.getByText(/PDF · 48 bytes · Bailey Buyer/).first()).toBeVisible();
    await buyer
      .locator('input[type=file]')
      .setInputFiles({ name: 'setup.pdf', mimeType: 'application/pdf', buffer: EXE });
    await expect(buyer.getByRole('alert').filter({ hasText: 'setup.pdf' })).toContainText(
      'setup.pdf is application/x-msdownload (.exe), which cannot be attached',
    );
    await expect(buyer.getByRole('button', { name: 'setup.pdf', exact: true })).toHaveCount(0);
  });

  await test.step('the buyer asks finance, picking them after "@"', async () => {
    const box = buyer.getByRole('textbox', { name: 'Comment' });
    await box.click();
    await box.pressSequentially('@fran');
    await buyer.getByRole('option', { name: 'Frankie Finance' }).click();
    await box.pressSequentially(question);
    await expect(buyer.getByText('Will notify Frankie Finance')).toBeVisible();
    await buyer.getByRole('button', { name: 'Comment', exact: true }).click();
    const thread = buyer.getByRole('list', { name: 'Comments' });
    await expect(thread.getByText(question)).toBeVisible();
    await expect(thread.getByText('@Frankie Finance').last()).toBeVisible();
    await expect(box).toHaveValue('');
  });

  await test.step('finance opens the mention from the bell, reads the thread and downloads the quote', async () => {
    const finance = await signInAs(browser, 'finance@example.com', '/');
    await finance.getByRole('button', { name: /^Notifications \(\d+ unread\)$/ }).click();
    await finance
      .getByRole('listitem', {
        name: `Unread: Bailey Buyer mentioned you on purchase order ${order!.number}`,
      })
      .click();
    await expect(finance).toHaveURL(new RegExp(`/purchase-orders/${order!.id}#comments$`));
    await expect(finance.getByRole('list', { name: 'Comments' }).getByText(question)).toBeVisible();
    const download = finance.waitForEvent('download');
    await finance.getByRole('button', { name: fileName, exact: true }).click();
    const file = await download;
    expect(file.suggestedFilename()).toBe(fileName);
    expect(fs.readFileSync((await file.path())!).equals(PDF)).toBe(true);
    await finance.context().close();
  });

  await test.step('a requester of another department gets "not found" for the order and its file', async () => {
    const attachments = (await (
      await buyer.request.get(`/api/v1/purchase-orders/${order!.id}/attachments`)
    ).json()) as {
      items: { id: string; fileName: string }[];
    };
    const attached = attachments.items.find((a) => a.fileName === fileName)!;
    expect((await buyer.request.get(`/api/v1/attachments/${attached.id}/content`)).status()).toBe(200);
    expect((await requester.request.get(`/api/v1/attachments/${attached.id}/content`)).status()).toBe(404);
    await requester.goto(`/purchase-orders/${order!.id}`);
    await expect(requester.getByRole('button', { name: fileName, exact: true })).toHaveCount(0);
  });
  await buyer.context().close();
  await requester.context().close();
});
