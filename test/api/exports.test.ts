import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedItem } from '../../src/seed/catalog-factories';
import { seedCostCentre, seedDepartment } from '../../src/seed/organisation-factories';
import { actorFor, seedPurchaseOrder } from '../../src/seed/purchase-order-factories';
import { seedApprovedRequisition } from '../../src/seed/requisition-factories';
import { createTestApp, type TestApp } from '../helpers/app';
import { none } from '../helpers/approval-fixtures';
import { seedSupplier, seedUser } from '../helpers/seed';

let t: TestApp;
let buyer: Awaited<ReturnType<TestApp['loginAs']>>;
let supplierId: string;
const numbers: string[] = [];

beforeAll(async () => {
  t = await createTestApp();
  buyer = await t.loginAs(['buyer']);
  const supplier = await seedSupplier(t.ctx, {
    legalName: '=HYPERLINK("http://evil.example") Größe & Söhne',
  });
  supplierId = supplier.id;
  const user = actorFor(await seedUser(t.ctx, { roles: ['buyer'] }));
  const item = await seedItem(t.ctx, { name: 'Bolts', defaultTaxRate: '0' });
  for (const [i, price] of ['1234.5', '0.07', '99999.99'].entries()) {
    const po = await seedPurchaseOrder(t.ctx, {
      buyer: user,
      supplierId,
      orderDate: `2026-02-0${i + 1}`,
      expectedDeliveryDate: '2026-04-30',
      lines: [{ itemId: item.id, quantity: '2', unitPrice: price }],
      status: i === 0 ? 'approved' : 'draft',
    });
    numbers.push(po.number);
  }
}, 60_000);
afterAll(async () => {
  await t.close();
});

const get = (url: string) => t.request({ method: 'GET', url, as: buyer });

describe('list exports', () => {
  it('exports the purchase orders under the list’s filters as an Excel workbook with real dates and numbers', async () => {
    const res = await get(`/api/v1/purchase-orders/export?format=xlsx&supplierId=${supplierId}`);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe(
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    );
    expect(res.headers['content-disposition']).toMatch(
      /^attachment; filename="purchase-orders-\d{4}-\d{2}-\d{2}\.xlsx"$/,
    );
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    const sheet = book.getWorksheet('Purchase orders')!;
    expect(sheet.getRow(1).values).toEqual([
      undefined,
      'Number',
      'Revision',
      'Status',
      'Supplier',
      'Order date',
      'Expected delivery',
      'Currency',
      'Total',
      'Total in base currency',
      'Updated',
    ]);
    expect(sheet.rowCount).toBe(4);
    const rows = [2, 3, 4].map((n) => sheet.getRow(n));
    const byNumber = new Map(rows.map((r) => [r.getCell(1).value as string, r]));
    expect([...byNumber.keys()].sort()).toEqual([...numbers].sort());
    const first = byNumber.get(numbers[0]!)!;
    expect(first.getCell(3).value).toBe('Approved');
    // Text stays text, even when it looks like a formula.
    expect(first.getCell(4).value).toBe('=HYPERLINK("http://evil.example") Größe & Söhne');
    expect(first.getCell(5).value).toEqual(new Date('2026-02-01T00:00:00Z'));
    expect(first.getCell(5).numFmt).toBe('yyyy-mm-dd');
    expect(first.getCell(8).value).toBe(2469);
    expect(first.getCell(8).numFmt).toBe('#,##0.00');
    expect(byNumber.get(numbers[1]!)!.getCell(8).value).toBe(0.14);
    expect(byNumber.get(numbers[1]!)!.getCell(3).value).toBe('Draft');
  });

  it('exports the same rows as CSV that Excel reads: a byte-order mark, CRLF, formulas defused', async () => {
    const res = await get(`/api/v1/purchase-orders/export?supplierId=${supplierId}&status=draft`);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(res.rawPayload.subarray(0, 3).equals(Buffer.from([0xef, 0xbb, 0xbf]))).toBe(true);
    const text = res.rawPayload.toString('utf8').slice(1);
    expect(text).toContain('\r\n');
    const [header, ...rows] = parse(text) as string[][];
    expect(header![0]).toBe('Number');
    expect(rows.map((r) => r[0]).sort()).toEqual([numbers[1], numbers[2]].sort());
    expect(rows[0]![3]).toBe(`'=HYPERLINK("http://evil.example") Größe & Söhne`);
    expect(rows.map((r) => r[7]).sort()).toEqual(['0.14', '199999.98']);
  });

  it('exports requisitions and the audit trail the reader may see; refuses a bad format or filter with the field named', async () => {
    const reqs = await get('/api/v1/requisitions/export?format=xlsx');
    expect(reqs.statusCode).toBe(200);
    const auditor = await t.loginAs(['auditor']);
    const audit = await t.request({ method: 'GET', url: '/api/v1/audit/export', as: auditor });
    expect(audit.statusCode).toBe(200);
    expect(audit.rawPayload.toString('utf8')).toContain('purchase order');
    // The whole log is the auditor's; a buyer may export only one record's history.
    expect((await get('/api/v1/audit/export')).statusCode).toBe(403);
    const bad = await get('/api/v1/purchase-orders/export?format=pdf');
    expect(bad.statusCode).toBe(422);
    expect(bad.json().errors[0].path).toBe('format');
    const badDate = await get('/api/v1/purchase-orders/export?orderDateFrom=yesterday');
    expect(badDate.statusCode).toBe(422);
    expect(badDate.json().errors[0].path).toBe('orderDateFrom');
  });

  it('is not for the anonymous', async () => {
    expect((await t.request({ method: 'GET', url: '/api/v1/purchase-orders/export' })).statusCode).toBe(401);
  });
});

