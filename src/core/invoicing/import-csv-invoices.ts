import { INVOICE_IMPORT_COLUMNS } from '../../domain/import-columns';
import { INVOICE_KINDS, type InvoiceKind } from '../../domain/invoicing';
import * as purchaseOrders from '../purchase-orders';
import type { Actor } from '../shared/actor';
import type { Ctx } from '../shared/context';
import { CsvImportError, type CsvRecord, type CsvRowError, parseCsv } from '../shared/csv';
import { AppError } from '../shared/errors';
import { inTransaction } from '../shared/events';
import { createInvoice, type InvoiceInput, type Locate, prepareInvoice } from './create-invoice';
import type { Invoice } from './invoice';
import { supplierInvoiceKey } from './rules';

/** What a CSV import created: each invoice with the file lines it came from and where it stands. */
export type CsvImportResult = {
  created: number;
  invoices: (Pick<
    Invoice,
    | 'id'
    | 'number'
    | 'status'
    | 'supplierInvoiceNumber'
    | 'purchaseOrderNumber'
    | 'payableAmount'
    | 'currency'
  > & { lines: number[] })[];
};

type Row = { line: number; record: CsvRecord };

/** The header cells an invoice takes from the first of its rows that fills them. */
const HEADER_COLUMNS = [
  'kind',
  'issueDate',
  'taxPointDate',
  'receivedOn',
  'currency',
  'totalTaxAmount',
  'totalPayableAmount',
  'note',
] as const;

/** Where an invoice's field is in the file: the column of a line's row, or of the header's. */
const LINE_COLUMNS: Record<string, string> = {
  orderLineNo: 'orderLineNo',
  description: 'description',
  quantity: 'quantity',
  unitCode: 'unitCode',
  unitPrice: 'unitPrice',
  taxCategory: 'taxCategory',
  taxRate: 'taxRate',
  netAmount: 'lineNetAmount',
};
const HEADER_FIELD_COLUMNS: Record<string, string> = {
  purchaseOrderId: 'orderNumber',
  supplierInvoiceNumber: 'supplierInvoiceNumber',
  issueDate: 'issueDate',
  taxPointDate: 'taxPointDate',
  receivedOn: 'receivedOn',
  currency: 'currency',
  'totals.taxAmount': 'totalTaxAmount',
  'totals.payableAmount': 'totalPayableAmount',
  lines: 'quantity',
};

const cell = (r: Row, column: string): string | null => r.record[column]?.trim() || null;

/** The file's place of an invoice field: `line 3.quantity` (the header is line 1). */
function locatorOf(rows: Row[], headerLine: (column: string) => number): Locate {
  return (path) => {
    const m = /^lines\[(\d+)\](?:\.(\w+))?/.exec(path);
    if (m) {
      const row = rows[Number(m[1])] ?? rows[0]!;
      return `line ${row.line}.${LINE_COLUMNS[m[2] ?? ''] ?? 'quantity'}`;
    }
    const column =
      HEADER_FIELD_COLUMNS[path] ??
      (path.startsWith('totals') ? 'totalPayableAmount' : 'supplierInvoiceNumber');
    return `line ${headerLine(column)}.${column}`;
  };
}

function rowErrorOf(path: string, message: string): CsvRowError {
  const m = /^line (\d+)(?:\.(.+))?$/.exec(path);
  return m ? { line: Number(m[1]), column: m[2], message } : { line: 1, message: `${path}: ${message}` };
}

/**
 * Imports supplier invoices from CSV (or a workbook read as CSV): one row per invoice line, the rows
 * with the same order number and supplier's invoice number one invoice (in the file's order), its
 * header cells from the first row that fills them — another value on a later row is a problem.
 * Each invoice is checked as one entered by hand (its arithmetic to the cent when totals are given,
 * the supplier's number not taken); every problem is answered at its file line and column, and
 * **nothing is stored unless every invoice is well**. Then all are created and matched in one
 * transaction.
 */
