import fs from 'node:fs';
import { expect, test } from '@playwright/test';
import ExcelJS from 'exceljs';
import { signInAs } from './helpers';

/**
 * A buyer narrows the order list to the approved orders and exports it: the workbook holds exactly
 * the rows the list shows, with dates as dates and totals as numbers.
 */
test('the order list, filtered, exports to a workbook with the same rows, typed', async ({ browser }) => {
  const page = await signInAs(browser, 'buyer@example.com', '/purchase-orders?status=approved');
  const listed = page.getByRole('link', { name: /^PO-\d{4}-\d{5}$/ });
  await expect(listed.first()).toBeVisible();
  const shown = (await listed.allInnerTexts()).map((n) => n.trim()).sort();

  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export' }).click();
  await page.getByRole('menuitem', { name: 'Excel workbook (.xlsx)' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/^purchase-orders-\d{4}-\d{2}-\d{2}\.xlsx$/);

  const book = new ExcelJS.Workbook();
  await book.xlsx.load(fs.readFileSync((await file.path())!) as unknown as ArrayBuffer);
  const sheet = book.getWorksheet('Purchase orders')!;
  const rows = sheet.getRows(2, sheet.rowCount - 1) ?? [];
  expect(rows.map((r) => String(r.getCell(1).value)).sort()).toEqual(shown);
  for (const row of rows) {
    expect(row.getCell(3).value).toBe('Approved');
    expect(row.getCell(5).value).toBeInstanceOf(Date);
    expect(typeof row.getCell(8).value).toBe('number');
  }
  await page.context().close();
});

/**
 * A buyer exports the suppliers as a workbook and imports it back unchanged: nothing is created or
 * changed, and the dialog says which sheet it read.
 */
test('the suppliers exported to a workbook import back unchanged', async ({ browser }) => {
  const page = await signInAs(browser, 'buyer@example.com', '/suppliers');
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export' }).click();
  await page.getByRole('menuitem', { name: 'Excel workbook (.xlsx)' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toBe('suppliers.xlsx');

  await page.getByRole('button', { name: 'Import', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Import suppliers from CSV or Excel' });
  await dialog.locator('input[type=file]').setInputFiles((await file.path())!);
  await dialog.getByRole('button', { name: 'Import', exact: true }).click();
  await expect(dialog.getByRole('status')).toContainText('0 created, 0 updated.');
  await expect(dialog.getByRole('status')).toContainText('Read from the sheet “suppliers” of the workbook.');
  await page.context().close();
});