describe('more list exports', () => {
  it('exports the spend report of a year: a column per month with numbers, the year’s total, reports:read only', async () => {
    const finance = await t.loginAs(['finance']);
    const res = await t.request({
      method: 'GET',
      url: `/api/v1/reports/spend-by-supplier/export?year=2026&supplierId=${supplierId}&format=xlsx`,
      as: finance,
    });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-disposition']).toMatch(/filename="spend-2026-\d{4}-\d{2}-\d{2}\.xlsx"/);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    const sheet = book.worksheets[0]!;
    expect(sheet.name).toBe('Spend 2026 (USD)');
    const header = (sheet.getRow(1).values as unknown[]).slice(1);
    expect(header).toHaveLength(15);
    expect(header.slice(0, 3)).toEqual(['Supplier code', 'Supplier', '2026-01']);
    expect(header.at(-1)).toBe('Total');
    expect(sheet.rowCount).toBe(2);
    // The one approved order: 2 × 1,234.50 in February, a number in the sheet.
    const row = sheet.getRow(2);
    expect(row.getCell(2).value).toBe('=HYPERLINK("http://evil.example") Größe & Söhne');
    expect(row.getCell(4).value).toBe(2469);
    expect(row.getCell(15).value).toBe(2469);
    const requester = await t.loginAs(['requester']);
    const refused = await t.request({
      method: 'GET',
      url: '/api/v1/reports/spend-by-supplier/export?year=2026',
      as: requester,
    });
    expect(refused.statusCode).toBe(403);
    const bad = await t.request({
      method: 'GET',
      url: '/api/v1/reports/spend-by-supplier/export?year=26&format=csv',
      as: finance,
    });
    expect(bad.statusCode).toBe(422);
    expect(bad.json().errors[0].path).toBe('year');
  });

  it('exports the users for an access review: roles by name, department, whether they can sign in', async () => {
    const admin = await t.loginAs(['admin']);
    const someone = await seedUser(t.ctx, { roles: ['finance', 'approver'], name: 'Ada Export' });
    const res = await t.request({ method: 'GET', url: '/api/v1/users/export?q=Ada%20Export', as: admin });
    expect(res.statusCode).toBe(200);
    const [header, ...rows] = parse(res.rawPayload.toString('utf8').replace(/^\uFEFF/, '')) as string[][];
    expect(header).toEqual(['Name', 'E-mail', 'Roles', 'Department', 'Active', 'Created', 'Updated']);
    expect(rows).toHaveLength(1);
    expect(rows[0]!.slice(0, 3)).toEqual([
      'Ada Export',
      someone.email,
      expect.stringMatching(/Finance.*Approver|Approver.*Finance/),
    ]);
    expect(rows[0]![4]).toBe('yes');
    const requester = await t.loginAs(['requester']);
    expect((await t.request({ method: 'GET', url: '/api/v1/users/export', as: requester })).statusCode).toBe(
      403,
    );
  });
});