export async function importCsvInvoices(
  ctx: Ctx,
  opts: { actor: Actor; csv: string },
): Promise<CsvImportResult> {
  const records = parseCsv(opts.csv, INVOICE_IMPORT_COLUMNS);
  const errors: CsvRowError[] = [];

  const groups = new Map<string, Row[]>();
  for (const r of records) {
    const order = cell(r, 'orderNumber');
    const number = cell(r, 'supplierInvoiceNumber');
    if (!order)
      errors.push({ line: r.line, column: 'orderNumber', message: 'is required: our order number' });
    if (!number)
      errors.push({
        line: r.line,
        column: 'supplierInvoiceNumber',
        message: 'is required: the supplier’s number',
      });
    if (!order || !number) continue;
    const key = `${order.toUpperCase()}|${supplierInvoiceKey(number) || number}`;
    groups.set(key, [...(groups.get(key) ?? []), r]);
  }

  const planned: { rows: Row[]; input: InvoiceInput; locate: Locate; supplierKey: string }[] = [];
  const orderIds = new Map<string, string | null>();
  const numbersInFile = new Map<string, number>();
  for (const rows of groups.values()) {
    const first = rows[0]!;
    // Header cells: the first row that fills one gives it; a later row saying otherwise is named.
    const header: Partial<Record<(typeof HEADER_COLUMNS)[number], string>> = {};
    const from: Partial<Record<string, number>> = {};
    for (const r of rows) {
      for (const column of HEADER_COLUMNS) {
        const v = cell(r, column);
        if (v === null) continue;
        if (header[column] === undefined) {
          header[column] = v;
          from[column] = r.line;
        } else if (header[column] !== v) {
          errors.push({
            line: r.line,
            column,
            message: `is ${v}, but line ${from[column]} of the same invoice says ${header[column]}`,
          });
        }
      }
    }
    const orderNumber = cell(first, 'orderNumber')!;
    if (!orderIds.has(orderNumber.toUpperCase())) {
      orderIds.set(
        orderNumber.toUpperCase(),
        await purchaseOrders.findVisiblePurchaseOrderId(ctx, { actor: opts.actor, number: orderNumber }),
      );
    }
    const orderId = orderIds.get(orderNumber.toUpperCase()) ?? null;
    if (!orderId) {
      for (const r of rows)
        errors.push({
          line: r.line,
          column: 'orderNumber',
          message: `${orderNumber} is not an order you can invoice`,
        });
      continue;
    }
    const kind = header.kind?.toLowerCase().replace(/\s+/g, '_');
    if (kind && !(INVOICE_KINDS as readonly string[]).includes(kind)) {
      errors.push({
        line: from.kind!,
        column: 'kind',
        message: `must be one of ${INVOICE_KINDS.join(', ')}`,
      });
      continue;
    }
    let badLine = false;
    const lines = rows.map((r) => {
      const no = cell(r, 'orderLineNo');
      if (no !== null && !/^\d{1,6}$/.test(no)) {
        errors.push({
          line: r.line,
          column: 'orderLineNo',
          message: 'must be a line number of the order (1, 2 …)',
        });
        badLine = true;
      }
      return {
        orderLineNo: no === null || !/^\d{1,6}$/.test(no) ? null : Number(no),
        description: cell(r, 'description'),
        quantity: cell(r, 'quantity') ?? '',
        unitCode: cell(r, 'unitCode'),
        unitPrice: cell(r, 'unitPrice') ?? '',
        taxCategory: cell(r, 'taxCategory'),
        taxRate: cell(r, 'taxRate'),
        netAmount: cell(r, 'lineNetAmount'),
      };
    });
    if (badLine) continue;
    const input: InvoiceInput = {
      kind: (kind as InvoiceKind | undefined) ?? 'invoice',
      purchaseOrderId: orderId,
      supplierInvoiceNumber: cell(first, 'supplierInvoiceNumber')!,
      issueDate: header.issueDate ?? '',
      taxPointDate: header.taxPointDate ?? null,
      receivedOn: header.receivedOn ?? null,
      currency: header.currency ?? null,
      lines,
      totals:
        header.totalTaxAmount || header.totalPayableAmount
          ? { taxAmount: header.totalTaxAmount ?? null, payableAmount: header.totalPayableAmount ?? null }
          : null,
      note: header.note ?? null,
    };
    const locate = locatorOf(rows, (column) => from[column] ?? first.line);
    try {
      const prepared = await prepareInvoice(ctx, { actor: opts.actor, input, locate });
      // The same supplier's number twice in the file (for two orders) is one invoice entered twice.
      const supplierKey = `${prepared.order.supplierId}|${prepared.header.supplierInvoiceKey}`;
      const earlier = numbersInFile.get(supplierKey);
      if (earlier !== undefined) {
        errors.push({
          line: first.line,
          column: 'supplierInvoiceNumber',
          message: `repeats the supplier’s invoice number of line ${earlier} (for another order)`,
        });
        continue;
      }
      numbersInFile.set(supplierKey, first.line);
      planned.push({ rows, input, locate, supplierKey });
    } catch (err) {
      if (!(err instanceof AppError)) throw err;
      if (err.code === 'validation') errors.push(...err.errors.map((e) => rowErrorOf(e.path, e.message)));
      else if (err.code === 'conflict')
        errors.push({ line: first.line, column: 'supplierInvoiceNumber', message: err.message });
      else throw err;
    }
  }
  if (errors.length > 0) throw new CsvImportError(errors.sort((a, b) => a.line - b.line));

  const created = await inTransaction(ctx, async (tx) => {
    const out: CsvImportResult['invoices'] = [];
    for (const p of planned) {
      const invoice = await createInvoice(tx, {
        actor: opts.actor,
        input: p.input,
        source: 'csv',
        locate: p.locate,
      });
      out.push({
        id: invoice.id,
        number: invoice.number,
        status: invoice.status,
        supplierInvoiceNumber: invoice.supplierInvoiceNumber,
        purchaseOrderNumber: invoice.purchaseOrderNumber,
        payableAmount: invoice.payableAmount,
        currency: invoice.currency,
        lines: p.rows.map((r) => r.line),
      });
    }
    return out;
  });
  return { created: created.length, invoices: created };
}