describe('master-data exports', () => {
  it('exports departments, cost centres, budgets, categories and units, naming what each refers to', async () => {
    const admin = await t.loginAs(['admin']);
    const head = await seedUser(t.ctx, { roles: ['approver'], name: 'Hedda Head' });
    const dept = await seedDepartment(t.ctx, {
      code: 'EXPDEPT',
      name: 'Export Department',
      headUserId: head.id,
    });
    const centre = await seedCostCentre(t.ctx, {
      code: 'CC-EXP',
      name: 'Export centre',
      departmentId: dept.id,
    });
    const budget = await t.request({
      method: 'POST',
      url: '/api/v1/budgets',
      as: admin,
      payload: { costCentreId: centre.id, periodType: 'month', periodStart: '2026-03-01', amount: '1500.50' },
    });
    expect(budget.statusCode).toBe(201);
    const csv = async (url: string) => {
      const res = await t.request({ method: 'GET', url, as: admin });
      expect(res.statusCode).toBe(200);
      expect(res.headers['content-disposition']).toMatch(
        /^attachment; filename="[a-z-]+-\d{4}-\d{2}-\d{2}\.csv"$/,
      );
      return parse(res.rawPayload.toString('utf8').replace(/^\uFEFF/, '')) as string[][];
    };
    const [deptHeader, ...depts] = await csv('/api/v1/departments/export?q=EXPDEPT');
    expect(deptHeader).toEqual(['Code', 'Name', 'Head', 'Active', 'Updated']);
    expect(depts.map((r) => r.slice(0, 4))).toEqual([['EXPDEPT', 'Export Department', 'Hedda Head', 'yes']]);
    const [, ...centres] = await csv('/api/v1/cost-centres/export?q=CC-EXP');
    expect(centres.map((r) => r.slice(0, 3))).toEqual([
      ['CC-EXP', 'Export centre', 'EXPDEPT · Export Department'],
    ]);
    const [budgetHeader, ...budgets] = await csv(`/api/v1/budgets/export?costCentreId=${centre.id}`);
    expect(budgetHeader?.slice(0, 6)).toEqual([
      'Cost centre',
      'Period',
      'From',
      'Until (excluded)',
      'Currency',
      'Budget',
    ]);
    expect(budgets).toHaveLength(1);
    expect(budgets[0]!.slice(0, 6)).toEqual([
      'CC-EXP · Export centre',
      'month',
      '2026-03-01',
      '2026-04-01',
      'USD',
      '1500.5',
    ]);
    const [categoryHeader] = await csv('/api/v1/item-categories/export');
    expect(categoryHeader).toEqual(['Code', 'Name', 'Parent', 'Active']);
    const [unitHeader, ...units] = await csv('/api/v1/units/export');
    expect(unitHeader).toEqual(['Code', 'Name', 'Decimals', 'Base unit', 'Factor', 'UN/ECE code']);
    expect(units.length).toBeGreaterThan(0);
    // The list's own filters, checked as the list checks them.
    const bad = await t.request({
      method: 'GET',
      url: '/api/v1/budgets/export?costCentreId=nope',
      as: admin,
    });
    expect(bad.statusCode).toBe(422);
    expect(bad.json().errors[0].path).toBe('costCentreId');
    // Whoever may read the list may export it; nobody else.
    expect((await t.request({ method: 'GET', url: '/api/v1/budgets/export' })).statusCode).toBe(401);
  });
});

describe('work-queue exports', () => {
  it('exports the approval inbox, the lines to order and the e-mail outbox, each to whom the page is for', async () => {
    const admin = await t.loginAs(['admin']);
    const approver = await t.loginAs(['approver']);
    const policy = await t.request({
      method: 'POST',
      url: '/api/v1/approval-policies',
      as: admin,
      payload: {
        documentType: 'purchase_order',
        name: 'Orders over 100,000',
        steps: [
          {
            level: 1,
            name: 'Large orders',
            condition: { amountAtLeast: '100000' },
            approvers: { ...none, userIds: [approver.userId] },
          },
        ],
      },
    });
    expect(policy.statusCode).toBe(201);
    const dept = await seedDepartment(t.ctx, { code: 'QUEUES' });
    const item = await seedItem(t.ctx, { name: 'Crane hire', defaultTaxRate: '0' });
    const created = await t.request({
      method: 'POST',
      url: '/api/v1/purchase-orders',
      as: buyer,
      payload: {
        supplierId,
        departmentId: dept.id,
        lines: [{ itemId: item.id, quantity: '3', unitPrice: '40000.25' }],
      },
    });
    expect(created.statusCode).toBe(201);
    const submitted = await t.request({
      method: 'POST',
      url: `/api/v1/purchase-orders/${created.json().id}/submit`,
      as: buyer,
      headers: { 'if-match': `"v${created.json().version}"` },
    });
    expect(submitted.statusCode).toBe(200);
    const number = submitted.json().number as string;

    const sheetOf = async (url: string, as: typeof buyer) => {
      const res = await t.request({ method: 'GET', url, as });
      expect(res.statusCode, res.body).toBe(200);
      const book = new ExcelJS.Workbook();
      await book.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
      const sheet = book.worksheets[0]!;
      const rows: unknown[][] = [];
      sheet.eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
      return { name: sheet.name, header: rows[0] as string[], rows: rows.slice(1) };
    };

    // The approver's inbox: the order, its total a number, why it is theirs.
    const inbox = await sheetOf('/api/v1/approvals/inbox/export?format=xlsx', approver);
    expect(inbox.name).toBe('Approval inbox');
    expect(inbox.header.slice(0, 7)).toEqual([
      'Document',
      'Number',
      'Step',
      'Supplier',
      'Requester',
      'Currency',
      'Total',
    ]);
    const row = inbox.rows.find((r) => r[1] === number)!;
    expect(row.slice(0, 3)).toEqual(['Purchase order', number, 'Large orders']);
    expect(row[6]).toBe(120000.75);
    expect(String(row[inbox.header.indexOf('Why you')])).toMatch(/.+/);
    // Only approvers have an inbox.
    expect((await get('/api/v1/approvals/inbox/export')).statusCode).toBe(403);

    // The buyer's lines to order, under the workbench's own filters, quantities as numbers.
    const neededBy = new Date(t.ctx.clock.now().getTime() + 30 * 86_400_000).toISOString().slice(0, 10);
    const requisition = await seedApprovedRequisition(t.ctx, {
      lines: [{ itemId: item.id, quantity: '7', estimatedUnitPrice: '99.10', neededBy }],
    });
    const lines = await sheetOf(`/api/v1/workbench/lines/export?format=xlsx&q=${requisition.number}`, buyer);
    expect(lines.name).toBe('Lines to order');
    expect(lines.rows).toHaveLength(1);
    const byHeader = Object.fromEntries(lines.header.map((h, i) => [h, lines.rows[0]![i]]));
    expect(byHeader).toMatchObject({
      Requisition: requisition.number,
      Line: 1,
      Description: 'Crane hire',
      'To order': 7,
      'Estimated unit price': 99.1,
    });
    expect(byHeader['Needed by']).toEqual(new Date(`${neededBy}T00:00:00Z`));
    const badFilter = await get('/api/v1/workbench/lines/export?neededByFrom=May');
    expect(badFilter.statusCode).toBe(422);
    expect(badFilter.json().errors[0].path).toBe('neededByFrom');

    // The administrator's outbox: the approval request e-mail, queued, under the status filter.
    const outbox = await sheetOf('/api/v1/outbox/export?format=xlsx&status=queued', admin);
    expect(outbox.header).toEqual([
      'Written',
      'To',
      'Subject',
      'Status',
      'Attempts',
      'Last error',
      'Delivered to',
      'Sent',
    ]);
    const mail = outbox.rows.find((r) => r[1] === approver.email && String(r[2]).includes(number));
    expect(mail?.[3]).toBe('Queued');
    expect(outbox.rows.every((r) => r[3] === 'Queued')).toBe(true);
    expect((await get('/api/v1/outbox/export')).statusCode).toBe(403);
    const badStatus = await t.request({ method: 'GET', url: '/api/v1/outbox/export?status=lost', as: admin });
    expect(badStatus.statusCode).toBe(422);
    expect(badStatus.json().errors[0].path).toBe('status');
  });
});
